//! Suggestions for an article's author: the entities its text names (with kinds, aliases,
//! roles and the country a person speaks for), explicit mentions for descriptions that stand
//! for one ("The agency"), and sentences that state stances. Deterministic rules over the text
//! and a small gazetteer; no model.
//!
//! ```
//! use stancemap_core::suggest::{Suggester, gazetteer::Gazetteer};
//! let body = vec![
//!     "Iranian Foreign Minister Abbas Aragchi met Oman’s envoy in Muscat.".to_owned(),
//!     "Aragchi said Iran is ready to talk.".to_owned(),
//! ];
//! let gazetteer = Gazetteer::builtin();
//! let found = Suggester::new(&gazetteer).suggest(&body);
//! let aragchi = found.entities.iter().find(|s| s.entity.name == "Abbas Aragchi").unwrap();
//! assert_eq!(aragchi.entity.aliases, ["Foreign Minister Abbas Aragchi", "Aragchi"]);
//! assert_eq!(aragchi.entity.party.as_deref(), Some("iran"));
//! assert_eq!(found.stances[0].party.as_deref(), Some("iran"));
//! ```

pub mod draft;
pub mod gazetteer;
pub mod ids;
mod kinds;
pub mod markdown;
mod names;
pub mod phrases;
pub mod quality;
mod stances;
mod words;

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

use crate::EntityIx;
use crate::article::{Entity, EntityKind, ExplicitMention};
use crate::linker::Linker;
use gazetteer::Gazetteer;
use names::{Occurrence, What, occurrences};
pub use stances::StanceSuggestion;

/// The words of `text` as byte ranges, as the rules read them ("U.S." is one word).
pub fn words(text: &str) -> Vec<std::ops::Range<usize>> {
    words::words(text)
        .into_iter()
        .map(|w| w.start..w.end)
        .collect()
}

/// Why an entity is suggested: what the studio shows beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// An entity of another article in the library, spelled the same.
    Library,
    /// A name from the built-in gazetteer.
    Gazetteer,
    /// A name after a title of office ("President …").
    Title,
    /// Capitalised words the rules took for a name.
    Capitals,
}

impl Reason {
    /// Why, in words.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Library => "in your library",
            Reason::Gazetteer => "a known name",
            Reason::Title => "named with a title",
            Reason::Capitals => "capitalised",
        }
    }
}

/// One suggested entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The entity as it would go into the article.
    pub entity: Entity,
    /// How many mentions it would have (the linker's own count).
    pub mentions: usize,
    /// Why it is suggested.
    pub reason: Reason,
}

/// Everything suggested for one text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Suggestions {
    /// Entities, most mentioned first.
    pub entities: Vec<Suggestion>,
    /// Explicit mentions for descriptions that stand for one of the entities.
    pub mentions: Vec<ExplicitMention>,
    /// Sentences that state a stance, in text order.
    pub stances: Vec<StanceSuggestion>,
}

/// Makes suggestions with a gazetteer and the entities an author's library already has.
pub struct Suggester<'g> {
    gazetteer: &'g Gazetteer,
    library: Vec<Entity>,
}

/// An entity being gathered from its occurrences.
struct Group {
    name: String,
    kind: EntityKind,
    reason: Reason,
    /// The spellings in the text, in the order first seen.
    spellings: Vec<String>,
    /// The title it was named with, and the gazetteer country the title is of.
    title: Option<(String, Option<usize>)>,
    /// The gazetteer entry it is, if it is one.
    known: Option<usize>,
    /// Where it first occurs: paragraph and byte offset.
    first: (usize, usize),
}

impl Group {
    fn add(&mut self, spelling: &str) {
        if !self.spells(spelling) {
            self.spellings.push(spelling.to_owned());
        }
    }

    /// Whether `spelling` is its name or one of its spellings.
    fn spells(&self, spelling: &str) -> bool {
        self.name == spelling || self.spellings.iter().any(|s| s == spelling)
    }

    /// Takes in `other`'s spellings; its own name, kind and title stay.
    fn absorb(&mut self, other: Group) {
        if !self.spells(&other.name) {
            self.spellings.push(other.name);
        }
        for spelling in other.spellings {
            self.add(&spelling);
        }
        if self.title.is_none() {
            self.title = other.title;
        }
        self.first = self.first.min(other.first);
    }
}

