//! Where names occur: runs of capitalised words, cut into demonyms, titles of office and the
//! names themselves, with sentence-initial capitals explained away.

use std::ops::Range;

use rustc_hash::FxHashSet as HashSet;

use super::gazetteer::{Gazetteer, Hit};
use super::kinds;
use super::words::{Word, words};
use crate::article::EntityKind;

/// Words that a capital at the start of a sentence does not make a name.
const FUNCTION_WORDS: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Against",
    "All",
    "Already",
    "Also",
    "Although",
    "Amid",
    "Among",
    "An",
    "And",
    "Any",
    "As",
    "At",
    "Before",
    "Besides",
    "Between",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "Finally",
    "Following",
    "For",
    "From",
    "Further",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Including",
    "Indeed",
    "Instead",
    "It",
    "Its",
    "Last",
    "Later",
    "Like",
    "Many",
    "Meanwhile",
    "Moreover",
    "Most",
    "My",
    "Next",
    "No",
    "Not",
    "Now",
    "Of",
    "On",
    "Once",
    "Only",
    "Or",
    "Our",
    "Over",
    "Separately",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "To",
    "Today",
    "Under",
    "Unlike",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Without",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Capitalised words that name times, not things.
const TIME_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Lowercase words that may join the capitalised words of one name ("Strait of Hormuz").
const CONNECTORS: &[&str] = &[
    "of", "de", "du", "da", "del", "der", "van", "von", "bin", "al",
];

/// Capitalised adjectives that name no one thing ("the Western position").
const ADJECTIVES: &[&str] = &[
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Arab",
    "Muslim",
    "Christian",
    "Jewish",
    "Sunni",
    "Shia",
    "Shiite",
    "Islamic",
    "Catholic",
    "Orthodox",
    "Protestant",
    "Kurdish",
    "European",
    "African",
    "Asian",
    "Latin",
    "Nordic",
    "Baltic",
    "Gulf",
    "English",
    "Arabic",
    "Persian",
    "Farsi",
];

/// Words before a title that stay part of it ("Deputy Foreign Minister").
const TITLE_MODIFIERS: &[&str] = &[
    "Acting",
    "Deputy",
    "Former",
    "Interim",
    "Vice",
    "Assistant",
    "Senior",
];

/// Offices: a title's last word, after up to two words naming the office's field ("Foreign
/// Minister", "Climate Envoy", "Army Chief").
const OFFICES: &[&str] = &[
    "Minister",
    "Secretary",
    "Commissioner",
    "Envoy",
    "Ambassador",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Adviser",
    "Advisor",
    "Director",
    "Governor",
    "Commander",
    "Chief",
    "Negotiator",
    "Representative",
    "Coordinator",
];

/// Prefixes of ships' names.
const SHIP_PREFIXES: &[&str] = &["USS", "HMS", "HMCS", "HMAS", "INS", "RFS", "MV", "SS", "RV"];

/// One place where a name (or what stands for one) occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Occurrence {
    /// The paragraph.
    pub paragraph: usize,
    /// The text that would be linked, as byte offsets into the paragraph.
    pub span: Range<usize>,
    /// What the rules made of it.
    pub what: What,
}

/// What an occurrence is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum What {
    /// A gazetteer entry, by name or demonym.
    Known(Hit),
    /// A person named after a title of office: "Foreign Minister Abbas Aragchi".
    Titled {
        /// The name without the title ("Abbas Aragchi").
        name: String,
        /// The title ("Foreign Minister").
        title: String,
        /// The gazetteer entry the title is of ("Iranian …", "Iran’s …", "U.N. …").
        of: Option<usize>,
    },
    /// A title with a determiner and no name: "The Israeli Prime Minister".
    Description {
        /// The title.
        title: String,
        /// The gazetteer entry it is of, when the text says.
        of: Option<usize>,
    },
    /// A ship: "USS Abraham Lincoln".
    Ship,
    /// Any other name.
    Name {
        /// Another name given after it in brackets: "HRANA" in "… News Agency (HRANA)".
        alias: Option<String>,
        /// One capitalised word opening a sentence: a name only if the rest of the text
        /// says so (it spells it elsewhere, or it is someone's surname).
        unsure: bool,
    },
}

