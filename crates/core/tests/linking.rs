//! Mention linking: whole words, longest match, possessives, abbreviations, explicit mentions.

use stancemap_core::linker::Linker;
use stancemap_core::{Article, EntityIx, Segment, link_article, parse_article, segments};

/// Links `text` with `(entity, spelling)` pairs and returns `(matched text, entity)`.
fn linked<'a>(text: &'a str, spellings: &[(usize, &str)]) -> Vec<(&'a str, usize)> {
    Linker::new(spellings.iter().map(|&(e, s)| (EntityIx::new(e), s)))
        .link(text)
        .into_iter()
        .map(|s| (&text[s.start..s.end], s.entity.get()))
        .collect()
}

#[test]
fn whole_words_only_unicode_aware() {
    let sp = [(0, "Iran"), (1, "Oman")];
    assert_eq!(linked("Iranian Romania", &sp), vec![]);
    assert_eq!(linked("Iran and Oman", &sp), vec![("Iran", 0), ("Oman", 1)]);
    assert_eq!(linked("Irané Iranı Iran", &sp), vec![("Iran", 0)]);
    assert_eq!(linked("Iran9", &sp), vec![]);
}

/// Where a lone spelling is linked in `text`: the byte offset of each occurrence.
fn starts(text: &str, spelling: &str) -> Vec<usize> {
    Linker::new([(EntityIx::new(0), spelling)])
        .link(text)
        .iter()
        .map(|s| s.start)
        .collect()
}

#[test]
fn whole_word_positions() {
    assert_eq!(starts("Iranian Iran", "Iran"), [8]);
    assert_eq!(starts("Romania and Oman", "Oman"), [12]);
    assert!(starts("Romania", "Oman").is_empty());
    assert_eq!(starts("Iran’s plan", "Iran"), [0]);
    assert_eq!(starts("U.S.-Iran talks", "U.S."), [0]);
    assert_eq!(starts("U.S.-Iran talks", "Iran"), [5]);
    assert_eq!(starts("the U.S.-based group", "U.S."), [4]);
    assert_eq!(starts("Éire Éireann", "Éire"), [0]);
    assert!(starts("x", "").is_empty());
}

#[test]
fn longest_match_wins_among_overlaps() {
    let sp = [
        (0, "Trump"),
        (0, "President Donald Trump"),
        (1, "President"),
    ];
    assert_eq!(
        linked("President Donald Trump met President Trump", &sp),
        vec![
            ("President Donald Trump", 0),
            ("President", 1),
            ("Trump", 0)
        ]
    );
}

#[test]
fn leftmost_match_wins_then_the_rest_continues() {
    let sp = [(0, "New York"), (1, "York Times")];
    assert_eq!(linked("New York Times", &sp), vec![("New York", 0)]);
}

#[test]
fn possessives_link_the_name() {
    let sp = [(0, "Iran")];
    assert_eq!(linked("Iran’s missiles", &sp), vec![("Iran", 0)]);
    assert_eq!(linked("Iran's missiles", &sp), vec![("Iran", 0)]);
}

#[test]
fn abbreviations_with_dots() {
    let sp = [(0, "U.S."), (1, "Iran")];
    assert_eq!(
        linked("U.S.-Iran relations", &sp),
        vec![("U.S.", 0), ("Iran", 1)]
    );
    assert_eq!(linked("the U.S.-based agency", &sp), vec![("U.S.", 0)]);
    assert_eq!(linked("from the U.S.", &sp), vec![("U.S.", 0)]);
    // A plain "US" is a different spelling.
    assert_eq!(linked("US policy", &sp), vec![]);
}

#[test]
fn a_failed_long_match_falls_back_to_a_shorter_one() {
    let sp = [(0, "U.S."), (1, "U.S.-Iran")];
    assert_eq!(linked("U.S.-Iranian ties", &sp), vec![("U.S.", 0)]);
}

#[test]
fn case_sensitive() {
    assert_eq!(linked("iran IRAN Iran", &[(0, "Iran")]), vec![("Iran", 0)]);
}

#[test]
fn blank_spellings_are_ignored() {
    assert_eq!(linked("a b", &[(0, ""), (1, " ")]), vec![]);
}

fn article(json: &str) -> Article {
    parse_article(json).unwrap_or_else(|e| panic!("fixture must be valid: {e}"))
}

#[test]
fn explicit_mentions_anchor_by_quote_and_beat_aliases() {
    let a = article(
        r#"{"format":1,"id":"t","title":"T",
            "body":["The Israeli Prime Minister met Trump.","The Israeli Prime Minister left."],
            "entities":[
              {"id":"israel","name":"Israel","kind":"country","aliases":["Israeli"]},
              {"id":"bibi","name":"Benjamin Netanyahu","kind":"person"},
              {"id":"trump","name":"Trump","kind":"person"}],
            "mentions":[{"entity":"bibi","quote":"The Israeli Prime Minister","paragraph":0}]}"#,
    );
    let links = link_article(&a);
    let first: Vec<_> = segments(&a.body[0], &links[0]);
    assert_eq!(
        first,
        vec![
            Segment::Mention {
                text: "The Israeli Prime Minister",
                entity: EntityIx::new(1)
            },
            Segment::Text(" met "),
            Segment::Mention {
                text: "Trump",
                entity: EntityIx::new(2)
            },
            Segment::Text("."),
        ]
    );
    // Outside its paragraph the explicit mention does not apply; the alias does.
    let second: Vec<_> = segments(&a.body[1], &links[1]);
    assert_eq!(
        second,
        vec![
            Segment::Text("The "),
            Segment::Mention {
                text: "Israeli",
                entity: EntityIx::new(0)
            },
            Segment::Text(" Prime Minister left."),
        ]
    );
}

#[test]
fn explicit_mention_without_paragraph_links_everywhere() {
    let a = article(
        r#"{"format":1,"id":"t","title":"T","body":["the agency said","so did the agency"],
            "entities":[{"id":"hrana","name":"HRANA","kind":"organization"}],
            "mentions":[{"entity":"hrana","quote":"the agency"}]}"#,
    );
    let links = link_article(&a);
    assert_eq!(links[0].len(), 1);
    assert_eq!(links[1].len(), 1);
    assert_eq!(&a.body[1][links[1][0].start..links[1][0].end], "the agency");
}

#[test]
fn segments_cover_the_text_exactly() {
    let text = "Iran and U.S. talk";
    let spans = Linker::new([(EntityIx::new(0), "Iran"), (EntityIx::new(1), "U.S.")]).link(text);
    let joined: String = segments(text, &spans)
        .iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Mention { text: t, .. } => *t,
        })
        .collect();
    assert_eq!(joined, text);
}
