//! The article's details: headline, standfirst, publisher and the original's address, date
//! and language.

use leptos::prelude::*;
use stancemap_core::suggest::draft::Details;

use crate::controller::Studio;

#[component]
pub fn DetailsPanel(studio: Studio) -> impl IntoView {
    let now = studio.with_untracked(|d| d.details());
    let field = |v: Option<String>| RwSignal::new(v.unwrap_or_default());
    let (title, subtitle, source, url, published, language) = (
        field(now.title),
        field(now.subtitle),
        field(now.source),
        field(now.url),
        field(now.published),
        field(now.language),
    );
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let some = |s: RwSignal<String>| Some(s.get_untracked()).filter(|v| !v.trim().is_empty());
        let details = Details {
            title: some(title),
            subtitle: some(subtitle),
            source: some(source),
            url: some(url),
            published: some(published),
            language: some(language),
        };
        studio.edit("Saved the details", |d| d.set_details(&details));
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
        <form class="st-details" aria-label="Details" on:submit=save>
            {input("Headline", "st-d-title", "text", title)}
            {input("Standfirst", "st-d-subtitle", "text", subtitle)}
            {input("Publisher", "st-d-source", "text", source)}
            {input("Original's address", "st-d-url", "url", url)}
            {input("Published", "st-d-published", "date", published)}
            {input("Language", "st-d-language", "text", language)}
            <button type="submit" class="st-primary">"Save details"</button>
        </form>
    }
}
