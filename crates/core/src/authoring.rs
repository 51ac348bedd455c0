//! The studio's model: a draft article and the suggestions still to review, changed only by
//! its edits, each of which can be undone and redone. The studio's views call these edits and
//! show the draft; the rules and the article's consistency live here.
//!
//! ```
//! use stancemap_core::authoring::{Draft, Known};
//! use stancemap_core::suggest::{draft::Details, gazetteer::Gazetteer};
//! use stancemap_core::{EntityKind, SuggestionIx};
//!
//! let text = "Talks resume\n\nIranian Foreign Minister Abbas Aragchi said Iran is ready.";
//! let mut draft = Draft::from_text(text, &Details::default(), &Gazetteer::builtin(), Known::default());
//! assert_eq!(draft.article().title, "Talks resume");
//! let first = SuggestionIx::new(0);
//! draft.set_suggestion_kind(first, EntityKind::Country);
//! draft.accept(first);
//! assert_eq!(draft.article().entities.len(), 1);
//! draft.undo();
//! assert!(draft.article().entities.is_empty());
//! draft.redo();
//! assert_eq!(draft.article().entities[0].kind, EntityKind::Country);
//! ```

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Entity, EntityKind, ExplicitMention, Stance, StanceKind, Topic};
use crate::canonical::to_canonical_json;
use crate::index::{EntityIx, PartyIx, SentenceIx, StanceIx, SuggestionIx, TopicIx};
use crate::suggest::draft::{Details, paragraphs, title_and_body};
use crate::suggest::gazetteer::Gazetteer;
use crate::suggest::ids::{slugify, unique};
use crate::suggest::{StanceSuggestion, Suggester, Suggestion};
use crate::validate::{Problem, validate};

/// How many edits can be undone.
pub const UNDO_DEPTH: usize = 500;

/// Which way a party or topic moves in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the start (up, left).
    Earlier,
    /// Towards the end (down, right).
    Later,
}

/// What the author's library already knows, offered again with the same identity: its
/// articles' entities (suggested where the text spells them) and topics.
#[derive(Debug, Clone, Copy, Default)]
pub struct Known<'a> {
    /// The entities of the library's articles.
    pub entities: &'a [Entity],
    /// The topics of the library's articles.
    pub topics: &'a [Topic],
}

/// The topic of a new stance: one the article has, one from the library, or a new one by its
/// label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicChoice {
    /// An existing topic.
    Existing(TopicIx),
    /// A topic of the library (its place in [`Draft::known_topics`]), with its id and summary.
    Known(usize),
    /// A new topic with this label (its id is made from it).
    New(String),
}

/// A stance to add: a quote selected in a paragraph, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStance {
    /// The paragraph the quote is in.
    pub paragraph: usize,
    /// The quote's byte range in that paragraph.
    pub range: Range<usize>,
    /// Who takes the position.
    pub party: EntityIx,
    /// What it is about.
    pub topic: TopicChoice,
    /// The position.
    pub stance: StanceKind,
    /// Who says it, if the text says.
    pub speaker: Option<EntityIx>,
}

/// Why an edit was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The selection is empty, blank, or not within one paragraph.
    NoText,
    /// The text already links to an entity ("… already links to Iran").
    AlreadyLinked(String),
    /// The stance names a party, speaker or topic the draft does not have.
    Unknown,
}

/// Everything an edit changes: what undo restores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct State {
    article: Article,
    /// Entity suggestions still to review.
    suggestions: Vec<Suggestion>,
    /// Explicit mentions suggested for descriptions ("The agency"), still to review.
    mentions: Vec<ExplicitMention>,
    /// Stance sentences still to review.
    sentences: Vec<StanceSuggestion>,
    /// Parties suggested for people, `(person id, party id)`, set once both are entities.
    wanted_parties: Vec<(String, String)>,
    /// The library's topics that this article does not have.
    known_topics: Vec<Topic>,
    /// The ids of all the library's topics, in the library's order.
    #[serde(default)]
    library_order: Vec<String>,
}

/// A draft article and what remains to review, with its undo history.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    state: State,
    undo: Vec<State>,
    redo: Vec<State>,
}

