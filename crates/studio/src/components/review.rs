//! Reviewing suggestions: the entities the text names, most mentioned first, each with its
//! kind, spellings and why it is suggested; then the descriptions that stand for one. The
//! keyboard moves through them; the buttons do the same for the mouse.

use leptos::prelude::*;
use stancemap_core::{EntityKind, SuggestionIx};

use super::editor::Ui;
use super::picker::Pick;
use crate::controller::Studio;

#[component]
pub fn ReviewPanel(studio: Studio, ui: Ui) -> impl IntoView {
    let rows = move || {
        let cursor = studio.suggestion.get();
        studio.with(|d| {
            d.suggestions()
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let ix = SuggestionIx::new(i);
                    let current = i == cursor;
                    let name = s.entity.name.clone();
                    let spellings = s.entity.aliases.join(", ");
                    view! {
                        <li
                            class="st-suggestion"
                            class:st-current=current
                            aria-current=current.then_some("true")
                            id=format!("st-suggestion-{i}")
                        >
                            <span class="st-name">{name.clone()}</span>
                            <span class=format!("st-kind sm-kind-{}", s.entity.kind.as_str())>{s.entity.kind.label()}</span>
                            <span class="st-count">{format!("{} × · {}", s.mentions, s.reason.label())}</span>
                            {(!spellings.is_empty()).then(|| view! { <span class="st-aliases">{format!("also: {spellings}")}</span> })}
                            {s.entity.role.clone().map(|r| view! { <span class="st-role">{r}</span> })}
                            <span class="st-row-actions">
                                <button type="button" aria-label=format!("Accept {name}") on:click=move |_| {
                                    studio.suggestion.set(i);
                                    studio.edit("Accepted", |d| d.accept(ix));
                                }>"Accept"</button>
                                <button type="button" aria-label=format!("Reject {name}") on:click=move |_| {
                                    studio.edit("Rejected", |d| d.reject(ix));
                                }>"Reject"</button>
                                <button type="button" aria-label=format!("Merge {name} into an entity") on:click=move |_| {
                                    ui.pick.set(Some(Pick::Merge(ix)));
                                }>"Merge…"</button>
                                <label class="sm-visually-hidden" for=format!("st-kind-{i}")>{format!("Kind of {name}")}</label>
                                <select id=format!("st-kind-{i}") on:change=move |ev| {
                                    if let Some(kind) = kind_named(&event_target_value(&ev)) {
                                        studio.edit(format!("Kind: {}", kind.label()), |d| d.set_suggestion_kind(ix, kind));
                                    }
                                }>
                                    {EntityKind::ALL.map(|k| view! { <option value=k.as_str() selected=k == s.entity.kind>{k.label()}</option> })}
                                </select>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let mentions = move || {
        studio.with(|d| {
            d.suggested_mentions()
                .map(|(i, m)| {
                    let entity = d.article().entity(&m.entity).map(|e| e.name.clone()).unwrap_or_default();
                    let quote = m.quote.clone();
                    view! {
                        <li class="st-suggestion">
                            <span class="st-name">{format!("“{quote}”")}</span>
                            <span class="st-count">{format!("stands for {entity} in paragraph {}", m.paragraph.unwrap_or_default() + 1)}</span>
                            <span class="st-row-actions">
                                <button type="button" on:click=move |_| studio.edit("Linked", |d| d.accept_mention(i))>"Link"</button>
                                <button type="button" on:click=move |_| studio.edit("Dismissed", |d| d.dismiss_mention(i))>"Dismiss"</button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let left = move || studio.with(|d| d.suggestions().len());
    let described = move || studio.with(|d| d.suggested_mentions().count());
    view! {
        <section class="st-review" aria-labelledby="st-review-title">
            <h2 id="st-review-title" class="st-section-title">
                {move || format!("Suggested entities ({})", left())}
            </h2>
            <p class="st-hint">"↑ ↓ to move, Enter to accept, x to reject, 1–8 for the kind, g to merge into an entity."</p>
            <ol class="st-list">{rows}</ol>
            {move || (described() > 0).then(|| view! {
                <h3 class="st-section-title">"Descriptions that stand for an entity"</h3>
                <p class="st-hint">"When no entity suggestions are left, Enter links the first of these."</p>
                <ol class="st-list">{mentions}</ol>
            })}
        </section>
    }
}

/// The kind whose keyword is `name`.
pub fn kind_named(name: &str) -> Option<EntityKind> {
    EntityKind::ALL.into_iter().find(|k| k.as_str() == name)
}
