//! The pure core: article format, validation, loading and mention linking (no web APIs).
#![deny(missing_docs)]

pub mod article;
pub mod dates;
pub mod digest;
pub mod fragment;
pub mod language;
pub mod library;
pub mod linker;
pub mod load;
pub mod matrix;
pub mod placement;
pub mod prefs;
pub mod runs;
pub mod saved;
mod text;
pub mod validate;

#[cfg(test)]
mod schema;

pub use article::{Article, Entity, EntityKind, Stance, StanceKind, Topic};
pub use library::{Library, LibraryEntry, parse_library};
pub use linker::{Segment, Span, link_article, segments};
pub use load::{LoadError, MAX_ARTICLE_BYTES, parse_article};
pub use validate::{Problem, validate};
