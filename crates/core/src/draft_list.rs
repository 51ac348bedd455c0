//! The list of drafts kept on this device, as local storage holds it (under [`STORAGE_KEY`]):
//! the studio writes it as it saves, and the reader's library lists it under "Drafts".
//!
//! One line per draft, `<updated>\t<id>\t<title>`, most recent first, read by hand rather
//! than as JSON: the reader's wasm carries the reading, and serde's (with a sort) weighs far
//! more there (bench/NOTES.md).

/// The local storage key of the list.
pub const STORAGE_KEY: &str = "stancemap:drafts";

/// One draft, as the library lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftEntry {
    /// Its key in the studio's store (and in `?view=studio&draft=<id>`).
    pub id: String,
    /// The article's title.
    pub title: String,
    /// When it was last saved, in milliseconds since 1970.
    pub updated: u64,
}

/// The drafts in `stored`, in its order (the studio keeps the most recently saved first):
/// each one's id and title, for the library, which needs no more; lines that are not drafts
/// are skipped.
pub fn titles(stored: &str) -> impl Iterator<Item = (&str, &str)> {
    lines(stored).map(|(_, id, title)| (id, title))
}

/// The drafts in `stored`, whole, in its order; lines that are not drafts are skipped.
///
/// ```
/// use stancemap_core::draft_list::{DraftEntry, parse, titles, to_text, with};
/// let list = with(Vec::new(), DraftEntry { id: "d1".into(), title: "Talks".into(), updated: 5 });
/// let list = with(list, DraftEntry { id: "d2".into(), title: "Dam\tnews".into(), updated: 9 });
/// let list = with(list, DraftEntry { id: "d1".into(), title: "Talks, again".into(), updated: 12 });
/// let stored = to_text(&list);
/// let read: Vec<String> = parse(&stored).into_iter().map(|d| d.title).collect();
/// assert_eq!(read, ["Talks, again", "Dam news"]);
/// assert_eq!(titles(&stored).next(), Some(("d1", "Talks, again")));
/// assert!(parse("not a list").is_empty());
/// ```
pub fn parse(stored: &str) -> Vec<DraftEntry> {
    lines(stored)
        .filter_map(|(updated, id, title)| {
            Some(DraftEntry {
                id: id.to_owned(),
                title: title.to_owned(),
                updated: updated.parse().ok()?,
            })
        })
        .collect()
}

/// The well-formed lines of `stored`: when, id and title.
fn lines(stored: &str) -> impl Iterator<Item = (&str, &str, &str)> {
    stored.split('\n').filter_map(|line| {
        let (updated, rest) = line.split_once('\t')?;
        let (id, title) = rest.split_once('\t')?;
        (!updated.is_empty() && !id.is_empty()).then_some((updated, id, title))
    })
}

/// `list` as stored.
pub fn to_text(list: &[DraftEntry]) -> String {
    let one_line = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    list.iter()
        .map(|d| {
            format!(
                "{}\t{}\t{}\n",
                d.updated,
                one_line(&d.id),
                one_line(&d.title)
            )
        })
        .collect()
}

/// `list` with `entry` in it, first (the most recently saved), replacing the entry with the
/// same id.
pub fn with(mut list: Vec<DraftEntry>, entry: DraftEntry) -> Vec<DraftEntry> {
    list.retain(|d| d.id != entry.id);
    list.insert(0, entry);
    list
}

/// `list` without the draft `id`.
pub fn without(mut list: Vec<DraftEntry>, id: &str) -> Vec<DraftEntry> {
    list.retain(|d| d.id != id);
    list
}
