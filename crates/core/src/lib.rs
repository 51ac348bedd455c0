//! Stancemap's pure core: the article format (v1) and its loading and validation, mention
//! linking, the stance matrix, and the reader's rules that need no browser (the card's state
//! machine and placement, deep links, display preferences, saved pages). It depends on no web
//! API, so it is tested natively, and the app's components and controllers stay thin. The
//! authoring side lives here too: suggestions from an article's plain text ([`suggest`]) and
//! the canonical JSON form ([`canonical`]).
//!
//! ```
//! use stancemap_core::matrix::Matrix;
//! use stancemap_core::{link_article, parse_article};
//!
//! let article = parse_article(include_str!("../../../public/articles/iran-talks.json"))?;
//! let mentions = link_article(&article); // one list of spans per paragraph
//! let matrix = Matrix::build(&article); // parties × topics
//! assert_eq!(mentions.len(), article.body.len());
//! assert_eq!(matrix.rows().len(), article.parties.len());
//! # Ok::<(), stancemap_core::LoadError>(())
//! ```
//!
//! # Glossary
//!
//! - **Spelling**: an entity's name or one of its aliases; every whole-word occurrence of one
//!   in the text is a **mention** ([`Span`]), numbered in text order ([`MentionIx`]).
//! - **Explicit mention**: text no spelling catches ("the agency"), linked by the article's
//!   `mentions`.
//! - **Party**, **topic**, **stance**: a party (an entity) takes a stance (accepts, rejects…)
//!   on a topic, proven by a **quote** that occurs verbatim in one paragraph. Parties are the
//!   matrix's rows, topics its columns; a [`Cell`] is one of each.
//! - **Evidence**: the quotes of a cell's stances, highlighted in the text when the cell is
//!   selected.
//! - **Run** ([`runs::Run`]): a piece of a paragraph as the view renders it: plain text, a
//!   mention, or the **markers** that end quotes (a small button per quote, leading back to
//!   its cell).
//! - **Digest** ([`digest::Digest`]): what an entity's card says, gathered from the article.
//! - **Card**: the popup an entity's mention opens; [`card`] decides when it opens and closes,
//!   [`placement`] where it goes.
//! - **Preview**: the card's prerendered twin in the built page, which the browser opens
//!   natively before the app has arrived.
//! - **Takeover**: the app, rendered off-screen, replacing the prerendered page in one change.
//! - **Ours and theirs**: words of the reader's own interface (English, left to right) and
//!   words of the article (in its language and direction); the views mark them apart.
#![deny(missing_docs)]

pub mod article;
pub mod authoring;
pub mod canonical;
pub mod card;
pub mod dates;
pub mod diagnostics;
pub mod digest;
pub mod draft_list;
pub mod embed_code;
pub mod fragment;
pub mod html;
mod index;
pub mod language;
pub mod library;
pub mod linker;
pub mod load;
pub mod locate;
pub mod matrix;
pub mod placement;
pub mod prefs;
pub mod provenance;
pub mod runs;
pub mod saved;
pub mod suggest;
mod text;
pub mod validate;

#[cfg(test)]
mod schema;

pub use article::{Article, Entity, EntityKind, Stance, StanceKind, Topic};
pub use index::{Cell, EntityIx, MentionIx, PartyIx, SentenceIx, StanceIx, SuggestionIx, TopicIx};
pub use library::{Library, LibraryEntry, parse_library};
pub use linker::{Segment, Span, link_article, segments};
pub use load::{LoadError, MAX_ARTICLE_BYTES, parse_article};
pub use validate::{Problem, validate};
