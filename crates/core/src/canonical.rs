//! The canonical form of an article's JSON: the format's field order, optional fields left out
//! when absent, two-space indentation, a final line break. What the studio exports and
//! `stancemap fmt` writes, so that an article opened and saved unchanged is byte-identical.

use crate::article::Article;

/// `article` in the canonical form.
///
/// ```
/// use stancemap_core::{canonical::to_canonical_json, parse_article};
/// let seed = include_str!("../../../public/articles/iran-talks.json");
/// // The seed is kept in the canonical form: reading and writing it changes nothing.
/// assert_eq!(to_canonical_json(&parse_article(seed).unwrap()), seed);
/// ```
pub fn to_canonical_json(article: &Article) -> String {
    let mut json = serde_json::to_string_pretty(article)
        // Plain structs of strings, numbers and lists, with string keys: nothing can fail.
        .unwrap_or_default();
    json.push('\n');
    json
}
