//! Locating the places messages name: every path validation and loading report is found in the
//! article's text, at the value it names.

use stancemap_core::locate::{Place, locate};
use stancemap_core::{LoadError, parse_article};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");

/// The text from `place` on.
fn at(text: &str, place: Place) -> &str {
    let line = text.lines().nth(place.line - 1).unwrap();
    let start: usize = line
        .chars()
        .take(place.column - 1)
        .map(char::len_utf8)
        .sum();
    &line[start..]
}

#[test]
fn every_stance_quote_and_entity_kind_of_the_seed_is_found_at_its_value() {
    let article = parse_article(SEED).unwrap();
    for (i, stance) in article.stances.iter().enumerate() {
        let place = locate(SEED, &format!("stances[{i}].quote")).unwrap();
        let quoted = serde_json::to_string(&stance.quote).unwrap();
        assert!(at(SEED, place).starts_with(&quoted), "stances[{i}]");
    }
    for (i, entity) in article.entities.iter().enumerate() {
        let place = locate(SEED, &format!("entities[{i}].kind")).unwrap();
        assert!(at(SEED, place).starts_with(&format!("\"{}\"", entity.kind.as_str())));
    }
    assert_eq!(locate(SEED, ""), Some(Place { line: 1, column: 1 }));
    assert_eq!(
        locate(SEED, &format!("stances[{}]", article.stances.len())),
        None
    );
    assert_eq!(locate(SEED, "subtitle"), None, "the seed has none");
}

#[test]
fn columns_count_characters_and_strings_hide_nothing() {
    let json = r#"{"a": "é]}\"[", "b": [1, {"c": [true, null]}], "d": "x"}"#;
    assert_eq!(
        locate(json, "d"),
        Some(Place {
            line: 1,
            column: 53
        })
    );
    assert_eq!(
        locate(json, "b[1].c[1]"),
        Some(Place {
            line: 1,
            column: 39
        })
    );
    assert_eq!(locate(json, "b[2]"), None);
    assert_eq!(locate(json, "a.b"), None, "a string has no keys");
}

#[test]
fn every_problem_the_broken_fixtures_report_is_located() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/broken");
    let mut located = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let paths: Vec<String> = match parse_article(&text) {
            Err(LoadError::Invalid(problems)) => problems.into_iter().map(|p| p.path).collect(),
            Err(LoadError::Shape { path, .. }) if !path.is_empty() => vec![path],
            _ => continue,
        };
        for p in paths {
            assert!(locate(&text, &p).is_some(), "{}: {p}", path.display());
            located += 1;
        }
    }
    assert!(located >= 20, "{located}");
}
