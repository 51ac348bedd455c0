//! The broken and hostile article corpus (tests/fixtures/broken): each file gives the error its manifest names.

use stancemap_core::{LoadError, parse_article};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/broken");

#[test]
fn every_fixture_fails_with_its_expected_error() {
    let manifest: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/manifest.json")).unwrap())
            .unwrap();
    assert!(
        manifest.len() >= 25,
        "the corpus holds at least 25 fixtures"
    );
    let mut failures = Vec::new();
    for case in &manifest {
        let file = case["file"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("{DIR}/{file}")).unwrap();
        let want = |key: &str| case[key].as_str().unwrap_or_default().to_owned();
        let got = parse_article(&text);
        let ok = match (case["kind"].as_str().unwrap(), &got) {
            (
                "syntax",
                Err(LoadError::Syntax {
                    line,
                    column,
                    message,
                    ..
                }),
            ) => {
                Some(*line as u64) == case["line"].as_u64()
                    && Some(*column as u64) == case["column"].as_u64()
                    && message.contains(&want("message"))
            }
            ("shape", Err(LoadError::Shape { path, message })) => {
                *path == want("path") && message.contains(&want("message"))
            }
            ("format", Err(LoadError::UnsupportedFormat { found })) => *found == want("found"),
            ("invalid", Err(LoadError::Invalid(problems))) => problems
                .iter()
                .any(|p| p.path == want("path") && p.message.contains(&want("message"))),
            _ => false,
        };
        if !ok {
            failures.push(format!("{file}: expected {case}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
