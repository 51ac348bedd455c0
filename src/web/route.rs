//! Where the reader is, kept in the address: `?view=library`, `?src=<url>` (of a trusted
//! origin), or the default article.
//! Only the query is ours to change; the `#entity=` / `#cell=` fragment is left to the views.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::web::http::Source;
use crate::web::trust;

/// The page the reader shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Reader(Source),
    Library,
}

/// The browser window; none natively (the build-time prerender has no address).
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The route the current address names, with an article inlined by the host page taking
/// the place of the default one.
pub fn current() -> Route {
    let Some(window) = window() else {
        return Route::Reader(Source::Default);
    };
    let search = window.location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let param = |name: &str| params.as_ref().and_then(|p| p.get(name));
    if param("view").as_deref() == Some("library") {
        return Route::Library;
    }
    if let Some(src) = param("src").filter(|s| !s.trim().is_empty()) {
        return Route::Reader(trust::checked(src));
    }
    home()
}

/// The page's own article: the one the page inlines, else the library's default.
pub fn home() -> Route {
    Route::Reader(inline_article().map_or(Source::Default, Source::Inline))
}

/// The script element a host page inlines its article in.
fn inline_script() -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id("stancemap-article")
}

/// Whether the page's inlined article is one of the site's library, as the build marks those
/// it prerenders (`data-library` on the script element).
pub fn inline_is_library() -> bool {
    inline_script().is_some_and(|script| script.has_attribute("data-library"))
}

/// Article JSON the host page inlined in `<script type="application/json" id="stancemap-article">`.
pub fn inline_article() -> Option<String> {
    let script = inline_script()?;
    let is_json = script
        .get_attribute("type")
        .is_some_and(|t| t.eq_ignore_ascii_case("application/json"));
    is_json.then(|| script.text_content()).flatten()
}

/// The address of `route`, relative to the current page (query only, so any host and
/// sub-path work without rewrite rules): the page's own article is the bare path. `None` for
/// routes without one (local files).
pub fn href(route: &Route) -> Option<String> {
    let path = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".to_owned());
    match route {
        Route::Library => Some("?view=library".to_owned()),
        Route::Reader(Source::Url(src)) => {
            let params = web_sys::UrlSearchParams::new().ok()?;
            params.append("src", src);
            Some(format!("?{}", String::from(params.to_string())))
        }
        Route::Reader(Source::Default | Source::Inline(_)) => Some(path),
        Route::Reader(Source::Local { .. } | Source::Refused(_)) => None,
    }
}

/// Shows `route`, adding a history entry when it has an address of its own.
pub fn go(current: RwSignal<Route>, route: Route) {
    if let (Some(url), Some(window)) = (href(&route), web_sys::window())
        && let Ok(history) = window.history()
    {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    current.set(route);
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
