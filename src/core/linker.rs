//! Mention linking: finds every entity mention in the body as non-overlapping spans.
//!
//! All spellings (names and aliases) go into one Aho–Corasick automaton, so linking is a
//! single pass over the text however many entities an article has. Candidates must stand
//! as whole words; among overlapping candidates the leftmost wins, then the longest
//! ("President Donald Trump" over "Trump"). Explicit mentions win over alias matches.

// One automaton kind, used directly: `AhoCorasick` would pick among three at run time and so
// carry all three (and their search loops) in the wasm.
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;

use super::article::Article;
use super::text::{find_whole_word, is_bounded};

/// A linked mention: `start..end` are byte offsets into one paragraph, on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// Index of the entity in [`Article::entities`].
    pub entity: usize,
}

impl Span {
    fn len(&self) -> usize {
        self.end - self.start
    }

    fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A piece of a paragraph: plain text, or a mention of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Mention { text: &'a str, entity: usize },
}

/// Matches entity spellings in text; build once per article.
pub struct Linker {
    automaton: Option<NFA>,
    /// Entity index of each automaton pattern.
    owners: Vec<usize>,
}

impl Linker {
    /// Builds the automaton from `(entity index, spelling)` pairs; blank spellings are ignored.
    pub fn new<'a>(spellings: impl IntoIterator<Item = (usize, &'a str)>) -> Linker {
        let (owners, patterns): (Vec<usize>, Vec<&str>) = spellings
            .into_iter()
            .filter(|(_, s)| !s.trim().is_empty())
            .unzip();
        // Building only fails past the automaton's size limits; linking nothing is the
        // graceful answer for such an article (validation has already let it through).
        let automaton = (!patterns.is_empty())
            .then(|| NFA::new(&patterns).ok())
            .flatten();
        Linker { automaton, owners }
    }

    /// A linker for every name and alias of the article's entities.
    pub fn for_article(article: &Article) -> Linker {
        Linker::new(
            article
                .entities
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.spellings().map(move |s| (i, s))),
        )
    }

    /// Whole-word alias matches in `text`: sorted, non-overlapping, leftmost-longest.
    pub fn link(&self, text: &str) -> Vec<Span> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        // Overlapping search cannot fail with the standard match kind the NFA is built with.
        let Ok(matches) = automaton.try_find_overlapping_iter(aho_corasick::Input::new(text))
        else {
            return Vec::new();
        };
        let candidates = matches
            .filter(|m| is_bounded(text, m.start(), m.end()))
            .map(|m| Span {
                start: m.start(),
                end: m.end(),
                entity: self.owners[m.pattern().as_usize()],
            })
            .collect();
        select_leftmost_longest(candidates)
    }
}

/// Keeps the leftmost of overlapping spans, and the longest of those starting together.
fn select_leftmost_longest(mut candidates: Vec<Span>) -> Vec<Span> {
    candidates.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.len().cmp(&a.len())));
    let mut chosen: Vec<Span> = Vec::with_capacity(candidates.len());
    for span in candidates {
        if chosen.last().is_none_or(|last| last.end <= span.start) {
            chosen.push(span);
        }
    }
    chosen
}

/// Links every paragraph of `article`: one sorted, non-overlapping span list per paragraph.
/// Explicit `mentions` link every whole-word occurrence of their quote in their scope and
/// take precedence over alias matches they overlap.
pub fn link_article(article: &Article) -> Vec<Vec<Span>> {
    let linker = Linker::for_article(article);
    article
        .body
        .iter()
        .enumerate()
        .map(|(p, text)| {
            let explicit = explicit_spans(article, p, text);
            let aliases = linker.link(text);
            merge_preferring(explicit, aliases)
        })
        .collect()
}

fn explicit_spans(article: &Article, paragraph: usize, text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    for m in &article.mentions {
        if m.paragraph.is_some_and(|p| p != paragraph) {
            continue;
        }
        let Some(entity) = article.entities.iter().position(|e| e.id == m.entity) else {
            continue;
        };
        let mut from = 0;
        while let Some(start) = find_whole_word(text, &m.quote, from) {
            let end = start + m.quote.len();
            spans.push(Span { start, end, entity });
            from = end;
        }
    }
    select_leftmost_longest(spans)
}

/// Merges two sorted, non-overlapping lists, dropping spans of `rest` that overlap `preferred`.
fn merge_preferring(preferred: Vec<Span>, rest: Vec<Span>) -> Vec<Span> {
    if preferred.is_empty() {
        return rest;
    }
    let mut kept: Vec<Span> = rest
        .into_iter()
        .filter(|s| {
            // `preferred` is sorted by start and disjoint, so ends are sorted too.
            let i = preferred.partition_point(|p| p.end <= s.start);
            preferred.get(i).is_none_or(|p| !p.overlaps(s))
        })
        .collect();
    kept.extend(preferred);
    kept.sort_unstable_by_key(|s| s.start);
    kept
}

/// Splits `text` into plain and mention segments following `spans` (sorted, disjoint).
pub fn segments<'a>(text: &'a str, spans: &[Span]) -> Vec<Segment<'a>> {
    let mut out = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for span in spans {
        if span.start > at {
            out.push(Segment::Text(&text[at..span.start]));
        }
        out.push(Segment::Mention {
            text: &text[span.start..span.end],
            entity: span.entity,
        });
        at = span.end;
    }
    if at < text.len() {
        out.push(Segment::Text(&text[at..]));
    }
    out
}
