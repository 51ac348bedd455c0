//! Where a place that a message names by its JSON path (`stances[3].quote`, as validation and
//! loading name places) is in an article's text: its line and column, so that a message can
//! point at it (the command line's carets, the studio's "take me there").

use crate::load::TOP_LEVEL;

/// A position in a text: 1-based line, and 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

/// A step of a path: a key of an object, or an index into a list.
#[derive(Debug, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Where the value at `path` starts in `json`; `None` when the path is malformed or names
/// nothing there (or the text is not JSON up to it). The empty path, or [`TOP_LEVEL`], is the
/// whole document.
///
/// ```
/// use stancemap_core::locate::{Place, locate};
/// let json = "{\n  \"title\": \"T\",\n  \"stances\": [\n    { \"quote\": \"no\" }\n  ]\n}";
/// assert_eq!(locate(json, "stances[0].quote"), Some(Place { line: 4, column: 16 }));
/// assert_eq!(locate(json, "stances[1].quote"), None);
/// ```
pub fn locate(json: &str, path: &str) -> Option<Place> {
    let path = if path == TOP_LEVEL { "" } else { path };
    let steps = parse_path(path)?;
    let mut walker = Walker {
        text: json.as_bytes(),
        at: 0,
    };
    let offset = walker.find(&steps)?;
    Some(place_of(json, offset))
}

/// `entities[2].aliases[0]` as steps; `None` if it is not such a path.
fn parse_path(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    if path.is_empty() {
        return Some(steps);
    }
    for (i, part) in path.split('.').enumerate() {
        let (key, mut indices) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        if key.is_empty() && i > 0 {
            return None;
        }
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        while !indices.is_empty() {
            let (index, rest) = indices.split_once(']')?;
            steps.push(Step::Index(index.parse().ok()?));
            indices = rest.strip_prefix('[').unwrap_or(rest);
            if !rest.is_empty() && !rest.starts_with('[') {
                return None;
            }
        }
    }
    Some(steps)
}

/// The line and column of byte `offset` in `text`.
fn place_of(text: &str, offset: usize) -> Place {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Place {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

/// A cursor over JSON text that finds a path without building the document.
struct Walker<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Walker<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    /// The byte offset where the value at `steps` starts, from the value at the cursor.
    fn find(&mut self, steps: &[Step<'_>]) -> Option<usize> {
        self.skip_space();
        let Some((step, rest)) = steps.split_first() else {
            return Some(self.at);
        };
        match (self.peek()?, step) {
            (b'{', Step::Key(want)) => {
                self.at += 1;
                loop {
                    self.skip_space();
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let key = self.string()?;
                    self.skip_space();
                    (self.peek()? == b':').then_some(())?;
                    self.at += 1;
                    if key == want.as_bytes() {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.next_member()?;
                }
            }
            (b'[', Step::Index(want)) => {
                self.at += 1;
                for index in 0.. {
                    self.skip_space();
                    if self.peek()? == b']' {
                        return None;
                    }
                    if index == *want {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.next_member()?;
                }
                None
            }
            _ => None,
        }
    }

    /// Past the `,` after a member; `None` at the container's end (or on anything else).
    fn next_member(&mut self) -> Option<()> {
        self.skip_space();
        (self.peek()? == b',').then(|| self.at += 1)
    }

    /// The raw bytes of the string at the cursor (escapes left as they are), the cursor past it.
    fn string(&mut self) -> Option<&'a [u8]> {
        (self.peek()? == b'"').then_some(())?;
        let start = self.at + 1;
        let mut at = start;
        loop {
            match self.text.get(at)? {
                b'\\' => at += 2,
                b'"' => break,
                _ => at += 1,
            }
        }
        self.at = at + 1;
        Some(&self.text[start..at])
    }

    /// Past the value at the cursor, whatever it is.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.at += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Step, parse_path};

    #[test]
    fn reads_the_paths_messages_name() {
        assert_eq!(parse_path(""), Some(vec![]));
        assert_eq!(parse_path("title"), Some(vec![Step::Key("title")]));
        assert_eq!(
            parse_path("entities[2].aliases[0]"),
            Some(vec![
                Step::Key("entities"),
                Step::Index(2),
                Step::Key("aliases"),
                Step::Index(0)
            ])
        );
        assert_eq!(
            parse_path("body[1][0]"),
            Some(vec![Step::Key("body"), Step::Index(1), Step::Index(0)])
        );
        assert_eq!(parse_path("body[x]"), None);
        assert_eq!(parse_path("body[1"), None);
        assert_eq!(parse_path("a..b"), None);
    }
}
