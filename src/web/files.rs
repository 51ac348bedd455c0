//! Opening article files from the reader's device (file picker, drag and drop): read locally.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

use crate::core::{LoadError, MAX_ARTICLE_BYTES};
use crate::web::http::{OpenError, Source};
use crate::web::route::{self, Route};

/// Opens the file chosen in an `<input type="file">`.
pub fn open_from_input(ev: &leptos::ev::Event, route: RwSignal<Route>) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    if let Some(file) = input.files().and_then(|files| files.get(0)) {
        open(file, route);
    }
    // Choosing the same file again should open it again.
    input.set_value("");
}

/// Reads `file` in the browser and shows it; oversized files are refused before reading.
pub fn open(file: File, route: RwSignal<Route>) {
    let name = file.name();
    if file.size() > MAX_ARTICLE_BYTES as f64 {
        let error = OpenError::Load {
            url: name,
            error: LoadError::TooLarge {
                bytes: file.size() as usize,
            },
        };
        route::go(route, Route::Reader(Source::Refused(error)));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        route::go(route, Route::Reader(Source::Local { name, text }));
    });
}
