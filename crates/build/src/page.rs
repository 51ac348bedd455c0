//! An article's page: the article prerendered into the built page (its JSON inlined beside it
//! for the app) and each build stylesheet inlined, so the page is readable at first paint,
//! before any wasm, and with JavaScript off.

use std::path::Path;
use std::sync::Arc;

use stancemap_core::Article;
use stancemap_core::prefs;
use stancemap_core::saved::{html_text, script_json};

use crate::read;
use crate::tags::{asset, attribute, has, links, start_tag_with};
use crate::template::{code, dedent, fill, raw_text};

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
/// (a slow connection paints the page in parts): in an iframe of this article (`?embed`) it
/// gives the view the embed's look (no stored display choices, the code's theme and matrix; the
/// page's stylesheet hides the header) for the app to take over; otherwise it applies the
/// reader's stored display preferences (the app reads the same storage), and hides the view
/// behind a loading notice where the address names another page of the reader (`?src=`,
/// `?view=`), which the app then mounts in its place. `?src=` of a library article goes to that
/// article's page instead. It removes itself, so the view's structure is the app's. Inlined
/// ahead of the text, so without its indentation.
fn start_up(library: &str) -> Result<String, String> {
    let names = format!("{:?}", prefs::KEYS);
    let script = fill(
        code(include_str!("../js/start-up.js")),
        &[
            ("prefs_key", prefs::STORAGE_KEY),
            ("pref_names", &names),
            ("library", library),
        ],
    )?;
    Ok(format!("\n{}", dedent(&script)))
}

/// A script that runs once the whole prerendered page is parsed, previews included: every
/// mention is bound to its card from here on — natively where the browser has interest
/// invokers, by the script's own listeners where it has only popovers — which it marks
/// `performance.mark("interactive")` (the moment the static HTML + Tippy.js baseline marks
/// too: its script after the text, once Tippy is bound).
const PARSED: &str = include_str!("../js/previews.js");

/// A script after the view that makes the matrix's cells work before the app: each highlights
/// its quotes, and `#cell=` deep links open on theirs.
const CELLS: &str = include_str!("../js/cells.js");

/// The first `<link … rel=stylesheet …>` tag of `html`.
fn stylesheet_link(html: &str) -> Option<&str> {
    links(html).find(|tag| has(tag, "rel", "stylesheet"))
}

/// Without JavaScript the article reads as usual; the header's actions cannot work.
const NO_SCRIPT: &str =
    "<noscript><style>.stancemap .sm-appbar-nav { display: none; }</style></noscript>";

/// Removes the template's generic `<meta name="description">`: an article page has its own.
fn without_description(html: &str) -> String {
    ["name=\"description\"", " name=description"]
        .iter()
        .find_map(|needle| start_tag_with(html, needle))
        .map_or_else(|| html.to_owned(), |tag| html.replacen(tag, "", 1))
}

/// What an article's page carries besides the article.
pub struct Extras<'a> {
    /// Tags for the head, after the title: the article's meta tags.
    pub head: &'a str,
    /// What follows the view, with the page's scripts: the article's JSON-LD.
    pub after_text: &'a str,
    /// The library's article files mapped to their pages, for the start-up script to send
    /// `?src=` of one to its page.
    pub library: &'a str,
}

/// The page of `article`: the built page `html` with the article prerendered into
/// `#stancemap` (its JSON inlined beside it for the app), the `extras`, and each build
/// stylesheet inlined.
pub fn render(
    dir: &Path,
    html: &str,
    article: Arc<Article>,
    extras: &Extras,
) -> Result<String, String> {
    let Extras {
        head,
        after_text,
        library,
    } = extras;
    // Written anew: compact, whatever the file's layout.
    let json = serde_json::to_string(&*article).map_err(|e| format!("{}: {e}", article.id))?;
    let json = script_json(&json);
    let title = html_text(&format!("{} · Stancemap", article.title));
    let view = crate::prerender::site_page(article);
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
    let start_up = start_up(library)?;
    let parsed = raw_text("previews.js", PARSED)?;
    let cells = raw_text("cells.js", CELLS)?;
    let embed_dialog = crate::prerender::embed_dialog();
    // `<main id="stancemap">`, or `<main id=stancemap>` once Trunk has minified the page.
    let main = span(html, "<main id=", "</main>")?;
    let mut page = without_description(html)
        .replacen(
            main,
            &format!(
                "<main id=\"stancemap\" data-prerendered>{root}<script>{start_up}</script>{rest}</main>\n    \
                 <script>{parsed}</script>\n    \
                 <script>{cells}</script>\n    \
                 {after_text}\n    \
                 <script type=\"application/json\" id=\"stancemap-article\" data-library>{json}</script>\n    \
                 {embed_dialog}"
            ),
            1,
        )
        .replacen(
            "<title>Stancemap</title>",
            &format!("<title>{title}</title>{head}"),
            1,
        )
        .replacen("</head>", &format!("{expect}{NO_SCRIPT}</head>"), 1);
    // Stylesheets inline: the text paints with the first response, no second round trip.
    while let Some(link) = stylesheet_link(&page) {
        let name = asset(link, "", ".css")?;
        let css = read(dir, name)?;
        page = page.replacen(
            link,
            &format!("<style>{}</style>", raw_text(name, &css)?),
            1,
        );
    }
    Ok(after_the_text(&page))
}

/// `page` with the app's preloads (its JS and wasm, which Trunk puts in the head) moved after
/// the view: on a slow connection they would share the bandwidth with the page before its text
/// has arrived. The loader starts the app only after the first paint anyway.
fn after_the_text(page: &str) -> String {
    let preloads: Vec<&str> = links(page)
        .filter(|tag| has(tag, "rel", "modulepreload") || has(tag, "rel", "preload"))
        .collect();
    let mut moved = page.to_owned();
    for tag in &preloads {
        moved = moved.replacen(tag, "", 1);
    }
    moved.replacen("</main>", &format!("</main>{}", preloads.concat()), 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn previews_keep_the_cards_timing_and_spacing() {
        let dwell = stancemap_core::card::DWELL.as_millis();
        let grace = stancemap_core::card::GRACE.as_millis();
        assert!(super::PARSED.contains(&format!("const DWELL = {dwell};")));
        assert!(super::PARSED.contains(&format!("const GRACE = {grace};")));
        // The script's one GAP is both the card's distance from its mention and from the
        // window's edges, as placement.rs's GAP and MARGIN are.
        use stancemap_core::placement::{GAP, MARGIN};
        assert_eq!(GAP, MARGIN);
        assert!(super::PARSED.contains(&format!("const GAP = {GAP};")));
        let css = include_str!("../../../style/reader/entity_preview.css");
        assert!(css.contains(&format!("interest-delay: {dwell}ms {grace}ms;")));
    }

    #[test]
    fn moves_the_app_preloads_after_the_text() {
        let page = "<head><link href=./a.js rel=modulepreload><link as=fetch href=./a.wasm rel=preload><link href=./i.svg rel=icon></head><main id=stancemap><p>text</p></main><script>x</script>";
        assert_eq!(
            super::after_the_text(page),
            "<head><link href=./i.svg rel=icon></head><main id=stancemap><p>text</p></main><link href=./a.js rel=modulepreload><link as=fetch href=./a.wasm rel=preload><script>x</script>"
        );
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
