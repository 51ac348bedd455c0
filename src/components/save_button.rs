//! "Save for offline" in the header: downloads the article on screen as one HTML file that
//! opens anywhere, with no network (see `crate::web::download`).

use leptos::prelude::*;

use crate::web::http::Opened;
use crate::web::route::Route;
use crate::web::{download, trust};

/// Where a save stands, for the button and the message after it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Saving {
    Idle,
    Busy,
    Done(String),
    Failed(String),
}

/// Enabled while an article is on screen; says what happened in a status message. The copy
/// records the address it was read at (`route`'s).
#[component]
pub fn SaveButton(route: RwSignal<Route>, shown: RwSignal<Option<Opened>>) -> impl IntoView {
    let state = RwSignal::new(Saving::Idle);
    // Another article: the last message was about the previous one.
    Effect::new(move |_| {
        shown.track();
        state.set(Saving::Idle);
    });
    let save = move |_| {
        let Some(opened) = shown.get_untracked() else {
            return;
        };
        state.set(Saving::Busy);
        let from = route.with_untracked(trust::read_at);
        leptos::task::spawn_local(async move {
            state.set(match download::save(&opened, from.as_deref()).await {
                Ok(name) => Saving::Done(name),
                Err(reason) => Saving::Failed(reason),
            });
        });
    };
    let disabled = move || shown.with(Option::is_none) || state.with(|s| *s == Saving::Busy);
    // Nothing at all while idle, so the status line takes no room.
    let message = move || match state.get() {
        Saving::Idle => None,
        Saving::Busy => Some("Preparing the offline copy…".to_owned()),
        Saving::Done(name) => Some(format!(
            "Saved as “{name}”: open it from your downloads any time, even offline."
        )),
        Saving::Failed(reason) => Some(format!("Could not save the article: {reason}.")),
    };
    view! {
        <button
            type="button"
            class="sm-save"
            title="Download this article as one HTML file that opens without a network"
            disabled=disabled
            on:click=save
        >
            // "Save offline" where the header is narrow. One inline box: in the flex button,
            // loose text beside the span would lose its spaces.
            <span>"Save " <span class="sm-wide-only">"for "</span> "offline"</span>
        </button>
        <p class="sm-save-status" role="status">
            {message}
        </p>
    }
}
