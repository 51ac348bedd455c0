//! Reader preferences kept in local storage (silently absent when storage is unavailable).

use crate::core::EntityKind;
use crate::core::prefs::{Prefs, STORAGE_KEY as PREFS};

const HIDDEN_KINDS: &str = "stancemap:hidden-kinds";

fn storage() -> Option<web_sys::Storage> {
    // Natively (the build-time prerender) there is no browser and nothing saved.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Entity kinds whose highlighting the reader switched off.
pub fn hidden_kinds() -> Vec<EntityKind> {
    let saved = storage()
        .and_then(|s| s.get_item(HIDDEN_KINDS).ok().flatten())
        .unwrap_or_default();
    EntityKind::ALL
        .into_iter()
        .filter(|k| saved.split(',').any(|s| s == k.as_str()))
        .collect()
}

pub fn set_hidden_kinds(kinds: &[EntityKind]) {
    if let Some(s) = storage() {
        let value: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        let _ = s.set_item(HIDDEN_KINDS, &value.join(","));
    }
}

/// The reader's display preferences (defaults when none are stored).
pub fn prefs() -> Prefs {
    storage()
        .and_then(|s| s.get_item(PREFS).ok().flatten())
        .map_or_else(Prefs::default, |stored| Prefs::parse(&stored))
}

pub fn set_prefs(prefs: Prefs) {
    if let Some(s) = storage() {
        let _ = s.set_item(PREFS, &prefs.to_string());
    }
}

/// The studio's drafts on this device, most recent first: id and title.
pub fn drafts() -> Vec<(String, String)> {
    let stored = storage()
        .and_then(|s| {
            s.get_item(crate::core::draft_list::STORAGE_KEY)
                .ok()
                .flatten()
        })
        .unwrap_or_default();
    crate::core::draft_list::titles(&stored)
        .map(|(id, title)| (id.to_owned(), title.to_owned()))
        .collect()
}
