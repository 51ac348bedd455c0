//! The canonical form: lossless, stable, and the seed is kept in it.

use stancemap_core::canonical::to_canonical_json;
use stancemap_core::parse_article;

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");

/// Every article among the test fixtures that the reader opens.
fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/e2e");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .filter(|(_, text)| parse_article(text).is_ok())
        .collect();
    out.sort();
    out
}

#[test]
fn the_seed_round_trips_byte_for_byte() {
    let article = parse_article(SEED).unwrap();
    assert_eq!(to_canonical_json(&article), SEED);
}

#[test]
fn every_fixture_round_trips_losslessly_and_the_form_is_a_fixed_point() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 4, "{fixtures:?}");
    for (name, text) in fixtures {
        let article = parse_article(&text).unwrap();
        let canonical = to_canonical_json(&article);
        let again = parse_article(&canonical).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(again, article, "{name}: nothing lost");
        assert_eq!(
            to_canonical_json(&again),
            canonical,
            "{name}: byte-identical"
        );
    }
}

#[test]
fn the_form_is_the_formats_field_order_with_absent_fields_left_out() {
    let text = r#"{"body":["Oman hosts."],"title":"T","id":"t","format":1,
        "entities":[{"kind":"country","name":"Oman","id":"oman"}]}"#;
    let json = to_canonical_json(&parse_article(text).unwrap());
    let expected = "{\n  \"format\": 1,\n  \"id\": \"t\",\n  \"title\": \"T\",\n  \"body\": [\n    \"Oman hosts.\"\n  ],\n  \"entities\": [\n    {\n      \"id\": \"oman\",\n      \"name\": \"Oman\",\n      \"kind\": \"country\",\n      \"aliases\": []\n    }\n  ],\n  \"parties\": [],\n  \"topics\": [],\n  \"stances\": []\n}\n";
    assert_eq!(json, expected);
    assert_ne!(json, text, "a file out of the form is rewritten");
}
