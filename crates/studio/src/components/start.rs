//! Starting an article: its text (pasted, or a .txt or .md file) and what is known about it.
//! Nothing leaves the device; the page says so.

use leptos::prelude::*;
use stancemap_core::authoring::Draft;
use stancemap_core::suggest::draft::Details;
use stancemap_core::suggest::markdown::plain_text;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::studio::{Library, gazetteer};

#[component]
pub fn Start(on_start: impl Fn(Draft) + 'static, library: Library) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let field = |_: &str| RwSignal::new(String::new());
    let (title, subtitle, source, url, published, language) = (
        field("title"),
        field("subtitle"),
        field("source"),
        field("url"),
        field("published"),
        RwSignal::new("en".to_owned()),
    );
    let problem = RwSignal::new(None::<String>);
    let library = StoredValue::new(library);
    let form = NodeRef::<leptos::html::Form>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if text.get_untracked().trim().is_empty() {
            problem.set(Some(
                "Paste the article's text, or open a .txt or .md file.".into(),
            ));
            return;
        }
        let some = |s: RwSignal<String>| Some(s.get_untracked()).filter(|v| !v.trim().is_empty());
        let details = Details {
            title: some(title),
            subtitle: some(subtitle),
            source: some(source),
            url: some(url),
            published: some(published),
            language: some(language),
        };
        let draft = library.with_value(|l| {
            Draft::from_text(&text.get_untracked(), &details, gazetteer(), l.known())
        });
        on_start(draft);
    };
    let open_file = move |ev: leptos::ev::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        let markdown = file.name().to_ascii_lowercase().ends_with(".md");
        leptos::task::spawn_local(async move {
            let Ok(read) = JsFuture::from(file.text()).await else {
                problem.set(Some("The file could not be read.".into()));
                return;
            };
            let read = read.as_string().unwrap_or_default();
            text.set(if markdown { plain_text(&read) } else { read });
            problem.set(None);
        });
    };
    let input = |label: &'static str,
                 id: &'static str,
                 kind: &'static str,
                 value: RwSignal<String>| {
        view! {
            <label class="st-field" for=id>
                <span>{label}</span>
                <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <div class="st-start">
            <h1>"New article"</h1>
            <p class="st-local">
                "Everything stays on this device: nothing you paste or type is sent anywhere. Drafts are saved in this browser as you work."
            </p>
            <form
                node_ref=form
                on:submit=submit
                on:keydown=move |ev| {
                    // Ctrl+Enter starts from anywhere in the form.
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        if let Some(form) = form.get_untracked() {
                            let _ = form.request_submit();
                        }
                    }
                }
            >
                <label class="st-field st-text" for="st-text">
                    <span>"The article's text"</span>
                    <span class="st-hint">"Blank lines separate paragraphs. A short first line without a full stop is taken as the headline."</span>
                    <textarea
                        id="st-text"
                        rows="14"
                        autofocus
                        aria-keyshortcuts="Control+Enter"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <label class="st-field" for="st-file">
                    <span>"Or open a text file (.txt or .md)"</span>
                    <input id="st-file" type="file" accept=".txt,.md,text/plain,text/markdown" on:change=open_file />
                </label>
                <fieldset class="st-details">
                    <legend>"About the article"</legend>
                    {input("Headline", "st-title", "text", title)}
                    {input("Standfirst", "st-subtitle", "text", subtitle)}
                    {input("Publisher", "st-source", "text", source)}
                    {input("Original's address", "st-url", "url", url)}
                    {input("Published", "st-published", "date", published)}
                    {input("Language (such as en or fa-IR)", "st-language", "text", language)}
                </fieldset>
                {move || problem.get().map(|p| view! { <p class="st-problem" role="alert">{p}</p> })}
                <button type="submit" class="st-primary" aria-keyshortcuts="Control+Enter">"Start annotating"</button>
            </form>
        </div>
    }
}
