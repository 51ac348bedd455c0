//! The entity kind legend: counts per kind, and toggles that switch a kind's highlighting off.

use leptos::prelude::*;

use super::kind_icon::KindIcon;
use super::ours::{DIR, LANG};
use crate::controllers::cards::Cards;
use crate::core::EntityKind;

#[component]
pub fn Legend(cards: Cards, kinds: Vec<(EntityKind, usize)>) -> impl IntoView {
    let items = kinds
        .into_iter()
        .map(|(kind, count)| {
            let shown = move || cards.shows_kind(kind);
            view! {
                <li>
                    <button
                        type="button"
                        class="sm-legend-item"
                        data-kind=kind.as_str()
                        aria-pressed=move || shown().to_string()
                        on:click=move |_| cards.toggle_kind(kind)
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
