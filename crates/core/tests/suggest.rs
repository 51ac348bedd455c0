//! Entity suggestions measured against annotated articles: the floors the studio and
//! `stancemap suggest` must meet, on the seed and on articles written for these tests.

use stancemap_core::suggest::draft::{Details, draft, paragraphs, title_and_body};
use stancemap_core::suggest::gazetteer::Gazetteer;
use stancemap_core::suggest::quality::{Quality, missed, stances_found};
use stancemap_core::suggest::{Suggester, Suggestions};
use stancemap_core::{Article, parse_article};

fn seed() -> Article {
    parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap()
}

fn suggest(body: &[String]) -> Suggestions {
    Suggester::new(&Gazetteer::builtin()).suggest(body)
}

fn report(gold: &Article) -> Quality {
    let found = suggest(&gold.body);
    let quality = Quality::measure(gold, &found);
    eprintln!("{}: {quality}", gold.id);
    for s in &found.entities {
        eprintln!(
            "  {:?} {} {:?} {:?} {:?} ×{}",
            s.reason, s.entity.name, s.entity.kind, s.entity.aliases, s.entity.role, s.mentions
        );
    }
    for e in missed(gold, &found) {
        eprintln!("  missed {}", e.name);
    }
    quality
}

#[test]
fn the_seed_meets_the_floors() {
    let q = report(&seed());
    let found = suggest(&seed().body);
    let s = stances_found(&seed(), &found);
    eprintln!(
        "stances: {} of {} quotes meet a suggested phrase ({} exactly), {} with their stance",
        s.found,
        seed().stances.len(),
        s.exact,
        s.right_kind
    );
    assert!(s.found * 10 >= seed().stances.len() * 8, "{s:?}");
    assert!(q.recall >= 0.95, "{q}");
    assert!(q.precision >= 0.90, "{q}");
    assert!(q.kinds >= 0.95, "{q}");
    assert!(q.grouping >= 0.95, "{q}");
}

#[test]
fn the_seed_text_becomes_a_valid_draft() {
    let text = include_str!("../../../tests/fixtures/iran-talks.txt");
    let (title, body) = title_and_body(&Details::default(), paragraphs(text));
    assert_eq!(title, seed().title);
    assert_eq!(body, seed().body);
    let found = suggest(&body);
    let article = draft(title, &Details::default(), body, &found);
    let json = stancemap_core::canonical::to_canonical_json(&article);
    let reread = parse_article(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
    assert_eq!(reread, article);
    assert!(!article.stances.is_empty());
}

/// Articles invented and annotated by hand for these tests (`tests/fixtures/suggest/`), never
/// looked at while the rules were written for the seed: how the rules generalise.
#[test]
fn invented_articles() {
    let mut pooled = (0, 0, 0);
    for json in [
        include_str!("../../../tests/fixtures/suggest/grain-corridor.json"),
        include_str!("../../../tests/fixtures/suggest/nile-dam.json"),
        include_str!("../../../tests/fixtures/suggest/climate-fund.json"),
        include_str!("../../../tests/fixtures/suggest/sea-code.json"),
    ] {
        let gold = parse_article(json).unwrap();
        let q = report(&gold);
        pooled = (
            pooled.0 + q.matched,
            pooled.1 + q.gold,
            pooled.2 + q.suggested,
        );
        assert!(q.kinds >= 0.95 && q.grouping >= 0.95, "{}: {q}", gold.id);
    }
    // Pooled over the four: a mention named only in lowercase ("the loss and damage fund")
    // cannot be suggested, so single articles may fall below the seed's floors.
    let (matched, gold, suggested) = pooled;
    eprintln!("pooled: recall {matched}/{gold}, precision {matched}/{suggested}");
    assert!(matched * 100 >= gold * 90 && matched * 100 >= suggested * 90);
}

proptest::proptest! {
    /// Any text, in any script and shape, gives suggestions whose draft is a valid article
    /// that survives the canonical round trip.
    #[test]
    fn any_text_gives_a_valid_draft(text in "(\\PC{0,40}( |\\. |, |“|”|’s |\\n\\n| the | The | U\\.S\\. | of )?){0,30}") {
        let (title, body) = title_and_body(&Details::default(), paragraphs(&text));
        let found = suggest(&body);
        let article = draft(title, &Details::default(), body, &found);
        let json = stancemap_core::canonical::to_canonical_json(&article);
        if !article.body.is_empty() {
            let reread = parse_article(&json);
            proptest::prop_assert!(reread.is_ok(), "{:?}\n{json}", reread.err());
        }
    }
}

proptest::proptest! {
    /// Texts made of the words the rules look for, in any order, likewise.
    #[test]
    fn any_mix_of_cue_words_gives_a_valid_draft(words in proptest::collection::vec(
        proptest::sample::select(vec![
            "Iran", "Iranian", "President", "Donald", "Trump", "the", "The", "agency", "Agency",
            "Human", "of", "Tuvalu", "U.S.", "said", "ready to", ".", ",", "\n\n", "(HRA)",
            "Prime", "Minister", "“", "”", "’s", "must", "Turkish", "leader", "-", "USS",
            "Secretary-General", "Vice", "Sun", "Gen.", "Bank", "unless", "Abiy",
        ]),
        0..80,
    )) {
        let text = words.join(" ");
        let (title, body) = title_and_body(&Details::default(), paragraphs(&text));
        let found = suggest(&body);
        let article = draft(title, &Details::default(), body, &found);
        let json = stancemap_core::canonical::to_canonical_json(&article);
        if !article.body.is_empty() {
            let reread = parse_article(&json);
            proptest::prop_assert!(reread.is_ok(), "{:?}\n{json}", reread.err());
        }
    }
}
