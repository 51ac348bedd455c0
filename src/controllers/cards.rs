//! Entity card controller: hover intent, focus, taps, pinning, placement and focus return.
//!
//! One card is open at a time. Mouse: it opens after a short dwell on a mention and closes
//! after a grace period once the pointer has left both mention and card. Keyboard: focus
//! previews it, Enter pins it as a non-modal dialog and moves focus into it, Escape closes it
//! and returns focus. Touch: a tap pins it (a bottom sheet on narrow screens).

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::core::fragment::Fragment;
use crate::core::placement::{Placement, Rect, place};
use crate::core::{Article, EntityKind};
use crate::web::deep_link;
use crate::web::dom::{flash, media_matches, scroll_to};

/// Pointer rest on a mention before its card opens.
pub const DWELL: Duration = Duration::from_millis(200);
/// Rest before switching when another card is already open.
pub const SWITCH: Duration = Duration::from_millis(60);
/// How long a card stays after the pointer leaves it (time to cross into the card).
pub const GRACE: Duration = Duration::from_millis(300);
/// Width below which cards are bottom sheets.
const SHEET_QUERY: &str = "(max-width: 600px)";

/// The card on screen: which entity, anchored at which mention (by `data-mention` index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenCard {
    pub entity: usize,
    pub mention: usize,
    /// Opened deliberately (click, tap, Enter, deep link): stays until dismissed.
    pub pinned: bool,
    /// Shown as a bottom sheet rather than beside the mention.
    pub sheet: bool,
    /// Opened by keyboard focus on the mention: it closes when focus moves away.
    pub by_focus: bool,
}

/// Shared card state; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct Cards {
    pub open: RwSignal<Option<OpenCard>>,
    pub placement: RwSignal<Option<Placement>>,
    /// Entity kinds whose highlighting the reader switched off.
    pub hidden: RwSignal<Vec<EntityKind>>,
    pub body: NodeRef<leptos::html::Div>,
    pub card: NodeRef<leptos::html::Div>,
    /// Entity index of each mention, by `data-mention` index.
    mention_entity: StoredValue<Vec<usize>>,
    article: StoredValue<Arc<Article>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    pointer_y: StoredValue<Option<f64>>,
    /// Set while the reader itself moves focus to a mention, so that focus does not re-preview.
    refocusing: StoredValue<bool>,
}

impl Cards {
    pub fn new(
        article: Arc<Article>,
        mention_entity: Vec<usize>,
        hidden: Vec<EntityKind>,
    ) -> Cards {
        Cards {
            open: RwSignal::new(None),
            placement: RwSignal::new(None),
            hidden: RwSignal::new(hidden),
            body: NodeRef::new(),
            card: NodeRef::new(),
            mention_entity: StoredValue::new(mention_entity),
            article: StoredValue::new(article),
            timer: StoredValue::new(None),
            pointer_y: StoredValue::new(None),
            refocusing: StoredValue::new(false),
        }
    }

    pub fn article(&self) -> Arc<Article> {
        self.article.get_value()
    }

    fn entity_of(&self, mention: usize) -> Option<usize> {
        self.mention_entity.with_value(|m| m.get(mention).copied())
    }

    /// Whether the mention's kind is switched off in the legend.
    fn is_hidden(&self, entity: usize) -> bool {
        let kind = self.article.with_value(|a| a.entities[entity].kind);
        self.hidden.with_untracked(|h| h.contains(&kind))
    }

