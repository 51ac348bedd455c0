//! Stancemap's build step, run natively by a Trunk post-build hook on the staged `dist/`: one
//! module per output it writes or changes.
//!
//! - [`page`]: the library's default article prerendered into `index.html` (the reader's own
//!   components rendered natively, see [`prerender`]), its JSON and stylesheets inlined, so the
//!   page is readable at first paint, before any wasm, and with JavaScript off;
//! - [`loader`]: the page's loader, which starts the app after the first paint and checks the
//!   app's JS and wasm against the integrity Trunk records;
//! - [`csp`]: the page's inline scripts and styles pinned in its Content-Security-Policy;
//! - [`embed`]: `embed.js`, the one file a blog includes to use `<stancemap-article>`;
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
pub mod loader;
pub mod page;
pub mod prerender;
pub mod saved;
pub mod service_worker;
pub mod studio;
pub mod styles;
pub mod tags;
pub mod template;

use std::path::Path;

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
    let studio = studio::stage(dir)?;
    let html = page::prerender(dir, &loader::rewrite(&html, &studio)?)?;
    write(
        dir,
        "index.html",
        &csp::pin_inline_styles(&csp::pin_inline_scripts(&html)?)?,
    )?;
    service_worker::write(dir)
}
