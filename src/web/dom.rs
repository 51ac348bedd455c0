//! Small DOM helpers shared by the controllers: queries, media queries, scrolling, flashing.

use std::time::Duration;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{
    Element, IntersectionObserver, IntersectionObserverEntry, ScrollBehavior,
    ScrollIntoViewOptions, ScrollLogicalPosition,
};

/// Listens to `event` on the window for as long as the calling view lives. Natively (the
/// build-time prerender) there is no window, and nothing listens.
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::tachys::html::event::EventDescriptor + 'static,
    E::EventType: JsCast,
{
    if cfg!(target_arch = "wasm32") {
        let handle = window_event_listener(event, handler);
        on_cleanup(move || handle.remove());
    }
}

/// Calls `handler` with whether `el` is in the viewport, once at the start and again whenever
/// that changes, for as long as the calling view lives.
pub fn on_in_view(el: &Element, handler: impl Fn(bool) + 'static) {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // Entries come oldest first; the last one is how things stand.
        if let Some(entry) = entries.iter().last() {
            let entry: IntersectionObserverEntry = entry.unchecked_into();
            handler(entry.is_intersecting());
        }
    });
    let Ok(observer) = IntersectionObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(el);
    let observing = SendWrapper::new((observer, callback));
    on_cleanup(move || observing.0.disconnect());
}

/// Whether the CSS media query `query` matches now.
pub fn media_matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Elements under `root` matching `selector` that are of type `T`, in document order.
pub fn select_all<T: JsCast>(root: &Element, selector: &str) -> Vec<T> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Scrolls `el` to the middle of the viewport (smoothly unless motion is reduced).
pub fn scroll_to(el: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(if media_matches("(prefers-reduced-motion: reduce)") {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Briefly highlights `el` so the eye finds it after a jump.
pub fn flash(el: &Element) {
    let classes = el.class_list();
    let _ = classes.remove_1("sm-flash");
    // Force a style flush so the animation restarts when flashing the same mention again.
    let _ = el.get_bounding_client_rect();
    let _ = classes.add_1("sm-flash");
    let el = el.clone();
    let _ = set_timeout_with_handle(
        move || {
            let _ = el.class_list().remove_1("sm-flash");
        },
        Duration::from_millis(1600),
    );
}
