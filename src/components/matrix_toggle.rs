//! A small floating "Stance matrix" button, shown once the matrix has scrolled out of view
//! (narrower screens only: on wide screens the matrix stays beside the text).

use leptos::ev;
use leptos::prelude::*;

use super::ours::{DIR, LANG};
use crate::dom::on_window;
use crate::evidence::Evidence;

#[component]
pub fn MatrixToggle(evidence: Evidence) -> impl IntoView {
    let out_of_view = RwSignal::new(false);
    let check = move || {
        if let Some(section) = evidence.section.get_untracked() {
            let passed = section.get_bounding_client_rect().bottom() < 0.0;
            if out_of_view.get_untracked() != passed {
                out_of_view.set(passed);
            }
        }
    };
    on_window(ev::scroll, move |_| check());
    on_window(ev::resize, move |_| check());
    let go = move |_| evidence.show_matrix();
    move || {
        (out_of_view.get() && evidence.selected.get().is_none()).then(|| {
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
