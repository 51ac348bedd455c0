//! Mounting over a prerendered page: the build writes the default article into `index.html`
//! (see `prerender.rs`), readable at once; the app renders the same view off-screen and swaps it
//! in whole when its article is there and no native preview is open — one DOM change, nothing
//! moves — and marks `performance.mark("interactive")` once mentions respond.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit};

/// What the app shows once it has rendered an article or said why it could not.
const SHOWN: &str = "[data-article], [role='alert']";

/// Whether `root` holds the build's prerendered article.
pub fn is_prerendered(root: &Element) -> bool {
    root.has_attribute("data-prerendered")
}

/// Calls `then` once something matching [`SHOWN`] appears under `container`.
pub fn when_shown(container: &Element, then: impl FnOnce() + 'static) {
    if container.query_selector(SHOWN).ok().flatten().is_some() {
        then();
        return;
    }
    let then = Rc::new(Cell::new(Some(then)));
    let watched = container.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(
        move |_: js_sys::Array, observer: MutationObserver| {
            if watched.query_selector(SHOWN).ok().flatten().is_some()
                && let Some(then) = then.take()
            {
                observer.disconnect();
                then();
            }
        },
    );
    if let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        let _ = observer.observe_with_options(container, &options);
    }
    callback.forget();
}

/// Swaps the app rendered in `fresh` for the prerendered page in `root`, keeping focus on the
/// same mention if the reader had moved it there.
pub fn take_over(root: &HtmlElement, fresh: &Element) {
    let focused_mention = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|el| root.contains(Some(el)))
        .and_then(|el| el.get_attribute("data-mention"));
    let nodes = js_sys::Array::from(&fresh.child_nodes());
    root.replace_children_with_node(&nodes);
    let _ = root.remove_attribute("data-prerendered");
    if let Some(index) = focused_mention
        && let Ok(Some(mention)) = root.query_selector(&format!("[data-mention='{index}']"))
        && let Ok(mention) = mention.dyn_into::<HtmlElement>()
    {
        let _ = mention.focus();
    }
}

/// Marks a moment of the page's load, once: `"app"` when the app has rendered its article,
/// `"interactive"` when mentions respond — at the takeover, unless the page's native previews
/// bound them once the page was parsed (see `PARSED` in the build hook).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance())
        && performance.get_entries_by_name(name).length() == 0
    {
        let _ = performance.mark(name);
    }
}

/// Calls `then` once no preview is open in `root`: the app does not pull a preview out from
/// under the reader, it takes over when the reader has finished with it.
pub fn when_no_preview_open(root: &Element, then: impl FnOnce() + 'static) {
    // Browsers without popovers refuse the selector: nothing can be open there.
    let Some(open) = root
        .query_selector(".sm-preview:popover-open")
        .ok()
        .flatten()
    else {
        then();
        return;
    };
    let root = root.clone();
    let retry = Closure::once_into_js(move || when_no_preview_open(&root, then));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = open.add_event_listener_with_callback_and_add_event_listener_options(
        "toggle",
        retry.unchecked_ref(),
        &options,
    );
}
