//! Prerendering: the reader's own components rendered natively at build time, text as text.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use stancemap_build::prerender::site_page;
use stancemap_core::{link_article, parse_article};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");
const HOSTILE: &str = include_str!("../../../tests/fixtures/e2e/hostile.json");

#[test]
fn the_seed_is_rendered_with_every_mention_and_the_header() {
    let article = parse_article(SEED).unwrap();
    let mentions: usize = link_article(&article).iter().map(Vec::len).sum();
    let html = site_page(Arc::new(article.clone()));
    // The default display preferences, which the page's start-up script may replace.
    assert!(html.starts_with(
        r#"<div lang="en" dir="ltr" data-theme="auto" data-size="2" data-font="sans" data-width="medium" class="stancemap"><header class="sm-appbar">"#
    ));
    assert!(html.contains(&format!(r#"class="sm-title">{}</h1>"#, article.title)));
    assert!(html.contains(r#"data-article="iran-talks""#));
    for i in 0..mentions {
        assert!(
            html.contains(&format!(r#"data-mention="{i}""#)),
            "mention {i}"
        );
    }
    assert!(!html.contains(&format!(r#"data-mention="{mentions}""#)));
    assert!(html.contains(r#"data-cell="0-1""#), "the stance matrix");
    assert!(!html.contains("<script"));
}

#[test]
fn hostile_strings_stay_text() {
    let html = site_page(Arc::new(parse_article(HOSTILE).unwrap()));
    assert!(html.contains("&lt;img src=x onerror="));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<script>window"));
    assert!(!html.contains("<iframe"));
}

#[test]
fn every_mentioned_entity_has_one_native_preview_that_its_mentions_name() {
    let article = parse_article(SEED).unwrap();
    let links = link_article(&article);
    let html = site_page(Arc::new(article.clone()));
    for (i, entity) in article.entities.iter().enumerate() {
        let mentioned = links.iter().flatten().any(|s| s.entity.get() == i);
        let preview = format!(r#"id="sm-preview-{}" popover="hint""#, entity.id);
        let named = format!(r#"interestfor="sm-preview-{}""#, entity.id);
        if mentioned {
            assert_eq!(html.matches(&preview).count(), 1, "{}", entity.id);
            assert!(html.contains(&named), "{}", entity.id);
        } else {
            assert!(!html.contains(&preview), "{}", entity.id);
        }
    }
    // Every mention names a preview.
    let mentions: usize = links.iter().map(Vec::len).sum();
    assert_eq!(html.matches("interestfor=").count(), mentions);
}
