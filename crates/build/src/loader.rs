//! The page's loader (`js/loader.js`), written where Trunk leaves the placeholder that
//! `Trunk.toml`'s `pattern_script` gives it, with the app's file names.
//!
//! Trunk's own loader imports and starts the app at once: on a fast connection the app's
//! first render (off-screen, for the takeover) then runs before the prerendered page's first
//! paint and holds it back. Ours starts the app after that paint (or after 100 ms, in a tab
//! that does not paint); the files are still fetched early (Trunk's preloads). And it checks
//! both files against the integrity Trunk records, which Trunk's markup does not enforce: the
//! wasm's integrity moves from its `rel=preload as=fetch` link (where Chromium ignores it, and
//! says so in the console on every load) onto the loader's fetch, and an import map gives the
//! loader's `import()` of the JS the integrity of its `modulepreload` (a failed preload does
//! not stop the import from fetching the file again; browsers whose import maps do not know
//! `integrity` ignore the key). At `?view=studio` it starts the studio instead, and takes the
//! reader's preloaded wasm all the same, so that the browser does not warn it went unused.

use crate::studio::Files;
use crate::tags::{attribute, has, links, start_tag_with};
use crate::template::{code, fill};

/// The loader's source, with the app's file names and the wasm's integrity as placeholders.
const LOADER: &str = include_str!("../js/loader.js");

/// What `pattern_script` in `Trunk.toml` names the placeholder by.
const PLACEHOLDER: &str = "stancemap-loader";

/// The built page `html` with its loader written in, which starts the reader, or at
/// `?view=studio` the `studio`.
pub fn rewrite(html: &str, studio: &Files) -> Result<String, String> {
    let placeholder = start_tag_with(html, PLACEHOLDER)
        .ok_or("index.html has no loader placeholder (Trunk.toml's pattern_script)")?;
    let file = |name: &str| {
        attribute(placeholder, name)
            .map(|(_, value)| value)
            .filter(|v| v.starts_with("./") && !v.contains(['\'', '\\', '<', '"']))
            .ok_or_else(|| format!("the loader placeholder has no usable {name}"))
    };
    let (glue, wasm) = (file("data-js")?, file("data-wasm")?);
    let wasm_preload = links(html)
        .find(|tag| has(tag, "rel", "preload") && has(tag, "href", wasm))
        .ok_or_else(|| format!("index.html has no preload of {wasm}"))?;
    let (wasm_integrity, wasm_hash) = integrity(wasm_preload)?;
    let glue_preload = links(html)
        .find(|tag| has(tag, "rel", "modulepreload") && has(tag, "href", glue))
        .ok_or_else(|| format!("index.html has no modulepreload of {glue}"))?;
    let (_, glue_hash) = integrity(glue_preload)?;
    let studio_glue = format!("./{}", studio.glue.name);
    let map = serde_json::json!({ "integrity": { glue: glue_hash, &studio_glue: studio.glue.integrity } });
    let studio_wasm = format!("./{}", studio.wasm.name);
    let studio_css = format!("./{}", studio.css.name);
    let loader = fill(
        code(LOADER).trim_end(),
        &[
            ("glue", glue),
            ("wasm_file", wasm),
            ("wasm_integrity", wasm_hash),
            ("studio_glue", &studio_glue),
            ("studio_wasm", &studio_wasm),
            ("studio_wasm_integrity", &studio.wasm.integrity),
            ("studio_css", &studio_css),
        ],
    )?;
    let unpinned = wasm_preload.replacen(wasm_integrity, "", 1);
    Ok(html
        .replacen(
            placeholder,
            &format!(
                "<script type=\"importmap\">{map}</script><script type=module>{loader}</script>"
            ),
            1,
        )
        .replacen(wasm_preload, &unpinned, 1))
}

