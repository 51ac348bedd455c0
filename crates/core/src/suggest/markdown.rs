//! A Markdown article as plain text: its blocks as paragraphs, its inline text without marks.

use pulldown_cmark::{Event, Parser, TagEnd};

/// The text of `markdown`: each heading, paragraph, list item and quote a paragraph of its
/// own; emphasis, links and code spans reduced to their words; images and HTML left out.
///
/// ```
/// use stancemap_core::suggest::markdown::plain_text;
/// assert_eq!(plain_text("# Talks\n\nIran [said](https://x.example) *yes*."), "Talks\n\nIran said yes.\n\n");
/// ```
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut in_image = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(pulldown_cmark::Tag::Image { .. }) => in_image = true,
            Event::End(TagEnd::Image) => in_image = false,
            Event::Text(text) | Event::Code(text) if !in_image => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock,
            ) => out.push_str("\n\n"),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn marks_go_words_stay() {
        let md = "# Talks *resume*\n\nIran [said](https://x.example) it is\nready. ![map](m.png)\n\n- `U.S.` envoy\n";
        assert_eq!(
            super::plain_text(md),
            "Talks resume\n\nIran said it is ready. \n\nU.S. envoy\n\n"
        );
    }
}
