//! "Edit in the studio" under an article: the studio opens with the article as a new draft
//! (handed over in this tab's session storage, so files and inlined articles work too).

use leptos::prelude::*;

use crate::web::http::Opened;

/// Where the article to edit is handed to the studio, and the address that reads it.
pub const HANDOVER_KEY: &str = "stancemap:edit";
const STUDIO: &str = "?view=studio&edit=session";

#[component]
pub fn EditLink(shown: RwSignal<Option<Opened>>) -> impl IntoView {
    let edit = move |_| {
        let Some(opened) = shown.get_untracked() else {
            return;
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(Some(session)) = window.session_storage() {
            let _ = session.set_item(HANDOVER_KEY, &opened.json);
        }
        let _ = window.location().assign(STUDIO);
    };
    move || {
        shown.with(Option::is_some).then(|| {
            view! {
                <p class="sm-edit">
                    <button type="button" on:click=edit>"Edit this article in the studio"</button>
                </p>
            }
        })
    }
}
