//! Property tests: linking yields well-formed spans and validation never panics, whatever the input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stancemap_core::article::ExplicitMention;
use stancemap_core::linker::Linker;
use stancemap_core::{Article, Entity, EntityIx, Segment, Span, parse_article, segments};

/// A small alphabet (so aliases actually occur) plus awkward characters: multi-byte letters,
/// combining marks, zero-width and bidi controls, curly apostrophes.
const PARTS: [&str; 19] = [
    "a", "b", "ab", "U.S.", "-", " ", ".", "’", "'", "é", "\u{301}", "\u{200b}", "\u{200f}",
    "\u{202e}", "ß", "İ", "日本", "🇮🇷", "\n",
];

/// Text drawn from [`PARTS`].
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(&PARTS[..]), 0..40).prop_map(|parts| parts.concat())
}

/// Short spellings, and a text made of them and of [`PARTS`]: so spellings occur, run into
/// each other and into words, and nest ("a" in "a b").
fn spellings_in_text() -> impl Strategy<Value = (Vec<(usize, String)>, String)> {
    let spelling = prop::collection::vec(prop::sample::select(&PARTS[..]), 1..4)
        .prop_map(|parts| parts.concat());
    prop::collection::vec((0usize..5, spelling), 1..8).prop_flat_map(|sp| {
        let mut parts: Vec<String> = PARTS.iter().map(|p| p.to_string()).collect();
        parts.extend(sp.iter().map(|(_, s)| s.clone()));
        let text = prop::collection::vec(prop::sample::select(parts), 0..30)
            .prop_map(|parts| parts.concat());
        (Just(sp), text)
    })
}

fn spellings() -> impl Strategy<Value = Vec<(usize, String)>> {
    prop::collection::vec((0usize..5, text()), 0..8)
}

