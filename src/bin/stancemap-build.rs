//! Build-time helper run natively by a Trunk post-build hook, on the staged `dist/`:
//!
//! - pins Trunk's inline loader in the page's CSP: Trunk injects an inline `<script
//!   type="module">` that loads the hashed wasm and JS, and the Content-Security-Policy in
//!   `index.html` allows no inline script, so this adds the SHA-256 of each inline script;
//! - writes `embed.js`, the one file a blog includes to use `<stancemap-article>`, pointing at
//!   this build's hashed wasm, JS and CSS;
//! - prerenders the library's default article into `index.html` (the reader's own components
//!   rendered natively), with its JSON inlined and the stylesheets inlined, so the page is
//!   readable at first paint, before any wasm, and with JavaScript off; and makes the page's
//!   loader check the app's JS and wasm against their integrity, which Trunk's markup records
//!   but does not enforce;
//! - writes `saved.html`, the template "Save for offline" fills with an article: the whole
//!   reader (wasm, JS, CSS, icon) inlined into one page that works from `file://`;
//! - writes `sw.js`, the service worker, with every file of the build to precache and a
//!   version derived from their contents (so any change is a new deployment).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::var_os("TRUNK_STAGING_DIR") else {
        eprintln!("stancemap-build: TRUNK_STAGING_DIR is not set (run me from a Trunk hook)");
        return std::process::ExitCode::FAILURE;
    };
    let dir = std::path::Path::new(&dir);
    let path = dir.join("index.html");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("reading {}: {e}", path.display()))
        .and_then(|html| {
            let embed = embed::script(&html)?;
            std::fs::write(dir.join("embed.js"), embed)
                .map_err(|e| format!("writing embed.js: {e}"))?;
            let saved = saved::template(dir, &html)?;
            std::fs::write(dir.join("saved.html"), saved)
                .map_err(|e| format!("writing saved.html: {e}"))?;
            let html = page::prerender(dir, &html)?;
            csp::pin_inline_styles(&csp::pin_inline_scripts(&html)?)
        })
        .and_then(|html| {
            std::fs::write(&path, html).map_err(|e| format!("writing {}: {e}", path.display()))
        })
        .and_then(|()| offline::write_service_worker(dir));
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stancemap-build: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The text of the staged file `name`.
#[cfg(not(target_arch = "wasm32"))]
fn read(dir: &std::path::Path, name: &str) -> Result<String, String> {
    std::fs::read_to_string(dir.join(name)).map_err(|e| format!("reading {name}: {e}"))
}

/// Content for a raw-text element (`<script>`, `<style>`): refused if it could end early.
#[cfg(not(target_arch = "wasm32"))]
fn raw_text<'a>(name: &str, text: &'a str) -> Result<&'a str, String> {
    let lower = text.to_ascii_lowercase();
    if lower.contains("</script") || lower.contains("</style") || lower.contains("<!--") {
        return Err(format!(
            "{name} cannot be inlined: it contains an end tag or comment"
        ));
    }
    Ok(text)
}

#[cfg(not(target_arch = "wasm32"))]
mod tags {
    //! Reading the start tags of the built page, whether Trunk has minified it or not.

    /// Every `<link …>` tag of `html`.
    pub fn links(html: &str) -> impl Iterator<Item = &str> {
        html.match_indices("<link ")
            .filter_map(|(i, _)| html[i..].find('>').map(|end| &html[i..=i + end]))
    }

    /// The attribute `name` of a start tag, its value quoted or (as the minified page writes
    /// it) not: the whole ` name=value` and the value.
    pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<(&'a str, &'a str)> {
        let start = tag.find(&format!(" {name}="))?;
        let from = start + name.len() + 2;
        let rest = &tag[from..];
        let (value, len) = match rest.strip_prefix('"') {
            Some(quoted) => quoted.split_once('"').map(|(v, _)| (v, v.len() + 2))?,
            None => rest.find([' ', '>']).map(|end| (&rest[..end], end))?,
        };
        Some((&tag[start..from + len], value))
    }

