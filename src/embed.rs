//! Embedding: the `<stancemap-article>` custom element's entry point, and the iframe mode
//! (`?embed`) that reports its content height to the parent page.

use std::cell::{Cell, RefCell};

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ResizeObserver};

use crate::components::app::Host;
use crate::core::embed_code::{EmbedOptions, MatrixDisplay};
use crate::core::prefs::Theme;
use crate::web::http::Source;
use crate::web::route::Route;

thread_local! {
    static OWNS_URL: Cell<bool> = const { Cell::new(false) };
    static READER_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The origin the reader itself was served from: `embed.js`'s for a `<stancemap-article>`,
/// else the page's.
pub fn reader_origin() -> Option<String> {
    READER_ORIGIN
        .with_borrow(Clone::clone)
        .or_else(|| web_sys::window()?.location().origin().ok())
}

/// Whether a reader owns the page's address (and so may read and write `#entity=` links).
pub fn owns_url() -> bool {
    OWNS_URL.get()
}

pub(crate) fn claim_url() {
    OWNS_URL.set(true);
}

/// Mounts a reader showing the article at `src` (an absolute URL) into `element`, typically
/// inside the shadow root of a `<stancemap-article>` element (see `embed.js`, served from
/// `reader_origin`), with the element's `theme` and `matrix` attributes.
#[wasm_bindgen]
pub fn mount_element(
    element: HtmlElement,
    src: String,
    theme: String,
    matrix: String,
    reader_origin: String,
) {
    READER_ORIGIN.set(Some(reader_origin));
    let look = look(&theme, &matrix);
    crate::mount(element, Route::Reader(Source::Url(src)), Host::Embed, look);
}

/// An embed's look from the words of its code (`theme=dark`, `matrix=hidden`); what is not
/// understood keeps the default.
pub fn look(theme: &str, matrix: &str) -> EmbedOptions {
    EmbedOptions {
        theme: Theme::from_word(theme).unwrap_or_default(),
        matrix: MatrixDisplay::from_word(matrix),
        max_height: None,
    }
}

/// In an iframe, posts `{type: "stancemap:height", height, id}` to the parent whenever the
/// reader's height changes. `target_origin` limits who receives it (`*` when not given).
pub fn report_height(root: &HtmlElement, target_origin: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let observed = root.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let Some(reader) = observed.query_selector(".stancemap").ok().flatten() else {
            return;
        };
        let height = reader.get_bounding_client_rect().height().ceil();
        let id = reader
            .query_selector("[data-article]")
            .ok()
            .flatten()
            .and_then(|a| a.get_attribute("data-article"));
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &"stancemap:height".into());
        let _ = Reflect::set(&message, &"height".into(), &height.into());
        let _ = Reflect::set(
            &message,
            &"id".into(),
            &id.map_or(JsValue::NULL, JsValue::from),
        );
        let _ = parent.post_message(&message, &target_origin);
    });
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        // The reader's root appears once mounted; observing the mount point covers it, and
        // a mutation of its size (cards, matrix evidence, a new article) re-posts.
        observer.observe(root);
        if let Some(reader) = root.first_element_child() {
            observer.observe(&reader);
        }
        std::mem::forget(observer);
    }
    callback.forget();
}
