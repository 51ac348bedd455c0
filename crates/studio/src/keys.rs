//! The studio's keyboard: which key does what where, as data the views dispatch and the help
//! lists. Keys act when the keyboard is not in a form field.

use stancemap_core::EntityKind;

/// A key as the browser reports it, with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key<'a> {
    /// `KeyboardEvent.key`: "a", "ArrowDown", "Enter"…
    pub key: &'a str,
    /// Control, or Command on macOS.
    pub ctrl: bool,
    /// Shift.
    pub shift: bool,
    /// Alt (Option).
    pub alt: bool,
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Undo the last edit (Ctrl+Z).
    Undo,
    /// Redo (Ctrl+Shift+Z, Ctrl+Y).
    Redo,
    /// The next item of the list (↓, j).
    Next,
    /// The previous item (↑, k).
    Previous,
    /// Accept the suggestion (Enter, a).
    Accept,
    /// Reject or dismiss it (x, Delete).
    Reject,
    /// Set the kind: 1–8 in the legend's order.
    Kind(EntityKind),
    /// Merge the suggestion into an entity as another spelling (g).
    Merge,
    /// Select the next word in the text (→).
    WordRight,
    /// Select the previous word (←).
    WordLeft,
    /// Move the selection's last word on (Shift+→).
    EndRight,
    /// Move the selection's last word back (Shift+←).
    EndLeft,
    /// Move the selection's first word back ([).
    StartLeft,
    /// Move the selection's first word on (]).
    StartRight,
    /// Move the selection's first word to the next or previous phrase start (} {).
    StartJump(isize),
    /// Move its last word to the next or previous phrase end (> <).
    EndJump(isize),
    /// Make the selected words an entity (e).
    MakeEntity,
    /// Make the selected words an explicit mention of an entity (m).
    MakeMention,
    /// Make the selected words a stance's quote (s).
    MakeStance,
    /// Show panel `n` (Alt + 1–5): review, stances, entities & order, details, problems.
    Panel(usize),
}

/// The keys of the review list and the text, with what they do: the help's lines.
pub const HELP: &[(&str, &str)] = &[
    ("↑ ↓ or k j", "previous or next suggestion"),
    ("Enter or a", "accept it"),
    ("x or Delete", "reject it"),
    (
        "1 – 8",
        "set its kind (person, country, organisation, place, ship, event, media, other)",
    ),
    ("g", "merge it into an entity, as another spelling"),
    ("← →", "select the previous or next word of the text"),
    ("Shift + ← →", "move the selection's last word"),
    ("[ ]", "move the selection's first word"),
    (
        "{ }",
        "move its start to the previous or next phrase (after a comma, \"but\", \"that\"…)",
    ),
    ("< >", "move its end to the previous or next phrase's end"),
    ("e", "make the selected words an entity"),
    ("m", "make them a mention of an entity (\"the agency\")"),
    ("s", "make them a stance's quote"),
    (
        "Alt + 1 – 5",
        "review, stances, entities & order, details, problems",
    ),
    ("Ctrl + Z, Ctrl + Shift + Z", "undo, redo"),
];

/// What `key` does in the studio, if anything.
///
/// ```
/// use stancemap_studio::keys::{Command, Key, command};
/// use stancemap_core::EntityKind;
/// let key = |key, shift| Key { key, ctrl: false, shift, alt: false };
/// assert_eq!(command(key("j", false)), Some(Command::Next));
/// assert_eq!(command(key("2", false)), Some(Command::Kind(EntityKind::Country)));
/// assert_eq!(command(Key { key: "Z", ctrl: true, shift: true, alt: false }), Some(Command::Redo));
/// assert_eq!(command(key("q", false)), None);
/// assert_eq!(command(key("ArrowLeft", true)), Some(Command::EndLeft));
/// assert_eq!(command(Key { key: "2", ctrl: false, shift: false, alt: true }), Some(Command::Panel(1)));
/// ```
pub fn command(key: Key<'_>) -> Option<Command> {
    if key.alt {
        let n: usize = key.key.parse().ok()?;
        return (1..=5).contains(&n).then(|| Command::Panel(n - 1));
    }
    if key.ctrl {
        return match (key.key, key.shift) {
            ("z" | "Z", false) => Some(Command::Undo),
            ("z" | "Z", true) | ("y" | "Y", false) => Some(Command::Redo),
            _ => None,
        };
    }
    Some(match key.key {
        "ArrowDown" | "j" => Command::Next,
        "ArrowUp" | "k" => Command::Previous,
        "Enter" | "a" => Command::Accept,
        "x" | "Delete" => Command::Reject,
        "g" => Command::Merge,
        "ArrowRight" if key.shift => Command::EndRight,
        "ArrowLeft" if key.shift => Command::EndLeft,
        "ArrowRight" => Command::WordRight,
        "ArrowLeft" => Command::WordLeft,
        "{" => Command::StartJump(-1),
        "}" => Command::StartJump(1),
        "<" => Command::EndJump(-1),
        ">" => Command::EndJump(1),
        "[" => Command::StartLeft,
        "]" => Command::StartRight,
        "e" => Command::MakeEntity,
        "m" => Command::MakeMention,
        "s" => Command::MakeStance,
        digit => {
            let n: usize = digit.parse().ok()?;
            Command::Kind(*EntityKind::ALL.get(n.checked_sub(1)?)?)
        }
    })
}
