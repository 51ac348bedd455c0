//! The page's loader, as Trunk writes it, made to start the app after the first paint and to
//! check the app's JS and wasm against the integrity Trunk records.

use crate::tags::{attribute, has, links};

/// The loader of the built page `html`, deferred and pinned.
pub fn rewrite(html: &str) -> Result<String, String> {
    pin_glue(&pin_wasm(&defer_app(html)?)?)
}

/// Trunk's loader imports and starts the app at once: on a fast connection the app's first
/// render (off-screen, for the takeover) then runs before the prerendered page's first
/// paint and holds it back. Rewritten to start the app after that paint (or after 100 ms,
/// in a tab that does not paint); the files are still fetched early (preloads).
fn defer_app(html: &str) -> Result<String, String> {
    const IMPORT: &str = "import init, * as bindings from '";
    let start = html
        .find(IMPORT)
        .ok_or("index.html has no loader importing the app")?;
    let rest = &html[start + IMPORT.len()..];
    let end = rest.find("';").ok_or("the loader's import does not end")?;
    let glue = &rest[..end];
    if !glue.starts_with("./") || glue.contains(['\'', '\\', '<']) {
        return Err(format!("unexpected app module name {glue:?}"));
    }
    Ok(format!(
        "{}await new Promise((ok) => {{\n  requestAnimationFrame(() => setTimeout(ok));\n  \
         setTimeout(ok, 100);\n}});\nconst bindings = await import('{glue}');\n\
         const init = bindings.default;{}",
        &html[..start],
        &rest[end + 2..]
    ))
}

/// The `integrity` attribute Trunk wrote on a tag, and its `sha…-<base64>` value; none
/// where the build was asked for no integrity.
fn integrity(tag: &str) -> Result<Option<(&str, &str)>, String> {
    let Some((whole, value)) = attribute(tag, "integrity") else {
        return Ok(None);
    };
    let base64 = |c: char| c.is_ascii_alphanumeric() || "+/=".contains(c);
    match value.split_once('-') {
        Some((algorithm, digest))
            if algorithm.starts_with("sha") && !digest.is_empty() && digest.chars().all(base64) =>
        {
            Ok(Some((whole, value)))
        }
        _ => Err(format!("unexpected integrity {value:?} in {tag}")),
    }
}

/// Trunk puts the wasm's integrity on its `rel=preload as=fetch` link, where Chromium
/// ignores it (and says so in the console on every load), and its loader fetches the wasm
/// without one: the wasm was never checked. Moved onto the loader's fetch, where it is
/// enforced; that fetch still takes the preloaded response.
fn pin_wasm(html: &str) -> Result<String, String> {
    const INIT: &str = "init({ module_or_path: '";
    let (_, rest) = html
        .split_once(INIT)
        .ok_or("index.html has no loader passing the wasm to init")?;
    let (wasm, _) = rest.split_once('\'').ok_or("the wasm path does not end")?;
    let preload = links(html)
        .find(|tag| has(tag, "rel", "preload") && has(tag, "href", wasm))
        .ok_or_else(|| format!("index.html has no preload of {wasm}"))?;
    let Some((integrity, value)) = integrity(preload)? else {
        // The build was asked for no integrity: nothing to move.
        return Ok(html.to_owned());
    };
    let call = format!("{INIT}{wasm}' }})");
    if !html.contains(&call) {
        return Err(format!("the loader's init call is not {call}"));
    }
    let unpinned = preload.replacen(integrity, "", 1);
    Ok(html.replacen(preload, &unpinned, 1).replacen(
        &call,
        &format!("init({{ module_or_path: fetch('{wasm}', {{ integrity: '{value}' }}) }})"),
        1,
    ))
}

