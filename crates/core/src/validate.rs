//! Validation of a parsed article: every problem at once, each with its JSON path.

use std::collections::HashMap;
use std::fmt;

use crate::article::{Article, FORMAT_VERSION};
use crate::index::EntityIx;
use crate::linker::Linker;
use crate::text::{is_http_url, is_slug};

/// One thing wrong with an article, located by a JSON path such as `entities[2].aliases[0]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the article, as a JSON path (`stances[3].quote`).
    pub path: String,
    /// What is wrong there, in a sentence.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks every cross-reference and constraint of format v1; an empty result means valid.
///
/// ```
/// # let seed = include_str!("../../../public/articles/iran-talks.json");
/// let mut article = stancemap_core::parse_article(seed).unwrap();
/// assert!(stancemap_core::validate(&article).is_empty());
/// article.stances[0].quote = "words the article never says".into();
/// let problems = stancemap_core::validate(&article);
/// assert_eq!(problems[0].path, "stances[0].quote");
/// ```
pub fn validate(article: &Article) -> Vec<Problem> {
    let mut v = Validator {
        article,
        problems: Vec::new(),
    };
    v.header();
    v.body();
    v.entities();
    v.mentions();
    v.parties();
    v.topics();
    v.stances();
    v.problems
}

struct Validator<'a> {
    article: &'a Article,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn require_text(&mut self, path: String, value: &str) {
        if value.trim().is_empty() {
            self.report(path, "must not be empty");
        }
    }

    fn require_slug(&mut self, path: String, value: &str) {
        if !is_slug(value) {
            self.report(
                path,
                format!(
                    "\"{value}\" is not a valid id: use lowercase letters a-z, digits and hyphens"
                ),
            );
        }
    }

    fn require_http_url(&mut self, path: String, value: &str) {
        if !is_http_url(value) {
            self.report(
                path,
                format!(
                    "\"{value}\" is not an http(s) URL; only http: and https: links are allowed"
                ),
            );
        }
    }

    fn require_entity(&mut self, path: String, id: &str) {
        if self.article.entity(id).is_none() {
            self.report(path, format!("unknown entity \"{id}\""));
        }
    }

    /// Reports ids that occur more than once, pointing at each repeat.
    fn require_unique<'s>(&mut self, what: &str, ids: impl Iterator<Item = (String, &'s str)>) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (path, id) in ids {
            if let Some(first) = seen.get(id) {
                let message = format!("duplicate {what} \"{id}\" (first used at {first})");
                self.report(path, message);
            } else {
                seen.insert(id, path);
            }
        }
    }

    fn header(&mut self) {
        let a = self.article;
        if a.format != FORMAT_VERSION {
            self.report(
                "format",
                format!(
                    "unsupported format {}; this reader reads format {FORMAT_VERSION}",
                    a.format
                ),
            );
        }
        self.require_slug("id".into(), &a.id);
        self.require_text("title".into(), &a.title);
        if let Some(source) = &a.source {
            self.require_text("source.name".into(), &source.name);
            if let Some(url) = &source.url {
                self.require_http_url("source.url".into(), url);
            }
        }
        if let Some(date) = &a.published
            && !is_iso_date(date)
        {
            self.report(
                "published",
                format!("\"{date}\" is not a calendar date in the form YYYY-MM-DD"),
            );
        }
        if let Some(lang) = &a.language
            && !is_language_tag(lang)
        {
            self.report(
                "language",
                format!("\"{lang}\" is not a language tag such as \"en\" or \"fa-IR\""),
            );
        }
    }

    fn body(&mut self) {
        if self.article.body.is_empty() {
            self.report("body", "must hold at least one paragraph");
        }
        for (i, paragraph) in self.article.body.iter().enumerate() {
            self.require_text(format!("body[{i}]"), paragraph);
        }
    }

    fn entities(&mut self) {
        let entities = &self.article.entities;
        self.require_unique(
            "entity id",
            entities
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("entities[{i}].id"), e.id.as_str())),
        );
        let mut spelled_by: HashMap<&str, usize> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            self.require_slug(format!("entities[{i}].id"), &e.id);
            self.require_text(format!("entities[{i}].name"), &e.name);
            for (j, alias) in e.aliases.iter().enumerate() {
                if alias.trim().is_empty() {
                    self.report(
                        format!("entities[{i}].aliases[{j}]"),
                        "alias must not be empty",
                    );
                }
            }
            for (j, spelling) in e.spellings().enumerate() {
                let path = match j {
                    0 => format!("entities[{i}].name"),
                    _ => format!("entities[{i}].aliases[{}]", j - 1),
                };
                match spelled_by.get(spelling) {
                    Some(&other) if other != i => {
                        let message = format!(
                            "\"{spelling}\" already links to entity \"{}\" (entities[{other}]); a spelling can link to one entity only",
                            entities[other].id
                        );
                        self.report(path, message);
                    }
                    _ => {
                        spelled_by.insert(spelling, i);
                    }
                }
            }
            if let Some(party) = &e.party {
                self.require_entity(format!("entities[{i}].party"), party);
            }
            if let Some(link) = &e.link {
                self.require_http_url(format!("entities[{i}].link"), link);
            }
        }
    }

    fn mentions(&mut self) {
        let body = &self.article.body;
        for (i, m) in self.article.mentions.iter().enumerate() {
            self.require_entity(format!("mentions[{i}].entity"), &m.entity);
            if m.quote.trim().is_empty() {
                self.report(format!("mentions[{i}].quote"), "must not be empty");
                continue;
            }
            // Whole words as the linker sees them: the quote found here is the one it links.
            let quote = Linker::new([(EntityIx::new(0), m.quote.as_str())]);
            let found = match m.paragraph {
                Some(p) if p >= body.len() => {
                    self.report(
                        format!("mentions[{i}].paragraph"),
                        format!(
                            "paragraph {p} does not exist; the body has {} (counted from 0)",
                            body.len()
                        ),
                    );
                    continue;
                }
                Some(p) => !quote.link(&body[p]).is_empty(),
                None => body.iter().any(|t| !quote.link(t).is_empty()),
            };
            if !found {
                let scope = match m.paragraph {
                    Some(p) => format!("paragraph {p}"),
                    None => "the body".to_owned(),
                };
                self.report(
                    format!("mentions[{i}].quote"),
                    format!("\"{}\" does not occur as whole words in {scope}", m.quote),
                );
            }
        }
    }

    fn parties(&mut self) {
        let parties = &self.article.parties;
        self.require_unique(
            "party",
            parties
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("parties[{i}]"), p.as_str())),
        );
        for (i, party) in parties.iter().enumerate() {
            self.require_entity(format!("parties[{i}]"), party);
        }
    }

    fn topics(&mut self) {
        let topics = &self.article.topics;
        self.require_unique(
            "topic id",
            topics
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("topics[{i}].id"), t.id.as_str())),
        );
        for (i, t) in topics.iter().enumerate() {
            self.require_slug(format!("topics[{i}].id"), &t.id);
            self.require_text(format!("topics[{i}].label"), &t.label);
        }
    }

    fn stances(&mut self) {
        let a = self.article;
        for (i, s) in a.stances.iter().enumerate() {
            if !a.parties.contains(&s.party) {
                let message = match a.entity(&s.party) {
                    Some(_) => format!("\"{}\" is an entity but not listed in parties", s.party),
                    None => format!("unknown party \"{}\"", s.party),
                };
                self.report(format!("stances[{i}].party"), message);
            }
            if a.topic(&s.topic).is_none() {
                self.report(
                    format!("stances[{i}].topic"),
                    format!("unknown topic \"{}\"", s.topic),
                );
            }
            if let Some(speaker) = &s.speaker {
                match a.entity(speaker) {
                    None => self.report(
                        format!("stances[{i}].speaker"),
                        format!("unknown entity \"{speaker}\""),
                    ),
                    Some(e) => {
                        if let Some(own) = e
                            .party
                            .as_deref()
                            .filter(|&p| p != s.party && e.id != s.party)
                        {
                            let message = format!(
                                "speaker \"{speaker}\" speaks for \"{own}\", not for \"{}\"",
                                s.party
                            );
                            self.report(format!("stances[{i}].speaker"), message);
                        }
                    }
                }
            }
            if s.quote.trim().is_empty() {
                self.report(format!("stances[{i}].quote"), "must not be empty");
            } else if !a.body.iter().any(|p| p.contains(s.quote.as_str())) {
                self.report(
                    format!("stances[{i}].quote"),
                    format!(
                        "\"{}\" does not occur verbatim in any paragraph of the body",
                        s.quote
                    ),
                );
            }
        }
    }
}

/// `YYYY-MM-DD` naming a real day of the Gregorian calendar.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A BCP 47-shaped tag: a 2–3 letter language, then alphanumeric subtags of 1–8.
fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2024-13-01"));
        assert!(!is_iso_date("2024-1-01"));
        assert!(!is_iso_date("+024-01-01"));
        assert!(!is_iso_date("2024-04-31"));
    }

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en"));
        assert!(is_language_tag("fa-IR"));
        assert!(is_language_tag("zh-Hant-TW"));
        assert!(!is_language_tag("english language"));
        assert!(!is_language_tag("e"));
        assert!(!is_language_tag("en-"));
    }
}