proptest! {
    #[test]
    fn spans_are_sorted_disjoint_on_char_boundaries_and_real(text in text(), sp in spellings()) {
        let linker = Linker::new(sp.iter().map(|(e, s)| (EntityIx::new(*e), s.as_str())));
        let spans = linker.link(&text);
        let mut previous_end = 0;
        for s in &spans {
            prop_assert!(s.start < s.end, "empty span {s:?}");
            prop_assert!(s.start >= previous_end, "overlap or disorder at {s:?}");
            prop_assert!(s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let found = &text[s.start..s.end];
            prop_assert!(
                sp.iter().any(|(e, spelling)| EntityIx::new(*e) == s.entity && spelling == found),
                "{found:?} is not a spelling of entity {}", s.entity
            );
            previous_end = s.end;
        }
        let rebuilt: String = segments(&text, &spans)
            .iter()
            .map(|seg| match seg {
                Segment::Text(t) | Segment::Mention { text: t, .. } => *t,
            })
            .collect();
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn linking_finds_what_a_search_at_every_position_finds((sp, text) in spellings_in_text()) {
        let spans = Linker::new(sp.iter().map(|(e, s)| (EntityIx::new(*e), s.as_str()))).link(&text);
        prop_assert_eq!(spans, brute_force_link(&text, &sp));
    }

    #[test]
    fn an_article_links_its_mentions_and_the_aliases_clear_of_them(
        (sp, text) in spellings_in_text(),
        quotes in prop::collection::vec((0usize..5, 0usize..8, prop::option::of(0usize..2)), 0..4),
    ) {
        // Quotes are spellings too (so they overlap the aliases), of any entity, in any scope.
        let quotes: Vec<(usize, String, Option<usize>)> = quotes
            .into_iter()
            .filter_map(|(e, i, p)| sp.get(i).map(|(_, q)| (e, q.clone(), p)))
            .collect();
        let article = article_of(&sp, &quotes, vec![text.clone(), text.clone()]);
        let links = stancemap_core::link_article(&article);
        // The names (`Q0`…) never occur: the spellings in play are the aliases, in entity order.
        let mut aliases: Vec<(usize, String)> = sp.clone();
        aliases.sort_by_key(|(e, _)| *e);
        for (p, spans) in links.iter().enumerate() {
            let in_scope: Vec<(usize, String)> = quotes
                .iter()
                .filter(|(_, _, scope)| scope.is_none_or(|s| s == p))
                .map(|(e, q, _)| (*e, q.clone()))
                .collect();
            let explicit = brute_force_link(&text, &in_scope);
            let mut expected: Vec<Span> = brute_force_link(&text, &aliases)
                .into_iter()
                .filter(|a| explicit.iter().all(|m| a.end <= m.start || m.end <= a.start))
                .chain(explicit.iter().copied())
                .collect();
            expected.sort_by_key(|s| s.start);
            prop_assert_eq!(spans, &expected, "paragraph {}", p);
        }
    }

    #[test]
    fn every_whole_word_occurrence_of_a_lone_alias_is_linked(words in prop::collection::vec(prop::sample::select(vec!["Iran", "Iranian", "Oman", "Romania", "x"]), 0..20)) {
        let text = words.join(" ");
        let spans = Linker::new([(EntityIx::new(0), "Iran"), (EntityIx::new(1), "Oman")]).link(&text);
        let expected = words.iter().filter(|w| **w == "Iran" || **w == "Oman").count();
        prop_assert_eq!(spans.len(), expected);
    }

    #[test]
    fn parsing_arbitrary_text_never_panics(s in any::<String>()) {
        let _ = parse_article(&s);
    }

    #[test]
    fn validating_arbitrary_json_never_panics(value in json_value()) {
        let _ = parse_article(&value.to_string());
    }

    #[test]
    fn validating_article_shaped_json_never_panics(
        body in prop::collection::vec(text(), 0..4),
        names in prop::collection::vec(text(), 0..4),
        quote in text(),
        paragraph in prop::option::of(0usize..6),
    ) {
        let entities: Vec<_> = names.iter().enumerate().map(|(i, n)| serde_json::json!({
            "id": format!("e{i}"), "name": n, "kind": "person", "aliases": [n, quote]
        })).collect();
        let json = serde_json::json!({
            "format": 1, "id": "p", "title": "T", "body": body, "entities": entities,
            "mentions": [{"entity": "e0", "quote": quote, "paragraph": paragraph}],
            "parties": ["e0"], "topics": [{"id": "t", "label": "T"}],
            "stances": [{"party": "e0", "topic": "t", "stance": "unclear", "quote": quote}],
        });
        if let Ok(article) = parse_article(&json.to_string()) {
            let links = stancemap_core::link_article(&article);
            prop_assert_eq!(links.len(), article.body.len());
        }
    }
}

/// An article with entities `e0`…`e4` named `Q0`…`Q4`, the given aliases and explicit mentions
/// (built directly: linking does not require a valid article).
fn article_of(
    aliases: &[(usize, String)],
    quotes: &[(usize, String, Option<usize>)],
    body: Vec<String>,
) -> Article {
    let mut article = parse_article(
        r#"{"format":1,"id":"p","title":"T","body":["x"],
            "entities":[{"id":"e0","name":"Q0","kind":"person"}]}"#,
    )
    .expect("a valid article");
    let template = article.entities[0].clone();
    article.entities = (0..5)
        .map(|i| Entity {
            id: format!("e{i}"),
            name: format!("Q{i}"),
            aliases: aliases
                .iter()
                .filter(|(e, _)| *e == i)
                .map(|(_, a)| a.clone())
                .collect(),
            ..template.clone()
        })
        .collect();
    article.mentions = quotes
        .iter()
        .map(|(e, quote, paragraph)| ExplicitMention {
            entity: format!("e{e}"),
            quote: quote.clone(),
            paragraph: *paragraph,
        })
        .collect();
    article.body = body;
    article
}

/// The linker's contract spelled out naively: at each char boundary left of the last match,
/// the longest spelling that occurs there as whole words (a word character at either end
/// must not touch another), the first given of equal ones.
fn brute_force_link(text: &str, spellings: &[(usize, String)]) -> Vec<Span> {
    let word_before = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let word_after = |i: usize| text[i..].chars().next().is_some_and(char::is_alphanumeric);
    let mut spans: Vec<Span> = Vec::new();
    for (start, _) in text.char_indices() {
        if spans.last().is_some_and(|s| s.end > start) {
            continue;
        }
        let mut longest: Option<Span> = None;
        for (entity, spelling) in spellings {
            let end = start + spelling.len();
            if spelling.trim().is_empty() || !text[start..].starts_with(spelling.as_str()) {
                continue;
            }
            let touches_before = spelling.starts_with(char::is_alphanumeric) && word_before(start);
            let touches_after = spelling.ends_with(char::is_alphanumeric) && word_after(end);
            if !touches_before && !touches_after && longest.is_none_or(|l| l.end < end) {
                longest = Some(Span {
                    start,
                    end,
                    entity: EntityIx::new(*entity),
                });
            }
        }
        spans.extend(longest);
    }
    spans
}

/// Arbitrary JSON values, nested a few levels, with keys that sometimes match the format's.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        let key = prop::sample::select(vec![
            "format", "id", "title", "body", "entities", "parties", "topics", "stances", "quote",
            "kind", "x",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(key.prop_map(String::from), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}
