//! Which addresses the reader opens articles from by `?src=`: the page's own origin and the
//! ones its build lists (`articles/sources.txt`, written into the page's
//! `<meta name="stancemap-sources">` beside the same list in its CSP), and where an open
//! article came from.

use crate::components::app::Host;
use crate::core::provenance::Provenance;
use crate::web::http::{self, OpenError, Source};
use crate::web::route::{self, Route};

/// The origin of `url` (an absolute URL) as the browser serializes it; none for addresses
/// without one (`data:`, `blob:`, `file:`).
fn origin_of(url: &str) -> Option<String> {
    let origin = web_sys::Url::new(url).ok()?.origin();
    (origin != "null").then_some(origin)
}

/// The page's own origin.
pub fn own_origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// The content of the page's `<meta name="{name}">`.
fn meta_content(name: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector(&format!("meta[name={name}]"))
        .ok()??;
    meta.get_attribute("content")
}

/// The name of the meta tag the build writes the listed origins into, separated by spaces.
pub const SOURCES_META: &str = "stancemap-sources";

/// The origins the page's build lists.
fn listed() -> Vec<String> {
    meta_content(SOURCES_META)
        .map(|list| list.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// `src` from the address, as the reader will open it: refused, before anything is fetched,
/// when its origin is neither the page's nor one the build lists.
pub fn checked(src: String) -> Source {
    let url = match http::resolve(&src, &http::page_base()) {
        Ok(url) => url,
        Err(error) => return Source::Refused(error),
    };
    match origin_of(&url) {
        Some(origin) if Some(&origin) == own_origin().as_ref() || listed().contains(&origin) => {
            Source::Url(src)
        }
        origin => Source::Refused(OpenError::Untrusted { url, origin }),
    }
}

/// Where the article `source` opens came from, in a reader hosted as `host`. An embed says
/// it in its credit line instead (see `other_origin`), so it has none here.
pub fn provenance(source: &Source, host: Host) -> Provenance {
    match (host, source) {
        (Host::Embed, _) | (_, Source::Default | Source::Refused(_)) => Provenance::ThisSite,
        (_, Source::Local { .. }) => Provenance::DeviceFile,
        (Host::SavedFile, _) => Provenance::Saved { from: saved_from() },
        (Host::Site, Source::Inline(_)) if route::inline_is_library() => Provenance::ThisSite,
        (Host::Site, Source::Inline(_)) => Provenance::HostPage,
        (Host::Site, Source::Url(src)) => match other_origin(src, &own_origin()) {
            Some(origin) => Provenance::OtherOrigin(origin),
            None => Provenance::ThisSite,
        },
    }
}

/// The origin `src` (relative to the page) is on when that is not `reader`'s.
pub fn other_origin(src: &str, reader: &Option<String>) -> Option<String> {
    let url = http::resolve(src, &http::page_base()).ok()?;
    origin_of(&url).filter(|origin| Some(origin) != reader.as_ref())
}

/// The address a saved page's article was read at, which "Save for offline" wrote into it.
fn saved_from() -> Option<String> {
    meta_content("stancemap-saved-from").filter(|from| !from.is_empty())
}

/// The address the article `route` shows is read at, as "Save for offline" records it: the
/// page's own, without its fragment; none for a file from this device.
pub fn read_at(route: &Route) -> Option<String> {
    match route {
        Route::Reader(Source::Local { .. } | Source::Refused(_)) | Route::Library => None,
        Route::Reader(_) => {
            let href = web_sys::window()?.location().href().ok()?;
            Some(href.split('#').next().unwrap_or_default().to_owned())
        }
    }
}
