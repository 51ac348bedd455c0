//! Where the open article is published, as absolute URLs of this copy of the reader, taken
//! from the page's own address: what the Embed dialog's codes point at.

use crate::core::Article;
use crate::core::embed_code::Published;
use crate::web::http::{self, Source};

/// The addresses of `article`, opened from `source`: a library article has its own page (which
/// declares its JSON in a `<link rel=alternate type=application/json>`), an article opened by
/// URL is read through `index.html?src=`. `None` for what has no address to embed: a file from
/// this device, or an article inlined by a page that is not the reader's.
pub fn published(source: &Source, article: &Article) -> Option<Published> {
    let page_base = http::page_base();
    let base = http::resolve("./", &page_base).ok()?;
    match source {
        Source::Url(src) => {
            let json = http::resolve(src, &page_base).ok()?;
            let query = String::from(js_sys::encode_uri_component(&json));
            Some(Published {
                page: format!("{base}index.html?src={query}"),
                frame: format!("{base}index.html?embed&src={query}"),
                json,
                base,
            })
        }
        Source::Default | Source::Inline(_) => {
            let document = web_sys::window()?.document()?;
            let link = document
                .query_selector("link[rel=alternate][type='application/json']")
                .ok()??;
            let json = http::resolve(&link.get_attribute("href")?, &page_base).ok()?;
            let page = format!("{base}{}.html", article.id);
            Some(Published {
                frame: format!("{page}?embed"),
                page,
                json,
                base,
            })
        }
        Source::Local { .. } | Source::Refused(_) => None,
    }
}
