//! Splits a paragraph into renderable runs: plain text, mentions, and evidence-quote markers.
//!
//! Mentions and evidence quotes overlap freely (a quote can start inside a mention and span
//! several), so the text is cut at every boundary of either; each piece knows which quotes
//! cover it. A quote's marker goes where the quote ends, or after the mention it ends in,
//! together with the text right after it up to the next space, which the view keeps on the
//! marker's line (no line starts with the full stop after a marker).

use crate::index::{EntityIx, MentionIx, StanceIx};
use crate::linker::Span;

/// A stretch of text `start..end` (bytes) and the stances whose quotes cover it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Where the piece begins.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// The stances whose quotes cover it.
    pub quotes: Vec<StanceIx>,
}

/// One renderable run of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    /// Text outside any mention.
    Text(Piece),
    /// A mention of `entity`, numbered `mention` within the article, made of pieces.
    Mention {
        /// The entity mentioned.
        entity: EntityIx,
        /// The mention.
        mention: MentionIx,
        /// Its text, cut where quotes begin and end.
        pieces: Vec<Piece>,
    },
    /// The end of the quotes of `stances` (several, in the quotes' order, when their markers
    /// share a place), and `then`, the text right after them up to the next space ("." ","
    /// "”" "’s"), as pieces (another quote may begin or end in it).
    Markers {
        /// The stances whose quotes end here.
        stances: Vec<StanceIx>,
        /// The text after the markers, up to the next space.
        then: Vec<Piece>,
    },
}

/// A quote's place in the paragraph: stance index and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteRange {
    /// The stance the quote proves.
    pub stance: StanceIx,
    /// Where the quote begins in the paragraph.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
}

/// Cuts `text` into runs. `spans` are the paragraph's mentions (sorted, disjoint) and
/// `first_mention` the article-wide number of the first; `quotes` may overlap anything.
///
/// ```
/// use stancemap_core::runs::{QuoteRange, Run, runs};
/// use stancemap_core::{EntityIx, MentionIx, Span, StanceIx};
/// let text = "Iran said no.";
/// let iran = Span { start: 0, end: 4, entity: EntityIx::new(0) };
/// let quote = QuoteRange { stance: StanceIx::new(0), start: 5, end: 12 };
/// let cut = runs(text, &[iran], MentionIx::new(0), &[quote]);
/// assert!(matches!(cut[0], Run::Mention { .. }));
/// // The quote's marker keeps the full stop after it on its line.
/// assert!(matches!(&cut[cut.len() - 1], Run::Markers { then, .. } if &text[then[0].start..] == "."));
/// ```
pub fn runs(
    text: &str,
    spans: &[Span],
    first_mention: MentionIx,
    quotes: &[QuoteRange],
) -> Vec<Run> {
    let mention_at = |i: usize| MentionIx::new(first_mention.get() + i);
    // Where each quote's marker goes, and its stance.
    let markers: Vec<(usize, StanceIx)> = quotes
        .iter()
        .map(|q| (marker_place(spans, q.end), q.stance))
        .collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(spans.iter().flat_map(|s| [s.start, s.end]));
    cuts.extend(quotes.iter().flat_map(|q| [q.start, q.end]));
    // Where the text kept with each group of markers ends: the next space after them.
    cuts.extend(markers.iter().map(|&(at, _)| {
        at + text.get(at..).map_or(0, |rest| {
            rest.find(char::is_whitespace).unwrap_or(rest.len())
        })
    }));
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Run> = Vec::new();
    let mut span_at = 0;
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        while span_at < spans.len() && spans[span_at].end <= start {
            span_at += 1;
        }
        let covering: Vec<StanceIx> = quotes
            .iter()
            .filter(|q| q.start <= start && end <= q.end)
            .map(|q| q.stance)
            .collect();
        let piece = Piece {
            start,
            end,
            quotes: covering,
        };
        let in_span = spans
            .get(span_at)
            .filter(|s| s.start <= start && end <= s.end)
            .copied();
        match (in_span, out.last_mut()) {
            (
                Some(span),
                Some(Run::Mention {
                    mention, pieces, ..
                }),
            ) if *mention == mention_at(span_at) && span.start < start => {
                pieces.push(piece);
            }
            (Some(span), _) => out.push(Run::Mention {
                entity: span.entity,
                mention: mention_at(span_at),
                pieces: vec![piece],
            }),
            (None, _) => out.push(Run::Text(piece)),
        }
        let stances: Vec<StanceIx> = markers
            .iter()
            .filter(|&&(at, _)| at == end)
            .map(|&(_, stance)| stance)
            .collect();
        if !stances.is_empty() {
            out.push(Run::Markers {
                stances,
                then: Vec::new(),
            });
        }
    }
    keep_with_markers(text, out)
}

/// Where the marker of a quote ending at `end` goes: there, or after the mention it ends in.
fn marker_place(spans: &[Span], end: usize) -> usize {
    spans
        .iter()
        .find(|s| s.start < end && end < s.end)
        .map_or(end, |s| s.end)
}

/// Moves the text right after each group of markers, up to the next space, into the group.
fn keep_with_markers(text: &str, flat: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(flat.len());
    let mut flat = flat.into_iter().peekable();
    while let Some(mut run) = flat.next() {
        if let Run::Markers { then, .. } = &mut run {
            // `runs` cut the text at the next space: every piece up to there.
            while let Some(Run::Text(piece)) = flat.next_if(|r| {
                matches!(r, Run::Text(p) if !text[p.start..p.end].starts_with(char::is_whitespace))
            }) {
                then.push(piece);
            }
        }
        out.push(run);
    }
    out
}