impl Draft {
    /// A draft from an article's plain text (paragraphs separated by blank lines) and what the
    /// author says about it; `library` is the entities of the library's articles, suggested
    /// with their own ids and cards where the text spells them.
    pub fn from_text(
        text: &str,
        details: &Details,
        gazetteer: &Gazetteer,
        library: Known<'_>,
    ) -> Draft {
        let (title, body) = title_and_body(details, paragraphs(text));
        let mut article = crate::suggest::draft::draft(title, details, body, &Default::default());
        article.id = slugify(&article.title);
        Draft::suggested(article, gazetteer, library)
    }

    /// A draft of an existing article, to edit: its entities stay, and what its text names
    /// that they do not is suggested.
    pub fn from_article(article: Article, gazetteer: &Gazetteer, library: Known<'_>) -> Draft {
        Draft::suggested(article, gazetteer, library)
    }

    fn suggested(article: Article, gazetteer: &Gazetteer, library: Known<'_>) -> Draft {
        let found = Suggester::new(gazetteer)
            .with_library(library.entities.iter().cloned())
            .suggest(&article.body);
        let known = |spelling: &str| {
            article
                .entities
                .iter()
                .any(|e| e.spellings().any(|s| s == spelling))
        };
        let suggestions: Vec<Suggestion> = found
            .entities
            .into_iter()
            .filter(|s| !s.entity.spellings().any(known))
            .collect();
        let wanted_parties = suggestions
            .iter()
            .filter_map(|s| Some((s.entity.id.clone(), s.entity.party.clone()?)))
            .collect();
        let mentions = found
            .mentions
            .into_iter()
            .filter(|m| {
                !article
                    .mentions
                    .iter()
                    .any(|a| a.quote == m.quote && a.paragraph == m.paragraph)
            })
            .collect();
        // Phrases an existing stance already quotes are not offered again.
        let quoted: Vec<(usize, Range<usize>)> =
            article
                .stances
                .iter()
                .filter_map(|a| {
                    article.body.iter().enumerate().find_map(|(p, text)| {
                        text.find(&a.quote).map(|at| (p, at..at + a.quote.len()))
                    })
                })
                .collect();
        let sentences = found
            .stances
            .into_iter()
            .filter(|s| !quoted.iter().any(|(p, r)| overlaps(s, *p, r)))
            .collect();
        let mut known_topics: Vec<Topic> = Vec::new();
        for topic in library.topics {
            if article.topic(&topic.id).is_none() && !known_topics.iter().any(|t| t.id == topic.id)
            {
                known_topics.push(topic.clone());
            }
        }
        Draft {
            state: State {
                article,
                suggestions,
                mentions,
                sentences,
                wanted_parties,
                known_topics,
                library_order: library.topics.iter().map(|t| t.id.clone()).collect(),
            },
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// The article as it stands.
    pub fn article(&self) -> &Article {
        &self.state.article
    }

    /// Entity suggestions still to review, most mentioned first.
    pub fn suggestions(&self) -> &[Suggestion] {
        &self.state.suggestions
    }

    /// Explicit mentions suggested for descriptions whose entity is in the article.
    pub fn suggested_mentions(&self) -> impl Iterator<Item = (usize, &ExplicitMention)> {
        self.state
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| self.state.article.entity(&m.entity).is_some())
    }

    /// The library's topics this article does not have yet.
    pub fn known_topics(&self) -> &[Topic] {
        &self.state.known_topics
    }

    /// Stance sentences still to review.
    pub fn sentences(&self) -> &[StanceSuggestion] {
        &self.state.sentences
    }

    /// What is wrong with the article now, each with its JSON path.
    pub fn problems(&self) -> Vec<Problem> {
        validate(&self.state.article)
    }

    /// The article in the canonical form: what "Download JSON" and "Copy" give.
    pub fn to_json(&self) -> String {
        to_canonical_json(&self.state.article)
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last edit; false if there was none.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.state, previous));
        true
    }

    /// Redoes the last undone edit; false if there was none.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.state, next));
        true
    }

    /// Makes an edit: the state before it goes on the undo stack, unless it changed nothing.
    fn edit<T>(&mut self, change: impl FnOnce(&mut State) -> T) -> T {
        let before = self.state.clone();
        let result = change(&mut self.state);
        if self.state != before {
            self.undo.push(before);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
        result
    }

    /// Sets the title, subtitle, source, date and language.
    pub fn set_details(&mut self, details: &Details) {
        self.edit(|s| {
            let fresh = crate::suggest::draft::draft(
                details.title.clone().unwrap_or_default(),
                details,
                Vec::new(),
                &Default::default(),
            );
            let a = &mut s.article;
            a.title = fresh.title;
            a.subtitle = fresh.subtitle;
            a.source = fresh.source;
            a.published = fresh.published;
            a.language = fresh.language;
        });
    }

    /// The article's details, as [`Draft::set_details`] takes them.
    pub fn details(&self) -> Details {
        let a = &self.state.article;
        Details {
            title: Some(a.title.clone()),
            subtitle: a.subtitle.clone(),
            source: a.source.as_ref().map(|s| s.name.clone()),
            url: a.source.as_ref().and_then(|s| s.url.clone()),
            published: a.published.clone(),
            language: a.language.clone(),
        }
    }

    /// Accepts suggestion `ix`: its entity joins the article, and every occurrence of its
    /// spellings links to it. Returns the new entity's index.
    pub fn accept(&mut self, ix: SuggestionIx) -> Option<EntityIx> {
        if ix.get() >= self.state.suggestions.len() {
            return None;
        }
        Some(self.edit(|s| {
            let suggestion = s.suggestions.remove(ix.get());
            s.add_entity(suggestion.entity)
        }))
    }

    /// Rejects suggestion `ix`: it leaves the list.
    pub fn reject(&mut self, ix: SuggestionIx) {
        if ix.get() < self.state.suggestions.len() {
            self.edit(|s| s.suggestions.remove(ix.get()));
        }
    }

    /// Sets the kind suggestion `ix` would have.
    pub fn set_suggestion_kind(&mut self, ix: SuggestionIx, kind: EntityKind) {
        self.edit(|s| {
            if let Some(suggestion) = s.suggestions.get_mut(ix.get()) {
                suggestion.entity.kind = kind;
            }
        });
    }

    /// Sets entity `ix`'s kind.
    pub fn set_entity_kind(&mut self, ix: EntityIx, kind: EntityKind) {
        self.edit(|s| {
            if let Some(entity) = s.article.entities.get_mut(ix.get()) {
                entity.kind = kind;
            }
        });
    }

    /// Merges suggestion `ix` into entity `into`: its spellings become that entity's aliases.
    pub fn merge(&mut self, ix: SuggestionIx, into: EntityIx) {
        if ix.get() >= self.state.suggestions.len()
            || into.get() >= self.state.article.entities.len()
        {
            return;
        }
        self.edit(|s| {
            let suggestion = s.suggestions.remove(ix.get());
            for spelling in suggestion.entity.spellings() {
                s.add_alias(into, spelling);
            }
        });
    }

    /// Makes the words `range` of paragraph `paragraph` an entity of `kind`; every
    /// occurrence links to it.
    pub fn entity_from_text(
        &mut self,
        paragraph: usize,
        range: Range<usize>,
        kind: EntityKind,
    ) -> Result<EntityIx, Refusal> {
        let text = self.selected(paragraph, range)?;
        self.edit(|s| {
            let id = unique(&slugify(&text), |id| s.article.entity(id).is_some());
            s.suggestions
                .retain(|g| !g.entity.spellings().any(|sp| sp == text));
            Ok(s.add_entity(Entity {
                id,
                name: text.clone(),
                kind,
                aliases: Vec::new(),
                role: None,
                party: None,
                summary: None,
                link: None,
            }))
        })
    }

    /// Makes the words `range` of paragraph `paragraph` an explicit mention of `entity`
    /// ("the agency"), linked wherever that paragraph says them.
    pub fn mention_from_text(
        &mut self,
        paragraph: usize,
        range: Range<usize>,
        entity: EntityIx,
    ) -> Result<(), Refusal> {
        let quote = self.selected(paragraph, range)?;
        let Some(id) = self
            .state
            .article
            .entities
            .get(entity.get())
            .map(|e| e.id.clone())
        else {
            return Err(Refusal::NoText);
        };
        self.edit(|s| {
            s.article.mentions.push(ExplicitMention {
                entity: id,
                quote,
                paragraph: Some(paragraph),
            });
        });
        Ok(())
    }

    /// Accepts suggested mention `ix` (as numbered by [`Draft::suggested_mentions`]).
    pub fn accept_mention(&mut self, ix: usize) {
        if ix < self.state.mentions.len() {
            self.edit(|s| {
                let mention = s.mentions.remove(ix);
                s.article.mentions.push(mention);
            });
        }
    }

    /// Dismisses suggested mention `ix`.
    pub fn dismiss_mention(&mut self, ix: usize) {
        if ix < self.state.mentions.len() {
            self.edit(|s| s.mentions.remove(ix));
        }
    }

    /// Removes explicit mention `ix` of the article.
    pub fn remove_mention(&mut self, ix: usize) {
        if ix < self.state.article.mentions.len() {
            self.edit(|s| s.article.mentions.remove(ix));
        }
    }

    /// Adds a stance; its party joins the parties and a new topic the topics, at the end.
    pub fn add_stance(&mut self, new: NewStance) -> Result<StanceIx, Refusal> {
        let quote = self.selected(new.paragraph, new.range.clone())?;
        let entities = &self.state.article.entities;
        let (Some(party), speaker) = (
            entities.get(new.party.get()).map(|e| e.id.clone()),
            new.speaker
                .and_then(|s| entities.get(s.get()))
                .map(|e| e.id.clone()),
        ) else {
            return Err(Refusal::Unknown);
        };
        let topic_exists = match &new.topic {
            TopicChoice::Existing(t) => t.get() < self.state.article.topics.len(),
            TopicChoice::Known(k) => *k < self.state.known_topics.len(),
            TopicChoice::New(label) => !label.trim().is_empty(),
        };
        if !topic_exists || new.speaker.is_some() && speaker.is_none() {
            return Err(Refusal::Unknown);
        }
        Ok(self.edit(|s| {
            let topic = match new.topic {
                TopicChoice::Existing(t) => s.article.topics[t.get()].id.clone(),
                TopicChoice::Known(k) => s.take_known_topic(k),
                TopicChoice::New(label) => s.add_topic(&label),
            };
            if !s.article.parties.contains(&party) {
                s.article.parties.push(party.clone());
            }
            // The phrases the quote takes in are done with.
            s.sentences
                .retain(|phrase| !overlaps(phrase, new.paragraph, &new.range));
            s.article.stances.push(Stance {
                party,
                topic,
                stance: new.stance,
                speaker,
                quote,
                note: None,
            });
            StanceIx::new(s.article.stances.len() - 1)
        }))
    }

    /// Dismisses suggested stance sentence `ix`.
    pub fn dismiss_sentence(&mut self, ix: SentenceIx) {
        if ix.get() < self.state.sentences.len() {
            self.edit(|s| s.sentences.remove(ix.get()));
        }
    }

    /// Removes stance `ix`; a party left with no stance stays a party (a row of its own).
    pub fn remove_stance(&mut self, ix: StanceIx) {
        if ix.get() < self.state.article.stances.len() {
            self.edit(|s| s.article.stances.remove(ix.get()));
        }
    }

    /// Sets stance `ix`'s note.
    pub fn set_stance_note(&mut self, ix: StanceIx, note: &str) {
        self.edit(|s| {
            if let Some(stance) = s.article.stances.get_mut(ix.get()) {
                stance.note = Some(note.trim().to_owned()).filter(|n| !n.is_empty());
            }
        });
    }

    /// Adds the library's topic `known` (its place in [`Draft::known_topics`]).
    pub fn add_known_topic(&mut self, known: usize) -> Option<TopicIx> {
        if known >= self.state.known_topics.len() {
            return None;
        }
        Some(self.edit(|s| {
            let id = s.take_known_topic(known);
            TopicIx::new(
                s.article
                    .topics
                    .iter()
                    .position(|t| t.id == id)
                    .unwrap_or_default(),
            )
        }))
    }

    /// Adds a topic by its label; returns its index (an existing one with that id stays).
    pub fn add_topic(&mut self, label: &str) -> TopicIx {
        self.edit(|s| {
            let id = s.add_topic(label);
            TopicIx::new(
                s.article
                    .topics
                    .iter()
                    .position(|t| t.id == id)
                    .unwrap_or_default(),
            )
        })
    }

    /// Moves party `ix` one place `direction` among the parties (the matrix's rows).
    pub fn move_party(&mut self, ix: PartyIx, direction: Direction) {
        self.edit(|s| shift(&mut s.article.parties, ix.get(), direction));
    }

    /// Moves topic `ix` one place `direction` among the topics (the matrix's columns).
    pub fn move_topic(&mut self, ix: TopicIx, direction: Direction) {
        self.edit(|s| shift(&mut s.article.topics, ix.get(), direction));
    }

    /// Replaces entity `ix`'s card: its name, aliases, role, party, summary and link (its id
    /// and kind stay; ids are what other articles and links name).
    pub fn update_entity(&mut self, ix: EntityIx, card: Entity) {
        self.edit(|s| {
            if let Some(entity) = s.article.entities.get_mut(ix.get()) {
                *entity = Entity {
                    id: entity.id.clone(),
                    kind: entity.kind,
                    ..card
                };
            }
        });
    }

    /// Removes entity `ix`, with its explicit mentions, its place among the parties, and the
    /// stances it takes; the stances it speaks lose their speaker.
    pub fn remove_entity(&mut self, ix: EntityIx) {
        let Some(id) = self
            .state
            .article
            .entities
            .get(ix.get())
            .map(|e| e.id.clone())
        else {
            return;
        };
        self.edit(|s| {
            let a = &mut s.article;
            a.entities.remove(ix.get());
            a.mentions.retain(|m| m.entity != id);
            a.parties.retain(|p| *p != id);
            a.stances.retain(|st| st.party != id);
            for stance in &mut a.stances {
                if stance.speaker.as_deref() == Some(&id) {
                    stance.speaker = None;
                }
            }
            for entity in &mut a.entities {
                if entity.party.as_deref() == Some(&id) {
                    entity.party = None;
                }
            }
        });
    }

    /// The words `range` of paragraph `paragraph`, trimmed; refused if there are none.
    fn selected(&self, paragraph: usize, range: Range<usize>) -> Result<String, Refusal> {
        let text = self
            .state
            .article
            .body
            .get(paragraph)
            .and_then(|p| p.get(range))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(Refusal::NoText)?;
        match self
            .state
            .article
            .entities
            .iter()
            .find(|e| e.spellings().any(|s| s == text))
        {
            Some(e) => Err(Refusal::AlreadyLinked(e.name.clone())),
            None => Ok(text.to_owned()),
        }
    }

    /// The draft as JSON for local storage: the article and what remains to review.
    pub fn to_storage(&self) -> String {
        serde_json::to_string(&self.state).unwrap_or_default()
    }

    /// A draft stored by [`Draft::to_storage`]; its history starts afresh.
    pub fn from_storage(json: &str) -> Result<Draft, serde_json::Error> {
        Ok(Draft {
            state: serde_json::from_str(json)?,
            undo: Vec::new(),
            redo: Vec::new(),
        })
    }
}

