//! Stancemap: a client-only reader for annotated news articles (entity cards, stance matrix).
#![recursion_limit = "256"]

pub mod components;
pub mod controllers;
pub mod embed;
pub mod panic;
pub mod takeover;
pub mod web;

/// The pure core (format, validation, linking, matrix), as the app's modules name it.
pub use stancemap_core as core;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use core::embed_code::EmbedOptions;

pub use components::app::{App, Host, ReaderRoot};
pub use web::http::Source;
pub use web::route::Route;

/// Mounts the reader into `root`, replacing whatever placeholder it holds. Works for any
/// element, including one inside a shadow root. Over the build's prerendered article the app
/// renders off-screen first and swaps itself in whole (see `takeover.rs`). An embed looks as
/// its code asks (`look`); other hosts take [`EmbedOptions::default`].
pub fn mount(root: HtmlElement, route: Route, host: Host, look: EmbedOptions) {
    if host.owns_page() {
        embed::claim_url();
    }
    panic::install(&root);
    // The prerendered article is the page's own: the default article, or the one it inlines.
    let over_prerendered = takeover::is_prerendered(&root)
        && matches!(route, Route::Reader(Source::Default | Source::Inline(_)));
    let target: HtmlElement = match web_sys::window().and_then(|w| w.document()) {
        Some(document) if over_prerendered => match document.create_element("div") {
            Ok(fresh) => fresh.unchecked_into(),
            Err(_) => root.clone(),
        },
        _ => root.clone(),
    };
    if target == root {
        root.set_text_content(None);
        let _ = root.remove_attribute("data-prerendered");
    }
    leptos::mount::mount_to(target.clone(), move || view! { <App route host look /> }).forget();
    let watched = target.clone();
    takeover::when_shown(&watched, move || {
        takeover::mark("app");
        if target == root {
            takeover::mark("interactive");
            return;
        }
        let prerendered = root.clone();
        takeover::when_no_preview_open(&prerendered, move || {
            takeover::take_over(&root, &target);
            takeover::mark("interactive");
        });
    });
}
