//! "Edit in the studio" under an article (see `ArticleActions`): the studio opens with the article as a new draft
//! (handed over in this tab's session storage, so files and inlined articles work too).

use leptos::prelude::*;

use crate::web::http::Opened;

/// Where the article to edit is handed to the studio, and the address that reads it.
pub const HANDOVER_KEY: &str = "stancemap:edit";
const STUDIO: &str = "?view=studio&edit=session";

#[component]
pub fn EditLink(shown: RwSignal<Option<Opened>>) -> impl IntoView {
    // The link then goes to the studio as links do.
    let hand_over = move |_| {
        let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
        if let (Some(opened), Some(session)) = (shown.get_untracked(), session) {
            let _ = session.set_item(HANDOVER_KEY, &opened.json);
        }
    };
    view! { <a href=STUDIO on:click=hand_over>"Edit this article in the studio"</a> }
}
