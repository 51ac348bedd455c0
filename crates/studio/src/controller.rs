//! The studio's state: the draft (changed only through the core's edits), where the keyboard
//! is in the review lists, the text selection, and whether the draft is saved on this device.

use std::ops::Range;
use std::time::Duration;

use leptos::prelude::*;
use stancemap_core::authoring::{Draft, quote_of, words};
use stancemap_core::suggest::phrases;

use crate::drafts::{self, SaveError};

/// How long after an edit the draft is saved (edits in a burst are saved once).
const SAVE_AFTER: Duration = Duration::from_millis(300);

/// Whether the draft on screen is kept on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Every edit is saved.
    Yes,
    /// An edit is waiting to be saved.
    Pending,
    /// The last save failed.
    Failed(SaveError),
}

/// A selection of whole words in one paragraph, by word index: where it started (`anchor`)
/// and where it ends now (`head`), as a shift-extended text selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// The paragraph.
    pub paragraph: usize,
    /// The word it started at.
    pub anchor: usize,
    /// The word it reaches.
    pub head: usize,
}

/// The studio's state; cheap to copy into views.
#[derive(Clone, Copy)]
pub struct Studio {
    draft: RwSignal<Draft>,
    id: StoredValue<String>,
    /// The entity suggestion the keyboard is on.
    pub suggestion: RwSignal<usize>,
    /// The stance sentence the keyboard is on.
    pub sentence: RwSignal<usize>,
    /// The words selected in the text.
    pub selection: RwSignal<Option<Selection>>,
    /// Whether the draft is kept on this device.
    pub saved: RwSignal<Saved>,
    /// What the last action did, for screen readers (a polite live region).
    pub said: RwSignal<String>,
    save_timer: StoredValue<Option<TimeoutHandle>>,
    /// The saves' order: one at a time, the latest draft last, and "saved" only once it is.
    saving: StoredValue<Saving>,
}

/// Where the saves are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Saving {
    /// A save is being written.
    busy: bool,
    /// The draft changed since the save being written began: save again after it.
    again: bool,
    /// An edit waits for its save (the timer has not fired yet).
    pending: bool,
}

impl Studio {
    /// The studio for `draft`, kept under `id`.
    pub fn new(draft: Draft, id: String) -> Studio {
        Studio {
            draft: RwSignal::new(draft),
            id: StoredValue::new(id),
            suggestion: RwSignal::new(0),
            sentence: RwSignal::new(0),
            selection: RwSignal::new(None),
            saved: RwSignal::new(Saved::Yes),
            said: RwSignal::new(String::new()),
            save_timer: StoredValue::new(None),
            saving: StoredValue::new(Saving::default()),
        }
    }

    /// The draft's key on this device.
    pub fn id(&self) -> String {
        self.id.get_value()
    }

    /// Reads the draft (tracked).
    pub fn with<T>(&self, f: impl FnOnce(&Draft) -> T) -> T {
        self.draft.with(f)
    }

