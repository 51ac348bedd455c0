//! Turning article JSON text into a validated [`Article`], or a [`LoadError`] saying why not.

use std::fmt;

use serde::Deserialize;

use crate::article::{Article, FORMAT_VERSION};
use crate::validate::{Problem, validate};

const MIB: usize = 1024 * 1024;

/// Largest article file the reader accepts, checked before parsing.
pub const MAX_ARTICLE_BYTES: usize = 16 * MIB;

/// Why an article could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file is larger than [`MAX_ARTICLE_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// Not JSON: serde's message, its 1-based line and column, and (an excerpt of) that
    /// line with the 0-based character index of the error within the excerpt.
    Syntax {
        /// What serde found wrong.
        message: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// The line, or the part of a long line around the error.
        excerpt: String,
        /// 0-based character index of the error within `excerpt`.
        excerpt_column: usize,
    },
    /// JSON, but declaring a format this reader does not know.
    UnsupportedFormat {
        /// The `format` value found.
        found: String,
    },
    /// JSON of the wrong shape (a missing field, a string where a list belongs…).
    Shape {
        /// Where in the document, as a JSON path (`entities[2].kind`).
        path: String,
        /// What is wrong there.
        message: String,
    },
    /// Well-formed, but inconsistent: every problem found.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => {
                // Tenths in integers: float formatting would grow the wasm.
                let tenths = (bytes * 10).div_ceil(MIB);
                write!(
                    f,
                    "the file is {}.{} MiB; articles are limited to {} MiB",
                    tenths / 10,
                    tenths % 10,
                    MAX_ARTICLE_BYTES / MIB
                )
            }
            LoadError::Syntax {
                message,
                line,
                column,
                ..
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {message}"
            ),
            LoadError::UnsupportedFormat { found } => write!(
                f,
                "format {found} is not supported; this reader reads format {FORMAT_VERSION}"
            ),
            LoadError::Shape { path, message } => write!(f, "{path}: {message}"),
            LoadError::Invalid(problems) => {
                write!(f, "{} problem(s)", problems.len())?;
                for p in problems {
                    write!(f, "; {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads just the `format` member, so a future format is named as such rather than
/// reported as a pile of shape errors.
#[derive(Deserialize)]
struct FormatProbe<'a> {
    #[serde(borrow)]
    format: Option<&'a serde_json::value::RawValue>,
}

/// What a message calls the path of the whole document.
pub const TOP_LEVEL: &str = "(top level)";

/// Parses and validates article JSON.
///
/// ```
/// use stancemap_core::{LoadError, parse_article};
/// # let seed = include_str!("../../../public/articles/iran-talks.json");
/// assert_eq!(parse_article(seed).unwrap().id, "iran-talks");
/// assert!(matches!(parse_article("{ \"format\": 2 }"), Err(LoadError::UnsupportedFormat { .. })));
/// assert!(matches!(parse_article("{"), Err(LoadError::Syntax { line: 1, .. })));
/// ```
pub fn parse_article(json: &str) -> Result<Article, LoadError> {
    if json.len() > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge { bytes: json.len() });
    }
    // Only a readable `format` that differs decides here; any other failure of the probe
    // (syntax, a top-level array…) is reported with full detail by the shaped parse below.
    if let Ok(FormatProbe {
        format: Some(found),
    }) = serde_json::from_str::<FormatProbe>(json)
        && found.get() != FORMAT_VERSION.to_string()
    {
        return Err(LoadError::UnsupportedFormat {
            found: found.get().to_owned(),
        });
    }
    // serde accepts a struct written as an array; an article never is one.
    if json.trim_start().starts_with('[') {
        return Err(LoadError::Shape {
            path: TOP_LEVEL.to_owned(),
            message: "an article is a JSON object ({ … }), not an array".to_owned(),
        });
    }
    let article: Article = parse_shaped(json)?;
    let problems = validate(&article);
    if problems.is_empty() {
        Ok(article)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Deserializes `json` as `T`, naming the JSON path of the first mismatch.
pub fn parse_shaped<'de, T: Deserialize<'de>>(json: &'de str) -> Result<T, LoadError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize(&mut *de) {
        Ok(v) => {
            // Trailing characters are a syntax matter, reported with their position.
            if let Err(e) = de.end() {
                return Err(syntax_error(json, &e));
            }
            Ok(v)
        }
        Err(e) => {
            let inner = e.inner();
            if inner.is_syntax() || inner.is_eof() {
                return Err(syntax_error(json, inner));
            }
            let path = match e.path().to_string() {
                p if p == "." => TOP_LEVEL.to_owned(),
                p => p,
            };
            Err(LoadError::Shape {
                path,
                message: strip_position(&inner.to_string()),
            })
        }
    }
}

fn syntax_error(json: &str, e: &serde_json::Error) -> LoadError {
    // Column 0 means "at the line break": show the end of the line before it.
    let (line, column) = match (e.line(), e.column()) {
        (line, 0) if line > 1 => {
            let previous = json.lines().nth(line - 2).unwrap_or("");
            (line - 1, previous.len() + 1)
        }
        position => position,
    };
    let line_text = json.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let (excerpt, excerpt_column) = excerpt_around(line_text, column);
    LoadError::Syntax {
        message: strip_position(&e.to_string()),
        line: e.line(),
        column: e.column(),
        excerpt,
        excerpt_column,
    }
}

/// serde_json appends " at line L column C"; the error carries those as numbers instead.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// At most ~120 characters of `line` around the 1-based byte `column` serde reports, so
/// one enormous minified line does not flood the error view; also returns the character
/// index of that column within the excerpt, for a caret under it.
fn excerpt_around(line: &str, column: usize) -> (String, usize) {
    const WIDTH: usize = 120;
    let floor = |mut i: usize| {
        i = i.min(line.len());
        while !line.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let error_at = floor(column.saturating_sub(1));
    let start = if line.chars().count() <= WIDTH {
        0
    } else {
        floor(error_at.saturating_sub(WIDTH / 2))
    };
    let tail = &line[start..];
    let shown: String = tail.chars().take(WIDTH).collect();
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if shown.len() < tail.len() { "…" } else { "" };
    let caret = prefix.chars().count() + line[start..error_at].chars().count();
    (format!("{prefix}{shown}{suffix}"), caret)
}