impl State {
    /// Adds `entity`, leaving out spellings another entity has; its id is made unique, and
    /// parties wanted for it or by it are set where both are now entities.
    fn add_entity(&mut self, mut entity: Entity) -> EntityIx {
        let taken = |s: &str, a: &Article| a.entities.iter().any(|e| e.spellings().any(|x| x == s));
        entity.aliases.retain(|alias| !taken(alias, &self.article));
        entity.id = unique(&entity.id, |id| self.article.entity(id).is_some());
        if entity
            .party
            .as_ref()
            .is_some_and(|p| self.article.entity(p).is_none())
        {
            entity.party = None;
        }
        self.article.entities.push(entity);
        for (person, party) in &self.wanted_parties {
            let has_party = self.article.entity(party).is_some();
            if let Some(e) = self.article.entities.iter_mut().find(|e| &e.id == person)
                && e.party.is_none()
                && has_party
            {
                e.party = Some(party.clone());
            }
        }
        EntityIx::new(self.article.entities.len() - 1)
    }

    fn add_alias(&mut self, into: EntityIx, spelling: &str) {
        let taken = self
            .article
            .entities
            .iter()
            .any(|e| e.spellings().any(|s| s == spelling));
        if !taken {
            self.article.entities[into.get()]
                .aliases
                .push(spelling.to_owned());
        }
    }

