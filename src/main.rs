//! Entry point of the standalone page: mounts the reader into `#stancemap` (or `<body>`).

use wasm_bindgen::JsCast;

fn main() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("the reader runs in a browser page");
    let root = document
        .get_element_by_id("stancemap")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body())
        .expect("the page has a body");
    stancemap::mount(root, stancemap::route::current(), true);
}
