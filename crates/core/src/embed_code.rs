//! The codes a blogger pastes to embed a published article: an iframe with the host script
//! that fits it to the article, or the `<stancemap-article>` element whose children are the
//! article's text, shown at the blog's first paint, to search engines and without scripts.
//! The reader's Embed dialog gives them, and the build's oEmbed responses give the iframe.

use crate::article::Article;
use crate::html::{attribute, text};
use crate::language::direction;
use crate::linker::{Segment, link_article, segments};
use crate::prefs::Theme;

/// The width and height an iframe starts at, before the host script fits its height.
pub const FRAME_WIDTH: u32 = 720;
/// See [`FRAME_WIDTH`].
pub const FRAME_HEIGHT: u32 = 900;

/// Whether an embed shows the stance matrix (and the markers that lead to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatrixDisplay {
    /// The matrix beside or after the text, as on the reader's own page.
    #[default]
    Shown,
    /// The text and its cards only.
    Hidden,
}

impl MatrixDisplay {
    /// The word the iframe's `matrix=` parameter and the element's `matrix` attribute take.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Shown => "shown",
            Self::Hidden => "hidden",
        }
    }

    /// Reads [`MatrixDisplay::as_str`]'s word; anything else shows the matrix.
    pub fn from_word(word: &str) -> Self {
        if word == "hidden" {
            Self::Hidden
        } else {
            Self::Shown
        }
    }
}

/// What a blogger chooses in the Embed dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    /// The embed's colours; `Auto` follows the reader's system.
    pub theme: Theme,
    /// Whether the matrix shows.
    pub matrix: MatrixDisplay,
    /// At most this many CSS pixels tall, scrolling inside beyond; `None` for the article's
    /// whole height.
    pub max_height: Option<u32>,
}

/// Where a published article is, as absolute URLs of one deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The deployment's directory (where `index.html`, `embed.js` and `frame.js` are),
    /// ending in `/`.
    pub base: String,
    /// The page a reader opens to read the article.
    pub page: String,
    /// The page in embed mode, which the iframe shows: `<page>?embed`, or the reader's
    /// `index.html?embed&src=…` for an article without a page of its own.
    pub frame: String,
    /// The article's JSON, which the element loads.
    pub json: String,
}

/// The host script's file, beside the reader.
pub const FRAME_SCRIPT: &str = "frame.js";
/// The element's module, beside the reader.
pub const ELEMENT_SCRIPT: &str = "embed.js";

/// The iframe and its host script.
///
/// ```
/// use stancemap_core::embed_code::{EmbedOptions, Published, iframe};
/// let article = stancemap_core::parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap();
/// let at = Published {
///     base: "https://news.example/r/".into(),
///     page: "https://news.example/r/iran-talks.html".into(),
///     frame: "https://news.example/r/iran-talks.html?embed".into(),
///     json: "https://news.example/r/articles/iran-talks.json".into(),
/// };
/// let code = iframe(&article, &at, EmbedOptions::default());
/// assert!(code.starts_with(r#"<iframe src="https://news.example/r/iran-talks.html?embed" title="Stancemap: Iran"#));
/// assert!(code.ends_with(r#"<script async src="https://news.example/r/frame.js"></script>"#));
/// ```
pub fn iframe(article: &Article, at: &Published, options: EmbedOptions) -> String {
    let src = frame_src(at, options);
    let max = options
        .max_height
        .map(|px| format!(";max-height:{px}px"))
        .unwrap_or_default();
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"{FRAME_WIDTH}\" height=\"{FRAME_HEIGHT}\" \
         style=\"width:100%;border:0{max}\" loading=\"lazy\"></iframe>\n\
         <script async src=\"{script}\"></script>",
        src = attribute(&src),
        title = attribute(&format!("Stancemap: {}", article.title)),
        script = attribute(&format!("{}{FRAME_SCRIPT}", at.base)),
    )
}

/// The address the iframe shows: the page in embed mode, with the options' parameters.
pub fn frame_src(at: &Published, options: EmbedOptions) -> String {
    let mut src = at.frame.clone();
    if options.theme != Theme::Auto {
        src.push_str(&format!("&theme={}", options.theme.as_str()));
    }
    if options.matrix == MatrixDisplay::Hidden {
        src.push_str("&matrix=hidden");
    }
    src
}

