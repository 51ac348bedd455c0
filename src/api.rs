//! Fetching the library index and articles over HTTP, with URLs resolved relative to the page.

use std::fmt;
use std::sync::Arc;

use gloo_net::http::Request;

use crate::core::{Article, LoadError, MAX_ARTICLE_BYTES, parse_article, parse_library};

/// Where the library index lives, relative to the page.
pub const LIBRARY_INDEX: &str = "articles/index.json";

/// Which article to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The library index's default article.
    Default,
    /// An article JSON at this URL (relative to the page, or absolute).
    Url(String),
}

/// Why an article could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The URL itself is malformed.
    BadUrl { url: String },
    /// The request did not complete: offline, DNS, or refused by CORS.
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Status {
        url: String,
        status: u16,
        text: String,
    },
    /// The file arrived but is not a usable article (or library index).
    Load { url: String, error: LoadError },
}

impl OpenError {
    /// The URL that failed.
    pub fn url(&self) -> &str {
        match self {
            OpenError::BadUrl { url }
            | OpenError::Network { url, .. }
            | OpenError::Status { url, .. }
            | OpenError::Load { url, .. } => url,
        }
    }
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::BadUrl { url } => write!(f, "“{url}” is not a valid URL"),
            OpenError::Network { url, detail } => write!(
                f,
                "could not fetch {url}: the network request failed ({detail}); you may be offline, or the server does not allow this page to read it (CORS)"
            ),
            OpenError::Status { url, status, text } => {
                write!(f, "the server answered {status} {text} for {url}")
            }
            OpenError::Load { url, error } => write!(f, "{url}: {error}"),
        }
    }
}

/// Resolves `href` against `base` (an absolute URL), as a link in the page would be.
pub fn resolve(href: &str, base: &str) -> Result<String, OpenError> {
    web_sys::Url::new_with_base(href, base)
        .map(|u| u.href())
        .map_err(|_| OpenError::BadUrl {
            url: href.to_owned(),
        })
}

/// The document's base URL: the page's own URL unless a `<base>` element says otherwise.
pub fn page_base() -> String {
    let document = web_sys::window().and_then(|w| w.document());
    document
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// Fetches `url` as text, refusing bodies larger than the article limit.
pub async fn fetch_text(url: &str) -> Result<String, OpenError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| OpenError::Network {
            url: url.to_owned(),
            detail: e.to_string(),
        })?;
    if !response.ok() {
        return Err(OpenError::Status {
            url: url.to_owned(),
            status: response.status(),
            text: response.status_text(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&b| b > MAX_ARTICLE_BYTES) {
        return Err(OpenError::Load {
            url: url.to_owned(),
            error: LoadError::TooLarge { bytes },
        });
    }
    response.text().await.map_err(|e| OpenError::Network {
        url: url.to_owned(),
        detail: e.to_string(),
    })
}

/// Fetches and validates the article at `url`.
pub async fn fetch_article(url: &str) -> Result<Arc<Article>, OpenError> {
    let text = fetch_text(url).await?;
    parse_article(&text)
        .map(Arc::new)
        .map_err(|error| OpenError::Load {
            url: url.to_owned(),
            error,
        })
}

/// Opens `source` relative to the page at `base`.
pub async fn open(source: Source, base: String) -> Result<Arc<Article>, OpenError> {
    let url = match source {
        Source::Url(src) => resolve(&src, &base)?,
        Source::Default => {
            let index_url = resolve(LIBRARY_INDEX, &base)?;
            let text = fetch_text(&index_url).await?;
            let library = parse_library(&text).map_err(|error| OpenError::Load {
                url: index_url.clone(),
                error,
            })?;
            // parse_library guarantees the default entry exists.
            let entry = library.default_entry().ok_or_else(|| OpenError::BadUrl {
                url: index_url.clone(),
            })?;
            resolve(&entry.src, &index_url)?
        }
    };
    fetch_article(&url).await
}