    // --- timers -------------------------------------------------------------------------

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
    }

    fn after(&self, delay: Duration, action: impl FnOnce() + 'static) {
        self.cancel_timer();
        let cards = *self;
        let handle = set_timeout_with_handle(
            move || {
                cards.timer.set_value(None);
                action();
            },
            delay,
        )
        .ok();
        self.timer.set_value(handle);
    }

    // --- pointer ------------------------------------------------------------------------

    /// The mouse entered mention `mention` at viewport height `client_y`, `since` ago (the
    /// browser delivers pointer events with the next frame: the dwell counts from the arrival).
    pub fn pointer_enter(&self, mention: usize, client_y: f64, since: Duration) {
        let Some(entity) = self.entity_of(mention) else {
            return;
        };
        if self.is_hidden(entity) {
            return;
        }
        self.pointer_y.set_value(Some(client_y));
        let current = self.open.get_untracked();
        if current.is_some_and(|o| o.mention == mention) {
            self.cancel_timer();
            return;
        }
        if current.is_some_and(|o| o.pinned) {
            return;
        }
        let delay = if current.is_some() { SWITCH } else { DWELL }.saturating_sub(since);
        let cards = *self;
        self.after(delay, move || cards.show(mention, false));
    }

    /// The mouse moved over a mention (keeps the line under the pointer current).
    pub fn pointer_move(&self, client_y: f64) {
        if self.open.get_untracked().is_none() {
            self.pointer_y.set_value(Some(client_y));
        }
    }

    /// The mouse left a mention or the card.
    pub fn pointer_leave(&self) {
        match self.open.get_untracked() {
            Some(o) if !o.pinned => {
                let cards = *self;
                self.after(GRACE, move || cards.close(false));
            }
            Some(_) => {}
            None => self.cancel_timer(),
        }
    }

    /// The mouse entered the open card: keep it.
    pub fn pointer_enter_card(&self) {
        self.cancel_timer();
    }

    // --- keyboard and activation ---------------------------------------------------------

    /// A mention received keyboard focus: preview its card.
    pub fn focus(&self, mention: usize, keyboard: bool) {
        if self.refocusing.get_value() {
            self.refocusing.set_value(false);
            return;
        }
        if !keyboard || self.entity_of(mention).is_none_or(|e| self.is_hidden(e)) {
            return;
        }
        if self
            .open
            .get_untracked()
            .is_some_and(|o| o.pinned && o.mention == mention)
        {
            return;
        }
        self.cancel_timer();
        self.pointer_y.set_value(None);
        self.show(mention, false);
        self.open.update(|o| {
            if let Some(o) = o {
                o.by_focus = true;
            }
        });
    }

    /// Focus left a mention or the card for `next` (None: left the document).
    pub fn blur(&self, next: Option<&Element>) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        // A hover preview stays while the pointer is on it; a focus preview goes with focus.
        if open.by_focus && !open.pinned && !next.is_some_and(|n| self.card_contains(n)) {
            self.close(false);
        }
    }

    /// Click, tap or Enter on a mention: pin its card (or unpin-close it when pinned already).
    pub fn activate(&self, mention: usize, from_keyboard: bool) {
        let Some(entity) = self.entity_of(mention) else {
            return;
        };
        if self.is_hidden(entity) {
            return;
        }
        self.cancel_timer();
        if self
            .open
            .get_untracked()
            .is_some_and(|o| o.pinned && o.mention == mention)
        {
            self.close(from_keyboard);
            return;
        }
        self.show(mention, true);
        let sheet = self.open.get_untracked().is_some_and(|o| o.sheet);
        if from_keyboard || sheet {
            let cards = *self;
            request_animation_frame(move || {
                // Place it first: a card still hidden for placement cannot take focus.
                cards.reposition();
                if let Some(card) = cards.card.get_untracked() {
                    let _ = card.focus();
                }
            });
        }
    }

    /// Escape: close the card; focus goes back to its mention when it was in the card.
    pub fn escape(&self, focus_in_card: bool) {
        if let Some(open) = self.open.get_untracked() {
            self.close(open.pinned || focus_in_card);
        }
    }

    /// A pointer went down somewhere: outside the card and the mentions it dismisses the card.
    pub fn pointer_down_outside(&self, inside_card_or_mention: bool) {
        if !inside_card_or_mention && self.open.get_untracked().is_some() {
            self.close(false);
        }
    }

    // --- opening, closing, moving ---------------------------------------------------------

    /// Opens the card for `mention`.
    pub fn show(&self, mention: usize, pinned: bool) {
        let Some(entity) = self.entity_of(mention) else {
            return;
        };
        let sheet = media_matches(SHEET_QUERY);
        let current = self.open.get_untracked();
        let was_pinned = current.is_some_and(|o| o.pinned);
        // Moving to another mention hides the card until it is placed there.
        if current.is_none_or(|o| o.mention != mention) {
            self.placement.set(None);
        }
        self.open.set(Some(OpenCard {
            entity,
            mention,
            pinned: pinned || was_pinned,
            sheet,
            by_focus: false,
        }));
        if pinned {
            let id = self.article.with_value(|a| a.entities[entity].id.clone());
            deep_link::replace(&Fragment::Entity(id));
        }
    }

    /// Closes the card, optionally returning focus to its mention.
    pub fn close(&self, return_focus: bool) {
        self.cancel_timer();
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        self.open.set(None);
        self.placement.set(None);
        if open.pinned {
            deep_link::clear(|f| matches!(f, Fragment::Entity(_)));
        }
        if return_focus && let Some(el) = self.mention_element(open.mention) {
            self.refocusing.set_value(true);
            let _ = el.focus();
            self.refocusing.set_value(false);
        }
    }

    /// Moves the card to the previous (`-1`) or next (`+1`) mention of its entity, scrolling
    /// there and flashing it.
    pub fn step(&self, delta: isize) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        let mentions = self.mentions_of(open.entity);
        let Some(at) = mentions.iter().position(|&m| m == open.mention) else {
            return;
        };
        let len = mentions.len() as isize;
        let next = mentions[(at as isize + delta).rem_euclid(len) as usize];
        self.pointer_y.set_value(None);
        self.open.set(Some(OpenCard {
            mention: next,
            ..open
        }));
        if let Some(el) = self.mention_element(next) {
            scroll_to(&el);
            flash(&el);
        }
    }

    /// Mention indices of `entity`, in text order.
    pub fn mentions_of(&self, entity: usize) -> Vec<usize> {
        self.mention_entity.with_value(|m| {
            m.iter()
                .enumerate()
                .filter(|(_, e)| **e == entity)
                .map(|(i, _)| i)
                .collect()
        })
    }

    /// Opens the card named by a deep link, scrolling to the entity's first mention.
    pub fn open_fragment(&self, fragment: &Fragment) {
        let Fragment::Entity(id) = fragment else {
            return;
        };
        let Some(entity) = self
            .article
            .with_value(|a| a.entities.iter().position(|e| &e.id == id))
        else {
            return;
        };
        let Some(&first) = self.mentions_of(entity).first() else {
            return;
        };
        if self
            .open
            .get_untracked()
            .is_some_and(|o| o.entity == entity && o.pinned)
        {
            return;
        }
        if let Some(el) = self.mention_element(first) {
            scroll_to(&el);
        }
        self.show(first, true);
    }

    // --- DOM ------------------------------------------------------------------------------

    pub fn mention_element(&self, mention: usize) -> Option<HtmlElement> {
        let body = self.body.get_untracked()?;
        body.query_selector(&format!("[data-mention=\"{mention}\"]"))
            .ok()
            .flatten()?
            .dyn_into()
            .ok()
    }

    pub fn card_contains(&self, node: &Element) -> bool {
        self.card
            .get_untracked()
            .is_some_and(|card| card.contains(Some(node)))
    }

    /// After a resize: across the sheet's width (a phone turned, a window widened or narrowed)
    /// the open card becomes a sheet or leaves it; the effect that follows `open` places it.
    pub fn fit_width(&self) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        let sheet = media_matches(SHEET_QUERY);
        if sheet != open.sheet {
            self.open.set(Some(OpenCard { sheet, ..open }));
        }
    }

    /// Recomputes the card position from the mention's line boxes and the card's size.
    pub fn reposition(&self) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        if open.sheet {
            return;
        }
        let (Some(anchor), Some(card)) = (
            self.mention_element(open.mention),
            self.card.get_untracked(),
        ) else {
            return;
        };
        let whole = to_rect(&anchor.get_bounding_client_rect());
        let line = line_under(&anchor, self.pointer_y.get_value()).unwrap_or(whole);
        let size = card.get_bounding_client_rect();
        let window = window();
        let width = window
            .inner_width()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(1024.0);
        let height = window
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(768.0);
        // Scrollbars are not part of the usable viewport.
        let doc = document().document_element();
        let width = doc
            .as_ref()
            .map_or(width, |d| f64::from(d.client_width()).min(width));
        let height = doc
            .as_ref()
            .map_or(height, |d| f64::from(d.client_height()).min(height));
        let next = place(line, whole, size.width(), size.height(), width, height);
        if self.placement.get_untracked() != Some(next) {
            self.placement.set(Some(next));
        }
    }
}

/// The line box of `anchor` that holds `y` (the pointer), else its first line box.
fn line_under(anchor: &Element, y: Option<f64>) -> Option<Rect> {
    let rects = anchor.get_client_rects();
    let lines: Vec<Rect> = (0..rects.length())
        .filter_map(|i| rects.get(i))
        .map(|r| to_rect(&r))
        .filter(|r| r.width > 0.0)
        .collect();
    let under = y.and_then(|y| lines.iter().find(|r| r.top <= y && y <= r.bottom()));
    under.or(lines.first()).copied()
}

fn to_rect(r: &web_sys::DomRect) -> Rect {
    Rect {
        left: r.left(),
        top: r.top(),
        width: r.width(),
        height: r.height(),
    }
}
