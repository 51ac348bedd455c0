//! Per-entity facts for entity cards and the kind legend: mention counts, stances, quotes.

use crate::article::{Article, EntityKind, StanceKind};
use crate::linker::Span;

/// How often each entity is mentioned, indexed like [`Article::entities`].
///
/// ```
/// use stancemap_core::digest::mention_counts;
/// use stancemap_core::{link_article, parse_article};
/// # let seed = include_str!("../../../public/articles/iran-talks.json");
/// let article = parse_article(seed).unwrap();
/// let counts = mention_counts(&article, &link_article(&article));
/// assert_eq!(counts.len(), article.entities.len());
/// assert!(counts.iter().all(|&n| n > 0), "every seed entity is mentioned");
/// ```
pub fn mention_counts(article: &Article, links: &[Vec<Span>]) -> Vec<usize> {
    let mut counts = vec![0; article.entities.len()];
    for span in links.iter().flatten() {
        counts[span.entity.get()] += 1;
    }
    counts
}

/// For each kind that has a mentioned entity: how many distinct entities of it are mentioned.
pub fn kind_counts(article: &Article, mention_counts: &[usize]) -> Vec<(EntityKind, usize)> {
    EntityKind::ALL
        .into_iter()
        .map(|kind| {
            let n = article
                .entities
                .iter()
                .zip(mention_counts)
                .filter(|(e, count)| e.kind == kind && **count > 0)
                .count();
            (kind, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// A stance as an entity card lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceLine {
    /// Entity id of the party.
    pub party: String,
    /// Topic id.
    pub topic: String,
    /// The topic's label, as the matrix heads its column.
    pub topic_label: String,
    /// The position taken.
    pub stance: StanceKind,
}

/// What an entity card says beyond the entity's own fields.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Digest {
    /// Name of the entity this one speaks for.
    pub speaks_for: Option<String>,
    /// Quotes attributed to this entity as a stance speaker, in article order, without repeats.
    pub quotes: Vec<String>,
    /// Its stances as a party or a speaker: one line per (party, topic, stance), in article order.
    pub stances: Vec<StanceLine>,
}

/// Gathers the card facts of entity `id`.
///
/// ```
/// # let seed = include_str!("../../../public/articles/iran-talks.json");
/// let article = stancemap_core::parse_article(seed).unwrap();
/// let facts = stancemap_core::digest::digest(&article, "iran");
/// assert!(!facts.stances.is_empty(), "Iran takes positions in the seed");
/// ```
pub fn digest(article: &Article, id: &str) -> Digest {
    let speaks_for = article
        .entity(id)
        .and_then(|e| e.party.as_deref())
        .filter(|party| *party != id)
        .and_then(|party| article.entity(party))
        .map(|party| party.name.clone());
    let mut quotes: Vec<String> = Vec::new();
    let mut stances: Vec<StanceLine> = Vec::new();
    for s in &article.stances {
        let spoken = s.speaker.as_deref() == Some(id);
        if spoken && !quotes.contains(&s.quote) {
            quotes.push(s.quote.clone());
        }
        if !(spoken || s.party == id) {
            continue;
        }
        let line = StanceLine {
            party: s.party.clone(),
            topic: s.topic.clone(),
            topic_label: article
                .topic(&s.topic)
                .map_or_else(|| s.topic.clone(), |t| t.label.clone()),
            stance: s.stance,
        };
        if !stances.contains(&line) {
            stances.push(line);
        }
    }
    Digest {
        speaks_for,
        quotes,
        stances,
    }
}

/// Minutes a reader needs for the body at 230 words a minute, at least one.
pub fn reading_minutes(article: &Article) -> usize {
    let words: usize = article
        .body
        .iter()
        .map(|p| p.split_whitespace().count())
        .sum();
    words.div_ceil(230).max(1)
}
