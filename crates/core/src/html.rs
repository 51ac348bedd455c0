//! Escaping article words for the HTML the build and the embed codes write as text.

/// `text` escaped for an HTML text context (such as `<title>` or a paragraph).
///
/// ```
/// assert_eq!(stancemap_core::html::text("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
/// ```
pub fn text(text: &str) -> String {
    escape(text, false)
}

/// `text` escaped for a double-quoted attribute value.
///
/// ```
/// assert_eq!(stancemap_core::html::attribute(r#"say "<hi>""#), "say &quot;&lt;hi&gt;&quot;");
/// ```
pub fn attribute(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
