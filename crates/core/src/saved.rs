//! "Save for offline": fills the build's single-file page template with one article.
//!
//! The build writes `saved.html` (see `src/bin/stancemap-build.rs`): the whole reader — wasm,
//! JS and CSS — inlined into one page, with two slots. Saving puts the article's title into
//! the `<title>` and its JSON into `<script type="application/json" id="stancemap-article">`,
//! where the reader finds it when the file is opened (from `file://`, with no network).

use crate::Article;

/// Where the article's JSON goes: inside the inline-article script element.
pub const ARTICLE_SLOT: &str = "<!--stancemap:article-->";
/// Where the article's title goes: inside `<title>`.
pub const TITLE_SLOT: &str = "<!--stancemap:title-->";

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
/// the JSON text the article was read from (kept as it came, not written anew).
pub fn saved_page(template: &str, article: &Article, json: &str) -> Result<String, SaveError> {
    let (head, rest) = template.split_once(TITLE_SLOT).ok_or(SaveError("title"))?;
    let (middle, tail) = rest.split_once(ARTICLE_SLOT).ok_or(SaveError("article"))?;
    let json = script_json(json);
    let title = html_text(&format!("{} · Stancemap", article.title));
    let mut page = String::with_capacity(template.len() + json.len() + title.len());
    page.push_str(head);
    page.push_str(&title);
    page.push_str(middle);
    page.push_str(&json);
    page.push_str(tail);
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
