//! Why an article did not load, as messages placed in its text: each with its JSON path, its
//! line and column when they can be found, and a rendering with the line and a caret (what
//! `stancemap check` prints and the studio lists).

use std::fmt::Write;

use crate::load::LoadError;
use crate::locate::{Place, locate};

/// One message about an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the document, as a JSON path, when the message names one.
    pub path: Option<String>,
    /// Where in the text.
    pub place: Option<Place>,
    /// What is wrong.
    pub message: String,
}

/// The messages for `error`, which loading `json` gave.
///
/// ```
/// use stancemap_core::diagnostics::diagnostics;
/// use stancemap_core::locate::Place;
/// let json = "{\n  \"format\": 1,\n  \"id\": \"Not A Slug\"\n}";
/// let error = stancemap_core::parse_article(json).unwrap_err();
/// let first = &diagnostics(json, &error)[0];
/// assert_eq!(first.path.as_deref(), Some("(top level)"));
/// assert_eq!(first.place, Some(Place { line: 1, column: 1 }));
/// ```
pub fn diagnostics(json: &str, error: &LoadError) -> Vec<Diagnostic> {
    let at = |path: &str, message: String| Diagnostic {
        place: locate(json, path),
        path: Some(path.to_owned()),
        message,
    };
    match error {
        LoadError::TooLarge { .. } => vec![Diagnostic {
            path: None,
            place: None,
            message: error.to_string(),
        }],
        LoadError::Syntax {
            message,
            line,
            column,
            ..
        } => vec![Diagnostic {
            path: None,
            place: Some(Place {
                line: *line,
                column: *column,
            }),
            message: format!("not valid JSON: {message}"),
        }],
        LoadError::UnsupportedFormat { .. } => vec![at("format", error.to_string())],
        LoadError::Shape { path, message } => vec![at(path, message.clone())],
        LoadError::Invalid(problems) => problems
            .iter()
            .map(|p| at(&p.path, p.message.clone()))
            .collect(),
    }
}

impl Diagnostic {
    /// The message as a compiler would print it about `file`, whose text is `json`:
    ///
    /// ```text
    /// article.json:3:9: stances[0].quote: the quote does not occur in the body
    ///     |
    ///   3 |   "quote": "…"
    ///     |            ^
    /// ```
    pub fn render(&self, file: &str, json: &str) -> String {
        let mut out = String::new();
        let path = self.path.as_deref();
        let _ = match (self.place, path) {
            (Some(p), Some(path)) => write!(out, "{file}:{}:{}: {path}: ", p.line, p.column),
            (Some(p), None) => write!(out, "{file}:{}:{}: ", p.line, p.column),
            (None, Some(path)) => write!(out, "{file}: {path}: "),
            (None, None) => write!(out, "{file}: "),
        };
        out.push_str(&self.message);
        out.push('\n');
        if let Some(place) = self.place
            && let Some(line) = json.lines().nth(place.line - 1)
        {
            let number = place.line.to_string();
            let gutter = " ".repeat(number.len());
            let caret = " ".repeat(place.column.saturating_sub(1));
            let _ = write!(out, "{gutter} |\n{number} | {line}\n{gutter} | {caret}^\n");
        }
        out
    }
}
