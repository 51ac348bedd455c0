//! Fetching the library index and articles over HTTP, with URLs resolved relative to the page.

use std::fmt;
use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use web_sys::{AbortController, AbortSignal};

use crate::core::{Article, Library, LoadError, MAX_ARTICLE_BYTES, parse_article, parse_library};

/// Where the library index lives, relative to the page.
pub const LIBRARY_INDEX: &str = "articles/index.json";

/// Which article to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The library index's default article.
    Default,
    /// An article JSON at this URL (relative to the page, or absolute).
    Url(String),
    /// Article JSON the host page inlined in `<script type="application/json" id="stancemap-article">`.
    Inline(String),
    /// A file the reader opened from their device (never uploaded anywhere).
    Local { name: String, text: String },
    /// An attempt refused before any reading (a file over the size limit).
    Refused(OpenError),
}

/// An article as opened: parsed, and the JSON text it was read from ("Save for offline"
/// writes that text as it came).
#[derive(Debug, Clone)]
pub struct Opened {
    pub article: Arc<Article>,
    pub json: Arc<str>,
}

/// What an error view calls the place an inline or local article came from.
pub const INLINE_LABEL: &str = "the article inlined in this page";

/// Why an article could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The URL itself is malformed.
    BadUrl { url: String },
    /// The URL is on an origin this site does not trust (`None`: an address with no origin,
    /// such as `data:`); refused before any request.
    Untrusted { url: String, origin: Option<String> },
    /// The request did not complete: offline, DNS, or refused by CORS. `cross_origin` says
    /// whether the URL is on another origin than the page (then CORS is the likely cause).
    Network {
        url: String,
        detail: String,
        cross_origin: bool,
    },
    /// The server answered with a web page, not JSON (a missing file behind a catch-all page).
    NotJson { url: String, content_type: String },
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
            | OpenError::Untrusted { url, .. }
            | OpenError::Network { url, .. }
            | OpenError::NotJson { url, .. }
            | OpenError::Status { url, .. }
            | OpenError::Load { url, .. } => url,
        }
    }
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::BadUrl { url } => write!(f, "“{url}” is not a valid URL"),
            OpenError::Untrusted {
                origin: Some(origin),
                ..
            } => write!(
                f,
                "this site opens articles only from itself and the sources it trusts, and {origin} is not one of them; if you run this site and trust {origin}, add it as a line of articles/sources.txt and publish the site again"
            ),
            OpenError::Untrusted { url, origin: None } => {
                let scheme = url.split(':').next().unwrap_or_default();
                write!(
                    f,
                    "this site opens articles only from web addresses it trusts, and a “{scheme}:” address is not one"
                )
            }
            OpenError::Network {
                url,
                cross_origin: true,
                ..
            } => write!(
                f,
                "the server of {url} did not let this page read the file: it sends no CORS header allowing it (Access-Control-Allow-Origin), or it cannot be reached"
            ),
            OpenError::Network { url, detail, .. } => write!(
                f,
                "could not fetch {url}: the network request failed ({detail}); check that you are online"
            ),
            OpenError::NotJson { url, content_type } => write!(
                f,
                "{url} is a web page ({content_type}), not an article JSON file"
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

/// Whether `url` is on another origin than the page (so CORS applies to it).
fn is_cross_origin(url: &str) -> bool {
    let page = web_sys::window().and_then(|w| w.location().origin().ok());
    let target = web_sys::Url::new(url).ok().map(|u| u.origin());
    matches!((page, target), (Some(p), Some(t)) if p != t && t != "null")
}

/// The signal of a new abort controller that the current reactive owner aborts when it is
/// cleaned up (its view is gone); none where controllers are unavailable.
pub fn abort_on_cleanup() -> Option<AbortSignal> {
    let controller = AbortController::new().ok()?;
    let signal = controller.signal();
    let controller = SendWrapper::new(controller);
    on_cleanup(move || controller.abort());
    Some(signal)
}

/// Fetches `url` as text, refusing bodies larger than the article limit and web pages; `abort`
/// cancels the request.
pub async fn fetch_text(url: &str, abort: Option<&AbortSignal>) -> Result<String, OpenError> {
    let network_error = |detail: String| OpenError::Network {
        url: url.to_owned(),
        detail,
        cross_origin: is_cross_origin(url),
    };
    let response = Request::get(url)
        .abort_signal(abort)
        .send()
        .await
        .map_err(|e| network_error(e.to_string()))?;
    if !response.ok() {
        return Err(OpenError::Status {
            url: url.to_owned(),
            status: response.status(),
            text: response.status_text(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if content_type.starts_with("text/html") {
        return Err(OpenError::NotJson {
            url: url.to_owned(),
            content_type,
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
    response
        .text()
        .await
        .map_err(|e| network_error(e.to_string()))
}

/// Parses article text read from `origin` (a URL, or what an error view calls a local source).
fn parse(origin: &str, text: String) -> Result<Opened, OpenError> {
    match parse_article(&text) {
        Ok(article) => Ok(Opened {
            article: Arc::new(article),
            json: text.into(),
        }),
        Err(error) => Err(OpenError::Load {
            url: origin.to_owned(),
            error,
        }),
    }
}

/// Fetches and validates the article at `url`.
pub async fn fetch_article(url: &str, abort: Option<&AbortSignal>) -> Result<Opened, OpenError> {
    let text = fetch_text(url, abort).await?;
    parse(url, text)
}

/// Opens `source` relative to the page at `base`.
pub async fn open(
    source: Source,
    base: String,
    abort: Option<AbortSignal>,
) -> Result<Opened, OpenError> {
    let abort = abort.as_ref();
    let url = match source {
        Source::Inline(text) => return parse(INLINE_LABEL, text),
        Source::Local { name, text } => return parse(&name, text),
        Source::Refused(error) => return Err(error),
        Source::Url(src) => resolve(&src, &base)?,
        Source::Default => {
            let (index_url, library) = fetch_library(&base, abort).await?;
            // parse_library guarantees the default entry exists.
            let entry = library.default_entry().ok_or_else(|| OpenError::BadUrl {
                url: index_url.clone(),
            })?;
            resolve(&entry.src, &index_url)?
        }
    };
    fetch_article(&url, abort).await
}

/// Fetches the library index; returns its URL (entries are relative to it) and contents.
pub async fn fetch_library(
    base: &str,
    abort: Option<&AbortSignal>,
) -> Result<(String, Library), OpenError> {
    let index_url = resolve(LIBRARY_INDEX, base)?;
    let text = fetch_text(&index_url, abort).await?;
    let library = parse_library(&text).map_err(|error| OpenError::Load {
        url: index_url.clone(),
        error,
    })?;
    Ok((index_url, library))
}
