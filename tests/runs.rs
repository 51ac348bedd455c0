//! Paragraph runs: mentions and evidence quotes interleave exactly, with markers at quote ends.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stancemap::core::Span;
use stancemap::core::runs::{Piece, QuoteRange, Run, runs};

fn piece(start: usize, end: usize, quotes: &[usize]) -> Piece {
    Piece {
        start,
        end,
        quotes: quotes.to_vec(),
    }
}

#[test]
fn quote_inside_text_and_around_a_mention() {
    // "Iran said no to talks." with mention "Iran" (0..4) and quote "Iran said no" (0..12).
    let text = "Iran said no to talks.";
    let spans = [Span {
        start: 0,
        end: 4,
        entity: 7,
    }];
    let quotes = [QuoteRange {
        stance: 3,
        start: 0,
        end: 12,
    }];
    assert_eq!(
        runs(text, &spans, 10, &quotes),
        vec![
            Run::Mention {
                entity: 7,
                mention: 10,
                pieces: vec![piece(0, 4, &[3])]
            },
            Run::Text(piece(4, 12, &[3])),
            Run::Marker { stance: 3 },
            Run::Text(piece(12, 22, &[])),
        ]
    );
}

#[test]
fn quote_ending_inside_a_mention_puts_its_marker_after_the_mention() {
    let text = "Ask President Trump now";
    let spans = [Span {
        start: 4,
        end: 19,
        entity: 0,
    }];
    let quotes = [QuoteRange {
        stance: 0,
        start: 0,
        end: 13,
    }]; // "Ask President"
    assert_eq!(
        runs(text, &spans, 0, &quotes),
        vec![
            Run::Text(piece(0, 4, &[0])),
            Run::Mention {
                entity: 0,
                mention: 0,
                pieces: vec![piece(4, 13, &[0]), piece(13, 19, &[])]
            },
            Run::Marker { stance: 0 },
            Run::Text(piece(19, 23, &[])),
        ]
    );
}

#[test]
fn overlapping_quotes_share_pieces() {
    let text = "abcdef";
    let quotes = [
        QuoteRange {
            stance: 0,
            start: 0,
            end: 4,
        },
        QuoteRange {
            stance: 1,
            start: 2,
            end: 6,
        },
    ];
    assert_eq!(
        runs(text, &[], 0, &quotes),
        vec![
            Run::Text(piece(0, 2, &[0])),
            Run::Text(piece(2, 4, &[0, 1])),
            Run::Marker { stance: 0 },
            Run::Text(piece(4, 6, &[1])),
            Run::Marker { stance: 1 },
        ]
    );
}

proptest! {
    /// The pieces tile the paragraph exactly, every quote gets one marker, and each piece
    /// lists exactly the quotes that cover it.
    #[test]
    fn pieces_tile_the_text(
        len in 1usize..60,
        raw_spans in prop::collection::vec((0usize..60, 1usize..8), 0..6),
        raw_quotes in prop::collection::vec((0usize..60, 1usize..30), 0..5),
    ) {
        let text = "x".repeat(len);
        let mut spans: Vec<Span> = Vec::new();
        for (start, width) in raw_spans {
            let end = (start + width).min(len);
            if start < end && spans.last().is_none_or(|s| s.end <= start) {
                spans.push(Span { start, end, entity: 0 });
            }
        }
        spans.sort_by_key(|s| s.start);
        let quotes: Vec<QuoteRange> = raw_quotes
            .into_iter()
            .enumerate()
            .filter_map(|(i, (start, width))| {
                let end = (start + width).min(len);
                (start < end).then_some(QuoteRange { stance: i, start, end })
            })
            .collect();
        let out = runs(&text, &spans, 0, &quotes);
        let mut at = 0;
        let mut markers = Vec::new();
        for run in &out {
            let pieces: Vec<&Piece> = match run {
                Run::Text(p) => vec![p],
                Run::Mention { pieces, .. } => pieces.iter().collect(),
                Run::Marker { stance } => { markers.push(*stance); vec![] }
            };
            for p in pieces {
                prop_assert_eq!(p.start, at);
                prop_assert!(p.end > p.start);
                let expected: Vec<usize> = quotes.iter()
                    .filter(|q| q.start <= p.start && p.end <= q.end)
                    .map(|q| q.stance).collect();
                prop_assert_eq!(&p.quotes, &expected);
                at = p.end;
            }
        }
        prop_assert_eq!(at, len);
        markers.sort_unstable();
        let mut all: Vec<usize> = quotes.iter().map(|q| q.stance).collect();
        all.sort_unstable();
        prop_assert_eq!(markers, all);
    }
}
