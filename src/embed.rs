//! Embedding: the `<stancemap-article>` custom element's entry point, and an embed's look.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

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
        .or_else(crate::web::trust::own_origin)
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
