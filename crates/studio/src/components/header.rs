//! The studio's bar: the draft's title, whether it is saved on this device, undo and redo,
//! and the exports (Download JSON, Copy JSON) in the canonical form.

use leptos::prelude::*;
use stancemap::web::download::offer;
use wasm_bindgen_futures::JsFuture;

use crate::controller::{Saved, Studio};

#[component]
pub fn Header(studio: Studio) -> impl IntoView {
    let title = move || studio.with(|d| d.article().title.clone());
    let saved = move || match studio.saved.get() {
        Saved::Yes => view! { <p class="st-saved">"Saved on this device"</p> }.into_any(),
        Saved::Pending => view! { <p class="st-saved">"Saving…"</p> }.into_any(),
        Saved::Failed(e) => {
            view! { <p class="st-saved st-problem" role="alert">{e.to_string()}</p> }.into_any()
        }
    };
    let download = move |_| {
        let (name, json) =
            studio.with_untracked(|d| (format!("{}.json", d.article().id), d.to_json()));
        match offer(&name, &json, "application/json") {
            Ok(()) => studio.said.set(format!("Downloading {name}")),
            Err(_) => studio.said.set("The browser refused the download".into()),
        }
    };
    let copy = move |_| {
        let json = studio.with_untracked(|d| d.to_json());
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            return;
        };
        let promise = clipboard.write_text(&json);
        leptos::task::spawn_local(async move {
            let said = match JsFuture::from(promise).await {
                Ok(_) => "Copied the article's JSON",
                Err(_) => "The browser did not allow copying; use Download JSON",
            };
            studio.said.set(said.into());
        });
    };
    // Deleting asks first: the draft is the author's only copy unless downloaded.
    let delete = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let title = studio.with_untracked(|d| d.article().title.clone());
        let sure = window
            .confirm_with_message(&format!(
                "Delete the draft “{title}” from this device? This cannot be undone."
            ))
            .unwrap_or(false);
        if !sure {
            return;
        }
        let id = studio.id();
        leptos::task::spawn_local(async move {
            match crate::drafts::remove(&id).await {
                Ok(()) => {
                    let _ = window.location().assign("?view=library");
                }
                Err(e) => studio.said.set(e.to_string()),
            }
        });
    };
    view! {
        <header class="st-bar">
            <a class="st-home" href="?view=library">"Library"</a>
            <h1 class="st-title">"Studio: " <span>{title}</span></h1>
            <div class="st-status" aria-live="polite">{saved}</div>
            <div class="st-actions">
                <button type="button" on:click=move |_| studio.undo() disabled=move || !studio.with(|d| d.can_undo()) aria-keyshortcuts="Control+Z">"Undo"</button>
                <button type="button" on:click=move |_| studio.redo() disabled=move || !studio.with(|d| d.can_redo()) aria-keyshortcuts="Control+Shift+Z">"Redo"</button>
                <button type="button" class="st-primary" on:click=download>"Download JSON"</button>
                <button type="button" on:click=copy>"Copy JSON"</button>
                <button type="button" on:click=delete>"Delete draft"</button>
            </div>
        </header>
    }
}
