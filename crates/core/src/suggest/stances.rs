//! Phrases that state a stance: each cue ("ruled out", "ready to", "must", "unless") in a
//! sentence, the phrase around it as the quote, the stance it suggests, and the party and
//! speaker guessed from the sentence's mentions.

use crate::article::{Entity, EntityKind, StanceKind};
use crate::linker::Span;

use super::words::sentences as split;

/// Cue phrases, lowercase, and the stance each suggests. The earliest cue in a sentence
/// decides; of two starting together, the longer.
const CUES: &[(&str, StanceKind)] = &[
    ("ruled out", StanceKind::Rejects),
    ("rules out", StanceKind::Rejects),
    ("rule out", StanceKind::Rejects),
    ("rejected", StanceKind::Rejects),
    ("rejects", StanceKind::Rejects),
    ("refused", StanceKind::Rejects),
    ("refuses", StanceKind::Rejects),
    ("non-negotiable", StanceKind::Rejects),
    ("not negotiable", StanceKind::Rejects),
    ("not open to", StanceKind::Rejects),
    ("will not", StanceKind::Rejects),
    ("won't", StanceKind::Rejects),
    ("opposes", StanceKind::Rejects),
    ("opposed", StanceKind::Rejects),
    ("red line", StanceKind::Rejects),
    ("dismissed", StanceKind::Rejects),
    ("ready to", StanceKind::Accepts),
    ("ready for", StanceKind::Accepts),
    ("willing", StanceKind::Accepts),
    ("willingness", StanceKind::Accepts),
    ("prepared to", StanceKind::Accepts),
    ("agreed to", StanceKind::Accepts),
    ("agrees to", StanceKind::Accepts),
    ("accepted", StanceKind::Accepts),
    ("accepts", StanceKind::Accepts),
    ("welcomed", StanceKind::Accepts),
    ("open to", StanceKind::Accepts),
    ("supports", StanceKind::Accepts),
    ("the only option", StanceKind::Accepts),
    ("the only viable option", StanceKind::Accepts),
    ("the only way", StanceKind::Accepts),
    ("must", StanceKind::Demands),
    ("insists", StanceKind::Demands),
    ("insisted", StanceKind::Demands),
    ("demands", StanceKind::Demands),
    ("demanded", StanceKind::Demands),
    ("calls for", StanceKind::Demands),
    ("called for", StanceKind::Demands),
    ("urged", StanceKind::Demands),
    ("warned", StanceKind::Demands),
    ("warns", StanceKind::Demands),
    ("threatened", StanceKind::Demands),
    ("urges", StanceKind::Demands),
    ("essential", StanceKind::Demands),
    ("need to", StanceKind::Demands),
    ("needs to", StanceKind::Demands),
    ("advocating", StanceKind::Demands),
    ("advocate for", StanceKind::Demands),
    ("unless", StanceKind::Conditional),
    ("only if", StanceKind::Conditional),
    ("provided that", StanceKind::Conditional),
    ("as long as", StanceKind::Conditional),
    ("on condition", StanceKind::Conditional),
    ("if", StanceKind::Conditional),
];

/// A phrase that states a stance, for the author to review.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StanceSuggestion {
    /// The paragraph it is in.
    pub paragraph: usize,
    /// The phrase around the cue, verbatim.
    pub quote: String,
    /// Where the phrase starts in the paragraph (a byte offset).
    pub start: usize,
    /// The cue phrase found in it, as the text spells it.
    pub cue: String,
    /// The stance the cue suggests.
    pub stance: StanceKind,
    /// The party guessed from the sentence's subject: an entity id.
    pub party: Option<String>,
    /// The person who says it, if the sentence names one: an entity id.
    pub speaker: Option<String>,
}

