//! Stancemap's build step, run natively by a Trunk post-build hook on the staged `dist/`: one
//! module per output it writes or changes.
//!
//! - [`pages`]: every library article prerendered into its own page, `<id>.html`, and the
//!   default one into `index.html` ([`page`]: the reader's own components rendered natively,
//!   see [`prerender`], its JSON and stylesheets inlined), so each is readable at first paint,
//!   before any wasm, and with JavaScript off; with [`meta`] tags for search and sharing, and,
//!   given the [`site`]'s address, [`oembed`] responses and the library's [`feeds`];
//! - [`loader`]: the page's loader, which starts the app after the first paint and checks the
//!   app's JS and wasm against the integrity Trunk records;
//! - [`csp`]: the page's inline scripts and styles pinned in its Content-Security-Policy;
//! - [`sources`]: the origins the site trusts besides its own, in the policy's `connect-src`
//!   and in a meta tag the reader checks `?src=` against;
//! - [`embed`]: `embed.js`, the one file a blog includes to use `<stancemap-article>`, and
//!   `frame.js`, the one it includes to fit Stancemap iframes to their articles;
//! - [`saved`]: `saved.html`, the template "Save for offline" fills with an article: the whole
//!   reader inlined into one page that works from `file://`;
//! - [`service_worker`]: `sw.js`, with every file of the build to precache and a version
//!   derived from their contents;
//! - [`styles`]: the one shipped stylesheet, joined from a source file per component;
//! - [`studio`]: the studio's stylesheet, and its files for the loader to start at
//!   `?view=studio`.
//!
//! The JavaScript it writes lives in real files under `js/`, filled by [`template::fill`].
#![recursion_limit = "256"]

pub mod csp;
pub mod embed;
pub mod feeds;
pub mod loader;
pub mod meta;
pub mod oembed;
pub mod page;
pub mod pages;
pub mod prerender;
pub mod saved;
pub mod service_worker;
pub mod site;
pub mod sources;
pub mod studio;
pub mod styles;
pub mod tags;
pub mod template;

use std::path::Path;

/// The host script a blog includes beside Stancemap iframes, which fits each to its article.
const FRAME: &str = include_str!("../js/frame.js");

/// The text of the staged file `name`.
pub fn read(dir: &Path, name: &str) -> Result<String, String> {
    std::fs::read_to_string(dir.join(name)).map_err(|e| format!("reading {name}: {e}"))
}

/// Writes the staged file `name`.
pub fn write(dir: &Path, name: &str, text: &str) -> Result<(), String> {
    std::fs::write(dir.join(name), text).map_err(|e| format!("writing {name}: {e}"))
}

/// Every output of the build, written into the staged build `dir`.
pub fn post_build(dir: &Path) -> Result<(), String> {
    let html = read(dir, "index.html")?;
    write(dir, "embed.js", &embed::script(&html)?)?;
    write(dir, "saved.html", &saved::template(dir, &html)?)?;
    write(dir, stancemap_core::embed_code::FRAME_SCRIPT, FRAME)?;
    let studio = studio::stage(dir)?;
    let site = site::SiteUrl::from_env()?;
    let html = sources::Sources::read(dir)?.apply(&loader::rewrite(&html, &studio)?)?;
    for note in pages::write_all(dir, &html, site.as_ref())? {
        eprintln!("stancemap-build: {note}");
    }
    service_worker::write(dir)
}