/// The `integrity` attribute Trunk wrote on a tag, whole, and its `sha…-<base64>` value.
fn integrity(tag: &str) -> Result<(&str, &str), String> {
    let (whole, value) =
        attribute(tag, "integrity").ok_or_else(|| format!("{tag} has no integrity"))?;
    let base64 = |c: char| c.is_ascii_alphanumeric() || "+/=".contains(c);
    match value.split_once('-') {
        Some((algorithm, digest))
            if algorithm.starts_with("sha") && !digest.is_empty() && digest.chars().all(base64) =>
        {
            Ok((whole, value))
        }
        _ => Err(format!("unexpected integrity {value:?} in {tag}")),
    }
}

#[cfg(test)]
mod tests {
    use crate::studio::{File, Files};

    /// A page as Trunk writes it with the placeholder, minified (unquoted attributes) or not.
    fn page(quote: &str) -> String {
        let q = quote;
        format!(
            "<meta name={q}stancemap-loader{q} data-js={q}./s-1.js{q} data-wasm={q}./s-1_bg.wasm{q}>\
             <link rel={q}modulepreload{q} href={q}./s-1.js{q} crossorigin integrity={q}sha384-j/s+={q}>\
             <link rel={q}preload{q} href={q}./s-1_bg.wasm{q} crossorigin integrity={q}sha384-w/A+={q} as={q}fetch{q}>"
        )
    }

    fn studio() -> Files {
        let file = |name: &str, integrity: &str| File {
            name: name.into(),
            integrity: integrity.into(),
        };
        Files {
            glue: file("studio-2.js", "sha384-g"),
            wasm: file("studio-2_bg.wasm", "sha384-w"),
            css: file("studio-3.css", "sha384-c"),
        }
    }

    #[test]
    fn the_app_starts_after_the_first_paint_from_checked_files() {
        for quote in ["\"", ""] {
            let page = super::rewrite(&page(quote), &studio()).unwrap();
            assert!(
                page.starts_with(r#"<script type="importmap">{"integrity":{"./s-1.js":"sha384-j/s+=","./studio-2.js":"sha384-g"}}</script><script type=module>await new Promise"#),
                "{page}"
            );
            let paint = page.find("requestAnimationFrame").unwrap();
            let import = page
                .find("await import(studio ? './studio-2.js' : './s-1.js')")
                .unwrap();
            let start = page
                .find("fetch('./s-1_bg.wasm', { integrity: 'sha384-w/A+=' })")
                .unwrap();
            assert!(page.contains("fetch('./studio-2_bg.wasm', { integrity: 'sha384-w' })"));
            assert!(page.contains("sheet.href = './studio-3.css'"));
            assert!(paint < import && import < start, "{page}");
            assert!(
                !page.contains("stancemap-loader"),
                "the placeholder is replaced"
            );
            // The wasm's integrity moved from its preload to the fetch; the JS keeps its own.
            assert_eq!(page.matches("sha384-w/A+=").count(), 1, "{page}");
            assert_eq!(page.matches("sha384-j/s+=").count(), 2, "{page}");
            // The studio's page takes the reader's preloaded wasm, which it does not start.
            assert!(
                page.contains("if (studio) {\n  fetch('./s-1_bg.wasm')"),
                "{page}"
            );
        }
    }

    #[test]
    fn refuses_a_page_it_cannot_load_safely() {
        let page = page("\"");
        let rewrite = |html: &str| super::rewrite(html, &studio());
        assert!(rewrite("<p>no placeholder</p>").is_err());
        let unpinned = page.replace(" integrity=\"sha384-w/A+=\"", "");
        assert!(rewrite(&unpinned).is_err(), "a wasm without integrity");
        let odd = page.replace("sha384-w/A+=", "sha384-w');alert(1)//");
        assert!(rewrite(&odd).is_err());
        let elsewhere = page.replace("data-js=\"./s-1.js\"", "data-js=\"https://x/y.js\"");
        assert!(rewrite(&elsewhere).is_err());
    }
}
