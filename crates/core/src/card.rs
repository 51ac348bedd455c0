//! The entity card's state machine: which card is open, how it was opened, what is pending,
//! and what each of the reader's actions does to it. Pure: the app's card controller feeds it
//! events, carries out the effects it returns (timers, focus, the address) and places the card.
//!
//! One card is open at a time. Mouse: it opens after a short dwell on a mention and closes
//! after a grace period once the pointer has left both mention and card. Keyboard: focus
//! previews it, Enter pins it and moves focus into it, Escape closes it and returns focus.
//! Touch: a tap pins it (a bottom sheet on narrow screens).
//!
//! ```
//! use std::time::Duration;
//! use stancemap_core::card::{CardState, Effect, Event, Layout, Mention, Opened, DWELL};
//! use stancemap_core::{EntityIx, MentionIx};
//!
//! let iran = Mention { index: MentionIx::new(3), entity: EntityIx::new(0) };
//! let mut card = CardState::default();
//! let since = Duration::ZERO;
//! let mut effects = Vec::new();
//! card.on(Event::PointerEnter { mention: iran, since }, |e| effects.push(e));
//! assert_eq!(effects, [Effect::StartTimer(DWELL)]);
//! assert_eq!(card.open(), None);
//! card.on(Event::TimerEnded { layout: Layout::Beside }, |_| {});
//! assert_eq!(card.open().map(|o| o.opened), Some(Opened::Hover));
//! ```

use std::time::Duration;

use crate::index::{EntityIx, MentionIx};

/// Pointer rest on a mention before its card opens.
pub const DWELL: Duration = Duration::from_millis(200);
/// Rest before switching when another card is already open.
pub const SWITCH: Duration = Duration::from_millis(60);
/// How long a card stays after the pointer leaves it (time to cross into the card).
pub const GRACE: Duration = Duration::from_millis(300);

/// The most effects one event has.
pub const MAX_EFFECTS: usize = 3;

/// A mention of an entity in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Which mention.
    pub index: MentionIx,
    /// Whose.
    pub entity: EntityIx,
}

/// How an open card was opened, which decides what closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// By the pointer resting on its mention: it goes when the pointer has left for a while.
    Hover,
    /// By keyboard focus on its mention: it goes with the focus.
    Focus,
    /// Deliberately (click, tap, Enter, a deep link): it stays until dismissed.
    Pinned,
}

/// Where the card is shown; the screen's width decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Beside its mention.
    Beside,
    /// As a bottom sheet (narrow screens).
    Sheet,
}

/// The card on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenCard {
    /// Whose card it is.
    pub entity: EntityIx,
    /// The mention it is anchored at.
    pub mention: MentionIx,
    /// How it was opened.
    pub opened: Opened,
    /// Where it is shown.
    pub layout: Layout,
}

impl OpenCard {
    /// Whether it stays until dismissed.
    pub fn is_pinned(&self) -> bool {
        self.opened == Opened::Pinned
    }
}

/// What the running timer does when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    /// Opens the card of the mention the pointer rests on.
    Open(Mention),
    /// Closes the card the pointer left.
    Close,
}

/// How the reader acted on a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// A click or a tap.
    Pointer,
    /// Enter or Space.
    Keyboard,
}

/// Something the reader did, or a timer that ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The pointer entered a mention, `since` ago (the browser delivers pointer events with
    /// the next frame: the dwell counts from the arrival).
    PointerEnter {
        /// The mention entered.
        mention: Mention,
        /// How long ago.
        since: Duration,
    },
    /// The pointer left a mention or the card.
    PointerLeave,
    /// The pointer entered the open card.
    PointerEnterCard,
    /// The timer the last [`Effect::StartTimer`] started has ended.
    TimerEnded {
        /// Where a card opened now goes.
        layout: Layout,
    },
    /// A mention received visible keyboard focus.
    Focus {
        /// The mention focused.
        mention: Mention,
        /// Where a card opened now goes.
        layout: Layout,
    },
    /// Focus left a mention or the card.
    Blur {
        /// Whether it went into the card.
        into_card: bool,
    },
    /// A mention was clicked, tapped or pressed Enter on.
    Activate {
        /// The mention.
        mention: Mention,
        /// How.
        input: Input,
        /// Where a card opened now goes.
        layout: Layout,
    },
    /// Escape was pressed.
    Escape {
        /// Whether focus was in the card.
        focus_in_card: bool,
    },
    /// A pointer went down outside the card and the mentions.
    PointerDownOutside,
    /// The card's close button: the card goes, focus returns to its mention.
    CloseButton,
    /// The card must go, focus staying where it is (its kind was hidden, the reader left it
    /// for the matrix).
    Dismiss,
    /// The card moved to another mention of its entity (its previous and next buttons).
    Step {
        /// The mention it moved to.
        to: MentionIx,
    },
    /// A deep link names the entity of `mention`, its first: the card opens pinned there.
    OpenLink {
        /// The entity's first mention.
        mention: Mention,
        /// Where the card goes.
        layout: Layout,
    },
    /// The window was resized across the sheet's width.
    Resize {
        /// Where the card goes now.
        layout: Layout,
    },
}

