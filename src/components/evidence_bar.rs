//! The evidence bar: while a cell's quotes are highlighted, says which cell and steps through them.

use std::sync::Arc;

use leptos::prelude::*;

use super::ours::{DIR, LANG, ours, theirs};
use crate::controllers::evidence::Evidence;
use crate::core::{Article, Cell};

#[component]
pub fn EvidenceBar(evidence: Evidence, article: Arc<Article>) -> impl IntoView {
    // The bar is the reader's own (its label and controls); the party and the topic it names
    // are the article's words.
    let matrix = evidence.matrix();
    let describe = move |cell: Cell| {
        let party = matrix.entity(cell.party);
        let state = matrix.cell(cell).state.label();
        let cell = format!(
            "{} · {}",
            article.entities[party].name, article.topics[cell.topic].label
        );
        view! {
            {theirs(&article, cell)}
            ": "
            {ours(state)}
        }
    };
    move || {
        evidence.selected().map(|cell| {
            let total = evidence.active().with(Vec::len);
            let position = move || format!("Quote {} of {total}", evidence.step() + 1);
            view! {
                <div class="sm-evidence-bar" role="region" aria-label="Highlighted evidence" lang=LANG>
                    <span class="sm-evidence-bar-cell">{describe(cell)}</span>
                    <span class="sm-evidence-bar-position" aria-live="polite" dir=DIR>
                        {position}
                    </span>
                    <span class="sm-evidence-bar-actions">
                        <button
                            type="button"
                            aria-label="Previous quote"
                            disabled=total < 2
                            on:click=move |_| evidence.previous_quote()
                        >
                            "‹"
                        </button>
                        <button
                            type="button"
                            aria-label="Next quote"
                            disabled=total < 2
                            on:click=move |_| evidence.next_quote()
                        >
                            "›"
                        </button>
                        <button type="button" dir=DIR on:click=move |_| evidence.focus_cell(cell)>
                            "Matrix"
                        </button>
                        <button
                            type="button"
                            aria-label="Clear highlighting"
                            on:click=move |_| evidence.clear()
                        >
                            "×"
                        </button>
                    </span>
                </div>
            }
        })
    }
}
