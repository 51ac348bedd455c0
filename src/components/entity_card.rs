//! The entity card: who or what a mention refers to, its positions, quotes and other mentions.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use super::kind_icon::{KindIcon, StanceIcon};
use super::ours::{DIR, LANG, ours};
use crate::controllers::cards::Cards;
use crate::controllers::evidence::Evidence;
use crate::core::card::Layout;
use crate::core::digest::{Digest, digest};
use crate::core::placement::Side;
use crate::core::{Entity, EntityIx, StanceKind};
use crate::web::dom::select_all;

/// Element ids for one reader's card, unique on the page.
#[derive(Clone)]
pub struct CardIds {
    pub title: String,
    pub summary: String,
}

#[component]
pub fn EntityCard(
    cards: Cards,
    evidence: Evidence,
    entity: EntityIx,
    ids: CardIds,
) -> impl IntoView {
    let article = cards.article();
    let e = &article.entities[entity];
    let facts = digest(&article, &e.id);
    let mentions = cards.mentions_of(entity);
    let total = mentions.len();
    let ordinal = move || {
        cards
            .open()
            .and_then(|o| mentions.iter().position(|m| *m == o.mention))
            .map_or(1, |i| i + 1)
    };
    let sheet = move || cards.open().is_some_and(|o| o.layout == Layout::Sheet);
    let pinned = move || cards.open().is_some_and(|o| o.is_pinned());
    // Set through the CSSOM (not a style attribute), which the page's CSP allows.
    let placed = move || (!sheet()).then(|| cards.placement()).flatten();
    // Whole pixels, formatted as integers: float formatting would cost the wasm kilobytes.
    let px = |v: f64| format!("{}px", v.round() as i64);
    let left = move || placed().map(|p| px(p.left));
    let top = move || placed().map(|p| px(p.top));
    let max_height = move || placed().map(|p| px(p.max_height));
    let hidden = move || (!sheet() && cards.placement().is_none()).then_some("hidden");
    let side = move || match cards.placement().map(|p| p.side) {
        Some(Side::Above) => "above",
        _ => "below",
    };

    let role_line = role_line(e, &facts);
    let summary = summary(e, Some(ids.summary.clone()));
    let described_by = e.summary.as_ref().map(|_| ids.summary.clone());
    let matrix = evidence.matrix();
    let stances = stances(
        facts
            .stances
            .iter()
            .map(|s| {
                let cell = matrix.find(&article, &s.party, &s.topic);
                let open_cell = move |_| {
                    if let Some(cell) = cell {
                        cards.dismiss();
                        evidence.select(cell);
                        evidence.focus_cell(cell);
                    }
                };
                view! {
                    <button type="button" class="sm-card-stance" on:click=open_cell>
                        {stance_badge(s.stance)}
                        <span class="sm-card-topic">
                            {s.topic_label.clone()}
                            <span class="sm-visually-hidden" lang=LANG dir=DIR>
                                " (show in the stance matrix)"
                            </span>
                        </span>
                    </button>
                }
            })
            .collect(),
    );
    let quotes = quotes(&facts);
    let link = link(e);
    let times = times(total);
    let nav = (total > 1).then(|| {
        view! {
            <span class="sm-card-nav" lang=LANG dir=DIR>
                <button
                    type="button"
                    class="sm-card-step"
                    aria-label="Previous mention"
                    on:click=move |_| cards.previous_mention()
                >
                    "‹"
                </button>
                <span class="sm-card-ordinal" aria-live="polite">
                    {ordinal}
                    " of "
                    {total}
                </span>
                <button
                    type="button"
                    class="sm-card-step"
                    aria-label="Next mention"
                    on:click=move |_| cards.next_mention()
                >
                    "›"
                </button>
            </span>
        }
    });

    view! {
        <div
            class="sm-card"
            class:sm-card-sheet=sheet
            class:sm-card-pinned=pinned
            data-side=side
            data-card=e.id.clone()
            role="dialog"
            aria-modal="false"
            aria-labelledby=ids.title.clone()
            aria-describedby=described_by
            tabindex="-1"
            style:left=left
            style:top=top
            style:max-height=max_height
            style:visibility=hidden
            node_ref=cards.card
            on:pointerenter=move |_| cards.pointer_enter_card()
            on:pointerleave=move |ev| {
                if ev.pointer_type() != "touch" {
                    cards.pointer_leave();
                }
            }
            on:keydown=move |ev| on_card_key(cards, &ev)
        >
            <div class="sm-card-top">
                {kind_badge(e)}
                <button
                    type="button"
                    class="sm-card-close"
                    lang=LANG
                    aria-label="Close"
                    on:click=move |_| cards.close_button()
                >
                    "×"
                </button>
            </div>
            <h2 class="sm-card-name" id=ids.title.clone()>{e.name.clone()}</h2>
            {role_line}
            {summary}
            {stances}
            {quotes}
            <div class="sm-card-foot">
                <span class="sm-card-count" lang=LANG dir=DIR>
                    {times}
                </span>
                {nav}
            </div>
            {link}
        </div>
    }
}

