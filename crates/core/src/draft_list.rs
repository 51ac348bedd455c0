//! The list of drafts kept on this device, as local storage holds it (under [`STORAGE_KEY`]):
//! the studio writes it as it saves, and the reader's library lists it under "Drafts".

use serde::{Deserialize, Serialize};

/// The local storage key of the list.
pub const STORAGE_KEY: &str = "stancemap:drafts";

/// One draft, as the library lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftEntry {
    /// Its key in the studio's store (and in `?view=studio&draft=<id>`).
    pub id: String,
    /// The article's title.
    pub title: String,
    /// When it was last saved, in milliseconds since 1970.
    pub updated: u64,
}

/// The drafts in `stored`, most recently saved first; nothing if it is not a list of drafts.
///
/// ```
/// use stancemap_core::draft_list::{DraftEntry, parse, to_json, with};
/// let list = with(Vec::new(), DraftEntry { id: "d1".into(), title: "Talks".into(), updated: 5 });
/// let list = with(list, DraftEntry { id: "d2".into(), title: "Dam".into(), updated: 9 });
/// let list = with(list, DraftEntry { id: "d1".into(), title: "Talks, again".into(), updated: 12 });
/// let titles: Vec<String> = parse(&to_json(&list)).into_iter().map(|d| d.title).collect();
/// assert_eq!(titles, ["Talks, again", "Dam"]);
/// assert!(parse("not json").is_empty());
/// ```
pub fn parse(stored: &str) -> Vec<DraftEntry> {
    let mut list: Vec<DraftEntry> = serde_json::from_str(stored).unwrap_or_default();
    list.sort_by_key(|d| std::cmp::Reverse(d.updated));
    list
}

/// `list` as stored.
pub fn to_json(list: &[DraftEntry]) -> String {
    serde_json::to_string(list).unwrap_or_default()
}

/// `list` with `entry` in it, replacing the entry with the same id.
pub fn with(mut list: Vec<DraftEntry>, entry: DraftEntry) -> Vec<DraftEntry> {
    list.retain(|d| d.id != entry.id);
    list.push(entry);
    list.sort_by_key(|d| std::cmp::Reverse(d.updated));
    list
}

/// `list` without the draft `id`.
pub fn without(mut list: Vec<DraftEntry>, id: &str) -> Vec<DraftEntry> {
    list.retain(|d| d.id != id);
    list
}