/// The app's JS is preloaded with its integrity, but a failed preload does not stop the
/// loader's `import()`, which carries none and fetches the file again. An import map
/// before the loader gives that import the same integrity (in browsers whose import maps
/// know `integrity`, Chromium since 127; the others ignore the key).
fn pin_glue(html: &str) -> Result<String, String> {
    let preload = links(html)
        .find(|tag| has(tag, "rel", "modulepreload"))
        .ok_or("index.html has no modulepreload of the app's JS")?;
    let (Some((_, glue)), Some((_, value))) = (attribute(preload, "href"), integrity(preload)?)
    else {
        // The build was asked for no integrity: nothing to pin.
        return Ok(html.to_owned());
    };
    let map = serde_json::json!({ "integrity": { glue: value } });
    let loader = ["<script type=module>", "<script type=\"module\">"]
        .into_iter()
        .find_map(|tag| html.find(tag))
        .ok_or("index.html has no module script loading the app")?;
    Ok(format!(
        "{}<script type=\"importmap\">{map}</script>{}",
        &html[..loader],
        &html[loader..]
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_app_starts_after_the_first_paint() {
        let html = "<script type=\"module\">\nimport init, * as bindings from './stancemap-ab12.js';\n\
                    const wasm = await init({ module_or_path: './stancemap-ab12_bg.wasm' });\n\
                    window.wasmBindings = bindings;</script>";
        let page = super::defer_app(html).unwrap();
        assert!(!page.contains("import init"));
        let paint = page.find("requestAnimationFrame").unwrap();
        let import = page.find("await import('./stancemap-ab12.js')").unwrap();
        let start = page.find("await init(").unwrap();
        assert!(paint < import && import < start, "{page}");
        assert!(page.contains("window.wasmBindings = bindings;"));
        assert!(super::defer_app("<p>no loader</p>").is_err());
        assert!(super::defer_app("import init, * as bindings from 'https://x/y.js';").is_err());
    }

    #[test]
    fn the_loader_checks_the_wasm_against_its_integrity() {
        let html = "<script type=\"module\">\nconst wasm = await init({ module_or_path: './s-1_bg.wasm' });</script>\
                    <link rel=\"modulepreload\" href=\"./s-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-j/s+=\">\
                    <link rel=\"preload\" href=\"./s-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-w/A+=\" as=\"fetch\" type=\"application/wasm\">";
        let page = super::pin_wasm(html).unwrap();
        assert!(page.contains("await init({ module_or_path: fetch('./s-1_bg.wasm', { integrity: 'sha384-w/A+=' }) });"), "{page}");
        assert!(page.contains("<link rel=\"preload\" href=\"./s-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">"), "{page}");
        // The JS module's preload checks its integrity itself: left as it is.
        assert!(page.contains("integrity=\"sha384-j/s+=\""));
        // As the minified release page writes it.
        let minified = "<script type=module>const wasm = await init({ module_or_path: './s-1_bg.wasm' });</script>\
                        <link as=fetch crossorigin href=./s-1_bg.wasm integrity=sha384-w/A+= rel=preload type=application/wasm>";
        let page = super::pin_wasm(minified).unwrap();
        assert!(
            page.contains("fetch('./s-1_bg.wasm', { integrity: 'sha384-w/A+=' })"),
            "{page}"
        );
        assert!(
            page.contains(
                "<link as=fetch crossorigin href=./s-1_bg.wasm rel=preload type=application/wasm>"
            ),
            "{page}"
        );
        let unpinned = html.replace(" integrity=\"sha384-w/A+=\"", "");
        assert_eq!(super::pin_wasm(&unpinned).unwrap(), unpinned);
        let odd = html.replace("sha384-w/A+=", "sha384-w');alert(1)//");
        assert!(super::pin_wasm(&odd).is_err());
        assert!(super::pin_wasm("<p>no loader</p>").is_err());
        // A loader call of another form is refused, not left unchecked.
        let other = html.replace("' });", "', extra: 1 });");
        assert!(super::pin_wasm(&other).is_err());
    }

    #[test]
    fn an_import_map_gives_the_apps_import_its_integrity() {
        let html = "<script type=module>const bindings = await import('./s-1.js');</script>\
                    <link crossorigin href=./s-1.js integrity=sha384-j/s+= rel=modulepreload>";
        let page = super::pin_glue(html).unwrap();
        assert!(page.starts_with(r#"<script type="importmap">{"integrity":{"./s-1.js":"sha384-j/s+="}}</script><script type=module>"#), "{page}");
        let unpinned = html.replace(" integrity=sha384-j/s+=", "");
        assert_eq!(super::pin_glue(&unpinned).unwrap(), unpinned);
        assert!(super::pin_glue(&html.replace("sha384-j/s+=", "sha384-</script>")).is_err());
    }
}
