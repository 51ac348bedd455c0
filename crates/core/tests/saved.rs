//! Saved pages: the article's JSON text and its title go into the template's slots and come
//! back out unchanged, whatever they contain; nothing in them can end the script element early.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stancemap_core::parse_article;
use stancemap_core::saved::{
    ARTICLE_SLOT, FROM_SLOT, SaveError, TITLE_SLOT, file_name, saved_page,
};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");
const OPEN: &str = r#"<script type="application/json" id="stancemap-article">"#;

fn template() -> String {
    format!(
        "<!doctype html><html><head><title>{TITLE_SLOT}</title>\
         <meta name=\"stancemap-saved-from\" content=\"{FROM_SLOT}\"></head><body>\
         <main id=\"stancemap\" data-saved></main>{OPEN}{ARTICLE_SLOT}</script>\
         <script type=\"module\">boot()</script></body></html>"
    )
}

/// What a browser's HTML parser would take as the inline article: the text up to the first `</script`.
fn inline_article(page: &str) -> &str {
    let start = page.find(OPEN).expect("script element") + OPEN.len();
    let len = page[start..]
        .to_ascii_lowercase()
        .find("</script")
        .expect("end tag");
    &page[start..start + len]
}

#[test]
fn the_seed_round_trips_as_it_was_written_and_is_named_after_its_id() {
    let article = parse_article(SEED).unwrap();
    let from = "https://news.example/reader/iran-talks.html";
    let page = saved_page(&template(), &article, SEED, Some(from)).unwrap();
    assert!(page.contains(&format!(
        "<meta name=\"stancemap-saved-from\" content=\"{from}\">"
    )));
    // The file's own text, layout and all (the seed has no `<` to escape).
    assert_eq!(inline_article(&page), SEED);
    assert_eq!(parse_article(inline_article(&page)).unwrap(), article);
    assert!(page.contains(&format!("<title>{} · Stancemap</title>", article.title)));
    assert!(page.ends_with("<script type=\"module\">boot()</script></body></html>"));
    assert_eq!(file_name(&article), "iran-talks.html");
}

#[test]
fn a_template_without_its_slots_is_refused() {
    let article = parse_article(SEED).unwrap();
    assert_eq!(
        saved_page("<title></title>", &article, SEED, None),
        Err(SaveError("title"))
    );
    let no_from = format!("<title>{TITLE_SLOT}</title>{ARTICLE_SLOT}");
    assert_eq!(
        saved_page(&no_from, &article, SEED, None),
        Err(SaveError("from"))
    );
    let no_article = format!("<title>{TITLE_SLOT}</title>{FROM_SLOT}");
    assert_eq!(
        saved_page(&no_article, &article, SEED, None),
        Err(SaveError("article"))
    );
}

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "</script>",
            "</SCRIPT ",
            "<!--",
            "-->",
            "<script>",
            "&lt;",
            "&",
            "<",
            ">",
            "\"",
            "\\",
            "\u{2028}",
            "é",
            " ",
            "a",
            TITLE_SLOT,
            FROM_SLOT,
            ARTICLE_SLOT,
            "</title>",
        ]),
        1..12,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn any_title_text_and_address_round_trip(title in hostile(), text in hostile(), from in hostile()) {
        let mut article = parse_article(SEED).unwrap();
        article.title = title.clone();
        article.body[0] = text;
        let json = serde_json::to_string(&article).unwrap();
        let page = saved_page(&template(), &article, &json, Some(&from)).unwrap();
        // The article element holds exactly the article, and the page keeps its own scripts.
        let back: stancemap_core::Article = serde_json::from_str(inline_article(&page)).unwrap();
        prop_assert_eq!(back, article);
        prop_assert_eq!(page.matches("</script>").count(), 2);
        // The title is text: no tag or slot of the template appears twice.
        prop_assert_eq!(page.matches("</title>").count(), 1);
        let title_start = page.find("<title>").unwrap() + "<title>".len();
        let title_end = page.find("</title>").unwrap();
        prop_assert!(!page[title_start..title_end].contains('<'));
        // The address stays inside its attribute.
        let meta = "<meta name=\"stancemap-saved-from\" content=\"";
        let value_start = page.find(meta).unwrap() + meta.len();
        let value_end = value_start + page[value_start..].find('"').unwrap();
        prop_assert!(!page[value_start..value_end].contains(['<', '>']));
        prop_assert_eq!(page.matches("stancemap-saved-from").count(), 1);
    }
}
