//! The entity card's state machine: every transition the reader can cause, natively.

use std::time::Duration;

use stancemap_core::card::{
    CardState, DWELL, Effect, Event, GRACE, Input, Layout, MAX_EFFECTS, Mention, OpenCard, Opened,
    SWITCH,
};
use stancemap_core::{EntityIx, MentionIx};

/// Applies `event`; the effects it asked for, in order.
trait Apply {
    fn apply(&mut self, event: Event) -> Vec<Effect>;
}

impl Apply for CardState {
    fn apply(&mut self, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        self.on(event, |e| effects.push(e));
        assert!(effects.len() <= MAX_EFFECTS, "{effects:?}");
        effects
    }
}

fn mention(index: usize, entity: usize) -> Mention {
    Mention {
        index: MentionIx::new(index),
        entity: EntityIx::new(entity),
    }
}

const IRAN: usize = 0;
const OMAN: usize = 1;

fn enter(mention: Mention) -> Event {
    Event::PointerEnter {
        mention,
        since: Duration::ZERO,
    }
}

const ENDED: Event = Event::TimerEnded {
    layout: Layout::Beside,
};

/// A card opened by hovering `m` until the dwell ended.
fn hovered(m: Mention) -> CardState {
    let mut card = CardState::default();
    card.apply(enter(m));
    card.apply(ENDED);
    card
}

fn activate(m: Mention, input: Input) -> Event {
    Event::Activate {
        mention: m,
        input,
        layout: Layout::Beside,
    }
}

fn opened(card: &CardState) -> Option<(usize, Opened)> {
    card.open().map(|o| (o.mention.get(), o.opened))
}

#[test]
fn hovering_opens_after_the_dwell_counted_from_the_pointers_arrival() {
    let mut card = CardState::default();
    let effects = card.apply(Event::PointerEnter {
        mention: mention(4, IRAN),
        since: Duration::from_millis(50),
    });
    assert_eq!(
        effects,
        [Effect::StartTimer(DWELL - Duration::from_millis(50))]
    );
    assert_eq!(card.open(), None, "nothing opens before the dwell ends");
    assert_eq!(card.apply(ENDED), []);
    assert_eq!(
        card.open(),
        Some(OpenCard {
            entity: EntityIx::new(IRAN),
            mention: MentionIx::new(4),
            opened: Opened::Hover,
            layout: Layout::Beside,
        })
    );
}

#[test]
fn leaving_before_the_dwell_ends_opens_nothing() {
    let mut card = CardState::default();
    card.apply(enter(mention(4, IRAN)));
    assert_eq!(card.apply(Event::PointerLeave), [Effect::CancelTimer]);
    assert_eq!(card.apply(ENDED), [], "a late timer does nothing");
    assert_eq!(card.open(), None);
}

#[test]
fn a_hovered_card_closes_after_the_grace_unless_the_pointer_reaches_it() {
    let mut card = hovered(mention(4, IRAN));
    assert_eq!(card.apply(Event::PointerLeave), [Effect::StartTimer(GRACE)]);
    assert_eq!(card.apply(Event::PointerEnterCard), [Effect::CancelTimer]);
    assert_eq!(card.apply(ENDED), []);
    assert_eq!(
        opened(&card),
        Some((4, Opened::Hover)),
        "kept: the pointer is on it"
    );
    card.apply(Event::PointerLeave);
    assert_eq!(card.apply(ENDED), [Effect::CancelTimer]);
    assert_eq!(card.open(), None);
}

#[test]
fn back_on_the_mention_within_the_grace_keeps_the_card() {
    let mut card = hovered(mention(4, IRAN));
    card.apply(Event::PointerLeave);
    assert_eq!(card.apply(enter(mention(4, IRAN))), [Effect::CancelTimer]);
    card.apply(ENDED);
    assert_eq!(opened(&card), Some((4, Opened::Hover)));
}

#[test]
fn another_mention_switches_after_a_shorter_rest() {
    let mut card = hovered(mention(4, IRAN));
    assert_eq!(
        card.apply(enter(mention(9, OMAN))),
        [Effect::StartTimer(SWITCH)]
    );
    card.apply(ENDED);
    assert_eq!(card.open().map(|o| o.entity), Some(EntityIx::new(OMAN)));
}

#[test]
fn keyboard_focus_previews_and_blur_closes() {
    let mut card = CardState::default();
    let focus = Event::Focus {
        mention: mention(2, IRAN),
        layout: Layout::Beside,
    };
    assert_eq!(card.apply(focus), [Effect::CancelTimer]);
    assert_eq!(opened(&card), Some((2, Opened::Focus)));
    assert_eq!(
        card.apply(Event::Blur { into_card: true }),
        [],
        "focus went into the card"
    );
    assert_eq!(opened(&card), Some((2, Opened::Focus)));
    assert_eq!(
        card.apply(Event::Blur { into_card: false }),
        [Effect::CancelTimer]
    );
    assert_eq!(card.open(), None);
}

#[test]
fn blur_leaves_hovered_and_pinned_cards() {
    let mut card = hovered(mention(4, IRAN));
    assert_eq!(card.apply(Event::Blur { into_card: false }), []);
    assert!(card.open().is_some());
    card.apply(activate(mention(4, IRAN), Input::Pointer));
    assert_eq!(card.apply(Event::Blur { into_card: false }), []);
    assert!(card.open().is_some());
}