    /// The first start tag in `html` that holds `needle` (such as `class="sm-body"`).
    pub fn start_tag_with<'a>(html: &'a str, needle: &str) -> Option<&'a str> {
        let at = html.find(needle)?;
        let start = html[..at].rfind('<')?;
        let end = at + html[at..].find('>')?;
        Some(&html[start..=end])
    }

    /// Whether the start tag has the attribute `name` set to `value`.
    pub fn has(tag: &str, name: &str, value: &str) -> bool {
        attribute(tag, name).is_some_and(|(_, v)| v == value)
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn finds_the_start_tag_around_an_attribute() {
            let view = r#"<div class="sm-legend"></div><div id="sm0-text" data-hide="" class="sm-body"><p>x</p>"#;
            let tag = super::start_tag_with(view, r#"class="sm-body""#).unwrap();
            assert_eq!(tag, r#"<div id="sm0-text" data-hide="" class="sm-body">"#);
            assert_eq!(
                super::attribute(tag, "id").map(|(_, v)| v),
                Some("sm0-text")
            );
            assert_eq!(super::start_tag_with(view, r#"class="sm-matrix""#), None);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod embed {
    /// The first `./<prefix>…<suffix>` file name in `html`, quoted or (as the minified page
    /// writes attribute values) not.
    pub fn asset<'a>(html: &'a str, prefix: &str, suffix: &str) -> Result<&'a str, String> {
        html.match_indices("./")
            .map(|(i, _)| &html[i + 2..])
            .filter_map(|rest| rest.split(['"', '\'', ' ', '>', '\n']).next())
            .find(|name| name.starts_with(prefix) && name.ends_with(suffix))
            .ok_or_else(|| format!("index.html names no {prefix}*{suffix}"))
    }

    /// `embed.js` for the build whose page is `html`.
    pub fn script(html: &str) -> Result<String, String> {
        let js = asset(html, "stancemap-", ".js")?;
        let wasm = asset(html, "stancemap-", "_bg.wasm")?;
        let css = asset(html, "stancemap-", ".css")?;
        Ok(TEMPLATE
            .replace("{js}", js)
            .replace("{wasm}", wasm)
            .replace("{css}", css))
    }

    const TEMPLATE: &str = r#"// Stancemap embed (generated at build time). In a page:
//   <script type="module" src="https://your.host/reader/embed.js"></script>
//   <stancemap-article src="articles/iran-talks.json"></stancemap-article>
// Each element shows one article in its own shadow root: the page's CSS cannot change the
// reader, and the reader's CSS cannot leak out. `src` is resolved against the page.
import init, { mount_element } from './{js}';

const ready = init({ module_or_path: new URL('./{wasm}', import.meta.url) });
const stylesheet = new URL('./{css}', import.meta.url).href;

class StancemapArticle extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = stylesheet;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    const src = new URL(this.getAttribute('src') ?? '', document.baseURI).href;
    ready.then(() => mount_element(mount, src));
  }
}

if (!customElements.get('stancemap-article')) {
  customElements.define('stancemap-article', StancemapArticle);
}
"#;

    #[cfg(test)]
    mod tests {
        #[test]
        fn points_at_the_hashed_build_files() {
            let html = r#"<script type="module">import init, * as bindings from './stancemap-ab12.js';
                const wasm = await init({ module_or_path: './stancemap-ab12_bg.wasm' });</script>
                <link rel="stylesheet" href="./stancemap-cd34.css"><link rel="stylesheet" href="./page-ef56.css">"#;
            let js = super::script(html).unwrap();
            assert!(js.contains("from './stancemap-ab12.js'"));
            assert!(js.contains("new URL('./stancemap-ab12_bg.wasm', import.meta.url)"));
            assert!(js.contains("new URL('./stancemap-cd34.css', import.meta.url)"));
            assert!(super::script("<p>no build here</p>").is_err());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod page {
    use std::path::Path;
    use std::sync::Arc;

    use stancemap::core::saved::{html_text, script_json};
    use stancemap::core::{parse_article, parse_library};
    use stancemap::storage::PREFS;

    use crate::tags::{attribute, has, links, start_tag_with};
    use crate::{raw_text, read};

    /// The part of `html` from `start` to the end of the first `end` after it.
    fn span<'a>(html: &'a str, start: &str, end: &str) -> Result<&'a str, String> {
        let from = html
            .find(start)
            .ok_or_else(|| format!("index.html has no {start}"))?;
        let len = html[from..]
            .find(end)
            .ok_or_else(|| format!("index.html has no {end} after {start}"))?;
        Ok(&html[from..from + len + end.len()])
    }

    /// A script that runs first thing inside the prerendered view, before any of it can paint
    /// (a slow connection paints the page in parts): applies the reader's stored display
    /// preferences to it (the app reads the same storage, see `src/storage.rs`), and hides it
    /// behind a loading notice where the address names another page of the reader (`?src=`,
    /// `?view=`, `?embed`), which the app then mounts in its place. It removes itself, so
    /// the view's structure is the app's.
    fn start_up() -> String {
        format!(
            "\nconst view = document.currentScript.parentElement;\n\
        document.currentScript.remove();\n\
        try {{\n\
          for (const word of (localStorage.getItem('{PREFS}') ?? '').split(' ')) {{\n\
            const [key, value] = word.split('=');\n\
            if ({keys:?}.includes(key) && /^[a-z0-9]+$/.test(value ?? '')) {{\n\
              view.dataset[key] = value;\n\
            }}\n\
          }}\n\
        }} catch {{}}\n\
        if (/[?&](src|view|embed)(=|&|$)/.test(location.search)) {{\n\
          const notice = document.createElement('p');\n\
          notice.className = 'sm-boot';\n\
          notice.textContent = 'Loading Stancemap…';\n\
          view.style.display = 'none';\n\
          view.parentElement.removeAttribute('data-prerendered');\n\
          view.before(notice);\n\
        }}\n",
            keys = stancemap::core::prefs::KEYS,
        )
    }

    /// A script that runs once the whole prerendered page is parsed, previews included: every
    /// mention is bound to its card from here on — natively where the browser has interest
    /// invokers, by the script's own listeners where it has only popovers — which it marks
    /// `performance.mark("interactive")` (the moment the static HTML + Tippy.js baseline marks
    /// too: its script after the text, once Tippy is bound).
    const PARSED: &str = include_str!("previews.js");

    /// The first `<link … rel=stylesheet …>` tag of `html`.
    fn stylesheet_link(html: &str) -> Option<&str> {
        links(html).find(|tag| has(tag, "rel", "stylesheet"))
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
                if algorithm.starts_with("sha")
                    && !digest.is_empty()
                    && digest.chars().all(base64) =>
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

    /// Without JavaScript the article reads as usual; the header's actions cannot work.
    const NO_SCRIPT: &str =
        "<noscript><style>.stancemap .sm-appbar-nav { display: none; }</style></noscript>";

    /// `html` with the library's default article prerendered into `#stancemap` (its JSON
    /// inlined beside it for the app) and each build stylesheet inlined.
    pub fn prerender(dir: &Path, html: &str) -> Result<String, String> {
        let library = parse_library(&read(dir, "articles/index.json")?)
            .map_err(|e| format!("articles/index.json: {e}"))?;
        let entry = library
            .default_entry()
            .ok_or("articles/index.json names no default article")?;
        let path = format!("articles/{}", entry.src);
        let article = parse_article(&read(dir, &path)?).map_err(|e| format!("{path}: {e}"))?;
        // Written anew: compact, whatever the file's layout.
        let json = serde_json::to_string(&article).map_err(|e| format!("{path}: {e}"))?;
        let json = script_json(&json);
        let title = html_text(&format!("{} · Stancemap", article.title));
        let view = stancemap::prerender::site_page(Arc::new(article));
        // The start-up script goes first inside the view's root element.
        let root_tag = view
            .find('>')
            .ok_or("the prerendered view has no root element")?
            + 1;
        let (root, rest) = view.split_at(root_tag);
        // The first paint waits for the text to begin (`rel=expect`; Chromium): what comes
        // before it (header, legend) is never painted half-parsed and then moved. (The matrix
        // after the text shows once it is whole: the stylesheet.)
        let text = start_tag_with(&view, "class=\"sm-body\"")
            .and_then(|tag| attribute(tag, "id"))
            .map(|(_, id)| id)
            .ok_or("the prerendered view's text has no id")?;
        let expect = format!("<link rel=\"expect\" href=\"#{text}\" blocking=\"render\">");
        let start_up = start_up();
        let parsed = raw_text("previews.js", PARSED)?;
        let html = &pin_glue(&pin_wasm(&defer_app(html)?)?)?;
        // `<main id="stancemap">`, or `<main id=stancemap>` once Trunk has minified the page.
        let main = span(html, "<main id=", "</main>")?;
        let mut page = html
            .replacen(
                main,
                &format!(
                    "<main id=\"stancemap\" data-prerendered>{root}<script>{start_up}</script>{rest}</main>\n    \
                     <script>{parsed}</script>\n    \
                     <script type=\"application/json\" id=\"stancemap-article\">{json}</script>"
                ),
                1,
            )
            .replacen(
                "<title>Stancemap</title>",
                &format!("<title>{title}</title>"),
                1,
            )
            .replacen("</head>", &format!("{expect}{NO_SCRIPT}</head>"), 1);
        // Stylesheets inline: the text paints with the first response, no second round trip.
        while let Some(link) = stylesheet_link(&page) {
            let name = crate::embed::asset(link, "", ".css")?;
            let css = read(dir, name)?;
            page = page.replacen(
                link,
                &format!("<style>{}</style>", raw_text(name, &css)?),
                1,
            );
        }
        Ok(page)
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
            assert!(page.contains("<link as=fetch crossorigin href=./s-1_bg.wasm rel=preload type=application/wasm>"), "{page}");
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

        #[test]
        fn previews_keep_the_cards_timing_and_spacing() {
            let dwell = stancemap::cards::DWELL.as_millis();
            let grace = stancemap::cards::GRACE.as_millis();
            assert!(super::PARSED.contains(&format!("const DWELL = {dwell};")));
            assert!(super::PARSED.contains(&format!("const GRACE = {grace};")));
            // The script's one GAP is both the card's distance from its mention and from the
            // window's edges, as placement.rs's GAP and MARGIN are.
            use stancemap::core::placement::{GAP, MARGIN};
            assert_eq!(GAP, MARGIN);
            assert!(super::PARSED.contains(&format!("const GAP = {GAP};")));
            let css = include_str!("../../style/stancemap.css");
            assert!(css.contains(&format!("interest-delay: {dwell}ms {grace}ms;")));
        }

        #[test]
        fn finds_stylesheet_links_minified_or_not() {
            let minified = "<link href=./a.svg rel=icon><link href=./stancemap-1.css integrity=sha384-x rel=stylesheet>";
            assert_eq!(
                super::stylesheet_link(minified),
                Some("<link href=./stancemap-1.css integrity=sha384-x rel=stylesheet>")
            );
            let plain = "<link rel=\"stylesheet\" href=\"./page-2.css\" integrity=\"sha384-y\"/>";
            assert_eq!(super::stylesheet_link(plain), Some(plain));
            assert_eq!(super::stylesheet_link("<link rel=icon href=./a.svg>"), None);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod saved {
    use std::path::Path;

    use base64::Engine;
    use stancemap::core::saved::{ARTICLE_SLOT, TITLE_SLOT};

    use crate::csp::hash_source;
    use crate::embed::asset;
    use crate::{raw_text, read};

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
        let glue = read(dir, asset(html, "stancemap-", ".js")?)?;
        let init = default_export(&glue)?;
        let wasm_name = asset(html, "stancemap-", "_bg.wasm")?;
        let wasm =
            std::fs::read(dir.join(wasm_name)).map_err(|e| format!("reading {wasm_name}: {e}"))?;
        let reader_css = read(dir, asset(html, "stancemap-", ".css")?)?;
        let page_css = read(dir, asset(html, "page-", ".css")?)?;
        let icon = std::fs::read(dir.join(asset(html, "favicon-", ".svg")?))
            .map_err(|e| format!("reading the favicon: {e}"))?;
        let loader = format!(
            "{}\n// Stancemap: start the reader from the wasm inlined below (in a block of its own,\n\
             // beside the glue's names).\n{{\n\
             const base64 = document.getElementById('stancemap-wasm').textContent;\n\
             await {init}({{ module_or_path: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) }});\n}}\n",
            raw_text("the JS glue", &glue)?
        );
        let styles = [
            raw_text("the reader CSS", &reader_css)?,
            raw_text("the page CSS", &page_css)?,
        ];
        let policy = format!(
            "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {} {}; \
             img-src data:; base-uri 'none'; form-action 'none'",
            hash_source(&loader),
            hash_source(styles[0]),
            hash_source(styles[1]),
        );
        Ok(format!(
            r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="generator" content="Stancemap (saved for offline reading)">
<title>{TITLE_SLOT}</title>
<link rel="icon" href="data:image/svg+xml;base64,{icon}">
<style>{reader_css}</style>
<style>{page_css}</style>
</head>
<body>
<main id="stancemap" data-saved>
<p class="sm-boot">Loading Stancemap…</p>
<noscript><p class="sm-boot">This saved article needs JavaScript and WebAssembly.</p></noscript>
</main>
<script type="application/json" id="stancemap-article">{ARTICLE_SLOT}</script>
<script type="application/octet-stream" id="stancemap-wasm">{wasm}</script>
<script type="module">{loader}</script>
</body>
</html>
"#,
            icon = b64.encode(icon),
            reader_css = styles[0],
            page_css = styles[1],
            wasm = b64.encode(wasm),
        ))
    }

    #[cfg(test)]
    mod tests {
        use super::default_export;
        use crate::raw_text;

        #[test]
        fn finds_the_glue_init() {
            let glue = "export function f() {}\nexport { initSync, __wbg_init as default };\n";
            assert_eq!(default_export(glue), Ok("__wbg_init"));
            assert!(default_export("export { initSync };").is_err());
        }

        #[test]
        fn refuses_text_that_would_end_its_element() {
            assert!(raw_text("x", "a { color: red }").is_ok());
            assert!(raw_text("x", "s = '</SCRIPT>'").is_err());
            assert!(raw_text("x", "/* </style> */").is_err());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod offline {
    use std::path::Path;

    use sha2::{Digest, Sha256};

    /// Every file under `dir` as a `/`-separated relative path, sorted.
    fn files(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
        let entries =
            std::fs::read_dir(dir).map_err(|e| format!("listing {}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| e.to_string())?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if path.is_dir() {
                files(&path, &format!("{prefix}{name}/"), out)?;
            } else {
                out.push(format!("{prefix}{name}"));
            }
        }
        out.sort();
        Ok(())
    }

    /// Writes `sw.js` into the staged build `dir`.
    pub fn write_service_worker(dir: &Path) -> Result<(), String> {
        let mut all = Vec::new();
        files(dir, "", &mut all)?;
        all.retain(|f| f != "sw.js");
        let mut hasher = Sha256::new();
        for file in &all {
            let bytes =
                std::fs::read(dir.join(file)).map_err(|e| format!("reading {file}: {e}"))?;
            hasher.update(file.as_bytes());
            hasher.update([0]);
            hasher.update(&bytes);
        }
        let version: String = hasher
            .finalize()
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        let list = serde_json::to_string_pretty(&all).map_err(|e| e.to_string())?;
        let script = TEMPLATE
            .replace("{version}", &version)
            .replace("{files}", &list);
        std::fs::write(dir.join("sw.js"), script).map_err(|e| format!("writing sw.js: {e}"))
    }

    const TEMPLATE: &str = r#"// Stancemap service worker (generated at build time by src/bin/stancemap-build.rs).
// Precaches this build (app shell, library articles); caches articles opened by URL as they are
// read. A new build installs beside the old one and waits: a page never mixes two builds, and
// the reader is told "updated — reload".
const VERSION = '{version}';
const SHELL = `stancemap-shell-${VERSION}`;
const ARTICLES = 'stancemap-articles';
const PRECACHE = {files};
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('stancemap-shell-') && key !== SHELL) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  // waitUntil keeps the worker alive until skipWaiting has taken effect.
  if (event.data?.type === 'stancemap:activate') event.waitUntil(self.skipWaiting());
  if (event.data?.type === 'stancemap:version') event.source?.postMessage({ type: 'stancemap:version', version: VERSION });
});

/** The reader's page, whatever its query: `/reader/`, `/reader/index.html?src=…`. */
function isPage(url) {
  return url.origin === scope.origin && (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`);
}

async function networkThenCache(request) {
  const cache = await caches.open(ARTICLES);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    if (!isPage(url)) return;
    event.respondWith(caches.open(SHELL).then(async (cache) => (await cache.match('index.html')) ?? fetch(request)));
    return;
  }
  event.respondWith((async () => {
    const hit = await (await caches.open(SHELL)).match(request);
    if (hit) return hit;
    if (url.pathname.endsWith('.json')) return networkThenCache(request);
    return fetch(request);
  })());
});
"#;
}

#[cfg(not(target_arch = "wasm32"))]
mod csp {
    use base64::Engine;
    use sha2::{Digest, Sha256};

    use crate::tags::attribute;

    /// The directive the hashes are appended to; index.html must contain it.
    const ANCHOR: &str = "script-src 'self' 'wasm-unsafe-eval'";

    /// The CSP source expression allowing the inline element whose content is `body`.
    pub fn hash_source(body: &str) -> String {
        let digest = Sha256::digest(body.as_bytes());
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        )
    }

    /// Adds `'sha256-…'` sources for each inline script of `html` to its CSP `script-src`.
    pub fn pin_inline_scripts(html: &str) -> Result<String, String> {
        if !html.contains(ANCHOR) {
            return Err(format!("index.html has no CSP with \"{ANCHOR}\""));
        }
        let hashes: Vec<String> = inline_scripts(html).map(hash_source).collect();
        if hashes.is_empty() {
            return Ok(html.to_owned());
        }
        Ok(html.replacen(ANCHOR, &format!("{ANCHOR} {}", hashes.join(" ")), 1))
    }

    /// The directive style hashes are appended to.
    const STYLE_ANCHOR: &str = "style-src 'self'";

    /// Adds `'sha256-…'` sources for each inline `<style>` of `html` to its CSP `style-src`.
    pub fn pin_inline_styles(html: &str) -> Result<String, String> {
        if !html.contains(STYLE_ANCHOR) {
            return Err(format!("index.html has no CSP with \"{STYLE_ANCHOR}\""));
        }
        let hashes: Vec<String> = inline(html, "style").map(hash_source).collect();
        if hashes.is_empty() {
            return Ok(html.to_owned());
        }
        Ok(html.replacen(
            STYLE_ANCHOR,
            &format!("{STYLE_ANCHOR} {}", hashes.join(" ")),
            1,
        ))
    }

    /// Bodies of the `<script>` elements that run: no `src`, no data type such as JSON.
    fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
        inline(html, "script")
    }

    /// Bodies of inline `<tag>` elements (without `src`, and for scripts only JavaScript).
    fn inline<'a>(html: &'a str, tag: &'a str) -> impl Iterator<Item = &'a str> {
        let mut rest = html;
        let open_tag = format!("<{tag}");
        let close_tag = format!("</{tag}>");
        std::iter::from_fn(move || {
            loop {
                let open = rest.find(&open_tag)?;
                let tag_end = open + rest[open..].find('>')?;
                let start_tag = &rest[open..=tag_end];
                let body_start = tag_end + 1;
                let close = body_start + rest[body_start..].find(&close_tag)?;
                let body = &rest[body_start..close];
                rest = &rest[close + close_tag.len()..];
                let data = attribute(start_tag, "type")
                    .is_some_and(|(_, t)| t.starts_with("application/"));
                if attribute(start_tag, "src").is_none() && !data {
                    return Some(body);
                }
            }
        })
    }

    #[cfg(test)]
    mod tests {
        use super::pin_inline_scripts;

        #[test]
        fn hashes_inline_scripts_only() {
            let html = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\">\
                <script type=\"module\">alert(1)</script><script src=\"x.js\"></script>\
                <script type=\"application/json\">{}</script><script type=application/json>[]</script>";
            let out = pin_inline_scripts(html).unwrap();
            // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
            let pinned = "script-src 'self' 'wasm-unsafe-eval' \
                'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; style-src";
            assert!(out.contains(pinned), "{out}");
            // Data blocks do not run: not pinned, quoted or not.
            for data in ["{}", "[]"] {
                assert!(!out.contains(&super::hash_source(data)), "{out}");
            }
        }

        #[test]
        fn refuses_a_page_without_the_policy() {
            assert!(pin_inline_scripts("<script>x</script>").is_err());
        }
    }
}
