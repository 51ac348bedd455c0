//! Paragraph runs: mentions and evidence quotes interleave exactly, with markers at quote ends.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stancemap_core::runs::{Piece, QuoteRange, Run, runs};
use stancemap_core::{EntityIx, MentionIx, Span, StanceIx};

fn piece(start: usize, end: usize, quotes: &[usize]) -> Piece {
    Piece {
        start,
        end,
        quotes: quotes.iter().copied().map(StanceIx::new).collect(),
    }
}

#[test]
fn quote_inside_text_and_around_a_mention() {
    // "Iran said no to talks." with mention "Iran" (0..4) and quote "Iran said no" (0..12).
    let text = "Iran said no to talks.";
    let spans = [Span {
        start: 0,
        end: 4,
        entity: EntityIx::new(7),
    }];
    let quotes = [QuoteRange {
        stance: StanceIx::new(3),
        start: 0,
        end: 12,
    }];
    assert_eq!(
        runs(text, &spans, MentionIx::new(10), &quotes),
        vec![
            Run::Mention {
                entity: EntityIx::new(7),
                mention: MentionIx::new(10),
                pieces: vec![piece(0, 4, &[3])]
            },
            Run::Text(piece(4, 12, &[3])),
            Run::Markers {
                stances: vec![StanceIx::new(3)],
                then: vec![]
            },
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
        entity: EntityIx::new(0),
    }];
    let quotes = [QuoteRange {
        stance: StanceIx::new(0),
        start: 0,
        end: 13,
    }]; // "Ask President"
    assert_eq!(
        runs(text, &spans, MentionIx::new(0), &quotes),
        vec![
            Run::Text(piece(0, 4, &[0])),
            Run::Mention {
                entity: EntityIx::new(0),
                mention: MentionIx::new(0),
                pieces: vec![piece(4, 13, &[0]), piece(13, 19, &[])]
            },
            Run::Markers {
                stances: vec![StanceIx::new(0)],
                then: vec![]
            },
            Run::Text(piece(19, 23, &[])),
        ]
    );
}

#[test]
fn overlapping_quotes_share_pieces() {
    let text = "abcdef";
    let quotes = [
        QuoteRange {
            stance: StanceIx::new(0),
            start: 0,
            end: 4,
        },
        QuoteRange {
            stance: StanceIx::new(1),
            start: 2,
            end: 6,
        },
    ];
    assert_eq!(
        runs(text, &[], MentionIx::new(0), &quotes),
        vec![
            Run::Text(piece(0, 2, &[0])),
            Run::Text(piece(2, 4, &[0, 1])),
            // The text kept with the first marker ends the second quote.
            Run::Markers {
                stances: vec![StanceIx::new(0)],
                then: vec![piece(4, 6, &[1])]
            },
            Run::Markers {
                stances: vec![StanceIx::new(1)],
                then: vec![]
            },
        ]
    );
}

#[test]
fn a_marker_keeps_to_its_quote_and_to_the_punctuation_after_it() {
    let text = "“We are ready for verification,” he said, “and talks.”";
    let (start, end, after) = (
        text.find("We").unwrap(),
        text.find(',').unwrap(),
        text.find(" he").unwrap(),
    );
    let (start2, end2) = (text.find("and").unwrap(), text.rfind('.').unwrap());
    let quotes = [
        QuoteRange {
            stance: StanceIx::new(0),
            start,
            end,
        },
        QuoteRange {
            stance: StanceIx::new(1),
            start: start2,
            end: end2,
        },
    ];
    assert_eq!(
        runs(text, &[], MentionIx::new(0), &quotes),
        vec![
            Run::Text(piece(0, start, &[])),
            Run::Text(piece(start, end, &[0])),
            Run::Markers {
                stances: vec![StanceIx::new(0)],
                then: vec![piece(end, after, &[])]
            },
            Run::Text(piece(after, start2, &[])),
            Run::Text(piece(start2, end2, &[1])),
            // At the paragraph's end, the text kept with the marker runs to the end.
            Run::Markers {
                stances: vec![StanceIx::new(1)],
                then: vec![piece(end2, text.len(), &[])]
            },
        ]
    );
}

proptest! {
    /// The pieces tile the paragraph exactly, every quote gets one marker where it ends (after
    /// the mention it ends in), and each piece lists exactly the quotes that cover it.
    #[test]
    fn pieces_tile_the_text(
        text in "[x ]{1,60}",
        raw_spans in prop::collection::vec((0usize..60, 1usize..8), 0..6),
        raw_quotes in prop::collection::vec((0usize..60, 1usize..30), 0..5),
    ) {
        let len = text.len();
        let mut spans: Vec<Span> = Vec::new();
        for (start, width) in raw_spans {
            let end = (start + width).min(len);
            if start < end && spans.last().is_none_or(|s| s.end <= start) {
                spans.push(Span {
                    start,
                    end,
                    entity: EntityIx::new(0),
                });
            }
        }
        spans.sort_by_key(|s| s.start);
        let quotes: Vec<QuoteRange> = raw_quotes
            .into_iter()
            .enumerate()
            .filter_map(|(i, (start, width))| {
                let end = (start + width).min(len);
                (start < end).then_some(QuoteRange {
                    stance: StanceIx::new(i),
                    start,
                    end,
                })
            })
            .collect();
        let out = runs(&text, &spans, MentionIx::new(0), &quotes);
        // The text kept with markers runs up to the next space, and all of it is kept: what
        // follows a group of markers is another group, a mention, or starts with a space.
        for pair in out.windows(2) {
            if let [Run::Markers { then, .. }, next] = pair {
                for p in then {
                    prop_assert!(!text[p.start..p.end].contains(' '));
                }
                if let Run::Text(p) = next {
                    prop_assert!(text[p.start..].starts_with(' '), "{:?} left out of {:?}", p, pair[0]);
                }
            }
        }
        let mut at = 0;
        let mut markers: Vec<StanceIx> = Vec::new();
        for run in &out {
            let pieces: Vec<&Piece> = match run {
                Run::Text(p) => vec![p],
                Run::Mention { pieces, .. } => pieces.iter().collect(),
                Run::Markers { stances, then } => {
                    // Each marker right where its quote ends, or after the mention it ends in.
                    for &stance in stances {
                        let end = quotes.iter().find(|q| q.stance == stance).unwrap().end;
                        let place = spans.iter()
                            .find(|s| s.start < end && end < s.end)
                            .map_or(end, |s| s.end);
                        prop_assert_eq!(at, place, "marker of {} misplaced in {:?}", stance, out);
                    }
                    markers.extend(stances);
                    then.iter().collect()
                }
            };
            for p in pieces {
                prop_assert_eq!(p.start, at);
                prop_assert!(p.end > p.start);
                let expected: Vec<StanceIx> = quotes.iter()
                    .filter(|q| q.start <= p.start && p.end <= q.end)
                    .map(|q| q.stance).collect();
                prop_assert_eq!(&p.quotes, &expected);
                at = p.end;
            }
        }
        prop_assert_eq!(at, len);
        markers.sort_unstable();
        let mut all: Vec<StanceIx> = quotes.iter().map(|q| q.stance).collect();
        all.sort_unstable();
        prop_assert_eq!(markers, all);
    }
}
