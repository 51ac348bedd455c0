//! Mention linking: finds every entity mention in the body as non-overlapping spans.
//!
//! All spellings (names and aliases) go into one trie over word tokens, so linking is one scan
//! of the text however many entities an article has: from each token start, the trie is walked
//! at most as deep as the longest spelling has tokens (linear in the text for given spellings).
//! Candidates stand as whole words by construction: a spelling can only begin where a token
//! begins and must end where one ends. Among overlapping candidates the leftmost wins, then the
//! longest ("President Donald Trump" over "Trump"). Explicit mentions win over alias matches.

// Hand-written rather than the `aho-corasick` crate: matches may only start and end on token
// boundaries, so a trie walked from each token start is all the automaton whole words need.
// It builds in a few microseconds (the crate's automaton took 28 of the 37 µs a seed-sized
// article's linking took, short of the 100 MB/s budget), searches faster, and keeps the
// crate's 17 KiB (brotli) out of the wasm.

use std::collections::HashMap;

use super::article::Article;
use super::text::token_end;

/// A linked mention: `start..end` are byte offsets into one paragraph, on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// Index of the entity in [`Article::entities`].
    pub entity: usize,
}

/// A piece of a paragraph: plain text, or a mention of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Mention { text: &'a str, entity: usize },
}

/// Matches entity spellings in text; build once per article.
///
/// A trie whose edges are tokens (see [`token_end`]): a maximal run of word characters, or
/// any other single character. Node 0 is the root.
pub struct Linker<'a> {
    edges: HashMap<(u32, &'a str), u32>,
    /// The entity of the spelling ending at each node, if one does.
    ends: Vec<Option<usize>>,
    /// Whether some spelling begins with this byte: the tokens of a text that begin none
    /// (most of its words, its spaces) are passed over without a lookup.
    first_bytes: [bool; 256],
}

impl<'a> Linker<'a> {
    /// Builds the trie from `(entity index, spelling)` pairs; blank spellings are ignored,
    /// and of two identical spellings the first given keeps its entity.
    pub fn new(spellings: impl IntoIterator<Item = (usize, &'a str)>) -> Linker<'a> {
        let mut linker = Linker {
            edges: HashMap::new(),
            ends: vec![None],
            first_bytes: [false; 256],
        };
        for (entity, spelling) in spellings {
            if spelling.trim().is_empty() {
                continue;
            }
            linker.first_bytes[usize::from(spelling.as_bytes()[0])] = true;
            let mut node = 0;
            let mut at = 0;
            while at < spelling.len() {
                let end = token_end(spelling, at);
                let next = u32::try_from(linker.ends.len()).expect("fewer than 2^32 tokens");
                node = *linker
                    .edges
                    .entry((node, &spelling[at..end]))
                    .or_insert_with(|| {
                        linker.ends.push(None);
                        next
                    });
                at = end;
            }
            linker.ends[node as usize].get_or_insert(entity);
        }
        linker
    }

    /// Whole-word alias matches in `text`: sorted, non-overlapping, leftmost-longest.
    pub fn link(&self, text: &str) -> Vec<Span> {
        let mut spans = Vec::new();
        if self.edges.is_empty() {
            return spans;
        }
        let mut at = 0;
        while at < text.len() {
            let first_end = token_end(text, at);
            let longest = self.first_bytes[usize::from(text.as_bytes()[at])]
                .then(|| self.longest_at(text, at, first_end))
                .flatten();
            match longest {
                Some(span) => {
                    at = span.end;
                    spans.push(span);
                }
                None => at = first_end,
            }
        }
        spans
    }

    /// The longest spelling starting at `start`, whose first token ends at `end`.
    // Inlined into its one caller: called per candidate token, out of line it cost linking
    // 10–15 % of its speed (criterion, 1× and 100×).
    #[inline(always)]
    fn longest_at(&self, text: &str, start: usize, mut end: usize) -> Option<Span> {
        let mut node = 0;
        let mut token = start;
        let mut longest = None;
        while let Some(&child) = self.edges.get(&(node, &text[token..end])) {
            node = child;
            if let Some(entity) = self.ends[node as usize] {
                longest = Some(Span { start, end, entity });
            }
            if end == text.len() {
                break;
            }
            token = end;
            end = token_end(text, end);
        }
        longest
    }

    /// A linker for every name and alias of the article's entities.
    pub fn for_article(article: &'a Article) -> Linker<'a> {
        Linker::new(
            article
                .entities
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.spellings().map(move |s| (i, s))),
        )
    }
}

/// Links every paragraph of `article`: one sorted, non-overlapping span list per paragraph.
/// Explicit `mentions` link every whole-word occurrence of their quote in their scope and
/// take precedence over alias matches they overlap.
pub fn link_article(article: &Article) -> Vec<Vec<Span>> {
    let aliases = Linker::for_article(article);
    // Each explicit mention's scope, entity and quote.
    let explicit: Vec<(Option<usize>, usize, &str)> = article
        .mentions
        .iter()
        .filter_map(|m| {
            let entity = article.entities.iter().position(|e| e.id == m.entity)?;
            Some((m.paragraph, entity, m.quote.as_str()))
        })
        .collect();
    article
        .body
        .iter()
        .enumerate()
        .map(|(p, text)| {
            let mut in_scope = explicit
                .iter()
                .filter(|(scope, ..)| scope.is_none_or(|s| s == p))
                .map(|&(_, entity, quote)| (entity, quote))
                .peekable();
            let mentions = match in_scope.peek() {
                Some(_) => Linker::new(in_scope).link(text),
                None => Vec::new(),
            };
            merge_preferring(mentions, aliases.link(text))
        })
        .collect()
}

/// Merges two sorted, non-overlapping lists, dropping spans of `rest` that overlap `preferred`.
fn merge_preferring(preferred: Vec<Span>, rest: Vec<Span>) -> Vec<Span> {
    if preferred.is_empty() {
        return rest;
    }
    let mut merged = Vec::with_capacity(preferred.len() + rest.len());
    let mut preferred = preferred.into_iter().peekable();
    for span in rest {
        while let Some(p) = preferred.next_if(|p| p.end <= span.start) {
            merged.push(p);
        }
        // The next preferred span ends after this one starts: they overlap unless it starts
        // after this one ends (and so does every preferred span after it).
        if preferred.peek().is_none_or(|p| p.start >= span.end) {
            merged.push(span);
        }
    }
    merged.extend(preferred);
    merged
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
