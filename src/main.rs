//! Entry point: the standalone page mounts the reader into `#stancemap`; `?embed` makes it an
//! iframe embed (whose height the page's start-up script reports), and `data-saved` on the
//! element marks a page saved for offline reading.
//! Without `#stancemap` (the module loaded by `embed.js`) it mounts nothing.

use stancemap::Host;
use wasm_bindgen::JsCast;

fn main() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id("stancemap")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let params = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok());
    if params.as_ref().is_some_and(|p| p.has("embed")) {
        if let Some(html) = document.document_element() {
            let _ = html.class_list().add_1("sm-embed");
        }
        let param = |name: &str| {
            params
                .as_ref()
                .and_then(|p| p.get(name))
                .unwrap_or_default()
        };
        let look = stancemap::embed::look(&param("theme"), &param("matrix"));
        // The page's start-up script reports the frame's height to the parent.
        stancemap::mount(root, stancemap::web::route::current(), Host::Embed, look);
        return;
    }
    let host = if root.has_attribute("data-saved") {
        Host::SavedFile
    } else {
        Host::Site
    };
    stancemap::mount(
        root,
        stancemap::web::route::current(),
        host,
        Default::default(),
    );
}