    /// Moves the library's topic `known` into the article, before the first of the
    /// article's library topics that the library lists after it; its id.
    fn take_known_topic(&mut self, known: usize) -> String {
        let topic = self.known_topics.remove(known);
        let id = topic.id.clone();
        if self.article.topic(&id).is_none() {
            let rank = |id: &str| self.library_order.iter().position(|o| o == id);
            let mine = rank(&id);
            let at = self
                .article
                .topics
                .iter()
                .position(|t| rank(&t.id).is_some_and(|r| Some(r) > mine))
                .unwrap_or(self.article.topics.len());
            self.article.topics.insert(at, topic);
        }
        id
    }

    /// The id of the topic labelled `label`, added if there is none.
    fn add_topic(&mut self, label: &str) -> String {
        let label = label.trim();
        if let Some(t) = self.article.topics.iter().find(|t| t.label == label) {
            return t.id.clone();
        }
        let id = unique(&slugify(label), |id| self.article.topic(id).is_some());
        self.article.topics.push(Topic {
            id: id.clone(),
            label: label.to_owned(),
            summary: None,
        });
        id
    }
}

/// The words of a paragraph as byte ranges, as the studio's keyboard selection steps over
/// them: runs of letters and digits, a dotted abbreviation ("U.S.") as one.
///
/// ```
/// let text = "the U.S.-based “group”";
/// let words: Vec<&str> = stancemap_core::authoring::words(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(words, ["the", "U.S.", "based", "group"]);
/// ```
pub fn words(text: &str) -> Vec<Range<usize>> {
    crate::suggest::words(text)
}

