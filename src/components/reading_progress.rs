//! A slim bar along the top of the window showing how far through the article the reader is.
//! Decorative (the scroll position already tells assistive technology); only where the reader
//! owns the page — in a blog's embed, the blog's window is not ours to mark.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

use crate::embed;
use crate::web::dom::on_window;

#[component]
pub fn ReadingProgress(body: NodeRef<Div>) -> impl IntoView {
    // In an embed nothing is shown, so nothing listens to the host's scrolling either.
    if !embed::owns_url() {
        return None;
    }
    let progress = RwSignal::new(0.0_f64);
    let measure = move || {
        let (Some(body), Some(window)) = (body.get_untracked(), web_sys::window()) else {
            return;
        };
        let rect = body.get_bounding_client_rect();
        let viewport = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let read = ((viewport - rect.top()) / rect.height().max(1.0)).clamp(0.0, 1.0);
        if (read - progress.get_untracked()).abs() > 0.001 {
            progress.set(read);
        }
    };
    on_window(ev::scroll, move |_| measure());
    on_window(ev::resize, move |_| measure());
    // Until the first measure, no inline style at all (the prerendered page has none: its CSP
    // allows no style attributes); the stylesheet starts the bar empty.
    let transform = move || {
        // Ten-thousandths in integers: float formatting would grow the wasm (bench/NOTES.md).
        let p = (progress.get() * 10_000.0).round() as u32;
        (p > 0).then(|| format!("scaleX({}.{:04})", p / 10_000, p % 10_000))
    };
    Some(view! {
        <div class="sm-progress" aria-hidden="true">
            <div class="sm-progress-bar" style:transform=transform></div>
        </div>
    })
}
