//! The stance matrix: a table of parties × topics (laid out as a per-party list on narrow
//! screens, by CSS alone) and the evidence of the selected cell.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::kind_icon::StanceIcon;
use super::ours::{DIR, LANG, ours};
use crate::controllers::evidence::Evidence;
use crate::core::matrix::{CellContent, CellState, Row};
use crate::core::{Article, Cell, PartyIx};

#[component]
pub fn StanceMatrix(evidence: Evidence, article: Arc<Article>, prefix: String) -> impl IntoView {
    let matrix = evidence.matrix();
    let title_id = format!("{prefix}-matrix-title");

    let columns = article.topics.len();
    let head = article
        .topics
        .iter()
        .enumerate()
        .map(|(c, topic)| {
            let tip_id = format!("{prefix}-topic-{c}");
            // A summary opens from its column's start edge toward the table's end, except in
            // the second half of the columns, where it opens toward the start: no summary
            // reaches past the table, where the matrix would clip it (and scroll sideways).
            let toward_start = 2 * c >= columns;
            let tip = topic.summary.clone().map(|s| {
                view! {
                    <span class="sm-tip" class:sm-tip-end=toward_start role="tooltip" id=tip_id.clone()>
                        {s}
                    </span>
                }
            });
            let has_tip = topic.summary.is_some();
            view! {
                <th scope="col">
                    <span
                        class="sm-topic"
                        tabindex=has_tip.then_some("0")
                        aria-describedby=has_tip.then_some(tip_id.clone())
                    >
                        {topic.label.clone()}
                    </span>
                    {tip}
                </th>
            }
        })
        .collect_view();

    let table_rows = matrix
        .parties()
        .map(|(party, row)| {
            let cells = row
                .cells
                .iter()
                .map(|cell| {
                    // The topic again, shown only where the table is laid out as a list (its
                    // column header already names it to a screen reader).
                    view! {
                        <td>
                            <span class="sm-cell-topic" aria-hidden="true">
                                {article.topics[cell.topic].label.clone()}
                            </span>
                            {cell_view(evidence, &article, party, row, cell)}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <span class="sm-party">{article.entities[row.party].name.clone()}</span>
                        <span class="sm-row-summary" lang=LANG dir=DIR>
                            {summary_text(row)}
                        </span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();

    let panel_article = article.clone();
    let panel = move || {
        evidence
            .selected()
            .map(|cell| evidence_panel(evidence, &panel_article, cell))
    };

    let labelled_by = title_id.clone();
    view! {
        <section class="sm-matrix" aria-labelledby=labelled_by node_ref=evidence.section>
            <h2 class="sm-matrix-title" id=title_id>{ours("Stance matrix")}</h2>
            <p class="sm-matrix-hint">
                {ours(
                    "Who accepts, rejects or demands what. Select a position to see its evidence in the text.",
                )}
            </p>
            <table class="sm-matrix-table">
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{table_rows}</tbody>
            </table>
            <p class="sm-matrix-key" aria-hidden="true">{ours("— no stated position")}</p>
            {panel}
        </section>
    }
}

/// "accepts 2 · rejects 2", or "no stated positions".
fn summary_text(row: &Row) -> String {
    let parts: Vec<String> = row
        .summary()
        .into_iter()
        .map(|(state, n)| format!("{state} {n}"))
        .collect();
    if parts.is_empty() {
        "no stated positions".to_owned()
    } else {
        parts.join(" · ")
    }
}

fn quotes_text(n: usize) -> String {
    match n {
        1 => "1 quote".to_owned(),
        n => format!("{n} quotes"),
    }
}

/// The icon and word of each kind in a state (both kinds for a mixed cell).
fn state_chips(state: &CellState) -> impl IntoView + use<> {
    let kinds = match state {
        CellState::NoPosition => Vec::new(),
        CellState::Single(kind) => vec![*kind],
        CellState::Mixed(kinds) => kinds.clone(),
    };
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let and = (i > 0).then(|| {
                view! {
                    <span class="sm-visually-hidden" lang=LANG dir=DIR>
                        " and "
                    </span>
                }
            });
            view! {
                {and}
                <span class="sm-state" data-state=kind.label() lang=LANG dir=DIR>
                    <StanceIcon stance=kind />
                    {kind.label()}
                </span>
            }
        })
        .collect_view()
}

/// A cell: a button selecting its evidence, or a quiet "no stated position".
fn cell_view(
    evidence: Evidence,
    article: &Article,
    party: PartyIx,
    row: &Row,
    content: &CellContent,
) -> impl IntoView + use<> {
    let cell = Cell {
        party,
        topic: content.topic,
    };
    if content.state == CellState::NoPosition {
        return Either::Left(view! {
            <span class="sm-state sm-state-none" data-state="none">
                <span aria-hidden="true">"—"</span>
                <span class="sm-none-text" lang=LANG dir=DIR>
                    " no stated position"
                </span>
            </span>
        });
    }
    // The accessible name is the content: "Iran, Ballistic missiles: rejects, 3 quotes", with
    // the row and column named in visually hidden text (the visible words stay part of it).
    let context = format!(
        "{}, {}: ",
        article.entities[row.party].name, article.topics[cell.topic].label
    );
    let mixed_words = match &content.state {
        CellState::Mixed(_) => Some(ours("mixed: ")),
        _ => None,
    };
    let pressed = move || (evidence.selected() == Some(cell)).to_string();
    Either::Right(view! {
        <button
            type="button"
            class="sm-cell"
            data-cell=cell.to_string()
            data-state=content.state.key()
            aria-pressed=pressed
            on:click=move |_| {
                evidence.toggle(cell);
            }
        >
            <span class="sm-cell-states">
                <span class="sm-visually-hidden">{context}{mixed_words}</span>
                {state_chips(&content.state)}
                // Kept in the text flow (an absolutely positioned one would add a space).
                <span class="sm-cell-sep">","</span>
            </span>
            <span class="sm-cell-count" lang=LANG dir=DIR>
                {quotes_text(content.evidence.len())}
            </span>
        </button>
    })
}

/// The selected cell's evidence: each quote, who said it, and the note.
fn evidence_panel(evidence: Evidence, article: &Article, cell: Cell) -> impl IntoView + use<> {
    let matrix = evidence.matrix();
    let party = matrix.entity(cell.party);
    let content = matrix.cell(cell);
    // The party and the topic are the article's words, the state the reader's.
    let heading = view! {
        {format!("{} · {}: ", article.entities[party].name, article.topics[cell.topic].label)}
        {ours(content.state.label())}
    };
    let items = content
        .evidence
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let stance = &article.stances[s];
            let who = match stance.speaker.as_deref().and_then(|id| article.entity(id)) {
                Some(speaker) => Either::Left(speaker.name.clone()),
                None => Either::Right(ours("reported")),
            };
            let note = stance
                .note
                .clone()
                .map(|n| view! { <p class="sm-evidence-note">{n}</p> });
            let current = move || evidence.step() == i;
            view! {
                <li class:sm-evidence-current=current>
                    <span class="sm-state" data-state=stance.stance.label() lang=LANG dir=DIR>
                        <StanceIcon stance=stance.stance />
                        {stance.stance.label()}
                    </span>
                    <blockquote class="sm-evidence-quote">{stance.quote.clone()}</blockquote>
                    <p class="sm-evidence-who">"— " {who}</p>
                    {note}
                    <button
                        type="button"
                        class="sm-link-button"
                        lang=LANG
                        dir=DIR
                        on:click=move |_| evidence.show_quote(i)
                    >
                        "Show in text"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="sm-evidence-panel">
            <h3 class="sm-evidence-heading">{heading}</h3>
            <ol class="sm-evidence-list">{items}</ol>
        </div>
    }
}
