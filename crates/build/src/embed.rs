//! `embed.js`: the module a blog includes to use `<stancemap-article>`, pointing at this build's
//! hashed wasm, JS and CSS.

use crate::tags::{READER, asset};
use crate::template::fill;

/// The module's source, its file names as placeholders.
const TEMPLATE: &str = include_str!("../js/embed.js");

/// `embed.js` for the build whose page is `html`.
pub fn script(html: &str) -> Result<String, String> {
    let js = asset(html, READER, ".js")?;
    let wasm = asset(html, READER, "_bg.wasm")?;
    let css = asset(html, "stancemap-", ".css")?;
    fill(TEMPLATE, &[("js", js), ("wasm", wasm), ("css", css)])
}

#[cfg(test)]
mod tests {
    #[test]
    fn points_at_the_hashed_build_files() {
        let html = r#"<script type="module">import init, * as bindings from './reader-ab12.js';
            const wasm = await init({ module_or_path: './reader-ab12_bg.wasm' });</script>
            <link rel="stylesheet" href="./stancemap-cd34.css"><link rel="stylesheet" href="./page-ef56.css">"#;
        let js = super::script(html).unwrap();
        assert!(js.contains("from './reader-ab12.js'"));
        assert!(js.contains("new URL('./reader-ab12_bg.wasm', import.meta.url)"));
        assert!(js.contains("new URL('./stancemap-cd34.css', import.meta.url)"));
        assert!(super::script("<p>no build here</p>").is_err());
    }
}
