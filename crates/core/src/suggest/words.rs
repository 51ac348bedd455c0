//! A paragraph as the suggestion rules see it: words with their offsets, capitals and
//! sentence starts, and the paragraph's sentences.

use crate::text::{is_word_char, token_end};

/// Abbreviations whose full stop does not end a sentence ("Mr. Smith", "Gen. Ali").
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Sen", "Rep", "Gov",
    "St", "Jr", "Sr", "Mt", "No", "vs",
];

/// One word of a paragraph: a run of letters and digits, or a dotted abbreviation ("U.S.").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'t> {
    /// Byte offset where it starts in the paragraph.
    pub start: usize,
    /// Byte offset where it ends (exclusive).
    pub end: usize,
    /// Its text.
    pub text: &'t str,
    /// Whether it opens a sentence or a quotation, where any word is capitalised.
    pub opens_sentence: bool,
}

impl Word<'_> {
    /// Starts with a capital letter ("Iran", "U.S.", "HRANA").
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Two or more letters, all capitals, or a dotted abbreviation: an acronym.
    pub fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && self.text.chars().all(|c| c.is_uppercase() || c == '.')
    }
}

/// The words of `text`, in order.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut opens = true;
    let mut at = 0;
    while at < text.len() {
        let end = token_end(text, at);
        let token = &text[at..end];
        let first = token.chars().next().unwrap_or(' ');
        if is_word_char(first) {
            let dotted = dotted_end(text, at);
            let end = dotted.unwrap_or(end);
            out.push(Word {
                start: at,
                end,
                text: &text[at..end],
                opens_sentence: opens,
            });
            opens = false;
            at = end;
            continue;
        }
        match first {
            '.' | '!' | '?' => {
                let after_abbreviation = out
                    .last()
                    .is_some_and(|w| w.end == at && is_abbreviation(w.text));
                opens |= !after_abbreviation;
            }
            '“' | '‘' | '(' | '[' => opens = true,
            // A straight quote opens a quotation after a space, and closes one otherwise.
            '"' if at == 0 || text[..at].ends_with(char::is_whitespace) => opens = true,
            _ => {}
        }
        at = end;
    }
    out
}

/// Whether `word` is an abbreviation whose full stop does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

/// Where a dotted abbreviation starting at `at` ends ("U.S.", "D.C.", "U.K."): two or more
/// single capital letters, each followed by a full stop.
fn dotted_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = at;
    let mut letters = 0;
    while end + 1 < bytes.len() && bytes[end].is_ascii_uppercase() && bytes[end + 1] == b'.' {
        letters += 1;
        end += 2;
    }
    (letters >= 2).then_some(end)
}

/// The byte ranges of `text`'s sentences, each from its first word to its closing
/// punctuation (and closing quote), in order.
pub(crate) fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let words = words(text);
    let mut out = Vec::new();
    let mut start = text.len() - text.trim_start().len();
    for pair in words.windows(2) {
        let between = &text[pair[0].end..pair[1].start];
        if pair[1].opens_sentence && between.contains(['.', '!', '?']) {
            let end = closing_end(text, pair[0].end, pair[1].start);
            out.push(start..end);
            start = end + (text[end..].len() - text[end..].trim_start().len());
        }
    }
    if start < text.len() {
        out.push(start..start + text[start..].trim_end().len());
    }
    out
}

/// Where a sentence whose last word ends at `from` ends, when the next begins at `next`:
/// after its closing punctuation and closing quotes, before the space and any opening quote.
fn closing_end(text: &str, from: usize, next: usize) -> usize {
    let between = &text[from..next];
    let space = between.find(char::is_whitespace).unwrap_or(between.len());
    from + space
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_abbreviations_are_one_word() {
        let text = "the U.S.-based group and D.C. today";
        let found: Vec<&str> = words(text).iter().map(|w| w.text).collect();
        assert_eq!(
            found,
            ["the", "U.S.", "based", "group", "and", "D.C.", "today"]
        );
    }

    #[test]
    fn sentence_and_quote_openings() {
        let text = "Iran met Mr. Smith. He said, “We agree.” Then Gen. Ali left.";
        let opening: Vec<&str> = words(text)
            .iter()
            .filter(|w| w.opens_sentence)
            .map(|w| w.text)
            .collect();
        assert_eq!(opening, ["Iran", "He", "We", "Then"]);
    }

    #[test]
    fn sentences_split_after_closing_punctuation() {
        let text = "Iran met the U.S. envoy. “We agree,” he said. Talks end?  Yes";
        let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "Iran met the U.S. envoy.",
                "“We agree,” he said.",
                "Talks end?",
                "Yes"
            ]
        );
    }
}
