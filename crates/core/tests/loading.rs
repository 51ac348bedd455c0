//! Loading: syntax errors keep serde's line and column, shape errors name their JSON path.

use stancemap_core::{LoadError, MAX_ARTICLE_BYTES, parse_article};

#[test]
fn syntax_error_has_line_column_and_the_line() {
    let json = "{\n  \"format\": 1,\n  \"id\": \"a\",,\n  \"title\": \"T\"\n}";
    match parse_article(json) {
        Err(LoadError::Syntax {
            line,
            column,
            excerpt,
            excerpt_column,
            message,
        }) => {
            assert_eq!((line, column), (3, 13));
            assert_eq!(excerpt, "  \"id\": \"a\",,");
            assert_eq!(excerpt.chars().nth(excerpt_column), Some(','));
            assert!(!message.contains("at line"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn truncated_json_is_a_syntax_error() {
    assert!(matches!(
        parse_article(r#"{"format": 1, "id": "#),
        Err(LoadError::Syntax { line: 1, .. })
    ));
}

#[test]
fn trailing_garbage_is_a_syntax_error() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["x"]} extra"#;
    assert!(matches!(
        parse_article(json),
        Err(LoadError::Syntax { column: 48, .. })
    ));
}

#[test]
fn wrong_type_names_the_json_path() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["x"],
      "entities":[{"id":"e","name":"E","kind":"country"},{"id":"f","name":"F","kind":"planet"}]}"#;
    match parse_article(json) {
        Err(LoadError::Shape { path, message }) => {
            assert_eq!(path, "entities[1].kind");
            assert!(message.contains("unknown variant `planet`"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    match parse_article(r#"{"format":1,"id":"a","title":"A","body":"x"}"#) {
        Err(LoadError::Shape { path, .. }) => assert_eq!(path, "body"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn missing_and_unknown_fields_are_shape_errors() {
    assert!(matches!(
        parse_article(r#"{"format":1,"id":"a","body":["x"]}"#),
        Err(LoadError::Shape { message, .. }) if message.contains("missing field `title`")
    ));
    assert!(matches!(
        parse_article(r#"{"format":1,"id":"a","title":"A","body":["x"],"tilte":"B"}"#),
        Err(LoadError::Shape { message, .. }) if message.contains("unknown field `tilte`")
    ));
}

#[test]
fn other_format_numbers_are_named_before_shape_checks() {
    for (json, found) in [
        (r#"{"format":2,"whatever":true}"#, "2"),
        (r#"{"format":"1"}"#, "\"1\""),
        (r#"{"format":0,"id":"a","title":"A","body":["x"]}"#, "0"),
    ] {
        match parse_article(json) {
            Err(LoadError::UnsupportedFormat { found: f }) => assert_eq!(f, found),
            other => panic!("{json}: {other:?}"),
        }
    }
}

#[test]
fn non_object_json_is_a_shape_error() {
    let r = parse_article("[1,2]");
    assert!(matches!(r, Err(LoadError::Shape { .. })), "{r:?}");
    assert!(matches!(
        parse_article("null"),
        Err(LoadError::Shape { .. })
    ));
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let json = " ".repeat(MAX_ARTICLE_BYTES + 1);
    assert!(matches!(
        parse_article(&json),
        Err(LoadError::TooLarge { .. })
    ));
}

#[test]
fn long_lines_are_excerpted_around_the_error() {
    let json = format!(
        "{{\"format\":1,\"id\":\"a\",\"title\":\"{}\" oops}}",
        "x".repeat(500)
    );
    match parse_article(&json) {
        Err(LoadError::Syntax {
            excerpt,
            excerpt_column,
            ..
        }) => {
            let at_error: String = excerpt.chars().skip(excerpt_column).take(4).collect();
            assert_eq!(at_error, "oops");
            assert!(
                excerpt.starts_with('…') && excerpt.contains("oops"),
                "{excerpt}"
            );
            assert!(excerpt.chars().count() <= 122);
        }
        other => panic!("{other:?}"),
    }
}
