//! The entity kinds the reader switched off in the legend: their mentions are plain text and
//! open no card, and the choice is remembered.

use leptos::prelude::*;

use super::Cards;
use crate::core::card::Event;
use crate::core::{EntityIx, EntityKind};
use crate::web::storage;

impl Cards {
    /// Whether `kind`'s mentions are highlighted and open cards (tracked).
    pub fn shows_kind(&self, kind: EntityKind) -> bool {
        self.hidden.with(|h| !h.contains(&kind))
    }

    /// The kinds switched off, as `data-hide` lists them (tracked).
    pub fn hidden_kinds(&self) -> String {
        self.hidden
            .with(|h| h.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(" "))
    }

    /// Switches `kind`'s highlighting off or back on, remembers it, and closes the open card
    /// if it is of a kind now hidden.
    pub fn toggle_kind(&self, kind: EntityKind) {
        self.hidden
            .update(|h| match h.iter().position(|k| *k == kind) {
                Some(i) => {
                    h.remove(i);
                }
                None => h.push(kind),
            });
        self.hidden.with_untracked(|h| storage::set_hidden_kinds(h));
        if self
            .open
            .get_untracked()
            .is_some_and(|o| self.is_hidden(o.entity))
        {
            self.dispatch(Event::Dismiss);
        }
    }

    pub(super) fn is_hidden(&self, entity: EntityIx) -> bool {
        let kind = self.article.with_value(|a| a.entities[entity].kind);
        self.hidden.with_untracked(|h| h.contains(&kind))
    }
}