/// What the controller must do after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// (Re)start the timer; its end is [`Event::TimerEnded`].
    StartTimer(Duration),
    /// Stop the timer, if one runs.
    CancelTimer,
    /// Move focus into the card (once it is placed).
    FocusCard,
    /// Move focus back to this mention.
    FocusMention(MentionIx),
    /// The address names this entity's card (`#entity=`).
    LinkEntity(EntityIx),
    /// The address no longer names a card.
    UnlinkEntity,
}

/// The card's state: the open card, if any, and what the timer will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CardState {
    open: Option<OpenCard>,
    pending: Option<Pending>,
}

impl CardState {
    /// The card on screen, if any.
    pub fn open(&self) -> Option<OpenCard> {
        self.open
    }

    /// Applies `event`, handing what the controller must do to `effect`, in order: at most
    /// [`MAX_EFFECTS`] of them.
    pub fn on(&mut self, event: Event, mut effect: impl FnMut(Effect)) {
        let open = self.open;
        let pinned = open.is_some_and(|o| o.is_pinned());
        let on_mention = |m: MentionIx| open.is_some_and(|o| o.mention == m);
        match event {
            Event::PointerEnter { mention, since } => {
                if on_mention(mention.index) {
                    self.cancel(&mut effect);
                } else if !pinned {
                    let rest = if open.is_some() { SWITCH } else { DWELL };
                    self.pending = Some(Pending::Open(mention));
                    effect(Effect::StartTimer(rest.saturating_sub(since)));
                }
            }
            Event::PointerLeave => match open {
                Some(o) if !o.is_pinned() => {
                    self.pending = Some(Pending::Close);
                    effect(Effect::StartTimer(GRACE));
                }
                Some(_) => {}
                None => self.cancel(&mut effect),
            },
            Event::PointerEnterCard => self.cancel(&mut effect),
            Event::TimerEnded { layout } => match self.pending.take() {
                Some(Pending::Open(mention)) => {
                    self.show(mention, Opened::Hover, layout, &mut effect);
                }
                Some(Pending::Close) => self.close(None, &mut effect),
                None => {}
            },
            Event::Focus { mention, layout } => {
                if !(pinned && on_mention(mention.index)) {
                    self.cancel(&mut effect);
                    self.show(mention, Opened::Focus, layout, &mut effect);
                }
            }
            Event::Blur { into_card } => {
                if open.is_some_and(|o| o.opened == Opened::Focus) && !into_card {
                    self.close(None, &mut effect);
                }
            }
            Event::Activate {
                mention,
                input,
                layout,
            } => {
                if pinned && on_mention(mention.index) {
                    let back = (input == Input::Keyboard).then_some(mention.index);
                    self.close(back, &mut effect);
                } else {
                    self.cancel(&mut effect);
                    self.show(mention, Opened::Pinned, layout, &mut effect);
                    if input == Input::Keyboard || layout == Layout::Sheet {
                        effect(Effect::FocusCard);
                    }
                }
            }
            Event::Escape { focus_in_card } => {
                if let Some(o) = open {
                    self.close((pinned || focus_in_card).then_some(o.mention), &mut effect);
                }
            }
            Event::PointerDownOutside | Event::Dismiss => self.close(None, &mut effect),
            Event::CloseButton => self.close(open.map(|o| o.mention), &mut effect),
            Event::Step { to } => {
                if let Some(o) = &mut self.open {
                    o.mention = to;
                }
            }
            Event::OpenLink { mention, layout } => {
                if !(pinned && open.is_some_and(|o| o.entity == mention.entity)) {
                    self.show(mention, Opened::Pinned, layout, &mut effect);
                }
            }
            Event::Resize { layout } => {
                if let Some(o) = &mut self.open {
                    o.layout = layout;
                }
            }
        }
    }

    /// Nothing pending any more.
    fn cancel(&mut self, effect: &mut impl FnMut(Effect)) {
        self.pending = None;
        effect(Effect::CancelTimer);
    }

    /// Opens the card of `mention`; a pinned card stays pinned wherever it moves.
    fn show(
        &mut self,
        mention: Mention,
        opened: Opened,
        layout: Layout,
        effect: &mut impl FnMut(Effect),
    ) {
        let was_pinned = self.open.is_some_and(|o| o.is_pinned());
        self.open = Some(OpenCard {
            entity: mention.entity,
            mention: mention.index,
            opened: if was_pinned { Opened::Pinned } else { opened },
            layout,
        });
        if opened == Opened::Pinned {
            effect(Effect::LinkEntity(mention.entity));
        }
    }

    /// Closes the card, focus going back to `return_to` if given.
    fn close(&mut self, return_to: Option<MentionIx>, effect: &mut impl FnMut(Effect)) {
        self.cancel(effect);
        let Some(open) = self.open.take() else {
            return;
        };
        if open.is_pinned() {
            effect(Effect::UnlinkEntity);
        }
        if let Some(mention) = return_to {
            effect(Effect::FocusMention(mention));
        }
    }
}
