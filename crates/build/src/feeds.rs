//! `sitemap.xml` and `feed.xml` (Atom) of the library, written only when the build knows the
//! site's address: both formats take absolute URLs only.

use std::time::SystemTime;

use stancemap_core::Article;

use stancemap_core::html::attribute as attribute_value;

use crate::meta::description;
use crate::site::SiteUrl;

/// One library article and its page.
pub struct Published<'a> {
    pub article: &'a Article,
    /// `<id>.html`.
    pub page: String,
    /// `articles/<file>.json`.
    pub json: String,
}

/// The sitemap: the reader's front page and every article's page.
pub fn sitemap(site: &SiteUrl, articles: &[Published]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |location: String, modified: Option<&str>| {
        xml.push_str(&format!("  <url><loc>{}</loc>", attribute_value(&location)));
        if let Some(date) = modified {
            xml.push_str(&format!("<lastmod>{}</lastmod>", attribute_value(date)));
        }
        xml.push_str("</url>\n");
    };
    url(site.as_str().to_owned(), None);
    for published in articles {
        url(
            site.join(&published.page),
            published.article.published.as_deref(),
        );
    }
    xml.push_str("</urlset>\n");
    xml
}

/// An RFC 3339 time for a format v1 date (`YYYY-MM-DD`, or already a full time).
fn atom_time(date: &str) -> String {
    if date.len() == 10 {
        format!("{date}T00:00:00Z")
    } else {
        date.to_owned()
    }
}

/// When the build runs, for articles without a date: `SOURCE_DATE_EPOCH` when set (a
/// reproducible build), else now.
pub fn build_time() -> String {
    let time = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map_or_else(SystemTime::now, |secs| {
            SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(secs)
        });
    humantime::format_rfc3339_seconds(time).to_string()
}

/// The Atom feed of the library, newest first; an article without a date is dated `now`.
pub fn atom(site: &SiteUrl, articles: &[Published], now: &str) -> String {
    let updated = |published: &Published| {
        published
            .article
            .published
            .as_deref()
            .map_or_else(|| now.to_owned(), atom_time)
    };
    let mut entries: Vec<(String, &Published)> = articles.iter().map(|p| (updated(p), p)).collect();
    entries.sort_by(|a, b| b.0.cmp(&a.0));
    let feed_updated = entries.first().map_or(now, |(time, _)| time.as_str());
    let text = attribute_value;
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\n  \
         <title>Stancemap library</title>\n  \
         <id>{site}</id>\n  \
         <link rel=\"alternate\" type=\"text/html\" href=\"{site}\"/>\n  \
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{feed}\"/>\n  \
         <updated>{feed_updated}</updated>\n  \
         <author><name>Stancemap</name></author>\n",
        site = text(site.as_str()),
        feed = text(&site.join(crate::meta::FEED)),
    );
    for (time, published) in entries {
        let article = published.article;
        let page = text(&site.join(&published.page));
        let author = article
            .source
            .as_ref()
            .map(|s| format!("<author><name>{}</name></author>", text(&s.name)))
            .unwrap_or_default();
        xml.push_str(&format!(
            "  <entry>\n    <title>{title}</title>\n    <id>{page}</id>\n    \
             <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n    \
             <updated>{time}</updated>\n    {author}<summary>{summary}</summary>\n  </entry>\n",
            title = text(&article.title),
            summary = text(&description(article)),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;
    use stancemap_core::parse_article;

    fn library() -> Vec<Article> {
        [
            include_str!("../../../public/articles/iran-talks.json"),
            include_str!("../../../public/articles/grain-corridor.json"),
        ]
        .map(|json| parse_article(json).unwrap())
        .into()
    }

    fn published(articles: &[Article]) -> Vec<Published<'_>> {
        articles
            .iter()
            .map(|article| Published {
                article,
                page: format!("{}.html", article.id),
                json: format!("articles/{}.json", article.id),
            })
            .collect()
    }

    #[test]
    fn sitemap_lists_every_page_absolutely() {
        let articles = library();
        let site = SiteUrl::parse("https://news.example/r/").unwrap();
        let xml = sitemap(&site, &published(&articles));
        assert!(xml.contains("<loc>https://news.example/r/</loc>"));
        assert!(xml.contains("<loc>https://news.example/r/iran-talks.html</loc>"));
        assert!(xml.contains("<loc>https://news.example/r/grain-corridor.html</loc>"));
        assert_eq!(xml.matches("<url>").count(), 3);
    }

    #[test]
    fn feed_has_what_atom_requires() {
        let mut articles = library();
        articles[1].published = Some("2025-03-04".into());
        articles[1].title = "Grain & <corridor>".into();
        let site = SiteUrl::parse("https://news.example/r/").unwrap();
        let xml = atom(&site, &published(&articles), "2026-12-07T10:00:00Z");
        // Newest first; the undated seed is dated by the build.
        let seed = xml.find("iran-talks.html</id>").unwrap();
        let grain = xml.find("grain-corridor.html</id>").unwrap();
        assert!(seed < grain, "{xml}");
        assert!(xml.contains("<updated>2025-03-04T00:00:00Z</updated>"));
        assert!(xml.contains("<title>Grain &amp; &lt;corridor&gt;</title>"));
        assert!(xml.contains("<updated>2026-12-07T10:00:00Z</updated>\n  <author>"));
        assert_eq!(xml.matches("<entry>").count(), 2);
        assert!(xml.contains("<author><name>Stancemap examples</name></author>"));
    }
}
