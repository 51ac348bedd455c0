//! Entity card facts: mention counts, kinds, stances and quotes, checked on the seed article.

use stancemap_core::EntityKind;
use stancemap_core::StanceKind::{Demands, Rejects};
use stancemap_core::digest::{digest, kind_counts, mention_counts};
use stancemap_core::{link_article, parse_article};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");

#[test]
fn counts_mentions_per_entity_and_entities_per_kind() {
    let a = parse_article(SEED).unwrap();
    let counts = mention_counts(&a, &link_article(&a));
    let of = |id: &str| counts[a.entities.iter().position(|e| e.id == id).unwrap()];
    assert_eq!(of("trump"), 7);
    assert_eq!(of("hrana"), 2);
    assert_eq!(of("oman"), 1);
    let kinds = kind_counts(&a, &counts);
    assert_eq!(kinds[0], (EntityKind::Person, 6));
    assert!(kinds.contains(&(EntityKind::Vessel, 1)));
    assert!(!kinds.iter().any(|(k, _)| *k == EntityKind::Other));
}

#[test]
fn a_speaker_gets_its_quotes_and_stances() {
    let a = parse_article(SEED).unwrap();
    let d = digest(&a, "shamkhani");
    assert_eq!(d.speaks_for.as_deref(), Some("Iran"));
    assert_eq!(
        d.quotes,
        ["reiterated that Iran’s missile capabilities are not open to discussion"]
    );
    assert_eq!(d.stances.len(), 1);
    assert_eq!(
        (d.stances[0].topic_label.as_str(), d.stances[0].stance),
        ("Ballistic missiles", Rejects)
    );
}

#[test]
fn a_party_gets_every_stance_once() {
    let a = parse_article(SEED).unwrap();
    let d = digest(&a, "israel");
    assert_eq!(d.speaks_for, None);
    assert!(d.quotes.is_empty());
    let lines: Vec<_> = d
        .stances
        .iter()
        .map(|s| (s.topic.as_str(), s.stance))
        .collect();
    assert_eq!(
        lines,
        [
            ("missiles", Demands),
            ("nuclear", Demands),
            ("militant-groups", Demands)
        ]
    );
}

#[test]
fn an_entity_without_stances_has_an_empty_digest() {
    let a = parse_article(SEED).unwrap();
    assert_eq!(digest(&a, "axios"), Default::default());
}

#[test]
fn reading_time_rounds_up_and_is_at_least_a_minute() {
    use stancemap_core::digest::reading_minutes;
    let a = parse_article(SEED).unwrap();
    // The seed has 491 words.
    assert_eq!(reading_minutes(&a), 3);
    let short = parse_article(r#"{"format":1,"id":"s","title":"S","body":["One word."]}"#).unwrap();
    assert_eq!(reading_minutes(&short), 1);
}
