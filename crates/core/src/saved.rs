//! "Save for offline": fills the build's single-file page template with one article.
//!
//! The build writes `saved.html` (see `crates/build/src/saved.rs`): the whole reader — wasm,
//! JS and CSS — inlined into one page, with three slots. Saving puts the article's title into
//! the `<title>`, the address it was read at into `<meta name="stancemap-saved-from">` (the
//! saved page says where it came from), and its JSON into
//! `<script type="application/json" id="stancemap-article">`, where the reader finds it when the
//! file is opened (from `file://`, with no network).

use crate::Article;

/// Where the article's JSON goes: inside the inline-article script element.
pub const ARTICLE_SLOT: &str = "<!--stancemap:article-->";
/// Where the article's title goes: inside `<title>`.
pub const TITLE_SLOT: &str = "<!--stancemap:title-->";
/// Where the address the article was read at goes: the value of the saved-from meta tag.
pub const FROM_SLOT: &str = "<!--stancemap:from-->";

/// Why a page could not be saved: the template lacks the named slot (it is not the build's
/// `saved.html`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError(pub &'static str);

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the page template has no {} slot", self.0)
    }
}

/// The self-contained page showing `article`, made from the build's `template` and `json`,
/// the JSON text the article was read from (kept as it came, not written anew), read at the
/// address `from` (none for a file from the saver's device).
pub fn saved_page(
    template: &str,
    article: &Article,
    json: &str,
    from: Option<&str>,
) -> Result<String, SaveError> {
    let slots = [
        (
            TITLE_SLOT,
            "title",
            html_text(&format!("{} · Stancemap", article.title)),
        ),
        (
            FROM_SLOT,
            "from",
            crate::html::attribute(from.unwrap_or_default()),
        ),
        (ARTICLE_SLOT, "article", script_json(json)),
    ];
    let mut page = String::with_capacity(template.len() + json.len());
    let mut rest = template;
    for (slot, name, value) in slots {
        let (before, after) = rest.split_once(slot).ok_or(SaveError(name))?;
        page.push_str(before);
        page.push_str(&value);
        rest = after;
    }
    page.push_str(rest);
    Ok(page)
}

/// The file name a saved article is offered under: its id (a slug) with `.html`.
pub fn file_name(article: &Article) -> String {
    format!("{}.html", article.id)
}

/// JSON text that can sit inside a `<script>` element: in valid JSON `<` only occurs inside
/// strings, where `\u003c` means the same, so no `</script>` or `<!--` can end the element.
///
/// ```
/// let json = stancemap_core::saved::script_json(r#"{"title":"</script><script>alert(1)"}"#);
/// assert!(!json.contains("</script"));
/// ```
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// `text` escaped for an HTML text context (such as `<title>`).
pub use crate::html::text as html_text;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_could_end_the_elements() {
        assert_eq!(html_text("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
    }
}
