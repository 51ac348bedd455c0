//! `saved.html`: the template "Save for offline" fills with an article, the whole reader (wasm,
//! JS, CSS, icon) inlined into one page that works from `file://`.

use std::path::Path;

use crate::csp::hash_source;
use crate::read;
use crate::tags::{READER, asset};
use crate::template::{fill, raw_text};
use base64::Engine;

/// The page, with the slots the app fills (title, article) and placeholders for the build's
/// files.
const PAGE: &str = include_str!("../templates/saved.html");
/// What starts the reader from the inlined wasm, after the glue; `{init}` is the glue's
/// `init`.
const LOADER: &str = include_str!("../js/saved-loader.js");

/// The name the wasm-bindgen glue exports as `default` (its async `init`), from its last
/// line, `export { initSync, __wbg_init as default };`.
fn default_export(glue: &str) -> Result<&str, String> {
    let list = glue
        .rfind("export {")
        .map(|i| &glue[i + "export {".len()..])
        .and_then(|rest| rest.split('}').next())
        .ok_or("the wasm-bindgen glue has no export list")?;
    list.split(',')
        .filter_map(|item| item.trim().strip_suffix(" as default"))
        .map(str::trim)
        .next()
        .ok_or_else(|| "the wasm-bindgen glue exports no default init".to_owned())
}

/// The single-file page template of the build whose page is `html`, staged in `dir`.
pub fn template(dir: &Path, html: &str) -> Result<String, String> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let glue = read(dir, asset(html, READER, ".js")?)?;
    let init = default_export(&glue)?;
    let wasm_name = asset(html, READER, "_bg.wasm")?;
    let wasm =
        std::fs::read(dir.join(wasm_name)).map_err(|e| format!("reading {wasm_name}: {e}"))?;
    let reader_css = read(dir, asset(html, "stancemap-", ".css")?)?;
    let page_css = read(dir, asset(html, "page-", ".css")?)?;
    let icon = std::fs::read(dir.join(asset(html, "favicon-", ".svg")?))
        .map_err(|e| format!("reading the favicon: {e}"))?;
    let loader = format!(
        "{}\n{}",
        raw_text("the JS glue", &glue)?,
        fill(LOADER, &[("init", init)])?
    );
    let reader_css = raw_text("the reader CSS", &reader_css)?;
    let page_css = raw_text("the page CSS", &page_css)?;
    let policy = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {} {}; \
         img-src data:; base-uri 'none'; form-action 'none'",
        hash_source(&loader),
        hash_source(reader_css),
        hash_source(page_css),
    );
    fill(
        PAGE,
        &[
            ("policy", &policy),
            ("icon", &b64.encode(icon)),
            ("loader", &loader),
            ("reader_css", reader_css),
            ("page_css", page_css),
            ("wasm", &b64.encode(wasm)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::{PAGE, default_export};
    use stancemap_core::saved::{ARTICLE_SLOT, TITLE_SLOT};

    #[test]
    fn finds_the_glue_init() {
        let glue = "export function f() {}\nexport { initSync, __wbg_init as default };\n";
        assert_eq!(default_export(glue), Ok("__wbg_init"));
        assert!(default_export("export { initSync };").is_err());
    }

    #[test]
    fn the_page_has_the_slots_the_app_fills() {
        assert_eq!(PAGE.matches(TITLE_SLOT).count(), 1);
        assert_eq!(PAGE.matches(ARTICLE_SLOT).count(), 1);
    }
}
