//! Stance matrix aggregation: every state, mixed cells, empty cells, row summaries, quote locations.

use stancemap_core::StanceKind::{Accepts, Demands, Rejects, Unclear};
use stancemap_core::matrix::{CellState, Matrix, locate_quotes};
use stancemap_core::{Cell, PartyIx, StanceIx, TopicIx, parse_article};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");

fn states(m: &Matrix, row: usize) -> Vec<String> {
    m.rows()[row]
        .cells
        .iter()
        .map(|c| c.state.label())
        .collect()
}

#[test]
fn seed_matrix_has_the_expected_states() {
    let a = parse_article(SEED).unwrap();
    let m = Matrix::build(&a);
    let parties: Vec<&str> = m
        .rows()
        .iter()
        .map(|r| a.entities[r.party].id.as_str())
        .collect();
    assert_eq!(parties, ["iran", "us", "israel"]);
    // Columns: nuclear, missiles, militant-groups, broader-talks, verification.
    assert_eq!(
        states(&m, 0),
        [
            "accepts",
            "rejects",
            "no stated position",
            "rejects",
            "accepts"
        ]
    );
    assert_eq!(
        states(&m, 1),
        [
            "demands",
            "demands",
            "no stated position",
            "no stated position",
            "no stated position"
        ]
    );
    assert_eq!(
        states(&m, 2),
        [
            "demands",
            "demands",
            "demands",
            "no stated position",
            "no stated position"
        ]
    );
    assert_eq!(m.rows()[0].summary(), [("accepts", 2), ("rejects", 2)]);
    assert_eq!(
        m.rows()[0].cells[1].evidence.len(),
        3,
        "Iran on missiles: three quotes"
    );
    assert_eq!(
        m.rows()[1].cells[0].evidence.len(),
        3,
        "U.S. on the nuclear program: three quotes"
    );
}

fn article_with(stances: &str) -> stancemap_core::Article {
    let json = format!(
        r#"{{"format":1,"id":"m","title":"M","body":["A said yes. A said no. A said maybe. B hedged."],
        "entities":[{{"id":"a","name":"A","kind":"country"}},{{"id":"b","name":"B","kind":"country"}}],
        "parties":["a","b"],"topics":[{{"id":"t","label":"T"}},{{"id":"u","label":"U"}}],
        "stances":[{stances}]}}"#
    );
    parse_article(&json).unwrap()
}

#[test]
fn every_single_state_and_mixed_and_empty() {
    let a = article_with(
        r#"{"party":"a","topic":"t","stance":"accepts","quote":"A said yes"},
           {"party":"a","topic":"t","stance":"rejects","quote":"A said no"},
           {"party":"a","topic":"t","stance":"accepts","quote":"A said maybe"},
           {"party":"b","topic":"u","stance":"unclear","quote":"B hedged"}"#,
    );
    let m = Matrix::build(&a);
    assert_eq!(
        m.rows()[0].cells[0].state,
        CellState::Mixed(vec![Accepts, Rejects])
    );
    assert_eq!(
        m.rows()[0].cells[0].state.label(),
        "mixed: accepts and rejects"
    );
    assert_eq!(m.rows()[0].cells[0].evidence, [0, 1, 2].map(StanceIx::new));
    assert_eq!(m.rows()[0].cells[1].state, CellState::NoPosition);
    assert_eq!(m.rows()[1].cells[1].state, CellState::Single(Unclear));
    assert_eq!(m.rows()[0].summary(), [("mixed", 1)]);
    assert_eq!(m.rows()[1].summary(), [("unclear", 1)]);
    let cell = Cell {
        party: PartyIx::new(1),
        topic: TopicIx::new(1),
    };
    assert_eq!(m.find(&a, "b", "u"), Some(cell));
    assert_eq!(m.cell_of_stance(StanceIx::new(3)), Some(cell));
}

#[test]
fn each_stance_kind_is_its_own_state() {
    for kind in ["accepts", "rejects", "demands", "conditional", "unclear"] {
        let a = article_with(&format!(
            r#"{{"party":"a","topic":"t","stance":"{kind}","quote":"A said yes"}}"#
        ));
        let m = Matrix::build(&a);
        assert_eq!(m.rows()[0].cells[0].state.label(), kind);
        assert_eq!(m.rows()[0].summary(), [(kind, 1)]);
    }
    let _ = Demands;
}

#[test]
fn no_stances_means_every_cell_is_empty() {
    let a = article_with("");
    let m = Matrix::build(&a);
    assert!(
        m.rows()
            .iter()
            .flat_map(|r| &r.cells)
            .all(|c| c.state == CellState::NoPosition)
    );
    assert!(m.rows().iter().all(|r| r.summary().is_empty()));
}

#[test]
fn quotes_are_located_exactly() {
    let a = parse_article(SEED).unwrap();
    for (s, place) in a.stances.iter().zip(locate_quotes(&a)) {
        let (p, start, end) = place.expect("every seed quote is in the body");
        assert_eq!(&a.body[p][start..end], s.quote);
    }
}
