//! Large and awkward input: big bodies open, huge alias lists and odd characters never panic.

use stancemap_core::{LoadError, MAX_ARTICLE_BYTES, link_article, parse_article};

fn article(body: Vec<String>, aliases: Vec<String>) -> String {
    serde_json::json!({
        "format": 1, "id": "big", "title": "Big",
        "body": body,
        "entities": [{"id": "iran", "name": "Iran", "kind": "country", "aliases": aliases}],
    })
    .to_string()
}

#[test]
fn a_five_megabyte_body_opens_and_links() {
    let paragraph =
        "Iran and its neighbours met again, and Iran’s envoy spoke at length. ".repeat(20);
    let count = 5 * 1024 * 1024 / paragraph.len() + 1;
    let json = article(vec![paragraph; count], vec![]);
    assert!(json.len() > 5 * 1024 * 1024 && json.len() < MAX_ARTICLE_BYTES);
    let a = parse_article(&json).expect("a 5 MB article is accepted");
    let links = link_article(&a);
    assert_eq!(links.iter().map(Vec::len).sum::<usize>(), count * 40);
}

#[test]
fn beyond_the_limit_is_refused_before_parsing() {
    let json = article(vec!["x".repeat(MAX_ARTICLE_BYTES)], vec![]);
    assert!(
        matches!(parse_article(&json), Err(LoadError::TooLarge { bytes }) if bytes == json.len())
    );
}

#[test]
fn the_refusal_says_how_large_the_file_is_never_rounding_down_to_the_limit() {
    let message = |bytes| LoadError::TooLarge { bytes }.to_string();
    assert_eq!(
        message(MAX_ARTICLE_BYTES + 1),
        "the file is 16.1 MiB; articles are limited to 16 MiB"
    );
    assert_eq!(
        message(20 * 1024 * 1024),
        "the file is 20.0 MiB; articles are limited to 16 MiB"
    );
}

#[test]
fn a_huge_alias_list_links_without_trouble() {
    let aliases: Vec<String> = (0..20_000).map(|i| format!("Alias{i}")).collect();
    let json = article(
        vec!["Iran, Alias19999 and Alias7 met Alias1234x.".into()],
        aliases,
    );
    let a = parse_article(&json).unwrap();
    let links = link_article(&a);
    let texts: Vec<&str> = links[0]
        .iter()
        .map(|s| &a.body[0][s.start..s.end])
        .collect();
    assert_eq!(texts, ["Iran", "Alias19999", "Alias7"]);
}

#[test]
fn zero_width_and_right_to_left_text_are_handled() {
    let body = vec![
        "ایران\u{200f} و Iran\u{200b}s و \u{202e}Iran\u{202c} و Iran\u{200d}".to_owned(),
        "\u{feff}Iran at the start, and \u{2066}Iran\u{2069} isolated.".to_owned(),
    ];
    let json = article(body, vec!["ایران".into()]);
    let a = parse_article(&json).unwrap();
    let links = link_article(&a);
    for (text, spans) in a.body.iter().zip(&links) {
        for s in spans {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    let first: Vec<&str> = links[0]
        .iter()
        .map(|s| &a.body[0][s.start..s.end])
        .collect();
    // Format characters are not letters, so they bound words like spaces do.
    assert_eq!(first, ["ایران", "Iran", "Iran", "Iran"]);
    assert_eq!(links[1].len(), 2);
}

#[test]
fn unpaired_surrogates_are_a_syntax_error_not_a_panic() {
    for json in [
        r#"{"title": "\ud800"}"#,
        r#"{"title": "\udc00x"}"#,
        r#"{"title": "\ud800\u0041"}"#,
    ] {
        assert!(
            matches!(parse_article(json), Err(LoadError::Syntax { .. })),
            "{json}"
        );
    }
}
