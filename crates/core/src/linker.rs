//! Mention linking: finds every entity mention in the body as non-overlapping spans.
//!
//! All spellings (names and aliases) go into one Aho–Corasick automaton over word tokens, so
//! linking is one scan of the text however many entities an article has: each token costs an
//! edge taken and, on average, at most one failure link followed, plus a step per occurrence
//! found. Candidates stand as whole words by construction: a spelling can only begin where a
//! token begins and must end where one ends. Among overlapping candidates the leftmost wins,
//! then the longest ("President Donald Trump" over "Trump"). Explicit mentions win over alias
//! matches.

// Hand-written rather than the `aho-corasick` crate: matches may only start and end on token
// boundaries, so an automaton over tokens, a few hundred nodes for an article, is all whole
// words need. It builds faster than the crate's byte automaton, searches faster, and is much
// smaller in the wasm (measured in bench/NOTES.md).

use rustc_hash::FxHashMap as HashMap;

use crate::article::Article;
use crate::index::EntityIx;
use crate::text::token_end;

/// A linked mention: `start..end` are byte offsets into one paragraph, on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Where the mention begins.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// The entity mentioned.
    pub entity: EntityIx,
}

/// A piece of a paragraph: plain text, or a mention of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text that mentions nothing.
    Text(&'a str),
    /// A mention.
    Mention {
        /// The words of the text that mention it.
        text: &'a str,
        /// The entity mentioned.
        entity: EntityIx,
    },
}

/// Matches entity spellings in text; build once per article.
///
/// An Aho–Corasick automaton whose symbols are tokens (see `text::token_end`): a maximal run of
/// word characters, or any other single character. Its trie holds every spelling, and its
/// failure links let one scan of the text find every occurrence, however the spellings
/// overlap. Node 0 is the root.
pub struct Linker<'a> {
    edges: HashMap<(u32, &'a str), u32>,
    nodes: Vec<Node>,
    /// Whether some spelling begins with this byte: at the root, the tokens of a text that
    /// begin none (most of its words, its spaces) are passed over without a lookup.
    first_bytes: [bool; 256],
}

#[derive(Clone, Copy, Default)]
struct Node {
    /// The entity and byte length of the spelling ending here, if one does.
    end: Option<(EntityIx, usize)>,
    /// The node of the longest proper suffix of this node's tokens that is in the trie.
    fail: u32,
    /// The nearest node along the failure links where a spelling ends; 0 for none.
    output: u32,
}

