//! The entity kind legend: counts per kind, and toggles that switch a kind's highlighting off.

use leptos::prelude::*;

use super::kind_icon::KindIcon;
use super::ours::{DIR, LANG};
use crate::controllers::cards::Cards;
use crate::core::EntityKind;
use crate::web::storage;

#[component]
pub fn Legend(cards: Cards, kinds: Vec<(EntityKind, usize)>) -> impl IntoView {
    let hidden = cards.hidden;
    let items = kinds
        .into_iter()
        .map(|(kind, count)| {
            let shown = move || hidden.with(|h| !h.contains(&kind));
            let toggle =
                move |_| {
                    hidden.update(|h| match h.iter().position(|k| *k == kind) {
                        Some(i) => {
                            h.remove(i);
                        }
                        None => h.push(kind),
                    });
                    hidden.with_untracked(|h| storage::set_hidden_kinds(h));
                    // A hidden kind's card must not linger.
                    if cards.open.get_untracked().is_some_and(|o| {
                        cards.article().entities[o.entity].kind == kind && !shown()
                    }) {
                        cards.close(false);
                    }
                };
            view! {
                <li>
                    <button
                        type="button"
                        class="sm-legend-item"
                        data-kind=kind.as_str()
                        aria-pressed=move || shown().to_string()
                        on:click=toggle
                    >
                        <KindIcon kind />
                        <span dir=DIR>{kind.plural()}</span>
                        <span class="sm-legend-count">{count}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        // Only the reader's own words here.
        <div class="sm-legend" role="group" aria-label="Highlight entity kinds" lang=LANG>
            <span class="sm-legend-title" aria-hidden="true" dir=DIR>
                "Highlight"
            </span>
            <ul>{items}</ul>
        </div>
    }
}