/// Every name occurrence in `paragraphs`, in text order.
pub(crate) fn occurrences(paragraphs: &[String], gazetteer: &Gazetteer) -> Vec<Occurrence> {
    let lowercase = lowercase_words(paragraphs);
    let mut out = Vec::new();
    for (p, text) in paragraphs.iter().enumerate() {
        let words = words(text);
        let mut i = 0;
        while i < words.len() {
            if !is_name_word(&words[i]) {
                i += 1;
                continue;
            }
            let end = run_end(text, &words, i, gazetteer);
            let run = Run {
                text,
                words: &words,
                paragraph: p,
            };
            run.read(i..end, gazetteer, &lowercase, &mut out);
            i = end;
        }
    }
    out
}

/// Every word the text uses in lowercase somewhere: a capitalised word at a sentence start
/// that the text also uses in lowercase is an ordinary word.
fn lowercase_words(paragraphs: &[String]) -> HashSet<String> {
    paragraphs
        .iter()
        .flat_map(|p| words(p))
        .filter(|w| w.text.chars().next().is_some_and(char::is_lowercase))
        .map(|w| w.text.to_owned())
        .collect()
}

fn is_name_word(word: &Word<'_>) -> bool {
    word.is_capitalised() && !TIME_WORDS.contains(&word.text)
}

/// Whether only a space (or an abbreviation's full stop and a space) separates two words.
fn adjacent(text: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    let between = &text[a.end..b.start];
    between == " " || (between == ". " && super::words::is_abbreviation(a.text))
}

