//! The reading view: title, byline, kind legend, paragraphs with linked mentions, entity card.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::either::Either;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, FocusEvent, MouseEvent, PointerEvent};

use super::article_text::Text;
use super::entity_card::{CardIds, EntityCard};
use super::evidence_bar::EvidenceBar;
use super::glossary::Glossary;
use super::legend::Legend;
use super::matrix_toggle::MatrixToggle;
use super::ours::{DIR, LANG};
use super::provenance_notice::ProvenanceNotice;
use super::reading_progress::ReadingProgress;
use super::stance_matrix::StanceMatrix;
use crate::controllers::cards::Cards;
use crate::controllers::evidence::Evidence;
use crate::core::card::Input;
use crate::core::dates::human_date;
use crate::core::digest::{kind_counts, mention_counts, reading_minutes};
use crate::core::fragment::Fragment;
use crate::core::language::direction;
use crate::core::matrix::Matrix;
use crate::core::provenance::Provenance;
use crate::core::{Article, EntityIx, MentionIx, link_article};
use crate::web::dom::on_window;
use crate::web::{deep_link, storage};

/// Distinguishes the element ids of several readers on one page.
static READERS: AtomicUsize = AtomicUsize::new(0);

/// With `previews`, each mention also names its entity's native preview (`interestfor`): the
/// prerendered page, which renders the previews beside the view (see `entity_preview.rs`).
/// An article this site did not publish has its `provenance` noticed above its title.
#[component]
pub fn ArticleView(
    article: Arc<Article>,
    #[prop(optional)] previews: bool,
    #[prop(optional, into)] provenance: Option<Provenance>,
) -> impl IntoView {
    let links = link_article(&article);
    let counts = mention_counts(&article, &links);
    let mention_entity: Vec<EntityIx> = links.iter().flatten().map(|s| s.entity).collect();
    let cards = Cards::new(article.clone(), mention_entity, storage::hidden_kinds());

    let matrix = Arc::new(Matrix::build(&article));
    let evidence = Evidence::new(article.clone(), matrix.clone(), cards.body);

    let paragraphs = Text {
        cards,
        evidence,
        article: &article,
        matrix: &matrix,
        previews,
    }
    .paragraphs(&links);

    let n = READERS.fetch_add(1, Ordering::Relaxed);
    let ids = CardIds {
        title: format!("sm{n}-card-title"),
        summary: format!("sm{n}-card-summary"),
    };
    let open_entity = Memo::new(move |_| cards.open().map(|o| o.entity));
    let card = move || {
        open_entity
            .get()
            .map(|entity| view! { <EntityCard cards evidence entity ids=ids.clone() /> })
    };
    let hidden = move || cards.hidden_kinds();

    install_window_listeners(cards, evidence);
    // Place the card once it is in the DOM (and again whenever it moves to another mention).
    Effect::new(move |_| {
        cards.open();
        request_animation_frame(move || cards.reposition());
    });
    // A deep link (`#entity=…`, `#cell=…`) takes effect once the text is on screen.
    Effect::new(move |_| {
        if let Some(fragment) = deep_link::current() {
            request_animation_frame(move || open_fragment(cards, evidence, &fragment));
        }
    });
    let prefix = format!("sm{n}");
    let notice_id = format!("{prefix}-provenance");
    let noticed = provenance.as_ref().and_then(Provenance::notice).is_some();
    let notice = provenance.map(|provenance| {
        view! { <ProvenanceNotice provenance id=notice_id.clone() /> }
    });

    view! {
        <article class="sm-article" lang=article.language.clone() dir=article.language.as_deref().map(direction)>
            <ReadingProgress body=cards.body />
            <header class="sm-article-header">
                {notice}
                <h1
                    class="sm-title"
                    tabindex="-1"
                    aria-describedby=noticed.then_some(notice_id)
                >
                    {article.title.clone()}
                </h1>
                {article.subtitle.clone().map(|s| view! { <p class="sm-subtitle">{s}</p> })}
                {byline(&article)}
                <p class="sm-article-meta">
                    <span lang=LANG dir=DIR>
                        {format!("{} min read", reading_minutes(&article))}
                    </span>
                    {(!article.stances.is_empty())
                        .then(|| {
                            view! {
                                <span class="sm-jump">
                                    " · "
                                    <a
                                        lang=LANG
                                        dir=DIR
                                        href=format!("#{prefix}-matrix-title")
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            evidence.show_matrix();
                                        }
                                    >
                                        "Jump to stance matrix"
                                    </a>
                                </span>
                            }
                        })}
                </p>
            </header>
            <Legend cards kinds=kind_counts(&article, &counts) />
            <div
                id=format!("{prefix}-text")
                class="sm-body"
                data-article=article.id.clone()
                data-hide=hidden
                node_ref=cards.body
                on:pointerover=move |ev: PointerEvent| {
                    if let Some((el, m)) = mention_at(&ev)
                        && is_mouse(&ev)
                        && !related_inside(&ev, &el)
                    {
                        cards.pointer_enter(m, f64::from(ev.client_y()), since(&ev));
                    }
                }
                on:pointermove=move |ev: PointerEvent| {
                    if is_mouse(&ev) && mention_at(&ev).is_some() {
                        cards.pointer_move(f64::from(ev.client_y()));
                    }
                }
                on:pointerout=move |ev: PointerEvent| {
                    if let Some((el, _)) = mention_at(&ev)
                        && is_mouse(&ev)
                        && !related_inside(&ev, &el)
                    {
                        cards.pointer_leave();
                    }
                }
                on:focusin=move |ev: FocusEvent| {
                    if let Some((el, m)) = mention_at(&ev)
                        && el.matches(":focus-visible").unwrap_or(false)
                    {
                        cards.focus(m);
                    }
                }
                on:focusout=move |ev: FocusEvent| {
                    let next = ev.related_target().and_then(|t| t.dyn_into::<Element>().ok());
                    cards.blur(next.as_ref());
                }
                on:click=move |ev: MouseEvent| {
                    if let Some((_, m)) = mention_at(&ev) {
                        ev.prevent_default();
                        // A click with no count is the keyboard's (Enter).
                        let input = if ev.detail() == 0 { Input::Keyboard } else { Input::Pointer };
                        cards.activate(m, input);
                    }
                }
            >
                {paragraphs}
            </div>
            // After the text, so a phone or tablet opens on the article's first lines; wide
            // screens place it beside the text (the stylesheet's grid).
            <StanceMatrix evidence article=article.clone() prefix=prefix.clone() />
            {card}
            <Glossary article=article.clone() counts=counts.clone() />
            <EvidenceBar evidence article=article.clone() />
            <MatrixToggle evidence />
        </article>
    }
}

