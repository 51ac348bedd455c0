//! A small floating "Stance matrix" button, shown while the matrix is out of view (960–1279 px
//! only: there it fits in the margin beside the text; wider, the matrix stays beside the text).

use leptos::prelude::*;

use super::ours::{DIR, LANG};
use crate::controllers::evidence::Evidence;
use crate::web::dom::on_in_view;

#[component]
pub fn MatrixToggle(evidence: Evidence) -> impl IntoView {
    let out_of_view = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(section) = evidence.section.get() {
            on_in_view(&section, move |seen| out_of_view.set(!seen));
        }
    });
    let go = move |_| evidence.show_matrix();
    move || {
        (out_of_view.get() && evidence.selected().is_none()).then(|| {
            view! {
                <button type="button" class="sm-matrix-toggle" lang=LANG dir=DIR on:click=go>
                    <svg class="sm-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <path d="M2.5 2.5h11v11h-11zM2.5 6.5h11M2.5 10h11M6.5 2.5v11" />
                    </svg>
                    "Stance matrix"
                </button>
            }
        })
    }
}
