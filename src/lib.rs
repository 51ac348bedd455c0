//! Stancemap: a client-only reader for annotated news articles (entity cards, stance matrix).

pub mod api;
pub mod app;
pub mod cards;
pub mod components;
pub mod core;
pub mod deep_link;
pub mod evidence;
pub mod panic;
pub mod storage;

use leptos::prelude::*;
use web_sys::HtmlElement;

pub use api::Source;
pub use app::App;

/// Mounts the reader into `root`, replacing whatever placeholder it holds. Works for any
/// element, including one inside a shadow root.
pub fn mount(root: HtmlElement, source: Source, owns_page: bool) {
    panic::install(&root);
    root.set_text_content(None);
    leptos::mount::mount_to(root, move || view! { <App source owns_page /> }).forget();
}

/// The article the page's address asks for: `?src=<url>`, or the library default.
pub fn source_from_location() -> Source {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get("src"))
        .filter(|src| !src.trim().is_empty())
        .map_or(Source::Default, Source::Url)
}
