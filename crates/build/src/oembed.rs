//! `oembed/<id>.json`: each library article's oEmbed response (type `rich`, the same iframe
//! code as the reader's Embed dialog), static, for the consumers that discover it from the
//! page's `<link rel="alternate" … json+oembed>`.

use serde_json::{Value, json};
use stancemap_core::Article;
use stancemap_core::embed_code::{self, EmbedOptions, FRAME_HEIGHT, FRAME_WIDTH, Published};

use crate::site::SiteUrl;

/// The article whose page is `page` and whose JSON is `json` (both relative to the build), on
/// `site`.
pub fn published(site: &SiteUrl, page: &str, json: &str) -> Published {
    Published {
        base: site.as_str().to_owned(),
        page: site.join(page),
        frame: format!("{}?embed", site.join(page)),
        json: site.join(json),
    }
}

/// The oEmbed 1.0 response for one library article.
pub fn response(article: &Article, at: &Published) -> Value {
    let mut response = json!({
        "version": "1.0",
        "type": "rich",
        "title": article.title,
        "provider_name": "Stancemap",
        "provider_url": at.base,
        "html": embed_code::iframe(article, at, EmbedOptions::default()),
        "width": FRAME_WIDTH,
        "height": FRAME_HEIGHT,
        "cache_age": 86400,
    });
    if let Some(source) = &article.source {
        response["author_name"] = json!(source.name);
        if let Some(url) = &source.url {
            response["author_url"] = json!(url);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use stancemap_core::parse_article;

    #[test]
    fn has_what_the_spec_requires_of_a_rich_response() {
        let article =
            parse_article(include_str!("../../../public/articles/grain-corridor.json")).unwrap();
        let site = SiteUrl::parse("https://news.example/reader/").unwrap();
        let at = published(&site, "grain-corridor.html", "articles/grain-corridor.json");
        let response = response(&article, &at);
        assert_eq!(response["version"], "1.0");
        assert_eq!(response["type"], "rich");
        assert_eq!(response["width"], FRAME_WIDTH);
        assert_eq!(response["height"], FRAME_HEIGHT);
        assert_eq!(response["provider_url"], "https://news.example/reader/");
        assert_eq!(response["author_name"], "Stancemap examples");
        let html = response["html"].as_str().unwrap();
        assert!(html.starts_with(
            r#"<iframe src="https://news.example/reader/grain-corridor.html?embed" title="Stancemap: Grain Corridor"#
        ));
        assert!(
            html.ends_with(r#"<script async src="https://news.example/reader/frame.js"></script>"#)
        );
    }
}
