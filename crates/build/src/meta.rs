//! What a prerendered page tells search engines and link previews about its article: the
//! description, the canonical address, Open Graph and Twitter card tags, schema.org
//! `NewsArticle` JSON-LD, and the oEmbed and feed discovery links.

use serde_json::{Value, json};
use stancemap_core::html::attribute as attribute_value;
use stancemap_core::saved::script_json;
use stancemap_core::{Article, EntityKind};

use crate::site::SiteUrl;

/// The longest description a page gives (search results cut near here).
const DESCRIPTION_CHARS: usize = 200;

/// The article's one-line description: its subtitle, else its first sentence, cut at a word
/// near [`DESCRIPTION_CHARS`].
///
/// ```
/// let article = stancemap_core::parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap();
/// let description = stancemap_build::meta::description(&article);
/// assert!(description.starts_with("Iran has stated its willingness"));
/// assert!(description.ends_with('.'));
/// ```
pub fn description(article: &Article) -> String {
    let text = match &article.subtitle {
        Some(subtitle) => subtitle.trim(),
        None => article.body.first().map_or("", |p| first_sentence(p)),
    };
    if text.chars().count() <= DESCRIPTION_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(DESCRIPTION_CHARS).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':']))
}

/// `paragraph` up to its first sentence end: `.`, `!` or `?` before a space and a capital.
fn first_sentence(paragraph: &str) -> &str {
    let paragraph = paragraph.trim();
    for (i, c) in paragraph.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let rest = &paragraph[i + c.len_utf8()..];
            let next = rest.strip_prefix(' ').and_then(|r| r.chars().next());
            if next.is_some_and(char::is_uppercase) {
                return &paragraph[..=i];
            }
        }
    }
    paragraph
}

/// Where an article's page and files are, relative to the build and, with a site address,
/// absolute.
pub struct Addresses<'a> {
    /// The page's file name, `<id>.html`.
    pub page: &'a str,
    /// The article's JSON, `articles/<file>.json`.
    pub json: &'a str,
    /// The deployment's address, when the build was given one.
    pub site: Option<&'a SiteUrl>,
}

impl Addresses<'_> {
    /// `path` as the page should link it: absolute with a site address, else relative.
    fn url(&self, path: &str) -> String {
        self.site
            .map_or_else(|| path.to_owned(), |site| site.join(path))
    }
}

/// The file of the article's oEmbed response.
pub fn oembed_file(id: &str) -> String {
    format!("oembed/{id}.json")
}

/// The library's Atom feed.
pub const FEED: &str = "feed.xml";

