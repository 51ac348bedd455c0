//! Article format v1: the serde types authors write and the reader consumes.

use serde::{Deserialize, Serialize};

/// The only format number this reader understands.
pub const FORMAT_VERSION: u32 = 1;

/// One annotated news article (format v1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Format version; must be 1.
    #[cfg_attr(test, schemars(range(min = 1, max = 1)))]
    pub format: u32,
    /// Stable identifier: lowercase ASCII letters, digits and hyphens.
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z0-9-]+$")))]
    pub id: String,
    /// Headline, as published.
    pub title: String,
    /// Standfirst or deck under the headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// Who published the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$")))]
    pub published: Option<String>,
    /// BCP 47 language tag of the text, such as `en` or `fa-IR`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Paragraphs of plain text (never HTML).
    pub body: Vec<String>,
    /// The named things the text refers to; each becomes a link to its card.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Explicit links for mentions that no alias can catch ("the agency").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<ExplicitMention>,
    /// Entity ids of the parties: the rows of the stance matrix, in this order.
    #[serde(default)]
    pub parties: Vec<String>,
    /// Negotiation topics: the columns of the stance matrix, in this order.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Who accepts, rejects or demands what: the cells of the stance matrix.
    #[serde(default)]
    pub stances: Vec<Stance>,
}

/// Where the article comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The publisher's name, as shown in the byline.
    pub name: String,
    /// An `http:` or `https:` URL of the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A named thing the text refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Stable identifier: lowercase ASCII letters, digits and hyphens.
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z0-9-]+$")))]
    pub id: String,
    /// Display name; it is linked in the text like an alias.
    pub name: String,
    /// What kind of thing it is (its icon, colour and legend toggle).
    pub kind: EntityKind,
    /// Further exact spellings that link to this entity (case-sensitive, whole words).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Office or role, such as "Foreign Minister".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Id of the entity this one speaks for (a person speaking for a country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// One or two sentences shown on its card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// An `http:` or `https:` URL with more about the entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl Entity {
    /// The name followed by the aliases: every spelling that links to this entity.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A state.
    Country,
    /// An organisation: an agency, a ministry, a company, a party.
    Organization,
    /// A place that is not a state: a city, a region, a strait.
    Place,
    /// A ship.
    Vessel,
    /// A named event: talks, a summit, an attack.
    Event,
    /// A newspaper, broadcaster or agency of news.
    Media,
    /// Anything else with a name.
    Other,
}

impl EntityKind {
    /// Every kind, in the legend's order.
    pub const ALL: [EntityKind; 8] = [
        EntityKind::Person,
        EntityKind::Country,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Vessel,
        EntityKind::Event,
        EntityKind::Media,
        EntityKind::Other,
    ];

    /// The keyword used in the JSON format and in CSS class names.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Vessel => "vessel",
            EntityKind::Event => "event",
            EntityKind::Media => "media",
            EntityKind::Other => "other",
        }
    }

    /// A human label for the kind.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Country => "Country",
            EntityKind::Organization => "Organisation",
            EntityKind::Place => "Place",
            EntityKind::Vessel => "Ship",
            EntityKind::Event => "Event",
            EntityKind::Media => "Media outlet",
            EntityKind::Other => "Other",
        }
    }

    /// The legend's label for several entities of the kind.
    pub fn plural(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Country => "Countries",
            EntityKind::Organization => "Organisations",
            EntityKind::Place => "Places",
            EntityKind::Vessel => "Ships",
            EntityKind::Event => "Events",
            EntityKind::Media => "Media",
            EntityKind::Other => "Other",
        }
    }
}

/// An explicit link from a piece of text to an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExplicitMention {
    /// Id of the entity the text refers to.
    pub entity: String,
    /// Exact text to link; every whole-word occurrence in scope is linked.
    pub quote: String,
    /// Zero-based paragraph index limiting the scope; the whole body when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<usize>,
}

/// A negotiation topic: a column of the stance matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Stable identifier: lowercase ASCII letters, digits and hyphens.
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z0-9-]+$")))]
    pub id: String,
    /// The column's heading.
    pub label: String,
    /// What the topic covers, shown where the topic is explained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// A party's position on a topic, proven by a verbatim quote from the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stance {
    /// Entity id of the party taking the position (one of the article's parties).
    pub party: String,
    /// Id of the topic it is about.
    pub topic: String,
    /// The position taken.
    pub stance: StanceKind,
    /// Entity id of who said it; absent when the text only reports the position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Text that occurs verbatim in one paragraph of the body.
    pub quote: String,
    /// The annotator's remark, shown with the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The kinds of position a party can take on a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum StanceKind {
    /// Agrees to it.
    Accepts,
    /// Refuses it.
    Rejects,
    /// Insists on it.
    Demands,
    /// Agrees only under a condition it states.
    Conditional,
    /// Takes a position the text leaves open.
    Unclear,
}

impl StanceKind {
    /// The word shown for the stance (never colour alone).
    pub fn label(self) -> &'static str {
        match self {
            StanceKind::Accepts => "accepts",
            StanceKind::Rejects => "rejects",
            StanceKind::Demands => "demands",
            StanceKind::Conditional => "conditional",
            StanceKind::Unclear => "unclear",
        }
    }
}

impl Article {
    /// The entity with id `id`.
    ///
    /// ```
    /// # let article = stancemap_core::parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap();
    /// assert_eq!(article.entity("iran").map(|e| e.name.as_str()), Some("Iran"));
    /// assert!(article.entity("atlantis").is_none());
    /// ```
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The topic with id `id`.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}