impl<'g> Suggester<'g> {
    /// A suggester with no library.
    pub fn new(gazetteer: &'g Gazetteer) -> Suggester<'g> {
        Suggester {
            gazetteer,
            library: Vec::new(),
        }
    }

    /// Suggest the library's entities (same id, name and card) wherever the text spells one.
    pub fn with_library(mut self, entities: impl IntoIterator<Item = Entity>) -> Self {
        self.library.extend(entities);
        self
    }

    /// Suggestions for an article whose paragraphs are `body`.
    pub fn suggest(&self, body: &[String]) -> Suggestions {
        let found = occurrences(body, self.gazetteer);
        let mut groups = self.group(body, &found);
        let entities = self.entities(&mut groups);
        let mentions = descriptions(self.gazetteer, body, &found, &groups, &entities);
        let linker = Linker::new(
            entities
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.spellings().map(move |s| (EntityIx::new(i), s))),
        );
        let links: Vec<_> = body.iter().map(|p| linker.link(p)).collect();
        let mut counts = vec![0; entities.len()];
        for span in links.iter().flatten() {
            counts[span.entity.get()] += 1;
        }
        let stances = stances::sentences(body, &entities, &links);
        let mut ranked: Vec<(usize, Suggestion)> = entities
            .into_iter()
            .zip(groups)
            .enumerate()
            .filter(|&(i, _)| counts[i] > 0)
            .map(|(i, (entity, group))| {
                (
                    i,
                    Suggestion {
                        entity,
                        mentions: counts[i],
                        reason: group.reason,
                    },
                )
            })
            .collect();
        ranked.sort_by_key(|(i, s)| (std::cmp::Reverse(s.mentions), *i));
        Suggestions {
            entities: ranked.into_iter().map(|(_, s)| s).collect(),
            mentions,
            stances,
        }
    }

