//! From an article's plain text to a draft article: paragraphs, a title, and the suggestions
//! put in place, with each suggested stance under one topic to sort.

use crate::article::{Article, FORMAT_VERSION, Source, Stance, Topic};

use super::Suggestions;
use super::ids::slugify;

/// The id of the one topic a draft's suggested stances are filed under.
pub const TO_SORT: &str = "to-sort";

/// What the author says about the article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    /// The headline; when absent, the text's first paragraph if it looks like one.
    pub title: Option<String>,
    /// The standfirst.
    pub subtitle: Option<String>,
    /// The publisher's name.
    pub source: Option<String>,
    /// The original's URL.
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    /// A BCP 47 language tag.
    pub language: Option<String>,
}

/// Paragraphs of `text`: blank lines separate them; the lines of one are joined by a space.
///
/// ```
/// use stancemap_core::suggest::draft::paragraphs;
/// let text = "Title\r\n\r\nFirst line\nsame paragraph.\n\n\n  Second.  \n";
/// assert_eq!(paragraphs(text), ["Title", "First line same paragraph.", "Second."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// Whether a first paragraph reads as a headline: one short line, no closing full stop.
pub fn looks_like_title(paragraph: &str) -> bool {
    paragraph.chars().count() <= 200
        && !paragraph.ends_with(['.', '!', '?', '”', '"', ':'])
        && paragraph.split_whitespace().count() <= 25
}

/// Splits a headline off `paragraphs` unless `details` has one: the title, and the body.
pub fn title_and_body(details: &Details, mut paragraphs: Vec<String>) -> (String, Vec<String>) {
    if let Some(title) = details.title.as_ref().filter(|t| !t.trim().is_empty()) {
        return (title.trim().to_owned(), paragraphs);
    }
    if paragraphs.len() > 1 && looks_like_title(&paragraphs[0]) {
        let title = paragraphs.remove(0);
        let title = title.trim_start_matches('#').trim().to_owned();
        return (title, paragraphs);
    }
    ("Untitled".to_owned(), paragraphs)
}

/// A draft article: `body` with the suggested entities and explicit mentions, and each
/// suggested stance that has a party, under the topic [`TO_SORT`].
pub fn draft(title: String, details: &Details, body: Vec<String>, found: &Suggestions) -> Article {
    let stances: Vec<Stance> = found
        .stances
        .iter()
        .filter_map(|s| {
            Some(Stance {
                party: s.party.clone()?,
                topic: TO_SORT.to_owned(),
                stance: s.stance,
                speaker: s.speaker.clone(),
                quote: s.quote.clone(),
                note: Some(format!(
                    "Suggested by “{}”: check the party, topic, stance and quote.",
                    s.cue
                )),
            })
        })
        .collect();
    let mut parties: Vec<String> = Vec::new();
    for stance in &stances {
        if !parties.contains(&stance.party) {
            parties.push(stance.party.clone());
        }
    }
    let topics = if stances.is_empty() {
        Vec::new()
    } else {
        vec![Topic {
            id: TO_SORT.to_owned(),
            label: "To sort".to_owned(),
            summary: Some("Suggested stances: give each its topic.".to_owned()),
        }]
    };
    let some = |s: &Option<String>| {
        s.as_ref()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    Article {
        format: FORMAT_VERSION,
        id: slugify(&title),
        subtitle: some(&details.subtitle),
        source: some(&details.source).map(|name| Source {
            name,
            url: some(&details.url),
        }),
        published: some(&details.published),
        language: some(&details.language),
        title,
        body,
        entities: found.entities.iter().map(|s| s.entity.clone()).collect(),
        mentions: found.mentions.clone(),
        parties,
        topics,
        stances,
    }
}
