//! The studio's model: round trips, reviewing suggestions, making entities, mentions and
//! stances from selected text, reordering, undo and redo, and building the seed from its text.

use stancemap_core::authoring::{Direction, Draft, Known, NewStance, Refusal, TopicChoice};
use stancemap_core::canonical::to_canonical_json;
use stancemap_core::matrix::Matrix;
use stancemap_core::suggest::draft::Details;
use stancemap_core::suggest::gazetteer::Gazetteer;
use stancemap_core::{
    Article, EntityIx, EntityKind, PartyIx, StanceKind, SuggestionIx, TopicIx, parse_article,
};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");
const SEED_TEXT: &str = include_str!("../../../tests/fixtures/iran-talks.txt");

fn seed() -> Article {
    parse_article(SEED).unwrap()
}

fn from_text(text: &str) -> Draft {
    Draft::from_text(
        text,
        &Details::default(),
        &Gazetteer::builtin(),
        Known::default(),
    )
}

/// Where `quote` is in the body: paragraph and byte range.
fn find(article: &Article, quote: &str) -> (usize, std::ops::Range<usize>) {
    article
        .body
        .iter()
        .enumerate()
        .find_map(|(p, text)| text.find(quote).map(|at| (p, at..at + quote.len())))
        .unwrap_or_else(|| panic!("{quote:?} is in the body"))
}

#[test]
fn importing_and_exporting_unchanged_is_byte_identical() {
    let fixtures = [
        SEED,
        include_str!("../../../tests/fixtures/e2e/hostile.json"),
        include_str!("../../../tests/fixtures/e2e/other-article.json"),
        include_str!("../../../tests/fixtures/e2e/rtl-article.json"),
        include_str!("../../../tests/fixtures/e2e/rtl-stances.json"),
        include_str!("../../../tests/fixtures/suggest/climate-fund.json"),
        include_str!("../../../tests/fixtures/suggest/grain-corridor.json"),
        include_str!("../../../tests/fixtures/suggest/nile-dam.json"),
        include_str!("../../../tests/fixtures/suggest/sea-code.json"),
    ];
    for json in fixtures {
        let article = parse_article(json).unwrap();
        let draft = Draft::from_article(article, &Gazetteer::builtin(), Known::default());
        assert_eq!(draft.to_json(), json, "{}", draft.article().id);
        let stored = Draft::from_storage(&draft.to_storage()).unwrap();
        assert_eq!(stored.to_json(), json, "through local storage");
    }
}

#[test]
fn editing_an_article_suggests_only_what_it_lacks() {
    let draft = Draft::from_article(seed(), &Gazetteer::builtin(), Known::default());
    assert!(draft.suggestions().is_empty(), "{:?}", draft.suggestions());
    assert_eq!(draft.suggested_mentions().count(), 0);
}

#[test]
fn accept_reject_merge_and_kinds_with_undo() {
    let mut draft = from_text(SEED_TEXT);
    assert_eq!(draft.article().title, seed().title);
    assert_eq!(draft.article().body, seed().body);
    assert!(draft.article().entities.is_empty());
    let iran = SuggestionIx::new(0);
    assert_eq!(draft.suggestions()[0].entity.name, "Iran");
    let e = draft.accept(iran).unwrap();
    assert_eq!(draft.article().entities[e.get()].aliases, ["Iranian"]);
    // Merging "Tehran" into Iran makes it another spelling of Iran.
    let tehran = draft
        .suggestions()
        .iter()
        .position(|s| s.entity.name == "Tehran")
        .unwrap();
    draft.merge(SuggestionIx::new(tehran), e);
    assert_eq!(draft.article().entities[0].aliases, ["Iranian", "Tehran"]);
    let before = draft.suggestions().len();
    draft.reject(SuggestionIx::new(0));
    assert_eq!(draft.suggestions().len(), before - 1);
    draft.set_entity_kind(e, EntityKind::Place);
    assert_eq!(draft.article().entities[0].kind, EntityKind::Place);
    // Four edits, four undos, back to the start; redo all.
    let start = from_text(SEED_TEXT);
    let end = draft.to_storage();
    for _ in 0..4 {
        assert!(draft.undo());
    }
    assert!(!draft.undo());
    assert_eq!(draft.to_storage(), start.to_storage());
    while draft.redo() {}
    assert_eq!(draft.to_storage(), end);
}

#[test]
fn people_get_their_party_once_it_is_an_entity() {
    let text = "Iranian Foreign Minister Abbas Aragchi spoke in Oman. Iran agreed.";
    let mut draft = from_text(text);
    let aragchi = draft
        .suggestions()
        .iter()
        .position(|s| s.entity.name == "Abbas Aragchi")
        .unwrap();
    draft.accept(SuggestionIx::new(aragchi));
    assert_eq!(
        draft.article().entities[0].party,
        None,
        "Iran is not an entity yet"
    );
    let iran = draft
        .suggestions()
        .iter()
        .position(|s| s.entity.name == "Iran")
        .unwrap();
    draft.accept(SuggestionIx::new(iran));
    assert_eq!(draft.article().entities[0].party.as_deref(), Some("iran"));
    assert!(draft.problems().is_empty());
}