impl<'a> Linker<'a> {
    /// Builds the automaton from `(entity index, spelling)` pairs; blank spellings are
    /// ignored, and of two identical spellings the first given keeps its entity.
    pub fn new(spellings: impl IntoIterator<Item = (EntityIx, &'a str)>) -> Linker<'a> {
        let mut linker = Linker {
            edges: HashMap::default(),
            nodes: vec![Node::default()],
            first_bytes: [false; 256],
        };
        // Each node's children, for the breadth-first pass that sets the failure links.
        let mut children: Vec<Vec<(&'a str, u32)>> = vec![Vec::new()];
        for (entity, spelling) in spellings {
            if spelling.trim().is_empty() {
                continue;
            }
            linker.first_bytes[usize::from(spelling.as_bytes()[0])] = true;
            let mut node = 0;
            let mut at = 0;
            while at < spelling.len() {
                let end = token_end(spelling, at);
                let token = &spelling[at..end];
                let next = u32::try_from(linker.nodes.len()).expect("fewer than 2^32 tokens");
                node = *linker.edges.entry((node, token)).or_insert_with(|| {
                    linker.nodes.push(Node::default());
                    children.push(Vec::new());
                    children[node as usize].push((token, next));
                    next
                });
                at = end;
            }
            linker.nodes[node as usize]
                .end
                .get_or_insert((entity, spelling.len()));
        }
        let mut queue = std::collections::VecDeque::from([0]);
        while let Some(parent) = queue.pop_front() {
            for &(token, child) in &children[parent as usize] {
                let fail = match parent {
                    0 => 0,
                    _ => linker.step(linker.nodes[parent as usize].fail, token),
                };
                let via = linker.nodes[fail as usize];
                let node = &mut linker.nodes[child as usize];
                node.fail = fail;
                node.output = if via.end.is_some() { fail } else { via.output };
                queue.push_back(child);
            }
        }
        linker
    }

    /// The node reached from `node` by `token`, following failure links where it has no edge.
    fn step(&self, mut node: u32, token: &str) -> u32 {
        loop {
            if node == 0 && !self.first_bytes[usize::from(token.as_bytes()[0])] {
                return 0;
            }
            if let Some(&next) = self.edges.get(&(node, token)) {
                return next;
            }
            if node == 0 {
                return 0;
            }
            node = self.nodes[node as usize].fail;
        }
    }

    /// Whole-word alias matches in `text`: sorted, non-overlapping, leftmost-longest.
    ///
    /// ```
    /// use stancemap_core::EntityIx;
    /// use stancemap_core::linker::Linker;
    /// let linker = Linker::new([(EntityIx::new(0), "Iran"), (EntityIx::new(1), "U.S.")]);
    /// let spans = linker.link("Iranian talks: Iran's envoy met the U.S.-based team.");
    /// let found: Vec<usize> = spans.iter().map(|s| s.entity.get()).collect();
    /// assert_eq!(found, [0, 1], "whole words only: not inside Iranian");
    /// ```
    pub fn link(&self, text: &str) -> Vec<Span> {
        if self.edges.is_empty() {
            return Vec::new();
        }
        // Every occurrence of every spelling, by where it ends.
        let mut found = Vec::new();
        let (mut node, mut at) = (0, 0);
        while at < text.len() {
            let end = token_end(text, at);
            node = self.step(node, &text[at..end]);
            let mut hit = node;
            while hit != 0 {
                let here = self.nodes[hit as usize];
                if let Some((entity, len)) = here.end {
                    found.push(Span {
                        start: end - len,
                        end,
                        entity,
                    });
                }
                hit = here.output;
            }
            at = end;
        }
        // Leftmost first, the longest of those starting together; then each that starts
        // after the last kept one ends.
        found.sort_unstable_by_key(|s| (s.start, usize::MAX - s.end));
        let mut spans: Vec<Span> = Vec::with_capacity(found.len());
        for span in found {
            if spans.last().is_none_or(|last| last.end <= span.start) {
                spans.push(span);
            }
        }
        spans
    }

    /// A linker for every name and alias of the article's entities.
    pub fn for_article(article: &'a Article) -> Linker<'a> {
        Linker::new(
            article
                .entities
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.spellings().map(move |s| (EntityIx::new(i), s))),
        )
    }
}

/// Links every paragraph of `article`: one sorted, non-overlapping span list per paragraph.
/// Explicit `mentions` link every whole-word occurrence of their quote in their scope and
/// take precedence over alias matches they overlap.
///
/// ```
/// use stancemap_core::{link_article, parse_article, segments, Segment};
/// # let seed = include_str!("../../../public/articles/iran-talks.json");
/// let article = parse_article(seed).unwrap();
/// let links = link_article(&article);
/// let first = segments(&article.body[0], &links[0]);
/// let names: Vec<&str> = first
///     .iter()
///     .filter_map(|s| match s {
///         Segment::Mention { text, .. } => Some(*text),
///         Segment::Text(_) => None,
///     })
///     .collect();
/// assert!(!names.is_empty());
/// ```
pub fn link_article(article: &Article) -> Vec<Vec<Span>> {
    let aliases = Linker::for_article(article);
    // Each explicit mention's scope, entity and quote.
    let explicit: Vec<(Option<usize>, EntityIx, &str)> = article
        .mentions
        .iter()
        .filter_map(|m| {
            let entity = article.entities.iter().position(|e| e.id == m.entity)?;
            Some((m.paragraph, EntityIx::new(entity), m.quote.as_str()))
        })
        .collect();
    let quotes_in = |paragraph: Option<usize>| {
        Linker::new(
            explicit
                .iter()
                .filter(move |(scope, ..)| scope.is_none() || *scope == paragraph)
                .map(|&(_, entity, quote)| (entity, quote)),
        )
    };
    // The quotes of the whole body, built once; a paragraph with quotes of its own gets an
    // automaton of its own with both.
    let everywhere = quotes_in(None);
    article
        .body
        .iter()
        .enumerate()
        .map(|(p, text)| {
            let mentions = if explicit.iter().any(|(scope, ..)| *scope == Some(p)) {
                quotes_in(Some(p)).link(text)
            } else {
                everywhere.link(text)
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
