//! Evidence controller: the selected matrix cell, its quotes highlighted and stepped through in the text.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::core::fragment::Fragment;
use crate::core::matrix::Matrix;
use crate::core::{Article, Cell, StanceIx};
use crate::web::deep_link;
use crate::web::dom::{scroll_to, select_all};

/// The selected cell and which of its quotes is current.
#[derive(Clone, Copy)]
pub struct Evidence {
    selected: RwSignal<Option<Cell>>,
    /// Which of the selected cell's quotes is current: always one of them.
    step: RwSignal<usize>,
    /// Stances of the selected cell, in article order.
    active: Memo<Vec<StanceIx>>,
    /// The stance whose quote is current.
    current: Memo<Option<StanceIx>>,
    matrix: StoredValue<Arc<Matrix>>,
    article: StoredValue<Arc<Article>>,
    /// The article body and the matrix section, to find quote pieces and cell buttons.
    pub body: NodeRef<leptos::html::Div>,
    pub section: NodeRef<leptos::html::Section>,
}

impl Evidence {
    pub fn new(
        article: Arc<Article>,
        matrix: Arc<Matrix>,
        body: NodeRef<leptos::html::Div>,
    ) -> Evidence {
        let selected: RwSignal<Option<Cell>> = RwSignal::new(None);
        let step = RwSignal::new(0);
        let stored = StoredValue::new(matrix);
        let active = Memo::new(move |_| cell_evidence(stored, selected.get()));
        let current = Memo::new(move |_| active.with(|a| a.get(step.get()).copied()));
        Evidence {
            selected,
            step,
            active,
            current,
            matrix: stored,
            article: StoredValue::new(article),
            body,
            section: NodeRef::new(),
        }
    }

    /// The selected cell (tracked).
    pub fn selected(&self) -> Option<Cell> {
        self.selected.get()
    }

    /// The selected cell's stances, in article order (tracked).
    pub fn active(&self) -> Memo<Vec<StanceIx>> {
        self.active
    }

    /// The stance whose quote is current (tracked).
    pub fn current(&self) -> Option<StanceIx> {
        self.current.get()
    }

    /// Which quote of the selected cell's is current, from 0 (tracked).
    pub fn step(&self) -> usize {
        self.step.get()
    }

    /// The matrix.
    pub fn matrix(&self) -> Arc<Matrix> {
        self.matrix.get_value()
    }

    /// The stances whose quotes prove `cell`; none without one.
    pub fn evidence_of(&self, cell: Option<Cell>) -> Vec<StanceIx> {
        cell_evidence(self.matrix, cell)
    }

    /// `party id/topic id` of a cell, for `#cell=` links.
    pub fn cell_ids(&self, cell: Cell) -> (String, String) {
        let party = self.matrix.with_value(|m| m.entity(cell.party));
        self.article.with_value(|a| {
            (
                a.entities[party].id.clone(),
                a.topics[cell.topic].id.clone(),
            )
        })
    }

    /// Selects a cell and highlights its quotes, leaving the text where it is.
    pub fn select(&self, cell: Cell) {
        if self.evidence_of(Some(cell)).is_empty() {
            return;
        }
        self.selected.set(Some(cell));
        self.step.set(0);
        let (party, topic) = self.cell_ids(cell);
        deep_link::replace(&Fragment::Cell { party, topic });
    }

    /// Selects a cell and scrolls the text to its first quote.
    pub fn select_and_reveal(&self, cell: Cell) {
        self.select(cell);
        if self.selected.get_untracked() == Some(cell) {
            let evidence = *self;
            request_animation_frame(move || evidence.reveal_current());
        }
    }

    /// Selects `cell` and scrolls to its first quote, or clears it when it is selected.
    pub fn toggle(&self, cell: Cell) {
        if self.selected.get_untracked() == Some(cell) {
            self.clear();
        } else {
            self.select_and_reveal(cell);
        }
    }

