//! The library index (`articles/index.json`): which articles exist and which opens first.

use serde::{Deserialize, Serialize};

use crate::load::{LoadError, parse_shaped};
use crate::text::is_slug;
use crate::validate::Problem;

/// The list of articles a deployment ships.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// Format version; must be 1.
    pub format: u32,
    /// Id of the article the root URL opens.
    pub default: String,
    /// The articles, in the library's order.
    pub articles: Vec<LibraryEntry>,
}

/// One article of the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryEntry {
    /// The article's id (the one inside its file).
    pub id: String,
    /// URL of the article JSON, relative to the index file.
    pub src: String,
    /// The title the library lists before the article has loaded.
    pub title: String,
}

impl LibraryEntry {
    /// The article's prerendered page, beside the reader's `index.html`.
    ///
    /// ```
    /// let index = include_str!("../../../public/articles/index.json");
    /// let library = stancemap_core::parse_library(index).unwrap();
    /// assert_eq!(library.articles[0].page(), "iran-talks.html");
    /// ```
    pub fn page(&self) -> String {
        format!("{}.html", self.id)
    }
}

impl Library {
    /// The entry the root URL opens.
    pub fn default_entry(&self) -> Option<&LibraryEntry> {
        self.articles.iter().find(|a| a.id == self.default)
    }
}

/// Parses and checks a library index.
///
/// ```
/// let index = include_str!("../../../public/articles/index.json");
/// let library = stancemap_core::parse_library(index).unwrap();
/// assert_eq!(library.default_entry().map(|e| e.id.as_str()), Some("iran-talks"));
/// ```
pub fn parse_library(json: &str) -> Result<Library, LoadError> {
    let library: Library = parse_shaped(json)?;
    let mut problems = Vec::new();
    if library.format != 1 {
        problems.push(Problem {
            path: "format".into(),
            message: format!("unsupported library format {}; expected 1", library.format),
        });
    }
    for (i, entry) in library.articles.iter().enumerate() {
        if !is_slug(&entry.id) {
            problems.push(Problem {
                path: format!("articles[{i}].id"),
                message: format!("\"{}\" is not a valid id", entry.id),
            });
        }
        if entry.src.trim().is_empty() {
            problems.push(Problem {
                path: format!("articles[{i}].src"),
                message: "must not be empty".into(),
            });
        }
    }
    if library.default_entry().is_none() {
        problems.push(Problem {
            path: "default".into(),
            message: format!("no article has the id \"{}\"", library.default),
        });
    }
    if problems.is_empty() {
        Ok(library)
    } else {
        Err(LoadError::Invalid(problems))
    }
}
