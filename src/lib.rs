//! Stancemap: a client-only reader for annotated news articles (entity cards, stance matrix).

pub mod api;
pub mod app;
pub mod cards;
pub mod components;
pub mod core;
pub mod deep_link;
pub mod dom;
pub mod embed;
pub mod evidence;
pub mod files;
pub mod offline;
pub mod panic;
pub mod route;
pub mod save;
pub mod storage;

use leptos::prelude::*;
use web_sys::HtmlElement;

pub use api::Source;
pub use app::{App, Host};
pub use route::Route;

/// Mounts the reader into `root`, replacing whatever placeholder it holds. Works for any
/// element, including one inside a shadow root.
pub fn mount(root: HtmlElement, route: Route, host: Host) {
    if host.owns_page() {
        embed::claim_url();
    }
    panic::install(&root);
    root.set_text_content(None);
    leptos::mount::mount_to(root, move || view! { <App route host /> }).forget();
}