    /// Makes the selected cell's quote `i` (from 0) current and scrolls the text to it.
    pub fn show_quote(&self, i: usize) {
        if i < self.active.with_untracked(Vec::len) {
            self.step.set(i);
            self.reveal_current();
        }
    }

    /// Moves to the selected cell's previous quote (the last from the first).
    pub fn previous_quote(&self) {
        self.step_by(-1);
    }

    /// Moves to the selected cell's next quote (the first from the last).
    pub fn next_quote(&self) {
        self.step_by(1);
    }

    fn step_by(&self, delta: isize) {
        let len = self.evidence_of(self.selected.get_untracked()).len() as isize;
        if len == 0 {
            return;
        }
        let next = (self.step.get_untracked() as isize + delta).rem_euclid(len) as usize;
        self.step.set(next);
        let evidence = *self;
        request_animation_frame(move || evidence.reveal_current());
    }

    /// Clears the selection and its highlighting.
    pub fn clear(&self) {
        if self.selected.get_untracked().is_some() {
            self.selected.set(None);
            deep_link::clear(|f| matches!(f, Fragment::Cell { .. }));
        }
    }

    /// Scrolls the text to the current quote.
    pub fn reveal_current(&self) {
        // Nothing once the view is gone (a frame requested before it went runs after).
        let (Some(selected), Some(step)) = (
            self.selected.try_get_untracked(),
            self.step.try_get_untracked(),
        ) else {
            return;
        };
        let active = self.evidence_of(selected);
        let Some(&stance) = active.get(step) else {
            return;
        };
        if let Some(first) = self.quote_pieces(stance).first() {
            scroll_to(first);
        }
    }

    /// The text pieces that make up the quote of `stance`, in order.
    pub fn quote_pieces(&self, stance: StanceIx) -> Vec<Element> {
        self.body.get_untracked().map_or_else(Vec::new, |body| {
            select_all(&body, &format!("[data-quotes~=\"{stance}\"]"))
        })
    }

    /// A quote's marker was activated: select its cell and move focus to it in the matrix.
    pub fn from_marker(&self, stance: StanceIx) {
        let Some(cell) = self.matrix.with_value(|m| m.cell_of_stance(stance)) else {
            return;
        };
        self.select(cell);
        let position = self
            .evidence_of(Some(cell))
            .iter()
            .position(|&s| s == stance);
        self.step.set(position.unwrap_or(0));
        self.focus_cell(cell);
    }

    /// Scrolls to the matrix and moves focus to its heading (or to the selected cell).
    pub fn show_matrix(&self) {
        if let Some(cell) = self.selected.get_untracked() {
            self.focus_cell(cell);
            return;
        }
        if let Some(section) = self.section.get_untracked() {
            scroll_to(&section);
            if let Ok(Some(heading)) = section.query_selector("h2")
                && let Ok(heading) = heading.dyn_into::<HtmlElement>()
            {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
            }
        }
    }

    /// Scrolls the matrix to `cell` and focuses it.
    pub fn focus_cell(&self, cell: Cell) {
        let Some(section) = self.section.get_untracked() else {
            return;
        };
        let selector = format!("[data-cell=\"{cell}\"]");
        if let Ok(Some(el)) = section.query_selector(&selector)
            && let Ok(el) = el.dyn_into::<HtmlElement>()
        {
            scroll_to(&el);
            let _ = el.focus();
        }
    }

    /// Opens the cell named by a `#cell=` deep link.
    pub fn open_fragment(&self, party: &str, topic: &str) {
        let cell = self
            .article
            .with_value(|a| self.matrix.with_value(|m| m.find(a, party, topic)));
        if let Some(cell) = cell {
            self.select(cell);
            self.focus_cell(cell);
        }
    }
}

/// The stances (in article order) whose quotes are the evidence of `cell`; none without one.
fn cell_evidence(matrix: StoredValue<Arc<Matrix>>, cell: Option<Cell>) -> Vec<StanceIx> {
    cell.map(|cell| matrix.with_value(|m| m.cell(cell).evidence.clone()))
        .unwrap_or_default()
}