/// The element, its module, and the article's text as its children: the headline, the
/// paragraphs with each mention a plain link to its card on the article's page, and a link
/// to the page. No scripts and no styles: the blog's own typography shows it.
pub fn element(article: &Article, at: &Published, options: EmbedOptions) -> String {
    let mut tag = format!("<stancemap-article src=\"{}\"", attribute(&at.json));
    if let Some(language) = &article.language {
        tag.push_str(&format!(
            " lang=\"{}\" dir=\"{}\"",
            attribute(language),
            direction(language)
        ));
    }
    if options.theme != Theme::Auto {
        tag.push_str(&format!(" theme=\"{}\"", options.theme.as_str()));
    }
    if options.matrix == MatrixDisplay::Hidden {
        tag.push_str(" matrix=\"hidden\"");
    }
    // A block of its own, whose children's margins stay inside it: the same place in the
    // blog's layout with the text as with the reader that replaces it.
    tag.push_str(" style=\"display:flow-root");
    if let Some(px) = options.max_height {
        tag.push_str(&format!(";max-height:{px}px;overflow:auto"));
    }
    tag.push('"');
    tag.push('>');
    let mut code = format!(
        "<script type=\"module\" src=\"{}\"></script>\n{tag}\n<h2>{}</h2>\n",
        attribute(&format!("{}{ELEMENT_SCRIPT}", at.base)),
        text(&article.title),
    );
    for (paragraph, spans) in article.body.iter().zip(link_article(article)) {
        code.push_str("<p>");
        for segment in segments(paragraph, &spans) {
            match segment {
                Segment::Text(words) => code.push_str(&text(words)),
                Segment::Mention {
                    text: words,
                    entity,
                } => code.push_str(&format!(
                    "<a href=\"{}\">{}</a>",
                    attribute(&format!(
                        "{}#entity={}",
                        at.page, article.entities[entity].id
                    )),
                    text(words)
                )),
            }
        }
        code.push_str("</p>\n");
    }
    code.push_str(&format!(
        "<p><a href=\"{}\">Read it with Stancemap: who is who, and who stands where</a></p>\n\
         </stancemap-article>",
        attribute(&at.page)
    ));
    code
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_article;

    fn seed() -> Article {
        parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap()
    }

    fn at() -> Published {
        Published {
            base: "https://news.example/r/".into(),
            page: "https://news.example/r/iran-talks.html".into(),
            frame: "https://news.example/r/iran-talks.html?embed".into(),
            json: "https://news.example/r/articles/iran-talks.json".into(),
        }
    }

    #[test]
    fn options_reach_both_codes() {
        let options = EmbedOptions {
            theme: Theme::Dark,
            matrix: MatrixDisplay::Hidden,
            max_height: Some(600),
        };
        let frame = iframe(&seed(), &at(), options);
        assert!(frame.contains(
            r#"src="https://news.example/r/iran-talks.html?embed&amp;theme=dark&amp;matrix=hidden""#
        ));
        assert!(frame.contains(r#"style="width:100%;border:0;max-height:600px""#));
        let element = element(&seed(), &at(), options);
        assert!(element.contains(
            r#"<stancemap-article src="https://news.example/r/articles/iran-talks.json" lang="en" dir="ltr" theme="dark" matrix="hidden" style="display:flow-root;max-height:600px;overflow:auto">"#
        ));
        let plain = super::element(&seed(), &at(), EmbedOptions::default());
        assert!(!plain.contains("theme=") && !plain.contains("matrix="));
        assert!(plain.contains(r#" dir="ltr" style="display:flow-root">"#));
    }

    #[test]
    fn the_fallback_is_the_text_with_mentions_linked_to_the_page() {
        let article = seed();
        let code = element(&article, &at(), EmbedOptions::default());
        assert!(code.starts_with(
            "<script type=\"module\" src=\"https://news.example/r/embed.js\"></script>\n<stancemap-article"
        ));
        assert!(code.contains(
            r#"<p><a href="https://news.example/r/iran-talks.html#entity=iran">Iran</a> has stated"#
        ));
        assert_eq!(code.matches("<p>").count(), article.body.len() + 1);
        // Only a heading, paragraphs and links with an address: nothing that runs or styles.
        let fallback = &code[code.find("<h2>").unwrap()..];
        for tag in fallback.split('<').skip(1) {
            let tag = &tag[..tag.find('>').unwrap()];
            let (name, attributes) = tag.split_once(' ').unwrap_or((tag, ""));
            assert!(
                ["h2", "/h2", "p", "/p", "a", "/a", "/stancemap-article"].contains(&name),
                "<{tag}>"
            );
            assert!(
                attributes.is_empty() || attributes.starts_with("href=\"https://"),
                "<{tag}>"
            );
        }
    }

    #[test]
    fn article_words_stay_text() {
        let mut article = seed();
        article.title = "</h2><script>alert(1)</script>".into();
        article.body[0] = "<img src=x onerror=alert(1)> Iran".into();
        let code = element(&article, &at(), EmbedOptions::default());
        assert!(code.contains("<h2>&lt;/h2&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h2>"));
        assert!(code.contains("<p>&lt;img src=x onerror=alert(1)&gt; <a "));
        let frame = iframe(&article, &at(), EmbedOptions::default());
        assert!(frame.contains(r#"title="Stancemap: &lt;/h2&gt;&lt;script&gt;"#));
    }
}
