//! How good entity suggestions are against an annotated article: mention recall and
//! precision, kinds, and aliases grouped under the right entity.

use std::fmt;

use rustc_hash::FxHashMap as HashMap;

use crate::article::{Article, Entity};
use crate::linker::link_article;

use super::Suggestions;

/// The measures, each a fraction of 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    /// The annotated article's mentions.
    pub gold: usize,
    /// The mentions the suggestions would link.
    pub suggested: usize,
    /// Suggested mentions that are exactly annotated ones (same paragraph, start and end).
    pub matched: usize,
    /// `matched / gold`.
    pub recall: f64,
    /// `matched / suggested`.
    pub precision: f64,
    /// Of the suggested entities with a matched mention, those whose kind is the kind of the
    /// annotated entity most of their matched mentions belong to.
    pub kinds: f64,
    /// Of the matched mentions, those whose suggested entity is the one that holds most of
    /// their annotated entity's matched mentions and stands for that entity.
    pub grouping: f64,
}

impl Quality {
    /// Measures `found` against `gold`, whose body the suggestions were made for.
    pub fn measure(gold: &Article, found: &Suggestions) -> Quality {
        let suggested_article = Article {
            entities: found.entities.iter().map(|s| s.entity.clone()).collect(),
            mentions: found.mentions.clone(),
            ..gold.clone()
        };
        let gold_links = link_article(gold);
        let our_links = link_article(&suggested_article);
        let gold_at: HashMap<(usize, usize, usize), usize> = gold_links
            .iter()
            .enumerate()
            .flat_map(|(p, spans)| {
                spans
                    .iter()
                    .map(move |s| ((p, s.start, s.end), s.entity.get()))
            })
            .collect();
        // (suggested entity, annotated entity) for each matched mention.
        let pairs: Vec<(usize, usize)> = our_links
            .iter()
            .enumerate()
            .flat_map(|(p, spans)| spans.iter().map(move |s| (p, s)))
            .filter_map(|(p, s)| {
                gold_at
                    .get(&(p, s.start, s.end))
                    .map(|&g| (s.entity.get(), g))
            })
            .collect();
        let suggested: usize = our_links.iter().map(Vec::len).sum();
        let matched = pairs.len();
        // Each suggested entity stands for the annotated entity most of its mentions are;
        // each annotated entity is held by the suggested entity with most of its mentions.
        let stands_for = majority(pairs.iter().copied());
        let held_by = majority(pairs.iter().map(|&(ours, theirs)| (theirs, ours)));
        let kinds_right = stands_for
            .iter()
            .filter(|&(&ours, &theirs)| {
                suggested_article.entities[ours].kind == gold.entities[theirs].kind
            })
            .count();
        let grouped = pairs
            .iter()
            .filter(|&&(ours, theirs)| stands_for[&ours] == theirs && held_by[&theirs] == ours)
            .count();
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        Quality {
            gold: gold_at.len(),
            suggested,
            matched,
            recall: ratio(matched, gold_at.len()),
            precision: ratio(matched, suggested),
            kinds: ratio(kinds_right, stands_for.len()),
            grouping: ratio(grouped, matched),
        }
    }
}

/// For each left value, the right value it is paired with most often (the first on a tie).
fn majority(pairs: impl Iterator<Item = (usize, usize)>) -> HashMap<usize, usize> {
    let mut counts: HashMap<usize, Vec<(usize, usize)>> = HashMap::default();
    for (left, right) in pairs {
        let tally = counts.entry(left).or_default();
        match tally.iter_mut().find(|(r, _)| *r == right) {
            Some((_, n)) => *n += 1,
            None => tally.push((right, 1)),
        }
    }
    counts
        .into_iter()
        .map(|(left, tally)| {
            let best = tally.iter().fold(
                (0, 0),
                |best, &(r, n)| if n > best.1 { (r, n) } else { best },
            );
            (left, best.0)
        })
        .collect()
}

impl fmt::Display for Quality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "mention recall {:.3} ({}/{}), precision {:.3} ({}/{}), kinds {:.3}, aliases grouped {:.3}",
            self.recall,
            self.matched,
            self.gold,
            self.precision,
            self.matched,
            self.suggested,
            self.kinds,
            self.grouping
        )
    }
}

/// How the suggested stance phrases meet `gold`'s stances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StancesFound {
    /// Stances whose quote overlaps a suggested phrase in its paragraph.
    pub found: usize,
    /// Of those, the ones whose phrase is exactly the quote.
    pub exact: usize,
    /// Of those found, the ones suggested with the right stance kind.
    pub right_kind: usize,
}

/// How many of `gold`'s stances the suggested phrases find.
///
/// ```
/// use stancemap_core::parse_article;
/// use stancemap_core::suggest::{Suggester, gazetteer::Gazetteer, quality::stances_found};
/// let seed = parse_article(include_str!("../../../../public/articles/iran-talks.json")).unwrap();
/// let found = Suggester::new(&Gazetteer::builtin()).suggest(&seed.body);
/// let s = stances_found(&seed, &found);
/// assert!(s.found >= s.exact && s.found >= s.right_kind);
/// ```
pub fn stances_found(gold: &Article, found: &Suggestions) -> StancesFound {
    let mut counts = StancesFound {
        found: 0,
        exact: 0,
        right_kind: 0,
    };
    for stance in &gold.stances {
        let place = gold
            .body
            .iter()
            .enumerate()
            .find_map(|(p, text)| text.find(&stance.quote).map(|at| (p, at)));
        let Some((p, at)) = place else { continue };
        let end = at + stance.quote.len();
        let phrase = found
            .stances
            .iter()
            .find(|s| s.paragraph == p && s.start < end && at < s.start + s.quote.len());
        let Some(phrase) = phrase else { continue };
        counts.found += 1;
        counts.exact += usize::from(phrase.quote == stance.quote);
        counts.right_kind += usize::from(phrase.stance == stance.stance);
    }
    counts
}

/// The entities of `gold` that no suggested entity stands for (for reports).
pub fn missed<'a>(gold: &'a Article, found: &Suggestions) -> Vec<&'a Entity> {
    let names: Vec<&str> = found
        .entities
        .iter()
        .flat_map(|s| s.entity.spellings())
        .collect();
    gold.entities
        .iter()
        .filter(|e| !e.spellings().any(|s| names.contains(&s)))
        .collect()
}
