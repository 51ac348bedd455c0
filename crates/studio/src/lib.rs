//! Stancemap's authoring studio: an article's plain text to a finished article, with
//! suggestions to review, keyboard-first, saved on this device as it goes, and the real
//! reader's view of the draft beside it. Its state lives in [`controller::Studio`] over the
//! core's [`Draft`](stancemap_core::authoring::Draft).
#![recursion_limit = "256"]

pub mod components;
pub mod controller;
pub mod drafts;
pub mod keys;

use wasm_bindgen::JsCast;

/// Mounts the studio into `#stancemap`, replacing what the page shows there.
pub fn mount() {
    console_error_panic_hook::set_once();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("stancemap"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_text_content(None);
    root.remove_attribute("data-prerendered").ok();
    leptos::mount::mount_to(root, components::studio::Studio).forget();
}