    /// Gathers the occurrences into entities: gazetteer entries and full names first, then
    /// single words, which join a person whose surname they are or an acronym's expansion.
    fn group(&self, body: &[String], found: &[Occurrence]) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::default();
        let mut aliases: HashMap<String, usize> = HashMap::default();
        let single = |o: &Occurrence| match &o.what {
            What::Name { .. } => !body[o.paragraph][o.span.clone()].contains(' '),
            What::Titled { name, .. } => !name.contains(' '),
            _ => false,
        };
        let unsure = |o: &Occurrence| matches!(o.what, What::Name { unsure: true, .. });
        // Full names, then single words, then single words that open a sentence, which are
        // names only if they join one found already.
        let passes: [&dyn Fn(&Occurrence) -> bool; 3] =
            [&|o| !single(o), &|o| single(o) && !unsure(o), &unsure];
        for (pass, belongs) in passes.into_iter().enumerate() {
            for o in found.iter().filter(|o| belongs(o)) {
                let text = &body[o.paragraph][o.span.clone()];
                let word = match &o.what {
                    What::Titled { name, .. } => name.as_str(),
                    _ => text,
                };
                let joins = aliases
                    .get(word)
                    .copied()
                    .or_else(|| part_of_name(&groups, word))
                    .map(|g| groups[g].name.clone());
                let key = match &o.what {
                    What::Known(hit) => format!("\0{}", hit.entry()),
                    What::Description { .. } => continue,
                    What::Titled { name, .. } => joins.unwrap_or_else(|| name.clone()),
                    What::Ship | What::Name { .. } => joins.unwrap_or_else(|| text.to_owned()),
                };
                if pass == 2 && !by_key.contains_key(&key) {
                    continue;
                }
                let ix = *by_key.entry(key).or_insert_with(|| {
                    groups.push(self.start_group(body, o));
                    groups.len() - 1
                });
                let group = &mut groups[ix];
                group.add(text);
                if let What::Titled { title, of, .. } = &o.what {
                    group.kind = EntityKind::Person;
                    group.reason = Reason::Title;
                    group.title.get_or_insert((title.clone(), *of));
                }
                if let What::Name {
                    alias: Some(alias), ..
                } = &o.what
                {
                    aliases.insert(alias.clone(), ix);
                }
            }
        }
        self.merged(groups)
    }

    /// `groups` with any two that share a spelling, or stand for one entity of the library,
    /// made one: no spelling may link to two entities.
    fn merged(&self, mut groups: Vec<Group>) -> Vec<Group> {
        let in_library = |g: &Group| {
            self.library
                .iter()
                .position(|e| e.spellings().any(|s| g.spells(s)))
        };
        loop {
            let before = groups.len();
            let mut out: Vec<Group> = Vec::with_capacity(before);
            for group in groups {
                let library = in_library(&group);
                let twin = out.iter().position(|o| {
                    o.spells(&group.name)
                        || group.spellings.iter().any(|s| o.spells(s))
                        || library.is_some() && in_library(o) == library
                });
                match twin {
                    Some(i) => out[i].absorb(group),
                    None => out.push(group),
                }
            }
            groups = out;
            if groups.len() == before {
                return groups;
            }
        }
    }

    fn start_group(&self, body: &[String], o: &Occurrence) -> Group {
        let paragraph = &body[o.paragraph];
        let text = &paragraph[o.span.clone()];
        let mut group = Group {
            name: text.to_owned(),
            kind: EntityKind::Other,
            reason: Reason::Capitals,
            spellings: Vec::new(),
            title: None,
            known: None,
            first: (o.paragraph, o.span.start),
        };
        match &o.what {
            What::Known(hit) => {
                let entry = self.gazetteer.entry(hit.entry());
                group.name.clone_from(&entry.name);
                group.kind = entry.kind;
                group.known = Some(hit.entry());
                group.reason = Reason::Gazetteer;
            }
            What::Titled { name, .. } => group.name.clone_from(name),
            What::Ship => group.kind = EntityKind::Vessel,
            What::Name { .. } | What::Description { .. } => {
                let before = &paragraph[..o.span.start];
                let after = &paragraph[o.span.end..];
                group.kind = kinds::guess(text, before, after);
                // "East Africa", "Blue Nile": a name ending in a known place is a place.
                let (head, last) = text.rsplit_once(' ').unwrap_or(("", text));
                let place = self.gazetteer.lookup(last).is_some_and(|hit| {
                    matches!(hit, gazetteer::Hit::Name(_))
                        && matches!(
                            self.gazetteer.entry(hit.entry()).kind,
                            EntityKind::Place | EntityKind::Country
                        )
                });
                if place && !head.is_empty() && group.kind == EntityKind::Person {
                    group.kind = EntityKind::Place;
                }
            }
        }
        group
    }

    /// The groups as entities: ids, names, aliases, roles and parties; a group that spells
    /// an entity of the library becomes that entity.
    fn entities(&self, groups: &mut [Group]) -> Vec<Entity> {
        let mut entities: Vec<Entity> = Vec::with_capacity(groups.len());
        for group in groups.iter_mut() {
            let from_library = self
                .library
                .iter()
                .find(|e| e.spellings().any(|s| group.spells(s)));
            let mut entity = match from_library {
                Some(known) => {
                    group.reason = Reason::Library;
                    known.clone()
                }
                None => {
                    let taken = |id: &str| entities.iter().any(|e| e.id == id);
                    Entity {
                        id: ids::unique(&ids::slugify(&group.name), taken),
                        name: group.name.clone(),
                        kind: group.kind,
                        aliases: Vec::new(),
                        role: self.role(group),
                        party: None,
                        summary: None,
                        link: None,
                    }
                }
            };
            for spelling in &group.spellings {
                let taken = entities
                    .iter()
                    .any(|e| e.spellings().any(|s| s == spelling));
                if !taken && !entity.spellings().any(|s| s == spelling) {
                    entity.aliases.push(spelling.clone());
                }
            }
            entities.push(entity);
        }
        // A person speaks for the country their title is of, when the text names it.
        for (i, group) in groups.iter().enumerate() {
            let Some((_, Some(country))) = group.title else {
                continue;
            };
            if entities[i].party.is_none() {
                let party = groups.iter().position(|g| g.known == Some(country));
                entities[i].party = party.map(|p| entities[p].id.clone());
            }
        }
        // A party from the library that this text does not name is left out.
        let ids: Vec<String> = entities.iter().map(|e| e.id.clone()).collect();
        for entity in &mut entities {
            if entity.party.as_ref().is_some_and(|p| !ids.contains(p)) {
                entity.party = None;
            }
        }
        entities
    }

    /// A role from the title ("Foreign Minister of Iran") or the gazetteer ("Capital of Iran").
    fn role(&self, group: &Group) -> Option<String> {
        if let Some((title, country)) = &group.title {
            return Some(match country {
                Some(c) => format!(
                    "{title} of {}",
                    self.gazetteer.entry(*c).name_in_a_sentence()
                ),
                None => title.clone(),
            });
        }
        let capital_of = self.gazetteer.entry(group.known?).capital_of?;
        Some(format!(
            "Capital of {}",
            self.gazetteer.entry(capital_of).name_in_a_sentence()
        ))
    }
}

/// The one person whose surname is the single word `word` or, failing that, the one whose
/// first name it is ("Trump", "Abiy" for Abiy Ahmed).
fn part_of_name(groups: &[Group], word: &str) -> Option<usize> {
    let only = |part: fn(&str) -> Option<&str>| {
        let mut people = groups.iter().enumerate().filter(|(_, g)| {
            g.kind == EntityKind::Person && g.name.contains(' ') && part(&g.name) == Some(word)
        });
        let (first, _) = people.next()?;
        people.next().is_none().then_some(first)
    };
    only(|name| name.rsplit(' ').next()).or_else(|| only(|name| name.split(' ').next()))
}

