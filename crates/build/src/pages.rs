//! Every library article as a page of its own, `<id>.html`, and the default one also as
//! `index.html`; with the site's address, each article's oEmbed response and the library's
//! `sitemap.xml` and Atom feed.

use std::path::Path;
use std::sync::Arc;

use stancemap_core::{parse_article, parse_library};

use crate::feeds::{self, Published};
use crate::meta::{self, Addresses};
use crate::site::{self, SiteUrl};
use crate::{csp, oembed, page, read, write};

/// Page names the build's own files take.
const RESERVED: [&str; 2] = ["index", "saved"];

/// Writes the pages of the built page `html`'s library into `dir`. Returns what the build
/// should say about what it left out.
pub fn write_all(dir: &Path, html: &str, site: Option<&SiteUrl>) -> Result<Vec<String>, String> {
    let library = parse_library(&read(dir, "articles/index.json")?)
        .map_err(|e| format!("articles/index.json: {e}"))?;
    let default = library
        .default_entry()
        .ok_or("articles/index.json names no default article")?
        .id
        .clone();
    let mut articles = Vec::new();
    for entry in &library.articles {
        if RESERVED.contains(&entry.id.as_str()) {
            return Err(format!(
                "articles/index.json: no article can have the id \"{}\": its page would replace \
                 the build's {}.html",
                entry.id, entry.id
            ));
        }
        let path = format!("articles/{}", entry.src);
        let article = parse_article(&read(dir, &path)?).map_err(|e| format!("{path}: {e}"))?;
        // The page is named by the entry, and the reader finds it by the article's id.
        if article.id != entry.id {
            return Err(format!(
                "articles/index.json: the entry \"{}\" names {path}, whose id is \"{}\"; they \
                 must be the same",
                entry.id, article.id
            ));
        }
        articles.push((entry, path, Arc::new(article)));
    }
    // For the start-up script: `?src=` of an article's file goes to its page.
    let map: serde_json::Map<String, serde_json::Value> = articles
        .iter()
        .map(|(entry, path, _)| (path.clone(), entry.page().into()))
        .collect();
    let map = serde_json::Value::Object(map).to_string();
    for (entry, path, article) in &articles {
        let page_name = entry.page();
        let at = Addresses {
            page: &page_name,
            json: path,
            site,
        };
        let extras = page::Extras {
            head: &meta::head(article, &at),
            after_text: &meta::json_ld_script(article, &at),
            library: &map,
        };
        let rendered = page::render(dir, html, article.clone(), &extras)?;
        let pinned = csp::pin_inline_styles(&csp::pin_inline_scripts(&rendered)?)?;
        write(dir, &page_name, &pinned)?;
        if entry.id == default {
            write(dir, "index.html", &pinned)?;
        }
    }
    let published: Vec<Published> = articles
        .iter()
        .map(|(entry, path, article)| Published {
            article: article.as_ref(),
            page: entry.page(),
            json: path.clone(),
        })
        .collect();
    let Some(site) = site else {
        return Ok(vec![format!(
            "{} is not set, so there is no sitemap.xml, feed.xml or oembed/: they need the \
             site's absolute address (see the README, \"Publishing\")",
            site::VARIABLE
        )]);
    };
    std::fs::create_dir_all(dir.join("oembed")).map_err(|e| format!("creating oembed/: {e}"))?;
    for published in &published {
        let at = oembed::published(site, &published.page, &published.json);
        let response = oembed::response(published.article, &at);
        write(
            dir,
            &meta::oembed_file(&published.article.id),
            &format!("{response:#}\n"),
        )?;
    }
    write(dir, "sitemap.xml", &feeds::sitemap(site, &published))?;
    write(
        dir,
        meta::FEED,
        &feeds::atom(site, &published, &feeds::build_time()),
    )?;
    Ok(Vec::new())
}