#[test]
fn enter_pins_links_and_moves_focus_into_the_card() {
    let mut card = CardState::default();
    let effects = card.apply(activate(mention(3, OMAN), Input::Keyboard));
    assert_eq!(
        effects,
        [
            Effect::CancelTimer,
            Effect::LinkEntity(EntityIx::new(OMAN)),
            Effect::FocusCard
        ]
    );
    assert_eq!(opened(&card), Some((3, Opened::Pinned)));
    // Enter again on the same mention closes it, focus back on the mention.
    let effects = card.apply(activate(mention(3, OMAN), Input::Keyboard));
    assert_eq!(
        effects,
        [
            Effect::CancelTimer,
            Effect::UnlinkEntity,
            Effect::FocusMention(MentionIx::new(3))
        ]
    );
    assert_eq!(card.open(), None);
}

#[test]
fn a_click_pins_without_moving_focus_and_hover_cannot_take_it_away() {
    let mut card = CardState::default();
    card.apply(activate(mention(3, OMAN), Input::Pointer));
    assert_eq!(opened(&card), Some((3, Opened::Pinned)));
    assert_eq!(
        card.apply(enter(mention(8, IRAN))),
        [],
        "no dwell over a pinned card"
    );
    assert_eq!(card.apply(Event::PointerLeave), []);
    assert_eq!(opened(&card), Some((3, Opened::Pinned)));
    // A second click closes it where it is; focus stays.
    let effects = card.apply(activate(mention(3, OMAN), Input::Pointer));
    assert_eq!(effects, [Effect::CancelTimer, Effect::UnlinkEntity]);
}

#[test]
fn a_pinned_card_stays_pinned_when_focus_moves_it() {
    let mut card = CardState::default();
    card.apply(activate(mention(3, OMAN), Input::Pointer));
    card.apply(Event::Focus {
        mention: mention(8, IRAN),
        layout: Layout::Beside,
    });
    assert_eq!(opened(&card), Some((8, Opened::Pinned)));
    assert_eq!(card.apply(Event::Blur { into_card: false }), []);
}

#[test]
fn escape_returns_focus_from_a_pinned_card_or_from_inside_one() {
    let mut card = CardState::default();
    card.apply(activate(mention(3, OMAN), Input::Pointer));
    let effects = card.apply(Event::Escape {
        focus_in_card: false,
    });
    assert_eq!(
        effects,
        [
            Effect::CancelTimer,
            Effect::UnlinkEntity,
            Effect::FocusMention(MentionIx::new(3))
        ]
    );
    let mut card = hovered(mention(4, IRAN));
    let effects = card.apply(Event::Escape {
        focus_in_card: false,
    });
    assert_eq!(effects, [Effect::CancelTimer], "a hover card: focus stays");
    let mut card = hovered(mention(4, IRAN));
    let effects = card.apply(Event::Escape {
        focus_in_card: true,
    });
    assert_eq!(
        effects,
        [Effect::CancelTimer, Effect::FocusMention(MentionIx::new(4))]
    );
    assert_eq!(
        card.apply(Event::Escape {
            focus_in_card: true
        }),
        []
    );
}

#[test]
fn close_button_returns_focus_and_dismiss_does_not() {
    let mut card = CardState::default();
    card.apply(activate(mention(3, OMAN), Input::Pointer));
    let effects = card.apply(Event::CloseButton);
    assert_eq!(
        effects.last(),
        Some(&Effect::FocusMention(MentionIx::new(3)))
    );
    let mut card = CardState::default();
    card.apply(activate(mention(3, OMAN), Input::Pointer));
    assert_eq!(
        card.apply(Event::Dismiss),
        [Effect::CancelTimer, Effect::UnlinkEntity]
    );
    assert_eq!(card.apply(Event::PointerDownOutside), [Effect::CancelTimer]);
}

#[test]
fn a_tap_on_a_narrow_screen_opens_a_sheet_that_takes_focus() {
    let mut card = CardState::default();
    let effects = card.apply(Event::Activate {
        mention: mention(5, IRAN),
        input: Input::Pointer,
        layout: Layout::Sheet,
    });
    assert_eq!(effects.last(), Some(&Effect::FocusCard));
    assert_eq!(card.open().map(|o| o.layout), Some(Layout::Sheet));
    card.apply(Event::Resize {
        layout: Layout::Beside,
    });
    assert_eq!(card.open().map(|o| o.layout), Some(Layout::Beside));
    assert_eq!(opened(&card), Some((5, Opened::Pinned)));
}

#[test]
fn stepping_moves_the_anchor_and_keeps_the_rest() {
    let mut card = CardState::default();
    card.apply(activate(mention(3, OMAN), Input::Pointer));
    assert_eq!(
        card.apply(Event::Step {
            to: MentionIx::new(7)
        }),
        []
    );
    let open = card.open().unwrap();
    assert_eq!((open.mention.get(), open.entity.get()), (7, OMAN));
    assert!(open.is_pinned());
}

#[test]
fn a_deep_link_pins_the_entitys_card_once() {
    let mut card = CardState::default();
    let link = Event::OpenLink {
        mention: mention(0, IRAN),
        layout: Layout::Beside,
    };
    assert_eq!(card.apply(link), [Effect::LinkEntity(EntityIx::new(IRAN))]);
    assert_eq!(opened(&card), Some((0, Opened::Pinned)));
    card.apply(Event::Step {
        to: MentionIx::new(6),
    });
    assert_eq!(
        card.apply(link),
        [],
        "already pinned on that entity: left where it is"
    );
    assert_eq!(opened(&card), Some((6, Opened::Pinned)));
}