/// Lowercase words for an office after "the" and a demonym: "the Turkish leader".
const ROLE_NOUNS: &[&str] = &[
    "leader",
    "president",
    "premier",
    "minister",
    "chancellor",
    "king",
    "queen",
    "envoy",
    "ambassador",
    "negotiator",
    "spokesman",
    "spokeswoman",
];

/// Of those, the ones that fit any title ("the Chinese envoy" for a vice foreign minister).
const GENERIC_ROLES: &[&str] = &["leader", "envoy", "negotiator"];

/// Explicit mentions for definite descriptions of entities named before them in the text:
/// "The Israeli Prime Minister" and "the Turkish leader" (the one person with a title of that
/// country), "the agency" (the one organisation whose name ends in Agency).
fn descriptions(
    gazetteer: &Gazetteer,
    body: &[String],
    found: &[Occurrence],
    groups: &[Group],
    entities: &[Entity],
) -> Vec<ExplicitMention> {
    let mut mentions: Vec<ExplicitMention> = Vec::new();
    let mut push = |entity: usize, quote: &str, paragraph: usize| {
        let mention = ExplicitMention {
            entity: entities[entity].id.clone(),
            quote: quote.to_owned(),
            paragraph: Some(paragraph),
        };
        if !mentions.contains(&mention) {
            mentions.push(mention);
        }
    };
    for o in found {
        let What::Description { title, of } = &o.what else {
            continue;
        };
        let mut holders = groups.iter().enumerate().filter(|(_, g)| {
            g.first < (o.paragraph, o.span.start)
                && g.title
                    .as_ref()
                    .is_some_and(|(t, c)| t == title && (of.is_none() || c == of))
        });
        if let (Some((holder, _)), None) = (holders.next(), holders.next()) {
            push(holder, &body[o.paragraph][o.span.clone()], o.paragraph);
        }
    }
    for (p, text) in body.iter().enumerate() {
        let words = words::words(text);
        for (i, the) in words.iter().enumerate() {
            if !matches!(the.text, "the" | "The") {
                continue;
            }
            let follows = |j: usize| {
                words
                    .get(j)
                    .filter(|w| &text[words[j - 1].end..w.start] == " ")
            };
            let before = |g: &Group| g.first < (p, the.start);
            // "the agency": the one organisation named before whose name ends in Agency.
            if let Some(noun) = follows(i + 1) {
                let mut named = groups.iter().enumerate().filter(|(_, g)| {
                    g.kind == EntityKind::Organization
                        && before(g)
                        && g.name.contains(' ')
                        && g.name.rsplit(' ').next().map(str::to_lowercase).as_deref()
                            == Some(noun.text)
                });
                if let (Some((org, _)), None) = (named.next(), named.next()) {
                    push(org, &text[the.start..noun.end], p);
                }
            }
            // "the Turkish leader": the one person named before with a title of Turkey.
            let (Some(demonym), Some(noun)) = (follows(i + 1), follows(i + 2)) else {
                continue;
            };
            let Some(gazetteer::Hit::Demonym(country)) = gazetteer.lookup(demonym.text) else {
                continue;
            };
            if !ROLE_NOUNS.contains(&noun.text) {
                continue;
            }
            let mut holders = groups.iter().enumerate().filter(|(_, g)| {
                before(g)
                    && g.title.as_ref().is_some_and(|(title, of)| {
                        *of == Some(country)
                            && (GENERIC_ROLES.contains(&noun.text)
                                || title.to_lowercase().ends_with(noun.text))
                    })
            });
            if let (Some((person, _)), None) = (holders.next(), holders.next()) {
                push(person, &text[the.start..noun.end], p);
            }
        }
    }
    // In text order, as the author reads them.
    mentions.sort_by_key(|m| {
        let p = m.paragraph.unwrap_or_default();
        (p, body[p].find(&m.quote))
    });
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_entities_keep_their_identity() {
        let gazetteer = Gazetteer::builtin();
        let iran = Entity {
            id: "iran".into(),
            name: "Iran".into(),
            kind: EntityKind::Country,
            aliases: vec!["Iranian".into()],
            role: Some("Party to the talks".into()),
            party: None,
            summary: Some("A country.".into()),
            link: None,
        };
        let body = vec!["Iran and the Iranian envoy met in Tehran.".to_owned()];
        let found = Suggester::new(&gazetteer)
            .with_library([iran.clone()])
            .suggest(&body);
        let first = &found.entities[0];
        assert_eq!(first.entity, iran);
        assert_eq!((first.mentions, first.reason), (2, Reason::Library));
        assert_eq!(
            found.entities[1].entity.role.as_deref(),
            Some("Capital of Iran")
        );
    }
}
