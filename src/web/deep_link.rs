//! Reading and writing URL fragment deep links (`#entity=`, `#cell=`) without adding history entries.

use wasm_bindgen::JsValue;

use crate::core::fragment::Fragment;

/// The deep link in the current address, if any. Embedded readers leave the host page's
/// address alone, so for them there is none.
pub fn current() -> Option<Fragment> {
    if !crate::embed::owns_url() {
        return None;
    }
    let hash = web_sys::window()?.location().hash().ok()?;
    Fragment::parse(&hash)
}

/// Replaces the fragment with `fragment`, in place: no history entry, no scroll.
pub fn replace(fragment: &Fragment) {
    set_hash(&fragment.to_hash());
}

/// Removes the current fragment if it is one of ours that `matches` (a host page's own
/// anchors, and the other kind of deep link, are left alone).
pub fn clear(matches: impl Fn(&Fragment) -> bool) {
    if current().is_some_and(|f| matches(&f)) {
        set_hash("");
    }
}

fn set_hash(hash: &str) {
    if !crate::embed::owns_url() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.hash().unwrap_or_default() == hash {
        return;
    }
    let url = format!(
        "{}{}{hash}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
