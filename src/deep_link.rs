//! Reading and writing the URL fragment deep link (`#entity=<id>`) without adding history entries.

use wasm_bindgen::JsValue;

use crate::core::fragment::Fragment;

/// The deep link in the current address, if any.
pub fn current() -> Option<Fragment> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Fragment::parse(&hash)
}

/// Replaces the fragment with `fragment` (or removes ours) in place: no history entry, no scroll.
pub fn replace(fragment: Option<&Fragment>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let current = location.hash().unwrap_or_default();
    let wanted = fragment.map(Fragment::to_hash).unwrap_or_default();
    // Leave foreign fragments (a host page's own anchors) alone when closing.
    if current == wanted || (fragment.is_none() && Fragment::parse(&current).is_none()) {
        return;
    }
    let path = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        wanted
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}
