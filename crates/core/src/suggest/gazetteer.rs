//! The built-in gazetteer: countries with their demonyms and capitals, major organisations and
//! news media, regions and waters, and titles of office, as data (`data/gazetteer.json`).

use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

use crate::article::EntityKind;

/// The JSON file's shape: compact rows, one per entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    #[allow(dead_code, reason = "documentation inside the data file")]
    about: String,
    countries: Vec<(String, Vec<String>, Vec<String>, String)>,
    organisations: Vec<(String, Vec<String>, EntityKind)>,
    places: Vec<(String, Vec<String>)>,
    titles: Vec<String>,
}

/// A named thing the gazetteer knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Its usual name.
    pub name: String,
    /// Other names it goes by ("U.S.", "America").
    pub aliases: Vec<String>,
    /// Adjectives naming it ("Iranian"): a country's demonyms.
    pub demonyms: Vec<String>,
    /// What kind of thing it is.
    pub kind: EntityKind,
    /// For a capital, the country it is the capital of (an index into the entries).
    pub capital_of: Option<usize>,
}

impl Known {
    /// The name as a sentence uses it: "the United States", "Iran".
    pub fn name_in_a_sentence(&self) -> String {
        let plural = [
            "States",
            "Islands",
            "Emirates",
            "Nations",
            "Netherlands",
            "Philippines",
        ];
        let the = self.name.starts_with("United ")
            || self.name.contains(" of ")
            || plural.iter().any(|p| self.name.ends_with(p))
            || self.name.ends_with("Republic")
            || self.name.ends_with("Union");
        if the && !self.name.starts_with("The ") {
            format!("the {}", self.name)
        } else {
            self.name.clone()
        }
    }
}

/// What a spelling is, to the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// The name or an alias of entry `0`.
    Name(usize),
    /// A demonym of country `0` ("Iranian").
    Demonym(usize),
}

impl Hit {
    /// The entry it refers to.
    pub fn entry(self) -> usize {
        match self {
            Hit::Name(i) | Hit::Demonym(i) => i,
        }
    }
}

/// Lists of known names, looked up by exact spelling.
pub struct Gazetteer {
    entries: Vec<Known>,
    spellings: HashMap<String, Hit>,
    titles: Vec<String>,
}

impl Gazetteer {
    /// The gazetteer that ships with Stancemap.
    ///
    /// ```
    /// use stancemap_core::suggest::gazetteer::{Gazetteer, Hit};
    /// let gazetteer = Gazetteer::builtin();
    /// let Some(Hit::Demonym(iran)) = gazetteer.lookup("Iranian") else { panic!() };
    /// assert_eq!(gazetteer.entry(iran).name, "Iran");
    /// assert!(gazetteer.is_title("Foreign Minister"));
    /// ```
    pub fn builtin() -> Gazetteer {
        Gazetteer::from_json(include_str!("../../data/gazetteer.json"))
            .expect("the built-in gazetteer is valid (tested)")
    }

    /// A gazetteer from JSON in the built-in one's shape.
    pub fn from_json(json: &str) -> Result<Gazetteer, serde_json::Error> {
        let data: Data = serde_json::from_str(json)?;
        let mut gazetteer = Gazetteer {
            entries: Vec::new(),
            spellings: HashMap::default(),
            titles: data.titles,
        };
        // Longest titles first, so that "Prime Minister" is tried before "Minister".
        gazetteer
            .titles
            .sort_by_key(|t| std::cmp::Reverse(t.split(' ').count()));
        for (name, aliases, demonyms, capital) in data.countries {
            let country = gazetteer.add(Known {
                name,
                aliases,
                demonyms,
                kind: EntityKind::Country,
                capital_of: None,
            });
            gazetteer.add(Known {
                name: capital,
                aliases: Vec::new(),
                demonyms: Vec::new(),
                kind: EntityKind::Place,
                capital_of: Some(country),
            });
        }
        for (name, aliases, kind) in data.organisations {
            gazetteer.add(Known {
                name,
                aliases,
                demonyms: Vec::new(),
                kind,
                capital_of: None,
            });
        }
        for (name, aliases) in data.places {
            gazetteer.add(Known {
                name,
                aliases,
                demonyms: Vec::new(),
                kind: EntityKind::Place,
                capital_of: None,
            });
        }
        Ok(gazetteer)
    }

    /// Adds an entry; a spelling already known keeps its first meaning (a country's name
    /// over a city of the same name).
    fn add(&mut self, known: Known) -> usize {
        let ix = self.entries.len();
        let names = std::iter::once(&known.name).chain(&known.aliases);
        for spelling in names {
            self.spellings
                .entry(spelling.clone())
                .or_insert(Hit::Name(ix));
        }
        for demonym in &known.demonyms {
            self.spellings
                .entry(demonym.clone())
                .or_insert(Hit::Demonym(ix));
        }
        self.entries.push(known);
        ix
    }

    /// What `spelling` names, if the gazetteer knows it.
    pub fn lookup(&self, spelling: &str) -> Option<Hit> {
        self.spellings.get(spelling).copied()
    }

    /// Entry `ix`.
    pub fn entry(&self, ix: usize) -> &Known {
        &self.entries[ix]
    }

    /// Whether `words` is a title of office ("Foreign Minister", "Ayatollah").
    pub fn is_title(&self, words: &str) -> bool {
        self.titles.iter().any(|t| t == words)
    }

    /// The titles, longest (in words) first.
    pub fn titles(&self) -> impl Iterator<Item = &str> {
        self.titles.iter().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_and_knows_capitals_and_organisations() {
        let g = Gazetteer::builtin();
        let Some(Hit::Name(tehran)) = g.lookup("Tehran") else {
            panic!("Tehran is a capital")
        };
        let iran = g.entry(tehran).capital_of.expect("a capital");
        assert_eq!(g.entry(iran).name, "Iran");
        assert_eq!(
            g.lookup("U.S.").map(|h| g.entry(h.entry()).name.as_str()),
            Some("United States")
        );
        let Some(Hit::Name(iaea)) = g.lookup("IAEA") else {
            panic!()
        };
        assert_eq!(g.entry(iaea).kind, EntityKind::Organization);
        // A country's name wins over a capital of the same name.
        let Some(Hit::Name(singapore)) = g.lookup("Singapore") else {
            panic!()
        };
        assert_eq!(g.entry(singapore).kind, EntityKind::Country);
        assert_eq!(g.titles().next().map(|t| t.split(' ').count()), Some(3));
    }
}
