//! Entity card controller: feeds the reader's actions to the card's state machine
//! (`core::card`), carries out what it asks (timers, focus, the address), places the card, and
//! owns which entity kinds the reader switched off.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::core::card::{CardState, Effect, Event, Input, Layout, MAX_EFFECTS, Mention, OpenCard};
use crate::core::fragment::Fragment;
use crate::core::placement::Placement;
use crate::core::{Article, EntityIx, EntityKind, MentionIx};
use crate::web::deep_link;
use crate::web::dom::{flash, media_matches, scroll_to};

mod kinds;
mod placing;

/// Width below which cards are bottom sheets.
const SHEET_QUERY: &str = "(max-width: 600px)";

/// Shared card state; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct Cards {
    /// The card on screen, mirrored from `state` whenever it changes.
    open: RwSignal<Option<OpenCard>>,
    placement: RwSignal<Option<Placement>>,
    /// Entity kinds whose highlighting the reader switched off.
    hidden: RwSignal<Vec<EntityKind>>,
    /// The article's text, where the mentions are.
    pub body: NodeRef<leptos::html::Div>,
    /// The open card's element.
    pub card: NodeRef<leptos::html::Div>,
    state: StoredValue<CardState>,
    /// The entity of each mention.
    mention_entity: StoredValue<Vec<EntityIx>>,
    article: StoredValue<Arc<Article>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// The pointer's height, to anchor the card at the line of a wrapped mention it is on.
    pointer_y: StoredValue<Option<f64>>,
    /// Set while the reader itself moves focus to a mention, so that focus does not re-preview.
    refocusing: StoredValue<bool>,
}

impl Cards {
    /// The controller for `article`, whose mentions' entities are `mention_entity` (in text
    /// order), with the kinds `hidden` switched off.
    pub fn new(
        article: Arc<Article>,
        mention_entity: Vec<EntityIx>,
        hidden: Vec<EntityKind>,
    ) -> Cards {
        Cards {
            open: RwSignal::new(None),
            placement: RwSignal::new(None),
            hidden: RwSignal::new(hidden),
            body: NodeRef::new(),
            card: NodeRef::new(),
            state: StoredValue::new(CardState::default()),
            mention_entity: StoredValue::new(mention_entity),
            article: StoredValue::new(article),
            timer: StoredValue::new(None),
            pointer_y: StoredValue::new(None),
            refocusing: StoredValue::new(false),
        }
    }

    /// The article.
    pub fn article(&self) -> Arc<Article> {
        self.article.get_value()
    }

    /// The card on screen (tracked).
    #[inline]
    pub fn open(&self) -> Option<OpenCard> {
        self.open.get()
    }

    /// The card on screen, untracked.
    pub fn open_untracked(&self) -> Option<OpenCard> {
        self.open.get_untracked()
    }

    /// Where the card goes beside its mention (tracked); none until it is placed, or on a sheet.
    #[inline]
    pub fn placement(&self) -> Option<Placement> {
        self.placement.get()
    }

    /// The mention `index` of a kind shown, with its entity.
    fn shown_mention(&self, index: MentionIx) -> Option<Mention> {
        let entity = self
            .mention_entity
            .with_value(|m| m.get(index.get()).copied())?;
        (!self.is_hidden(entity)).then_some(Mention { index, entity })
    }

    // --- the state machine --------------------------------------------------------------------

    fn layout() -> Layout {
        if media_matches(SHEET_QUERY) {
            Layout::Sheet
        } else {
            Layout::Beside
        }
    }

    /// Applies `event` and carries out its effects.
    pub(super) fn dispatch(&self, event: Event) {
        let mut state = self.state.get_value();
        let before = state.open();
        // Carried out once the new state is stored: moving focus dispatches again.
        let mut effects = [None; MAX_EFFECTS];
        let mut n = 0;
        state.on(event, |effect| {
            effects[n] = Some(effect);
            n += 1;
        });
        self.state.set_value(state);
        let after = state.open();
        if before != after {
            // Moving to another mention (or closing) hides the card until it is placed again.
            if before.map(|o| o.mention) != after.map(|o| o.mention) {
                self.placement.set(None);
            }
            self.open.set(after);
        }
        for effect in effects.into_iter().flatten() {
            self.carry_out(effect);
        }
    }

    fn carry_out(&self, effect: Effect) {
        match effect {
            Effect::StartTimer(delay) => self.start_timer(delay),
            Effect::CancelTimer => self.cancel_timer(),
            Effect::FocusCard => {
                let cards = *self;
                request_animation_frame(move || {
                    // Place it first: a card still hidden for placement cannot take focus.
                    cards.reposition();
                    if let Some(Some(card)) = cards.card.try_get_untracked() {
                        let _ = card.focus();
                    }
                });
            }
            Effect::FocusMention(mention) => {
                if let Some(el) = self.mention_element(mention) {
                    self.refocusing.set_value(true);
                    let _ = el.focus();
                    self.refocusing.set_value(false);
                }
            }
            Effect::LinkEntity(entity) => {
                let id = self.article.with_value(|a| a.entities[entity].id.clone());
                deep_link::replace(&Fragment::Entity(id));
            }
            Effect::UnlinkEntity => deep_link::clear(|f| matches!(f, Fragment::Entity(_))),
        }
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
    }

    fn start_timer(&self, delay: Duration) {
        self.cancel_timer();
        let cards = *self;
        let handle = set_timeout_with_handle(
            move || {
                cards.timer.set_value(None);
                cards.dispatch(Event::TimerEnded {
                    layout: Cards::layout(),
                });
            },
            delay,
        )
        .ok();
        self.timer.set_value(handle);
    }

    // --- the reader's actions -----------------------------------------------------------------