#[test]
fn selections_make_entities_mentions_and_stances() {
    let mut draft =
        from_text("The Lowy Institute met. The institute said Japan must pay. Japan agreed.");
    let (p, range) = find(draft.article(), "Lowy Institute");
    let lowy = draft
        .entity_from_text(p, range.clone(), EntityKind::Organization)
        .unwrap();
    assert_eq!(draft.article().entities[lowy.get()].id, "lowy-institute");
    assert_eq!(
        draft.entity_from_text(p, range, EntityKind::Other),
        Err(Refusal::AlreadyLinked("Lowy Institute".into()))
    );
    assert_eq!(
        draft.entity_from_text(p, 3..4, EntityKind::Other),
        Err(Refusal::NoText)
    );
    let (p, range) = find(draft.article(), "The institute");
    draft.mention_from_text(p, range, lowy).unwrap();
    assert_eq!(draft.article().mentions[0].quote, "The institute");
    let japan = draft
        .suggestions()
        .iter()
        .position(|s| s.entity.name == "Japan")
        .unwrap();
    let japan = draft.accept(SuggestionIx::new(japan)).unwrap();
    let (p, range) = find(draft.article(), "Japan must pay");
    let stance = draft
        .add_stance(NewStance {
            paragraph: p,
            range,
            party: japan,
            topic: TopicChoice::New("Climate finance".into()),
            stance: StanceKind::Demands,
            speaker: None,
        })
        .unwrap();
    let article = draft.article();
    assert_eq!(article.parties, ["japan"]);
    assert_eq!(article.topics[0].id, "climate-finance");
    assert_eq!(article.stances[stance.get()].quote, "Japan must pay");
    assert!(draft.problems().is_empty(), "{:?}", draft.problems());
    // Removing Japan takes its stance and its row with it.
    draft.remove_entity(japan);
    assert!(draft.article().parties.is_empty() && draft.article().stances.is_empty());
}

#[test]
fn parties_and_topics_reorder() {
    let mut draft = Draft::from_article(seed(), &Gazetteer::builtin(), Known::default());
    draft.move_party(PartyIx::new(0), Direction::Later);
    assert_eq!(draft.article().parties, ["us", "iran", "israel"]);
    draft.move_party(PartyIx::new(0), Direction::Earlier);
    assert_eq!(
        draft.article().parties,
        ["us", "iran", "israel"],
        "nothing before the first"
    );
    draft.move_topic(TopicIx::new(4), Direction::Earlier);
    assert_eq!(draft.article().topics[3].id, "verification");
    draft.undo();
    draft.undo();
    assert_eq!(draft.to_json(), SEED, "no-op moves are not edits");
}

/// A matrix row by ids: the party, and each cell's topic, state and quotes.
type Row = (String, Vec<(String, String, Vec<String>)>);

/// The seed from its plain text, as the studio's keyboard test does it: every suggestion
/// from the library accepted, the two descriptions accepted, the library's topics added, then
/// each stance from its quote.
#[test]
fn the_seed_can_be_built_from_its_text() {
    let seed = seed();
    let library = Known {
        entities: &seed.entities,
        topics: &seed.topics,
    };
    let mut draft = Draft::from_text(
        SEED_TEXT,
        &Details::default(),
        &Gazetteer::builtin(),
        library,
    );
    while !draft.suggestions().is_empty() {
        draft.accept(SuggestionIx::new(0));
    }
    loop {
        let next = draft.suggested_mentions().next().map(|(i, _)| i);
        let Some(i) = next else { break };
        draft.accept_mention(i);
    }
    for stance in &seed.stances {
        let (paragraph, range) = find(draft.article(), &stance.quote);
        let ix = |id: &str| {
            EntityIx::new(
                draft
                    .article()
                    .entities
                    .iter()
                    .position(|e| e.id == id)
                    .unwrap(),
            )
        };
        let existing = draft
            .article()
            .topics
            .iter()
            .position(|t| t.id == stance.topic);
        let topic = match existing {
            Some(t) => TopicChoice::Existing(TopicIx::new(t)),
            None => TopicChoice::Known(
                draft
                    .known_topics()
                    .iter()
                    .position(|t| t.id == stance.topic)
                    .unwrap(),
            ),
        };
        draft
            .add_stance(NewStance {
                paragraph,
                range,
                party: ix(&stance.party),
                topic,
                stance: stance.stance,
                speaker: stance.speaker.as_deref().map(ix),
            })
            .unwrap();
    }
    let built = draft.article();
    let mut entities = built.entities.clone();
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    let mut expected = seed.entities.clone();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(entities, expected);
    assert_eq!(built.mentions, seed.mentions);
    assert_eq!(built.parties, seed.parties);
    let topic_ids: Vec<&str> = built.topics.iter().map(|t| t.id.as_str()).collect();
    let seed_ids: Vec<&str> = seed.topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(topic_ids, seed_ids);
    // The matrix by ids: each row's party, and each cell's topic, state and quotes.
    let cells = |a: &Article| -> Vec<Row> {
        Matrix::build(a)
            .rows()
            .iter()
            .map(|row| {
                let cells = row.cells.iter().map(|c| {
                    let quotes = c.evidence.iter().map(|s| a.stances[s.get()].quote.clone());
                    (
                        a.topics[c.topic.get()].id.clone(),
                        c.state.label(),
                        quotes.collect(),
                    )
                });
                (a.entities[row.party.get()].id.clone(), cells.collect())
            })
            .collect()
    };
    assert_eq!(cells(built), cells(&seed));
    assert!(draft.problems().is_empty(), "{:?}", draft.problems());
    assert!(!to_canonical_json(built).is_empty());
}
