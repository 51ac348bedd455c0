//! Live validation: what is wrong with the draft now, in the reader's own words, each taking
//! the author to its place in the editor.

use leptos::prelude::*;

use super::editor::{Panel, Ui};
use crate::controller::Studio;

#[component]
pub fn ProblemsPanel(studio: Studio, ui: Ui) -> impl IntoView {
    let problems = move || studio.with(|d| d.problems());
    view! {
        <section class="st-problems" aria-labelledby="st-problems-title">
            <h2 id="st-problems-title" class="st-section-title">"Problems"</h2>
            {move || {
                let list = problems();
                if list.is_empty() {
                    view! { <p>"None: readers will see the article as the preview shows it."</p> }.into_any()
                } else {
                    view! {
                        <ul class="st-list">
                            {list.into_iter().map(|p| {
                                let path = p.path.clone();
                                view! {
                                    <li>
                                        <button type="button" class="st-link" on:click=move |_| go_to(ui, &path)>{p.path.clone()}</button>
                                        ": "{p.message.clone()}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// Shows the panel where `path` (`stances[3].quote`) is edited and focuses its row.
fn go_to(ui: Ui, path: &str) {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    let index: Option<usize> = path
        .split_once('[')
        .and_then(|(_, rest)| rest.split(']').next())
        .and_then(|n| n.parse().ok());
    let (panel, id) = match (head, index) {
        ("entities", Some(i)) => (Panel::Article, format!("st-entity-{i}")),
        ("parties", Some(i)) => (Panel::Article, format!("st-party-{i}")),
        ("topics", Some(i)) => (Panel::Article, format!("st-topic-{i}")),
        ("stances", Some(i)) => (Panel::Article, format!("st-stance-{i}")),
        ("mentions", Some(i)) => (Panel::Article, format!("st-mention-{i}")),
        ("title", _) => (Panel::Details, "st-d-title".to_owned()),
        ("subtitle", _) => (Panel::Details, "st-d-subtitle".to_owned()),
        ("source", _) => (Panel::Details, "st-d-source".to_owned()),
        ("published", _) => (Panel::Details, "st-d-published".to_owned()),
        ("language", _) => (Panel::Details, "st-d-language".to_owned()),
        _ => (Panel::Article, "st-entities-title".to_owned()),
    };
    ui.panel.set(panel);
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            el.scroll_into_view();
            let _ = el.focus();
        }
    });
}
