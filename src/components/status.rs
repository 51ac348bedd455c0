//! The loading notice shown while the article is on its way.

use leptos::prelude::*;

/// Announced politely to screen readers; replaced by the article or an error.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="sm-status" role="status" aria-live="polite">
            <span class="sm-spinner" aria-hidden="true"></span>
            "Loading article…"
        </p>
    }
}
