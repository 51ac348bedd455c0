//! Keeps the published JSON Schema (`public/schema/article-v1.json`) equal to the Rust types.

use crate::article::Article;

const SCHEMA_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../public/schema/article-v1.json"
);

fn generated() -> String {
    let mut schema = schemars::schema_for!(Article);
    let object = schema.as_object_mut().expect("a schema object");
    object.insert("title".into(), "Stancemap article, format 1".into());
    let mut text = serde_json::to_string_pretty(&schema).expect("serializable schema");
    text.push('\n');
    text
}

/// Fails when the types changed without the schema; `UPDATE_SCHEMA=1 cargo test` rewrites it.
#[test]
fn published_schema_matches_types() {
    let want = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &want).expect("write schema");
    }
    let have = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        have == want,
        "{SCHEMA_PATH} is out of date with src/core/article.rs; run `UPDATE_SCHEMA=1 cargo test schema`"
    );
}
