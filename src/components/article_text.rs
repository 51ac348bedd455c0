//! The article's paragraphs: text, linked mentions, highlighted quotes and their markers.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::CustomAttribute;

use super::entity_preview::preview_id;
use super::kind_icon::StanceIcon;
use super::ours::LANG;
use crate::controllers::cards::Cards;
use crate::controllers::evidence::Evidence;
use crate::core::matrix::{Matrix, locate_quotes};
use crate::core::runs::{Piece, QuoteRange, Run, runs};
use crate::core::{Article, MentionIx, Span, StanceIx};

/// What the paragraphs are made from: the article, its matrix, and the controllers their
/// mentions and markers talk to.
pub struct Text<'a> {
    /// The card controller.
    pub cards: Cards,
    /// The evidence controller.
    pub evidence: Evidence,
    /// The article.
    pub article: &'a Article,
    /// Its stance matrix.
    pub matrix: &'a Matrix,
    /// Whether each mention also names its entity's native preview (`interestfor`): the
    /// prerendered page, which renders the previews beside the view (see `entity_preview.rs`).
    pub previews: bool,
}

impl Text<'_> {
    /// Every paragraph, its mentions linked by `links` (one list per paragraph).
    pub fn paragraphs(&self, links: &[Vec<Span>]) -> impl IntoView + use<> {
        let quote_places = locate_quotes(self.article);
        let mut first_mention = 0;
        self.article
            .body
            .iter()
            .zip(links)
            .enumerate()
            .map(|(p, (text, spans))| {
                let quotes: Vec<QuoteRange> = quote_places
                    .iter()
                    .enumerate()
                    .filter_map(|(stance, place)| {
                        let (in_p, start, end) = (*place)?;
                        (in_p == p).then_some(QuoteRange {
                            stance: StanceIx::new(stance),
                            start,
                            end,
                        })
                    })
                    .collect();
                let parts = runs(text, spans, MentionIx::new(first_mention), &quotes)
                    .into_iter()
                    .map(|run| self.run(text, run))
                    .collect_view();
                first_mention += spans.len();
                // `make bench` times the first paint of the text (Element Timing).
                view! { <p>{parts}</p> }.attr("elementtiming", (p == 0).then_some("article-text"))
            })
            .collect_view()
    }

    fn run(&self, text: &str, run: Run) -> AnyView {
        match run {
            Run::Text(piece) => piece_view(self.evidence, text, piece).into_any(),
            Run::Mention {
                entity,
                mention,
                pieces,
            } => self.mention(entity, mention, text, pieces).into_any(),
            Run::Markers { stances, then } => self.markers(text, stances, then).into_any(),
        }
    }

    /// One linked mention. `data-mention` numbers mentions in text order; `data-note` numbers
    /// the entity in the printed glossary.
    fn mention(
        &self,
        entity: crate::core::EntityIx,
        index: MentionIx,
        text: &str,
        pieces: Vec<Piece>,
    ) -> impl IntoView + use<> {
        let cards = self.cards;
        let note = entity.get() + 1;
        let entity = &self.article.entities[entity];
        let kind = entity.kind;
        let expanded = move || cards.open().is_some_and(|o| o.mention == index).to_string();
        let tabindex = move || (!cards.shows_kind(kind)).then_some("-1");
        let inner = pieces
            .into_iter()
            .map(|piece| piece_view(self.evidence, text, piece))
            .collect_view();
        view! {
            <a
                class="sm-mention"
                href=format!("#entity={}", entity.id)
                data-entity=entity.id.clone()
                data-kind=kind.as_str()
                data-mention=index.get()
                data-note=note
                aria-haspopup="dialog"
                aria-expanded=expanded
                tabindex=tabindex
            >
                {inner}
            </a>
        }
        .attr("interestfor", self.previews.then(|| preview_id(&entity.id)))
    }

    /// The markers at the end of quotes, with the text after them up to the next space, on one
    /// line: a word joiner keeps them with the word before (a line may break before a button
    /// otherwise), and the stylesheet's `nowrap` with the text after.
    fn markers(
        &self,
        text: &str,
        stances: Vec<StanceIx>,
        then: Vec<Piece>,
    ) -> impl IntoView + use<> {
        let buttons = stances
            .into_iter()
            .map(|stance| self.marker(stance))
            .collect_view();
        let then = then
            .into_iter()
            .map(|piece| piece_view(self.evidence, text, piece))
            .collect_view();
        view! { <span class="sm-markers">"\u{2060}"{buttons}{then}</span> }
    }

    /// The small button at the end of an evidence quote; it leads to the quote's matrix cell.
    fn marker(&self, stance: StanceIx) -> impl IntoView + use<> {
        let evidence = self.evidence;
        let article = self.article;
        let s = &article.stances[stance];
        let party = article
            .entity(&s.party)
            .map_or(s.party.as_str(), |e| e.name.as_str());
        let topic = article
            .topic(&s.topic)
            .map_or(s.topic.as_str(), |t| t.label.as_str());
        let label = format!(
            "Evidence: {party} {} on {topic}. Show in the stance matrix",
            s.stance.label()
        );
        let cell = self.matrix.cell_of_stance(stance);
        let on = move || evidence.selected().is_some_and(|sel| Some(sel) == cell);
        view! {
            <button
                type="button"
                class="sm-marker"
                class:sm-marker-on=on
                lang=LANG
                data-stance=s.stance.label()
                data-marker=stance.get()
                aria-label=label
                on:click=move |_| evidence.from_marker(stance)
            >
                <StanceIcon stance=s.stance />
            </button>
        }
    }
}

/// A stretch of text; inside an evidence quote it is wrapped so the quote can be highlighted.
fn piece_view(evidence: Evidence, text: &str, piece: Piece) -> impl IntoView + use<> {
    let content = text[piece.start..piece.end].to_owned();
    if piece.quotes.is_empty() {
        return Either::Left(content);
    }
    let ids: Vec<String> = piece.quotes.iter().map(|q| q.get().to_string()).collect();
    let quotes = piece.quotes.clone();
    let active = evidence.active();
    let on = move || active.with(|a| quotes.iter().any(|q| a.contains(q)));
    let quotes = piece.quotes;
    let current = move || evidence.current().is_some_and(|c| quotes.contains(&c));
    Either::Right(view! {
        <span class="sm-q" data-quotes=ids.join(" ") class:sm-q-on=on class:sm-q-current=current>
            {content}
        </span>
    })
}