/// The stance phrases of `body`, whose mentions of `entities` are `links`: one per cue, in
/// text order.
pub(crate) fn sentences(
    body: &[String],
    entities: &[Entity],
    links: &[Vec<Span>],
) -> Vec<StanceSuggestion> {
    let mut out = Vec::new();
    for (p, text) in body.iter().enumerate() {
        let ws = super::words(text);
        let stops = super::phrases::stops(text);
        for range in split(text) {
            let sentence = &text[range.clone()];
            for (at, len, stance) in cues(sentence) {
                let cue_at = range.start + at;
                let cue_end = cue_at + len;
                let (Some(from), Some(to)) = (
                    ws.iter().position(|w| w.end > cue_at),
                    ws.iter().rposition(|w| w.start < cue_end),
                ) else {
                    continue;
                };
                let (first, last) = super::phrases::around(&stops, from, to);
                let quote = crate::authoring::quote_of(text, &ws, first, last);
                let in_sentence = || {
                    links[p]
                        .iter()
                        .filter(move |s| s.start >= range.start && s.end <= range.end)
                };
                // The sentence's subject comes before its cue.
                let before: Vec<&Entity> = in_sentence()
                    .filter(|s| s.start < cue_at)
                    .map(|s| &entities[s.entity.get()])
                    .collect();
                let everywhere: Vec<&Entity> =
                    in_sentence().map(|s| &entities[s.entity.get()]).collect();
                let party = party_of(&before).or_else(|| party_of(&everywhere));
                // Who says it: a person in the sentence who does not speak for another party.
                let speaker = before
                    .iter()
                    .chain(&everywhere)
                    .find(|e| {
                        e.kind == EntityKind::Person && (e.party.is_none() || e.party == party)
                    })
                    .map(|e| e.id.clone());
                out.push(StanceSuggestion {
                    paragraph: p,
                    quote: text[quote.clone()].to_owned(),
                    start: quote.start,
                    cue: sentence[at..at + len].to_owned(),
                    stance,
                    party,
                    speaker,
                });
            }
        }
    }
    out
}

/// The first of `mentioned` that can be a party: a country or organisation, or the party a
/// person speaks for.
fn party_of(mentioned: &[&Entity]) -> Option<String> {
    mentioned.iter().find_map(|e| match e.kind {
        EntityKind::Country | EntityKind::Organization => Some(e.id.clone()),
        EntityKind::Person => e.party.clone(),
        _ => None,
    })
}

/// The cues of `sentence`, in order and not overlapping (of two starting together, the
/// longer): each one's byte offset, length and stance.
fn cues(sentence: &str) -> Vec<(usize, usize, StanceKind)> {
    let lower = sentence.to_ascii_lowercase();
    let mut found: Vec<(usize, usize, StanceKind)> = CUES
        .iter()
        .flat_map(|&(phrase, stance)| {
            whole_word_all(&lower, phrase).map(move |at| (at, phrase.len(), stance))
        })
        .collect();
    found.sort_by_key(|&(at, len, _)| (at, std::cmp::Reverse(len)));
    let mut kept: Vec<(usize, usize, StanceKind)> = Vec::new();
    for cue in found {
        if kept.last().is_none_or(|&(at, len, _)| at + len <= cue.0) {
            kept.push(cue);
        }
    }
    kept
}

/// The earliest cue in `sentence`: its byte offset, length and stance.
#[cfg(test)]
fn cue(sentence: &str) -> Option<(usize, usize, StanceKind)> {
    cues(sentence).into_iter().next()
}

/// Every whole-word occurrence of `phrase` in `text`.
fn whole_word_all<'a>(text: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    let is_word = move |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    text.match_indices(phrase)
        .map(|(at, _)| at)
        .filter(move |&at| (at == 0 || !is_word(at - 1)) && !is_word(at + phrase.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earliest_cue_decides() {
        let (at, len, stance) = cue("Iran is ready to talk but ruled out missiles.").unwrap();
        assert_eq!((at, len, stance), (8, 8, StanceKind::Accepts));
        assert_eq!(cue("Nothing here, not even iffy words."), None);
        assert_eq!(
            cue("Talks only if sanctions end.").map(|c| c.2),
            Some(StanceKind::Conditional)
        );
    }
}
