//! Where a quote may start and end: the words of a paragraph after which a phrase begins
//! (a sentence's start, punctuation, "but", "that", "who"…) and before which one ends. Stance
//! suggestions quote the phrase around their cue, and the studio's selection jumps between
//! these stops.

use super::words::{Word, words};

/// Words after which a new phrase begins, and before which one ends.
const CONNECTORS: &[&str] = &[
    "and",
    "but",
    "or",
    "yet",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "since",
    "that",
    "when",
    "so",
    "as",
    "after",
    "before",
    "unless",
    "if",
    "including",
];

/// Words that begin a phrase themselves ("who is expected to …").
const RELATIVES: &[&str] = &["who", "which", "whom", "whose"];

/// For each word of a paragraph (as [`super::words`] numbers them): whether a quote may start
/// there, and whether it may end there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stops {
    /// `starts[i]`: a phrase may begin at word `i`.
    pub starts: Vec<bool>,
    /// `ends[i]`: a phrase may end after word `i`.
    pub ends: Vec<bool>,
}

/// The phrase stops of `text`.
///
/// ```
/// use stancemap_core::suggest::phrases::stops;
/// let text = "Iran agreed to talks but ruled out missiles, officials said.";
/// let s = stops(text);
/// //          Iran  agreed to    talks but   ruled out   missiles officials said
/// assert_eq!(s.starts, [true, false, false, false, false, true, false, false, true, false]);
/// assert_eq!(s.ends, [false, false, false, true, false, false, false, true, false, true]);
/// ```
pub fn stops(text: &str) -> Stops {
    let ws = words(text);
    let n = ws.len();
    let gap = |a: &Word<'_>, b: &Word<'_>| &text[a.end..b.start];
    let punctuated =
        |g: &str| g.contains([',', ';', ':', '“', '”', '"', '(', ')', '—', '.', '!', '?']);
    let mut starts = vec![false; n];
    let mut ends = vec![false; n];
    for i in 0..n {
        let lower = |j: usize| ws[j].text.to_lowercase();
        starts[i] = i == 0
            || ws[i].opens_sentence
            || punctuated(gap(&ws[i - 1], &ws[i]))
            || CONNECTORS.contains(&lower(i - 1).as_str())
            || RELATIVES.contains(&lower(i).as_str());
        ends[i] = i + 1 == n
            || punctuated(gap(&ws[i], &ws[i + 1]))
            || CONNECTORS.contains(&lower(i + 1).as_str())
            || RELATIVES.contains(&lower(i + 1).as_str());
    }
    Stops { starts, ends }
}

/// The words `first..=last` of the phrase around words `from..=to` of `text`: from the
/// last start at or before `from` to the first end at or after `to`.
pub fn around(stops: &Stops, from: usize, to: usize) -> (usize, usize) {
    let first = (0..=from).rev().find(|&i| stops.starts[i]).unwrap_or(0);
    let last = (to..stops.ends.len())
        .find(|&i| stops.ends[i])
        .unwrap_or(stops.ends.len() - 1);
    (first, last)
}