/// The quote that words `first..=last` of `text` select: from the first's start to the
/// last's end, and over a closing quotation mark or bracket whose opening one it holds
/// ("“fair and equitable deal”").
///
/// ```
/// use stancemap_core::authoring::{quote_of, words};
/// let text = "time was “running out” for Iran, he said.";
/// let w = words(text);
/// assert_eq!(&text[quote_of(text, &w, 0, 3)], "time was “running out”");
/// assert_eq!(&text[quote_of(text, &w, 2, 3)], "running out");
/// assert_eq!(&text[quote_of(text, &w, 3, 5)], "out” for Iran");
/// ```
pub fn quote_of(text: &str, words: &[Range<usize>], first: usize, last: usize) -> Range<usize> {
    let (first, last) = (first.min(last), first.max(last));
    let start = words[first].start;
    let mut end = words[last].end;
    for (open, close) in [('“', '”'), ('‘', '’'), ('(', ')'), ('[', ']'), ('"', '"')] {
        let inside = &text[start..end];
        let unclosed = if open == close {
            inside.matches(open).count() % 2 == 1
        } else {
            inside.matches(open).count() > inside.matches(close).count()
        };
        if unclosed && text[end..].starts_with(close) {
            end += close.len_utf8();
        }
    }
    start..end
}

/// Whether the suggested phrase `phrase` overlaps `range` of paragraph `paragraph`.
pub fn overlaps(phrase: &StanceSuggestion, paragraph: usize, range: &Range<usize>) -> bool {
    phrase.paragraph == paragraph
        && phrase.start < range.end
        && range.start < phrase.start + phrase.quote.len()
}

/// Moves item `ix` of `list` one place `direction`, if it can go there.
fn shift<T>(list: &mut [T], ix: usize, direction: Direction) {
    match direction {
        Direction::Earlier if ix > 0 && ix < list.len() => list.swap(ix - 1, ix),
        Direction::Later if ix + 1 < list.len() => list.swap(ix, ix + 1),
        _ => {}
    }
}