/// The tags for the page's `<head>`, after its `<title>` (the JSON-LD goes after the text:
/// [`json_ld_script`]).
pub fn head(article: &Article, at: &Addresses) -> String {
    let description = attribute_value(&description(article));
    let title = attribute_value(&article.title);
    let page = attribute_value(&at.url(at.page));
    let mut tags = vec![
        format!(r#"<meta name="description" content="{description}">"#),
        format!(r#"<link rel="canonical" href="{page}">"#),
        // The article's data, relative to this copy of the site: the Embed dialog reads it.
        format!(
            r#"<link rel="alternate" type="application/json" href="{}">"#,
            attribute_value(at.json)
        ),
        r#"<meta property="og:type" content="article">"#.to_owned(),
        r#"<meta property="og:site_name" content="Stancemap">"#.to_owned(),
        format!(r#"<meta property="og:title" content="{title}">"#),
        format!(r#"<meta property="og:description" content="{description}">"#),
        r#"<meta name="twitter:card" content="summary">"#.to_owned(),
        format!(r#"<meta name="twitter:title" content="{title}">"#),
        format!(r#"<meta name="twitter:description" content="{description}">"#),
    ];
    if let Some(language) = &article.language {
        let locale = attribute_value(&language.replace('-', "_"));
        tags.push(format!(r#"<meta property="og:locale" content="{locale}">"#));
    }
    if let Some(published) = &article.published {
        let published = attribute_value(published);
        tags.push(format!(
            r#"<meta property="article:published_time" content="{published}">"#
        ));
    }
    // Open Graph, oEmbed and feed readers take absolute URLs only.
    if let Some(site) = at.site {
        let image = attribute_value(&site.join("icons/icon-512.png"));
        let oembed = attribute_value(&site.join(&oembed_file(&article.id)));
        let feed = attribute_value(&site.join(FEED));
        tags.extend([
            format!(r#"<meta property="og:url" content="{page}">"#),
            format!(r#"<meta property="og:image" content="{image}">"#),
            format!(
                r#"<link rel="alternate" type="application/json+oembed" href="{oembed}" title="{title}">"#
            ),
            format!(
                r#"<link rel="alternate" type="application/atom+xml" href="{feed}" title="Stancemap library">"#
            ),
        ]);
    }
    tags.concat()
}

/// The article's JSON-LD as a `<script>` data block; the page puts it after the text, which it
/// would delay in the head (search engines read it anywhere in the page).
pub fn json_ld_script(article: &Article, at: &Addresses) -> String {
    let json_ld = script_json(&json_ld(article, at).to_string());
    format!(r#"<script type="application/ld+json">{json_ld}</script>"#)
}

/// The schema.org type an entity kind is.
fn schema_type(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Country => "Country",
        EntityKind::Organization => "Organization",
        EntityKind::Place => "Place",
        EntityKind::Media => "NewsMediaOrganization",
        EntityKind::Event => "Event",
        EntityKind::Vessel => "Vehicle",
        EntityKind::Other => "Thing",
    }
}

/// The article as schema.org `NewsArticle`: headline, description, date, language, publisher
/// (its `source`), and the entities it mentions.
pub fn json_ld(article: &Article, at: &Addresses) -> Value {
    let mentions: Vec<Value> = article
        .entities
        .iter()
        .map(|entity| {
            let mut thing = json!({ "@type": schema_type(entity.kind), "name": entity.name });
            if let Some(summary) = &entity.summary {
                thing["description"] = json!(summary);
            }
            if let Some(link) = &entity.link {
                thing["sameAs"] = json!(link);
            }
            thing
        })
        .collect();
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": description(article),
        "url": at.url(at.page),
        "mainEntityOfPage": at.url(at.page),
        "mentions": mentions,
    });
    if let Some(language) = &article.language {
        ld["inLanguage"] = json!(language);
    }
    if let Some(published) = &article.published {
        ld["datePublished"] = json!(published);
    }
    if let Some(source) = &article.source {
        let mut publisher = json!({ "@type": "Organization", "name": source.name });
        if let Some(url) = &source.url {
            publisher["url"] = json!(url);
            ld["isBasedOn"] = json!(url);
        }
        ld["publisher"] = publisher;
    }
    ld
}

#[cfg(test)]
mod tests {
    use super::*;
    use stancemap_core::parse_article;

    fn example() -> Article {
        parse_article(include_str!("../../../public/articles/grain-corridor.json")).unwrap()
    }

    #[test]
    fn describes_by_subtitle_else_first_sentence() {
        let mut article = example();
        assert_eq!(description(&article), article.subtitle.clone().unwrap());
        article.subtitle = None;
        assert_eq!(
            description(&article),
            "Ukraine and Russia failed on Tuesday to agree on reopening a Black Sea shipping \
             corridor for grain, after two days of talks in Istanbul hosted by Turkey and the \
             United Nations."
        );
        article.body[0] = "word ".repeat(100);
        let cut = description(&article);
        assert!(cut.ends_with("word…") && cut.chars().count() <= DESCRIPTION_CHARS + 1);
        assert_eq!(first_sentence("U.S. talks. Then"), "U.S. talks.");
    }

    #[test]
    fn relative_without_a_site_and_absolute_with_one() {
        let article = example();
        let bare = head(
            &article,
            &Addresses {
                page: "grain-corridor.html",
                json: "articles/grain-corridor.json",
                site: None,
            },
        );
        assert!(bare.contains(r#"<link rel="canonical" href="grain-corridor.html">"#));
        assert!(bare.contains(
            r#"<link rel="alternate" type="application/json" href="articles/grain-corridor.json">"#
        ));
        assert!(!bare.contains("og:url") && !bare.contains("oembed"));
        let site = SiteUrl::parse("https://news.example/reader/").unwrap();
        let at = Addresses {
            page: "grain-corridor.html",
            json: "articles/grain-corridor.json",
            site: Some(&site),
        };
        let full = head(&article, &at);
        let page = "https://news.example/reader/grain-corridor.html";
        assert!(full.contains(&format!(r#"<meta property="og:url" content="{page}">"#)));
        assert!(full.contains(
            r#"href="https://news.example/reader/oembed/grain-corridor.json" title="Grain Corridor"#
        ));
        let ld = json_ld(&article, &at);
        assert_eq!(ld["@type"], "NewsArticle");
        assert_eq!(ld["url"], page);
        assert_eq!(ld["publisher"]["name"], "Stancemap examples");
        assert_eq!(
            ld["mentions"].as_array().unwrap().len(),
            article.entities.len()
        );
        assert_eq!(
            ld["mentions"][0],
            json!({ "@type": "Country", "name": "Ukraine" })
        );
    }

    #[test]
    fn article_text_cannot_break_out_of_its_tags() {
        let mut article = example();
        article.title = r#"A "quoted" </script><script>alert(1)</script> & more"#.into();
        let head = head(
            &article,
            &Addresses {
                page: "x.html",
                json: "articles/x.json",
                site: None,
            },
        );
        assert!(head.contains("A &quot;quoted&quot; &lt;/script&gt;"));
        assert!(!head.contains("<script"), "{head}");
        let script = json_ld_script(
            &article,
            &Addresses {
                page: "x.html",
                json: "articles/x.json",
                site: None,
            },
        );
        assert_eq!(script.matches("</script>").count(), 1, "{script}");
    }
}
