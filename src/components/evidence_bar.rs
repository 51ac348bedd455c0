//! The evidence bar: while a cell's quotes are highlighted, says which cell and steps through them.

use std::sync::Arc;

use leptos::prelude::*;

use super::ours::{DIR, LANG, ours, theirs};
use crate::controllers::evidence::Evidence;
use crate::core::Article;

#[component]
pub fn EvidenceBar(evidence: Evidence, article: Arc<Article>) -> impl IntoView {
    // The bar is the reader's own (its label and controls); the party and the topic it names
    // are the article's words.
    let describe = move |(r, c): (usize, usize)| {
        let (party, state) = evidence
            .matrix
            .with_value(|m| (m.rows[r].party, m.rows[r].cells[c].state.label()));
        let cell = format!(
            "{} · {}",
            article.entities[party].name, article.topics[c].label
        );
        view! {
            {theirs(&article, cell)}
            ": "
            {ours(state)}
        }
    };
    move || {
        evidence.selected.get().map(|cell| {
            let total = evidence.active.with(Vec::len);
            let position = move || format!("Quote {} of {total}", evidence.step.get() + 1);
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
                            on:click=move |_| evidence.step_by(-1)
                        >
                            "‹"
                        </button>
                        <button
                            type="button"
                            aria-label="Next quote"
                            disabled=total < 2
                            on:click=move |_| evidence.step_by(1)
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
