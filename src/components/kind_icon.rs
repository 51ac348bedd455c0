//! Small line icons for entity kinds and stances (decorative: the word is always shown too).

use leptos::prelude::*;

use crate::core::{EntityKind, StanceKind};

/// A 16×16 icon for `kind`, hidden from assistive technology.
#[component]
pub fn KindIcon(kind: EntityKind) -> impl IntoView {
    let path = match kind {
        EntityKind::Person => {
            "M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5 6c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5"
        }
        EntityKind::Country => "M3.5 14.5V2m0 .8h8.2l-1.6 2.9 1.6 2.9H3.5",
        EntityKind::Organization => {
            "M2.5 14.5h11M4 14.5V4.5h8v10M6 7h1m2 0h1M6 9.5h1m2 0h1M7 14.5V12h2v2.5"
        }
        EntityKind::Place => {
            "M8 14.5s4.5-4.2 4.5-7.7a4.5 4.5 0 0 0-9 0c0 3.5 4.5 7.7 4.5 7.7Zm0-6a1.7 1.7 0 1 0 0-3.4 1.7 1.7 0 0 0 0 3.4Z"
        }
        EntityKind::Vessel => "M1.5 11.5h13l-1.8 3H3.3l-1.8-3Zm2.5 0V8.5h8v3M8 8.5V2.5m0 1h3.5",
        EntityKind::Event => "M2.5 4h11v10h-11V4Zm0 3h11M5.5 2.5v3m5-3v3",
        EntityKind::Media => {
            "M2.5 3.5h9v10h-9v-10Zm9 3h2v6a1 1 0 0 1-2 0M4.5 6h5M4.5 8.5h5M4.5 11h3"
        }
        EntityKind::Other => "M8 13.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11Z",
    };
    view! {
        <svg class="sm-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}

/// A 16×16 icon for a stance: check, cross, exclamation, split path, question mark.
#[component]
pub fn StanceIcon(stance: StanceKind) -> impl IntoView {
    let path = match stance {
        StanceKind::Accepts => "M3 8.5l3.2 3L13 4.5",
        StanceKind::Rejects => "M4 4l8 8M12 4l-8 8",
        StanceKind::Demands => "M8 2.5v7.5m0 3v.5",
        StanceKind::Conditional => "M8 14V8m0 0L4 3.5M8 8l4-4.5",
        StanceKind::Unclear => "M5.8 5.6a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 .9-1 1.6v.7m0 2.6v.4",
    };
    view! {
        <svg class="sm-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}