/// Applies a deep link: a card for `#entity=`, a matrix cell for `#cell=`.
fn open_fragment(cards: Cards, evidence: Evidence, fragment: &Fragment) {
    match fragment {
        Fragment::Entity(_) => cards.open_fragment(fragment),
        Fragment::Cell { party, topic } => evidence.open_fragment(party, topic),
    }
}

/// The mention element an event happened in, with its `data-mention` index.
fn mention_at(ev: &Event) -> Option<(Element, MentionIx)> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    let el = target.closest("[data-mention]").ok()??;
    let index = el.get_attribute("data-mention")?.parse().ok()?;
    Some((el, MentionIx::new(index)))
}

/// How long ago the event happened (its time stamp is on the page's performance clock).
fn since(ev: &Event) -> std::time::Duration {
    let now = web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now());
    // At most a second; `as` saturates, and makes a NaN zero.
    std::time::Duration::from_micros(((now - ev.time_stamp()) * 1000.0).clamp(0.0, 1e6) as u64)
}

fn is_mouse(ev: &PointerEvent) -> bool {
    matches!(ev.pointer_type().as_str(), "mouse" | "pen")
}

/// Whether the pointer moved between two points of the same element (no real enter/leave).
fn related_inside(ev: &PointerEvent, el: &Element) -> bool {
    ev.related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|n| el.contains(Some(&n)))
}

/// Escape, outside taps, scrolling, resizing and deep-link changes, for as long as the view lives.
fn install_window_listeners(cards: Cards, evidence: Evidence) {
    on_window(ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            if cards.open_untracked().is_some() {
                cards.escape();
            } else {
                evidence.clear();
            }
        }
    });
    on_window(ev::pointerdown, move |ev| {
        // Only this reader's card and mentions keep its card open (another reader on the
        // same page has its own).
        let body = cards.body.get_untracked();
        let card = cards.card.get_untracked();
        let path = ev.composed_path();
        let is = |node: &wasm_bindgen::JsValue, el: Option<&web_sys::HtmlElement>| {
            el.is_some_and(|el| node == el.unchecked_ref::<wasm_bindgen::JsValue>())
        };
        let in_card = path.iter().any(|n| is(&n, card.as_deref()));
        let in_body = path.iter().any(|n| is(&n, body.as_deref()));
        let on_mention = path.iter().any(|n| {
            n.dyn_into::<Element>()
                .is_ok_and(|el| el.has_attribute("data-mention"))
        });
        if !(in_card || (in_body && on_mention)) {
            cards.pointer_down_outside();
        }
    });
    let follow = move || {
        if cards.open_untracked().is_some() {
            request_animation_frame(move || cards.reposition());
        }
    };
    on_window(ev::scroll, move |_| follow());
    on_window(ev::resize, move |_| {
        cards.fit_width();
        follow();
    });
    on_window(ev::hashchange, move |_| {
        if let Some(fragment) = deep_link::current() {
            open_fragment(cards, evidence, &fragment);
        }
    });
}

/// Source and publication date, when the article has them.
fn byline(article: &Article) -> impl IntoView + use<> {
    let source = article.source.clone().map(|source| match source.url {
        Some(url) => Either::Left(view! {
            <a class="sm-source" href=url target="_blank" rel="noopener noreferrer">
                {source.name}
            </a>
        }),
        None => Either::Right(view! { <span class="sm-source">{source.name}</span> }),
    });
    let date = article.published.clone().map(|iso| {
        let human = human_date(&iso).unwrap_or_else(|| iso.clone());
        view! {
            <time datetime=iso lang=LANG dir=DIR>
                {human}
            </time>
        }
    });
    let separator = (source.is_some() && date.is_some()).then_some(" · ");
    (source.is_some() || date.is_some())
        .then(|| view! { <p class="sm-byline">{source}{separator}{date}</p> })
}
