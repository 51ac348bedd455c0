//! "Save for offline": downloads the article on screen as one self-contained HTML file, made
//! from the build's `saved.html` template (precached by the service worker, so saving works
//! offline too) and the pure `core::saved` filling.

use gloo_net::http::Request;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use crate::core::saved::{file_name, saved_page};
use crate::web::http::{self, Opened};

/// The build's single-file template, next to `index.html`.
pub const TEMPLATE: &str = "saved.html";

/// How long the download's object URL is kept before it is released.
const RELEASE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Builds the saved page for `opened`, read at the address `from`, and offers it as a
/// download; the file's name on success.
pub async fn save(Opened { article, json }: &Opened, from: Option<&str>) -> Result<String, String> {
    let url = http::resolve(TEMPLATE, &http::page_base()).map_err(|e| e.to_string())?;
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|_| "the reader's files could not be fetched (are you offline?)".to_owned())?;
    if !response.ok() {
        return Err(format!(
            "this site has no {TEMPLATE} (HTTP {}); it needs the full Stancemap build",
            response.status()
        ));
    }
    let template = response
        .text()
        .await
        .map_err(|_| format!("{TEMPLATE} could not be read"))?;
    let page = saved_page(&template, article, json, from).map_err(|e| e.to_string())?;
    let name = file_name(article);
    offer(&name, &page, "text/html;charset=utf-8")
        .map_err(|_| "the browser refused the download".to_owned())?;
    Ok(name)
}

/// Offers `text` as a file called `name` of type `mime`, through a temporary object URL.
pub fn offer(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        RELEASE_AFTER,
    );
    Ok(())
}
