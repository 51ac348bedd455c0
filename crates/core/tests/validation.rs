//! Validation reports every problem at once, each at its JSON path.

use stancemap_core::{LoadError, Problem, parse_article};

fn problems(json: &str) -> Vec<Problem> {
    match parse_article(json) {
        Err(LoadError::Invalid(problems)) => problems,
        other => panic!("expected validation problems, got {other:?}"),
    }
}

/// The article has exactly one problem, at `path`, whose message says `words`.
fn assert_only_problem(json: &str, path: &str, words: &str) {
    let problems = problems(json);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, path);
    assert!(
        problems[0].message.contains(words),
        "{}",
        problems[0].message
    );
}

fn paths(json: &str) -> Vec<String> {
    problems(json).into_iter().map(|p| p.path).collect()
}

#[test]
fn reports_every_problem_at_once_with_paths() {
    let json = r#"{
      "format": 1, "id": "Bad Id", "title": " ",
      "source": {"name": "X", "url": "javascript:alert(1)"},
      "published": "2024-02-30", "language": "english",
      "body": ["Iran met Oman.", ""],
      "entities": [
        {"id": "iran", "name": "Iran", "kind": "country", "aliases": ["", "Persia"]},
        {"id": "iran", "name": "Persia", "kind": "country", "party": "nowhere", "link": "ftp://x"},
        {"id": "Oman", "name": "Oman", "kind": "country"}
      ],
      "mentions": [
        {"entity": "ghost", "quote": "Iran"},
        {"entity": "iran", "quote": "Tehran"},
        {"entity": "iran", "quote": "Iran", "paragraph": 9}
      ],
      "parties": ["iran", "atlantis", "iran"],
      "topics": [{"id": "nuclear", "label": ""}, {"id": "nuclear", "label": "Again"}],
      "stances": [
        {"party": "Oman", "topic": "nuclear", "stance": "accepts", "quote": "Iran met"},
        {"party": "iran", "topic": "missiles", "stance": "rejects", "speaker": "nobody", "quote": "not in the text"}
      ]
    }"#;
    let got = paths(json);
    let want = [
        "id",
        "title",
        "source.url",
        "published",
        "language",
        "body[1]",
        "entities[1].id",
        "entities[0].aliases[0]",
        "entities[1].name",
        "entities[1].party",
        "entities[1].link",
        "entities[2].id",
        "mentions[0].entity",
        "mentions[1].quote",
        "mentions[2].paragraph",
        "parties[2]",
        "parties[1]",
        "topics[1].id",
        "topics[0].label",
        "stances[0].party",
        "stances[1].topic",
        "stances[1].speaker",
        "stances[1].quote",
    ];
    assert_eq!(got, want);
}

#[test]
fn messages_name_the_offending_values() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["Iran said no."],
      "entities":[{"id":"iran","name":"Iran","kind":"country"}],
      "parties":["iran"], "topics":[{"id":"t","label":"T"}],
      "stances":[{"party":"iran","topic":"t","stance":"rejects","quote":"Iran said yes"}]}"#;
    assert_only_problem(
        json,
        "stances[0].quote",
        "\"Iran said yes\" does not occur verbatim",
    );
}

#[test]
fn a_mention_quote_must_occur_as_whole_words() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["Iranian envoys met.","U.S.-based envoys met."],
      "entities":[{"id":"iran","name":"Persia","kind":"country"},{"id":"us","name":"America","kind":"country"}],
      "mentions":[{"entity":"iran","quote":"Iran"},{"entity":"us","quote":"U.S.","paragraph":1}]}"#;
    assert_only_problem(
        json,
        "mentions[0].quote",
        "\"Iran\" does not occur as whole words in the body",
    );
}

#[test]
fn quote_spanning_two_paragraphs_is_not_verbatim() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["one","two"],
      "entities":[{"id":"x","name":"X","kind":"other"}],"parties":["x"],
      "topics":[{"id":"t","label":"T"}],
      "stances":[{"party":"x","topic":"t","stance":"unclear","quote":"one\n\ntwo"}]}"#;
    assert_eq!(paths(json), ["stances[0].quote"]);
}

#[test]
fn speaker_must_speak_for_the_stance_party() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["Bibi spoke."],
      "entities":[{"id":"iran","name":"Iran","kind":"country"},
                  {"id":"israel","name":"Israel","kind":"country"},
                  {"id":"bibi","name":"Bibi","kind":"person","party":"israel"}],
      "parties":["iran","israel"], "topics":[{"id":"t","label":"T"}],
      "stances":[{"party":"iran","topic":"t","stance":"demands","speaker":"bibi","quote":"Bibi spoke"},
                 {"party":"israel","topic":"t","stance":"demands","speaker":"bibi","quote":"Bibi spoke"},
                 {"party":"israel","topic":"t","stance":"demands","speaker":"israel","quote":"Bibi spoke"}]}"#;
    assert_only_problem(json, "stances[0].speaker", "speaks for \"israel\"");
}

#[test]
fn entity_not_listed_as_party_is_explained() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["x"],
      "entities":[{"id":"iran","name":"Iran","kind":"country"}],
      "topics":[{"id":"t","label":"T"}],
      "stances":[{"party":"iran","topic":"t","stance":"accepts","quote":"x"}]}"#;
    let p = problems(json);
    assert_eq!(p[0].path, "stances[0].party");
    assert!(p[0].message.contains("not listed in parties"));
}

#[test]
fn a_spelling_can_link_one_entity_only() {
    let json = r#"{"format":1,"id":"a","title":"A","body":["x"],
      "entities":[{"id":"a","name":"Georgia","kind":"country"},
                  {"id":"b","name":"State of Georgia","kind":"place","aliases":["Georgia"]}]}"#;
    assert_only_problem(
        json,
        "entities[1].aliases[0]",
        "already links to entity \"a\"",
    );
}

#[test]
fn empty_body_is_a_problem() {
    assert_eq!(
        paths(r#"{"format":1,"id":"a","title":"A","body":[]}"#),
        ["body"]
    );
}

#[test]
fn minimal_article_is_valid() {
    let a = parse_article(r#"{"format":1,"id":"a","title":"A","body":["Text."]}"#).unwrap();
    assert!(a.entities.is_empty() && a.stances.is_empty());
}
