//! The shipped seed article: exact source text, valid, and every entity and stance grounded.

use std::collections::HashSet;

use stancemap_core::{Segment, link_article, parse_article, parse_library, segments};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");
const INDEX: &str = include_str!("../../../public/articles/index.json");
const SOURCE_TEXT: &str = include_str!("../../../tests/fixtures/iran-talks.txt");

#[test]
fn seed_is_valid() {
    parse_article(SEED).unwrap_or_else(|e| panic!("seed article is invalid: {e}"));
}

#[test]
fn seed_text_is_the_source_text_exactly() {
    let a = parse_article(SEED).unwrap();
    let rebuilt = std::iter::once(a.title.as_str())
        .chain(a.body.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n\n");
    assert_eq!(rebuilt, SOURCE_TEXT);
}

#[test]
fn every_entity_is_mentioned_and_key_names_are_linked() {
    let a = parse_article(SEED).unwrap();
    let links = link_article(&a);
    let mut linked: Vec<(String, String)> = Vec::new();
    for (text, spans) in a.body.iter().zip(&links) {
        for s in segments(text, spans) {
            if let Segment::Mention { text, entity } = s {
                linked.push((text.to_owned(), a.entities[entity].id.clone()));
            }
        }
    }
    let mentioned: HashSet<&str> = linked.iter().map(|(_, id)| id.as_str()).collect();
    for e in &a.entities {
        assert!(
            mentioned.contains(e.id.as_str()),
            "{} is never mentioned",
            e.id
        );
    }
    for (text, id) in [
        ("President Donald Trump", "trump"),
        ("Prime Minister Benjamin Netanyahu", "netanyahu"),
        ("The Israeli Prime Minister", "netanyahu"),
        ("The agency", "hrana"),
        ("U.S.", "us"),
        ("Foreign Minister Abbas Aragchi", "araghchi"),
        ("Supreme Leader Ayatollah Ali Khamenei", "khamenei"),
        ("USS Abraham Lincoln", "abraham-lincoln"),
        ("Oman", "oman"),
    ] {
        assert!(
            linked.contains(&(text.to_owned(), id.to_owned())),
            "\"{text}\" should link to {id}; linked: {linked:?}"
        );
    }
}

#[test]
fn seed_has_the_required_topics_and_a_stance_for_each_party() {
    let a = parse_article(SEED).unwrap();
    let topics: Vec<&str> = a.topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        topics,
        [
            "nuclear",
            "missiles",
            "militant-groups",
            "broader-talks",
            "verification"
        ]
    );
    assert_eq!(a.parties, ["iran", "us", "israel"]);
    for party in &a.parties {
        assert!(
            a.stances.iter().any(|s| &s.party == party),
            "{party} has no stance"
        );
    }
    for e in a
        .entities
        .iter()
        .filter(|e| e.kind == stancemap_core::EntityKind::Person)
    {
        assert!(e.party.is_some(), "{} speaks for no party", e.id);
        assert!(
            e.summary.is_some() && e.role.is_some(),
            "{} lacks role or summary",
            e.id
        );
    }
}

#[test]
fn library_index_opens_the_seed_by_default() {
    let library = parse_library(INDEX).unwrap();
    let entry = library.default_entry().unwrap();
    assert_eq!(entry.id, "iran-talks");
    assert_eq!(entry.src, "iran-talks.json");
    assert_eq!(entry.title, parse_article(SEED).unwrap().title);
}