    /// Reads the draft (untracked).
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Draft) -> T) -> T {
        self.draft.with_untracked(f)
    }

    /// Makes an edit of the draft, says `what` it did, keeps the cursors in their lists, and
    /// saves the draft shortly after.
    pub fn edit<T>(&self, what: impl Into<String>, change: impl FnOnce(&mut Draft) -> T) -> T {
        let result = self
            .draft
            .try_update(change)
            .expect("the studio is mounted");
        self.said.set(what.into());
        self.clamp();
        self.save_soon();
        result
    }

    /// Undoes the last edit.
    pub fn undo(&self) {
        self.step_history(Draft::undo, "Undone", "Nothing to undo");
    }

    /// Redoes the last undone edit.
    pub fn redo(&self) {
        self.step_history(Draft::redo, "Redone", "Nothing to redo");
    }

    /// Undoes or redoes (`step`), and says which, or that there was nothing to.
    fn step_history(&self, step: fn(&mut Draft) -> bool, done: &str, nothing: &str) {
        let stepped = self.draft.try_update(step).unwrap_or(false);
        self.said
            .set(if stepped { done } else { nothing }.to_owned());
        self.clamp();
        self.save_soon();
    }

    /// Keeps the list cursors on an item after the lists change.
    fn clamp(&self) {
        let (suggestions, sentences) = self
            .draft
            .with_untracked(|d| (d.suggestions().len(), d.sentences().len()));
        self.suggestion
            .update(|i| *i = (*i).min(suggestions.saturating_sub(1)));
        self.sentence
            .update(|i| *i = (*i).min(sentences.saturating_sub(1)));
    }

    /// Saves the draft after [`SAVE_AFTER`], once for a burst of edits.
    fn save_soon(&self) {
        self.saved.set(Saved::Pending);
        self.saving.update_value(|s| s.pending = true);
        if let Some(timer) = self.save_timer.get_value() {
            timer.clear();
        }
        let studio = *self;
        let timer = set_timeout_with_handle(move || studio.save_now(), SAVE_AFTER).ok();
        self.save_timer.set_value(timer);
    }

    /// Saves the draft now; if a save is being written, right after it (saves never overtake
    /// one another, so the stored draft is always the latest).
    pub fn save_now(&self) {
        let mut start = false;
        self.saving.update_value(|s| {
            s.pending = false;
            if s.busy {
                s.again = true;
            } else {
                s.busy = true;
                start = true;
            }
        });
        if !start {
            return;
        }
        let studio = *self;
        let draft = self.draft.get_untracked();
        leptos::task::spawn_local(async move {
            let result = drafts::save(&studio.id(), &draft).await;
            let mut again = false;
            let mut waiting = false;
            let _ = studio.saving.try_update_value(|s| {
                s.busy = false;
                again = std::mem::take(&mut s.again);
                waiting = s.pending;
            });
            if again {
                studio.save_now();
            } else if !waiting {
                // Only the latest draft's save says whether the draft is kept.
                let _ = studio.saved.try_set(match result {
                    Ok(()) => Saved::Yes,
                    Err(e) => Saved::Failed(e),
                });
            }
        });
    }

    /// Moves the text selection's head `by` words (a new one-word selection without `extend`).
    pub fn step(&self, by: isize, extend: Extend) {
        let bodies = self.draft.with_untracked(|d| {
            d.article()
                .body
                .iter()
                .map(|p| words(p).len())
                .collect::<Vec<_>>()
        });
        self.selection.update(|selection| {
            let Some(s) = selection else {
                *selection = first_word(&bodies).map(|(p, w)| Selection {
                    paragraph: p,
                    anchor: w,
                    head: w,
                });
                return;
            };
            let count = bodies.get(s.paragraph).copied().unwrap_or(0);
            let head = (s.head as isize + by).clamp(0, count as isize - 1) as usize;
            // Past either end of a paragraph, an unextended step goes to the next one.
            let beyond = s.head as isize + by;
            if extend == Extend::No && (beyond < 0 || beyond >= count as isize) {
                let next = if beyond < 0 {
                    (0..s.paragraph)
                        .rev()
                        .find(|&p| bodies[p] > 0)
                        .map(|p| (p, bodies[p] - 1))
                } else {
                    (s.paragraph + 1..bodies.len())
                        .find(|&p| bodies[p] > 0)
                        .map(|p| (p, 0))
                };
                if let Some((p, w)) = next {
                    *s = Selection {
                        paragraph: p,
                        anchor: w,
                        head: w,
                    };
                }
                return;
            }
            s.head = head;
            if extend == Extend::No {
                s.anchor = head;
            }
        });
    }

    /// Moves the selection's first word `by` words, within its paragraph.
    pub fn step_start(&self, by: isize) {
        let counts = self.draft.with_untracked(|d| {
            d.article()
                .body
                .iter()
                .map(|p| words(p).len())
                .collect::<Vec<_>>()
        });
        self.selection.update(|selection| {
            if let Some(s) = selection {
                let count = counts.get(s.paragraph).copied().unwrap_or(0) as isize;
                // The first word is whichever end comes first.
                let (first, last) = (s.anchor.min(s.head), s.anchor.max(s.head));
                let first = (first as isize + by).clamp(0, count - 1) as usize;
                *s = Selection {
                    paragraph: s.paragraph,
                    anchor: first,
                    head: last.max(first),
                };
            }
        });
    }

    /// Moves the selection's first word (`end` false) or last word to the next phrase stop
    /// `by` (+1 or -1): a sentence's start, punctuation, "but", "that", "who"…
    pub fn jump(&self, which: End, by: isize) {
        let stops = self.draft.with_untracked(|d| {
            let s = self.selection.get_untracked()?;
            Some(phrases::stops(d.article().body.get(s.paragraph)?))
        });
        let Some(stops) = stops else { return };
        self.selection.update(|selection| {
            let Some(s) = selection else { return };
            let (first, last) = (s.anchor.min(s.head), s.anchor.max(s.head));
            let next = |marks: &[bool], from: usize, lo: usize, hi: usize| {
                if by > 0 {
                    (from + 1..=hi).find(|&i| marks[i])
                } else {
                    (lo..from).rev().find(|&i| marks[i])
                }
            };
            let n = stops.starts.len();
            let (first, last) = match which {
                End::First => (next(&stops.starts, first, 0, last).unwrap_or(first), last),
                End::Last => (first, next(&stops.ends, last, first, n - 1).unwrap_or(last)),
            };
            *s = Selection {
                paragraph: s.paragraph,
                anchor: first,
                head: last,
            };
        });
    }

    /// Selects the words that `range` of paragraph `paragraph` touches.
    pub fn select_range(&self, paragraph: usize, range: Range<usize>) {
        let words_of = self.draft.with_untracked(|d| {
            let ws = words(d.article().body.get(paragraph)?);
            let first = ws.iter().position(|w| w.end > range.start)?;
            let last = ws.iter().rposition(|w| w.start < range.end)?;
            Some((first, last))
        });
        if let Some((first, last)) = words_of {
            self.selection.set(Some(Selection {
                paragraph,
                anchor: first,
                head: last,
            }));
        }
    }

    /// Selects the whole of `quote` where paragraph `paragraph` says it.
    pub fn select_text(&self, paragraph: usize, quote: &str) {
        let range = self.draft.with_untracked(|d| {
            let text = d.article().body.get(paragraph)?;
            let at = text.find(quote)?;
            let ws = words(text);
            let first = ws.iter().position(|w| w.end > at)?;
            let last = ws.iter().rposition(|w| w.start < at + quote.len())?;
            Some((first, last))
        });
        if let Some((first, last)) = range {
            self.selection.set(Some(Selection {
                paragraph,
                anchor: first,
                head: last,
            }));
        }
    }

    /// The selected text: its paragraph and byte range.
    pub fn selected(&self) -> Option<(usize, Range<usize>)> {
        let s = self.selection.get()?;
        self.draft.with(|d| {
            let text = d.article().body.get(s.paragraph)?;
            let ws = words(text);
            (s.anchor.max(s.head) < ws.len())
                .then(|| (s.paragraph, quote_of(text, &ws, s.anchor, s.head)))
        })
    }
}

/// Which end of the selection a jump moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Its first word.
    First,
    /// Its last word.
    Last,
}

/// Whether a step of the selection extends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extend {
    /// Move it: a new one-word selection.
    No,
    /// Extend it from where it started.
    Yes,
}

fn first_word(bodies: &[usize]) -> Option<(usize, usize)> {
    bodies.iter().position(|&n| n > 0).map(|p| (p, 0))
}