    /// The mouse entered mention `mention` at viewport height `client_y`, `since` ago.
    pub fn pointer_enter(&self, mention: MentionIx, client_y: f64, since: Duration) {
        let Some(mention) = self.shown_mention(mention) else {
            return;
        };
        self.pointer_y.set_value(Some(client_y));
        self.dispatch(Event::PointerEnter { mention, since });
    }

    /// The mouse moved over a mention (keeps the line under the pointer current).
    pub fn pointer_move(&self, client_y: f64) {
        if self.open.get_untracked().is_none() {
            self.pointer_y.set_value(Some(client_y));
        }
    }

    /// The mouse left a mention or the card.
    pub fn pointer_leave(&self) {
        self.dispatch(Event::PointerLeave);
    }

    /// The mouse entered the open card: keep it.
    pub fn pointer_enter_card(&self) {
        self.dispatch(Event::PointerEnterCard);
    }

    /// A mention received visible keyboard focus: preview its card.
    pub fn focus(&self, mention: MentionIx) {
        if self.refocusing.get_value() {
            return;
        }
        let Some(mention) = self.shown_mention(mention) else {
            return;
        };
        let stays = self
            .open
            .get_untracked()
            .is_some_and(|o| o.is_pinned() && o.mention == mention.index);
        if !stays {
            self.pointer_y.set_value(None);
        }
        self.dispatch(Event::Focus {
            mention,
            layout: Cards::layout(),
        });
    }

    /// Focus left a mention or the card for `next` (None: left the document).
    pub fn blur(&self, next: Option<&Element>) {
        let into_card = next.is_some_and(|n| self.card_contains(n));
        self.dispatch(Event::Blur { into_card });
    }

    /// Click, tap or Enter on a mention: pin its card (or close it when pinned already).
    pub fn activate(&self, mention: MentionIx, input: Input) {
        if let Some(mention) = self.shown_mention(mention) {
            self.dispatch(Event::Activate {
                mention,
                input,
                layout: Cards::layout(),
            });
        }
    }

    /// Escape pressed in the page: close the card (focus back to its mention when pinned).
    pub fn escape(&self) {
        self.dispatch(Event::Escape {
            focus_in_card: false,
        });
    }

    /// Escape pressed inside the card: close it, focus back to its mention.
    pub fn escape_from_card(&self) {
        self.dispatch(Event::Escape {
            focus_in_card: true,
        });
    }

    /// A pointer went down outside the card and this reader's mentions.
    pub fn pointer_down_outside(&self) {
        self.dispatch(Event::PointerDownOutside);
    }

    /// The card's close button.
    pub fn close_button(&self) {
        self.dispatch(Event::CloseButton);
    }

    /// Closes the card, focus staying where it is.
    pub fn dismiss(&self) {
        self.dispatch(Event::Dismiss);
    }

    /// Moves the card to the previous mention of its entity (the last from the first).
    pub fn previous_mention(&self) {
        self.step(-1);
    }

    /// Moves the card to the next mention of its entity (the first from the last).
    pub fn next_mention(&self) {
        self.step(1);
    }

    fn step(&self, delta: isize) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        let mentions = self.mentions_of(open.entity);
        let Some(at) = mentions.iter().position(|&m| m == open.mention) else {
            return;
        };
        let len = mentions.len() as isize;
        let to = mentions[(at as isize + delta).rem_euclid(len) as usize];
        self.pointer_y.set_value(None);
        self.dispatch(Event::Step { to });
        if let Some(el) = self.mention_element(to) {
            scroll_to(&el);
            flash(&el);
        }
    }

    /// The mentions of `entity`, in text order.
    pub fn mentions_of(&self, entity: EntityIx) -> Vec<MentionIx> {
        self.mention_entity.with_value(|m| {
            m.iter()
                .enumerate()
                .filter(|(_, e)| **e == entity)
                .map(|(i, _)| MentionIx::new(i))
                .collect()
        })
    }

    /// Opens the card a deep link names, scrolling to the entity's first mention.
    pub fn open_fragment(&self, fragment: &Fragment) {
        let Fragment::Entity(id) = fragment else {
            return;
        };
        let Some(entity) = self
            .article
            .with_value(|a| a.entities.iter().position(|e| &e.id == id))
            .map(EntityIx::new)
        else {
            return;
        };
        let Some(&first) = self.mentions_of(entity).first() else {
            return;
        };
        let before = self.open.get_untracked();
        self.dispatch(Event::OpenLink {
            mention: Mention {
                index: first,
                entity,
            },
            layout: Cards::layout(),
        });
        // Already pinned on that entity, the card stays where it is, and so does the text.
        if self.open.get_untracked() != before
            && let Some(el) = self.mention_element(first)
        {
            scroll_to(&el);
        }
    }

    /// After a resize: across the sheet's width (a phone turned, a window widened or narrowed)
    /// the open card becomes a sheet or leaves it; the effect that follows `open` places it.
    pub fn fit_width(&self) {
        if self.open.get_untracked().is_some() {
            self.dispatch(Event::Resize {
                layout: Cards::layout(),
            });
        }
    }

    // --- the DOM ----------------------------------------------------------------------------

    /// The element of mention `mention` in this reader's text.
    pub fn mention_element(&self, mention: MentionIx) -> Option<HtmlElement> {
        let body = self.body.get_untracked()?;
        body.query_selector(&format!("[data-mention=\"{mention}\"]"))
            .ok()
            .flatten()?
            .dyn_into()
            .ok()
    }

    /// Whether `node` is inside the open card.
    pub fn card_contains(&self, node: &Element) -> bool {
        self.card
            .get_untracked()
            .is_some_and(|card| card.contains(Some(node)))
    }
}