/// The end (exclusive word index) of the run of name words starting at `start`.
fn run_end(text: &str, words: &[Word<'_>], start: usize, gazetteer: &Gazetteer) -> usize {
    let mut end = start + 1;
    while end < words.len() {
        let (prev, next) = (&words[end - 1], &words[end]);
        // "Secretary-General", but not "U.S.-Iran" or "Iran-Iraq".
        let hyphenated = &text[prev.end..next.start] == "-"
            && !prev.text.ends_with('.')
            && !(gazetteer.lookup(prev.text).is_some() && gazetteer.lookup(next.text).is_some());
        if is_name_word(next) && !next.opens_sentence && (adjacent(text, prev, next) || hyphenated)
        {
            end += 1;
        } else if CONNECTORS.contains(&next.text)
            && adjacent(text, prev, next)
            && words
                .get(end + 1)
                .is_some_and(|after| is_name_word(after) && adjacent(text, next, after))
        {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// One run of name words in a paragraph, being read.
struct Run<'a, 't> {
    text: &'t str,
    words: &'a [Word<'t>],
    paragraph: usize,
}

impl Run<'_, '_> {
    fn slice(&self, words: Range<usize>) -> &str {
        &self.text[self.words[words.start].start..self.words[words.end - 1].end]
    }

    fn push(&self, out: &mut Vec<Occurrence>, words: Range<usize>, what: What) {
        out.push(Occurrence {
            paragraph: self.paragraph,
            span: self.words[words.start].start..self.words[words.end - 1].end,
            what,
        });
    }

    fn read(
        &self,
        mut run: Range<usize>,
        gazetteer: &Gazetteer,
        lowercase: &HashSet<String>,
        out: &mut Vec<Occurrence>,
    ) {
        // A determiner before the run ("the Israeli Prime Minister"), or opening it.
        let mut determiner = run
            .start
            .checked_sub(1)
            .filter(|&d| matches!(self.words[d].text, "the" | "The"))
            .filter(|&d| self.text[self.words[d].end..self.words[run.start].start] == *" ");
        let first = &self.words[run.start];
        if first.opens_sentence
            && gazetteer.lookup(first.text).is_none()
            && (FUNCTION_WORDS.contains(&first.text)
                || lowercase.contains(&first.text.to_lowercase()))
        {
            if first.text == "The" {
                determiner = Some(run.start);
            }
            run.start += 1;
            // A connector left at the front is no longer inside a name.
            if run.start < run.end && CONNECTORS.contains(&self.words[run.start].text) {
                run.start += 1;
            }
        }
        if run.is_empty() {
            return;
        }
        let of = self.possessive_country(run.start, gazetteer);
        // "Prime Minister Feleti Teo of Tuvalu": a name, then the country it is of.
        if gazetteer.lookup(self.slice(run.clone())).is_none()
            && let Some((at, hit)) = self.of_country(run.clone(), gazetteer)
        {
            self.read_name(run.start..at, determiner, Some(hit.entry()), gazetteer, out);
            self.push(out, at + 1..run.end, What::Known(hit));
            return;
        }
        self.read_name(run, determiner, of, gazetteer, out);
    }

    /// Reads a run that holds one name, perhaps after a demonym and titles; `of` is what
    /// the text says a title in it is of.
    fn read_name(
        &self,
        mut run: Range<usize>,
        determiner: Option<usize>,
        mut of: Option<usize>,
        gazetteer: &Gazetteer,
        out: &mut Vec<Occurrence>,
    ) {
        // The whole run, a gazetteer name ("United States", "Strait of Hormuz").
        if let Some(hit) = gazetteer.lookup(self.slice(run.clone())) {
            self.push(out, run, What::Known(hit));
            return;
        }
        // A demonym, country or organisation opening the run: "Israeli Prime Minister …",
        // "U.N. Secretary-General …"; not "Russian Agricultural Bank", one name.
        if let Some((end, hit)) = self.known_prefix(run.clone(), gazetteer) {
            let titled = self.title_at(end, run.end, gazetteer).is_some();
            let last = self.words[run.end - 1].text;
            let is_country = gazetteer.entry(hit.entry()).kind == EntityKind::Country;
            if titled || (is_country && !kinds::is_institution(last)) {
                self.push(out, run.start..end, What::Known(hit));
                of = Some(hit.entry());
                run.start = end;
            }
        }
        // Titles of office, one or more ("Supreme Leader Ayatollah …").
        let titled = run.start;
        let mut title = None;
        while let Some(end) = self.title_at(run.start, run.end, gazetteer) {
            title.get_or_insert(run.start..end);
            run.start = end;
        }
        if let Some(title) = title {
            let title = self.slice(title).to_owned();
            if run.is_empty() {
                if let Some(d) = determiner {
                    self.push(out, d..run.end, What::Description { title, of });
                }
            } else {
                let name = self.slice(run.clone()).to_owned();
                self.push(out, titled..run.end, What::Titled { name, title, of });
            }
            return;
        }
        if run.len() > 1 && SHIP_PREFIXES.contains(&self.words[run.start].text) {
            self.push(out, run, What::Ship);
            return;
        }
        if run.len() == 1 && ADJECTIVES.contains(&self.words[run.start].text) {
            return;
        }
        let alias = self.bracketed_alias(run.end);
        let unsure = run.len() == 1
            && self.words[run.start].opens_sentence
            && !self.words[run.start].is_acronym();
        self.push(out, run, What::Name { alias, unsure });
    }

    /// Where "of" stands in a run that ends "of <country>", after a name that is not an
    /// institution's ("Feleti Teo of Tuvalu", not "Bank of Israel").
    fn of_country(&self, run: Range<usize>, gazetteer: &Gazetteer) -> Option<(usize, Hit)> {
        let at = (run.start + 1..run.end).find(|&i| self.words[i].text == "of")?;
        let hit = gazetteer.lookup(self.slice(at + 1..run.end))?;
        let before = self.words[at - 1].text;
        (matches!(hit, Hit::Name(_))
            && gazetteer.entry(hit.entry()).kind == EntityKind::Country
            && !kinds::is_institution(before))
        .then_some((at, hit))
    }

    /// The longest gazetteer spelling that opens `run` and leaves words after it.
    fn known_prefix(&self, run: Range<usize>, gazetteer: &Gazetteer) -> Option<(usize, Hit)> {
        (run.start + 1..run.end).rev().find_map(|end| {
            gazetteer
                .lookup(self.slice(run.start..end))
                .map(|hit| (end, hit))
        })
    }

    /// The end of the longest title of office starting at word `at`, within `..end`: a
    /// listed title, or up to two words before an office ("Deputy Foreign Minister"),
    /// either after modifiers ("Acting", "Deputy").
    fn title_at(&self, at: usize, end: usize, gazetteer: &Gazetteer) -> Option<usize> {
        let mut start = at;
        while start < end && TITLE_MODIFIERS.contains(&self.words[start].text) {
            start += 1;
        }
        let listed = (start + 1..=end).rev().find(|&e| {
            let spelled = self.slice(start..e);
            gazetteer
                .titles()
                .any(|t| t == spelled || t.trim_end_matches('.') == spelled)
        });
        let office = (start..end.min(start + 3))
            .find(|&h| OFFICES.contains(&self.words[h].text))
            .map(|h| h + 1);
        listed.max(office)
    }

    /// The country named in a possessive just before word `at`: "Iran’s".
    fn possessive_country(&self, at: usize, gazetteer: &Gazetteer) -> Option<usize> {
        let s = self.words.get(at.checked_sub(1)?)?;
        let owner = self.words.get(at.checked_sub(2)?)?;
        let apostrophe = &self.text[owner.end..s.start];
        if s.text != "s" || !matches!(apostrophe, "’" | "'") {
            return None;
        }
        let hit = gazetteer.lookup(owner.text)?;
        (gazetteer.entry(hit.entry()).kind == EntityKind::Country).then_some(hit.entry())
    }

    /// A name in brackets right after word `end - 1`: "… Agency (HRANA)".
    fn bracketed_alias(&self, end: usize) -> Option<String> {
        let word = self.words.get(end)?;
        let before = &self.text[self.words[end - 1].end..word.start];
        let after = self.text[word.end..].chars().next();
        (before == " (" && after == Some(')') && word.is_capitalised())
            .then(|| word.text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, What)> {
        let paragraphs = vec![text.to_owned()];
        occurrences(&paragraphs, &Gazetteer::builtin())
            .into_iter()
            .map(|o| (text[o.span].to_owned(), o.what))
            .collect()
    }

    #[test]
    fn titles_demonyms_and_sentence_starts() {
        let g = Gazetteer::builtin();
        let israel = g.lookup("Israel").map(|h| h.entry());
        let got = found(
            "The talks began. Israeli Prime Minister Benjamin Netanyahu spoke. \
             The Israeli Prime Minister left for the Strait of Hormuz with Gen. Ali Reza.",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Israeli",
                "Prime Minister Benjamin Netanyahu",
                "Israeli",
                "The Israeli Prime Minister",
                "Strait of Hormuz",
                "Gen. Ali Reza"
            ]
        );
        assert_eq!(
            got[1].1,
            What::Titled {
                name: "Benjamin Netanyahu".into(),
                title: "Prime Minister".into(),
                of: israel
            }
        );
        assert_eq!(
            got[3].1,
            What::Description {
                title: "Prime Minister".into(),
                of: israel
            }
        );
    }

    #[test]
    fn months_ships_acronyms_and_possessives() {
        let got = found(
            "On March 3 the USS Nimitz sailed. The Human Rights Centre (HRC) said Iran’s \
             Supreme Leader Ayatollah Ali Khamenei agreed.",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "USS Nimitz",
                "Human Rights Centre",
                "HRC",
                "Iran",
                "Supreme Leader Ayatollah Ali Khamenei"
            ]
        );
        assert_eq!(
            got[1].1,
            What::Name {
                alias: Some("HRC".into()),
                unsure: false
            }
        );
        assert!(
            matches!(&got[4].1, What::Titled { title, of: Some(_), .. } if title == "Supreme Leader")
        );
    }
}
