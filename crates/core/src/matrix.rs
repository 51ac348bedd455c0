//! The stance matrix: parties × topics, each cell aggregating the stances that prove it.

use crate::article::{Article, StanceKind};
use crate::index::{Cell, EntityIx, PartyIx, StanceIx, TopicIx};

/// What a cell says about a party's position on a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellState {
    /// The article states no position (different from [`StanceKind::Unclear`]).
    NoPosition,
    /// Every stance in the cell is of this kind.
    Single(StanceKind),
    /// Stances of different kinds, in order of first appearance.
    Mixed(Vec<StanceKind>),
}

impl CellState {
    /// A short word for the state: `rejects`, `mixed`, `no stated position`.
    pub fn label(&self) -> String {
        match self {
            CellState::NoPosition => "no stated position".to_owned(),
            CellState::Single(kind) => kind.label().to_owned(),
            CellState::Mixed(kinds) => {
                let words: Vec<&str> = kinds.iter().map(|k| k.label()).collect();
                format!("mixed: {}", words.join(" and "))
            }
        }
    }

    /// The keyword used in `data-state` attributes and row summaries.
    pub fn key(&self) -> &'static str {
        match self {
            CellState::NoPosition => "none",
            CellState::Single(kind) => kind.label(),
            CellState::Mixed(_) => "mixed",
        }
    }
}

/// What one party × topic cell holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellContent {
    /// The cell's topic.
    pub topic: TopicIx,
    /// What the cell's stances say.
    pub state: CellState,
    /// The stances whose quotes prove it, in article order.
    pub evidence: Vec<StanceIx>,
}

/// One party's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The party's entity.
    pub party: EntityIx,
    /// One cell per topic, in the article's `topics` order.
    pub cells: Vec<CellContent>,
}

impl Row {
    /// How many of the row's cells are in each state, e.g. `[("accepts", 2), ("rejects", 2)]`,
    /// in the order accepts, rejects, demands, conditional, unclear, mixed; empty states omitted.
    pub fn summary(&self) -> Vec<(&'static str, usize)> {
        const ORDER: [&str; 6] = [
            "accepts",
            "rejects",
            "demands",
            "conditional",
            "unclear",
            "mixed",
        ];
        ORDER
            .into_iter()
            .map(|key| {
                (
                    key,
                    self.cells.iter().filter(|c| c.state.key() == key).count(),
                )
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

/// The whole matrix: rows in the article's `parties` order, cells in `topics` order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// One row per party.
    rows: Vec<Row>,
}

impl Matrix {
    /// Aggregates the article's stances. Parties or topics that are not declared are skipped
    /// (validation reports them).
    pub fn build(article: &Article) -> Matrix {
        let rows = article
            .parties
            .iter()
            .filter_map(|party| {
                let party_index = article.entities.iter().position(|e| &e.id == party)?;
                let cells = article
                    .topics
                    .iter()
                    .enumerate()
                    .map(|(t, topic)| {
                        let evidence: Vec<StanceIx> = article
                            .stances
                            .iter()
                            .enumerate()
                            .filter(|(_, s)| &s.party == party && s.topic == topic.id)
                            .map(|(i, _)| StanceIx::new(i))
                            .collect();
                        let mut kinds: Vec<StanceKind> = Vec::new();
                        for &i in &evidence {
                            if !kinds.contains(&article.stances[i].stance) {
                                kinds.push(article.stances[i].stance);
                            }
                        }
                        let state = match kinds.as_slice() {
                            [] => CellState::NoPosition,
                            [one] => CellState::Single(*one),
                            _ => CellState::Mixed(kinds),
                        };
                        CellContent {
                            topic: TopicIx::new(t),
                            state,
                            evidence,
                        }
                    })
                    .collect();
                Some(Row {
                    party: EntityIx::new(party_index),
                    cells,
                })
            })
            .collect();
        Matrix { rows }
    }

    /// The rows, one per party, in the article's `parties` order.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// Every row with its party.
    pub fn parties(&self) -> impl Iterator<Item = (PartyIx, &Row)> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, row)| (PartyIx::new(i), row))
    }

    /// What `cell` holds.
    ///
    /// ```
    /// # let article = stancemap_core::parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap();
    /// use stancemap_core::matrix::Matrix;
    /// let matrix = Matrix::build(&article);
    /// let cell = matrix.find(&article, "iran", "nuclear").unwrap();
    /// let content = matrix.cell(cell);
    /// assert!(!content.evidence.is_empty());
    /// assert_eq!(matrix.cell_of_stance(content.evidence[0]), Some(cell));
    /// ```
    pub fn cell(&self, cell: Cell) -> &CellContent {
        &self.rows[cell.party.get()].cells[cell.topic.get()]
    }

    /// The entity of a party's row.
    pub fn entity(&self, party: PartyIx) -> EntityIx {
        self.rows[party.get()].party
    }

    /// The cell of `party` (entity id) and `topic` (topic id).
    pub fn find(&self, article: &Article, party: &str, topic: &str) -> Option<Cell> {
        let row = self
            .rows
            .iter()
            .position(|r| article.entities[r.party].id == party)?;
        let column = article.topics.iter().position(|t| t.id == topic)?;
        Some(Cell {
            party: PartyIx::new(row),
            topic: TopicIx::new(column),
        })
    }

    /// The cell a stance belongs to.
    pub fn cell_of_stance(&self, stance: StanceIx) -> Option<Cell> {
        self.parties().find_map(|(party, row)| {
            row.cells
                .iter()
                .position(|c| c.evidence.contains(&stance))
                .map(|c| Cell {
                    party,
                    topic: TopicIx::new(c),
                })
        })
    }
}

/// Where each stance's quote sits: `(paragraph, start, end)` byte range of its first
/// occurrence, indexed like [`Article::stances`]; `None` if it does not occur (invalid).
pub fn locate_quotes(article: &Article) -> Vec<Option<(usize, usize, usize)>> {
    article
        .stances
        .iter()
        .map(|s| {
            if s.quote.is_empty() {
                return None;
            }
            article.body.iter().enumerate().find_map(|(p, text)| {
                text.find(s.quote.as_str())
                    .map(|start| (p, start, start + s.quote.len()))
            })
        })
        .collect()
}
