//! `oembed/<id>.json`: each library article's oEmbed response (type `rich`), static, for the
//! consumers that discover it from the page's `<link rel="alternate" … json+oembed>`.

use serde_json::{Value, json};
use stancemap_core::Article;

use crate::meta::attribute_value;
use crate::site::SiteUrl;

/// The iframe's size the response proposes; the host script then fits its height to the
/// article.
pub const WIDTH: u32 = 720;
pub const HEIGHT: u32 = 900;

/// The host script that resizes every Stancemap iframe of a page.
pub const FRAME_SCRIPT: &str = "frame.js";

/// The embed code for the article whose page is `page`: the iframe and the host script, with
/// absolute URLs. The same code the reader's Embed dialog gives with its default options.
pub fn iframe_code(site: &SiteUrl, page: &str, article: &Article) -> String {
    let src = attribute_value(&format!("{}?embed", site.join(page)));
    let title = attribute_value(&format!("Stancemap: {}", article.title));
    let script = attribute_value(&site.join(FRAME_SCRIPT));
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n\
         <script async src=\"{script}\"></script>"
    )
}

/// The oEmbed 1.0 response for one library article.
pub fn response(site: &SiteUrl, page: &str, article: &Article) -> Value {
    let mut response = json!({
        "version": "1.0",
        "type": "rich",
        "title": article.title,
        "provider_name": "Stancemap",
        "provider_url": site.as_str(),
        "html": iframe_code(site, page, article),
        "width": WIDTH,
        "height": HEIGHT,
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
        let response = response(&site, "grain-corridor.html", &article);
        assert_eq!(response["version"], "1.0");
        assert_eq!(response["type"], "rich");
        assert_eq!(response["width"], WIDTH);
        assert_eq!(response["height"], HEIGHT);
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