/// Escape closes; Tab past the card's last control continues after the mention, as if the
/// card sat right after it in the text; Shift+Tab from its first control returns to the mention.
fn on_card_key(cards: Cards, ev: &KeyboardEvent) {
    match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            ev.stop_propagation();
            cards.escape_from_card();
        }
        "Tab" => {
            let (Some(card), Some(open)) = (cards.card.get_untracked(), cards.open_untracked())
            else {
                return;
            };
            let controls = tabbables(&card);
            let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
            let at = |el: Option<&HtmlElement>| {
                el.is_some_and(|el| {
                    target
                        .as_ref()
                        .is_some_and(|t| t == el.unchecked_ref::<Element>())
                })
            };
            let on_card = target
                .as_ref()
                .is_some_and(|t| t == card.unchecked_ref::<Element>());
            if ev.shift_key() && (on_card || at(controls.first())) {
                ev.prevent_default();
                if let Some(mention) = cards.mention_element(open.mention) {
                    cards.dismiss();
                    let _ = mention.focus();
                }
            } else if !ev.shift_key() && (at(controls.last()) || controls.is_empty()) {
                let next = cards
                    .mention_element(open.mention)
                    .and_then(|m| next_tabbable_after(cards, &m));
                if let Some(next) = next {
                    ev.prevent_default();
                    cards.dismiss();
                    let _ = next.focus();
                }
            }
        }
        _ => {}
    }
}

const TABBABLE: &str = "a[href]:not([tabindex='-1']), button:not([disabled]):not([tabindex='-1'])";

fn tabbables(root: &Element) -> Vec<HtmlElement> {
    select_all(root, TABBABLE)
}

/// The control that follows `mention` in the reader's tab order, outside the card.
fn next_tabbable_after(cards: Cards, mention: &HtmlElement) -> Option<HtmlElement> {
    let body = cards.body.get_untracked()?;
    let all = tabbables(&body);
    let at = all.iter().position(|el| el == mention)?;
    all.into_iter().nth(at + 1)
}

// --- the parts of a card that are the same wherever it shows (see also `entity_preview.rs`) ---

/// The entity's kind, with its icon.
pub(super) fn kind_badge(e: &Entity) -> impl IntoView + use<> {
    view! {
        <span class="sm-card-kind" data-kind=e.kind.as_str() lang=LANG dir=DIR>
            <KindIcon kind=e.kind />
            {e.kind.label()}
        </span>
    }
}

/// A stance word with its icon, coloured by stance.
pub(super) fn stance_badge(stance: StanceKind) -> impl IntoView {
    view! {
        <span class="sm-stance" data-stance=stance.label() lang=LANG dir=DIR>
            <StanceIcon stance />
            {stance.label()}
        </span>
    }
}

/// "Positions in this article": one list item per stance line (none without any).
pub(super) fn stances<V: IntoView>(items: Vec<V>) -> Option<impl IntoView> {
    (!items.is_empty()).then(|| {
        let items = items
            .into_iter()
            .map(|item| view! { <li>{item}</li> })
            .collect_view();
        view! {
            <h3 class="sm-card-heading">{ours("Positions in this article")}</h3>
            <ul class="sm-card-stances">{items}</ul>
        }
    })
}

/// "Role · Speaks for Party", when the entity has either.
pub(super) fn role_line(e: &Entity, facts: &Digest) -> Option<impl IntoView + use<>> {
    let role = e.role.clone();
    let separator = (role.is_some() && facts.speaks_for.is_some()).then_some(" · ");
    // "Speaks for" is the reader's words, the party's name the article's.
    let speaks = facts
        .speaks_for
        .clone()
        .map(|party| view! { {ours("Speaks for")} " " {party} });
    (role.is_some() || speaks.is_some())
        .then(|| view! { <p class="sm-card-role">{role}{separator}{speaks}</p> })
}

pub(super) fn summary(e: &Entity, id: Option<String>) -> Option<impl IntoView + use<>> {
    e.summary
        .clone()
        .map(|s| view! { <p class="sm-card-summary" id=id>{s}</p> })
}

/// The entity's quotes as a stance speaker.
pub(super) fn quotes(facts: &Digest) -> Option<impl IntoView + use<>> {
    (!facts.quotes.is_empty()).then(|| {
        let items = facts
            .quotes
            .iter()
            .map(|q| view! { <li>{q.clone()}</li> })
            .collect_view();
        view! {
            <h3 class="sm-card-heading">{ours("In the text")}</h3>
            <ul class="sm-card-quotes">{items}</ul>
        }
    })
}

/// "More on en.wikipedia.org ↗", when the entity has a link.
pub(super) fn link(e: &Entity) -> Option<impl IntoView + use<>> {
    e.link.clone().map(|href| {
        let host = host_of(&href);
        view! {
            <a
                class="sm-card-link"
                href=href
                target="_blank"
                rel="noopener noreferrer"
                lang=LANG
                dir=DIR
            >
                "More on " {host}
                <span class="sm-visually-hidden">" (opens in a new tab)"</span>
                <span aria-hidden="true">" ↗"</span>
            </a>
        }
    })
}

pub(super) fn times(total: usize) -> String {
    match total {
        1 => "Mentioned once".to_owned(),
        n => format!("Mentioned {n} times"),
    }
}

/// `https://en.wikipedia.org/wiki/X` → `en.wikipedia.org`.
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .to_owned()
}
