//! Prints how good the entity and stance suggestions are, as a markdown table: on the seed,
//! and on the articles written and annotated for the tests (`make bench` includes it).

use stancemap_core::parse_article;
use stancemap_core::suggest::Suggester;
use stancemap_core::suggest::gazetteer::Gazetteer;
use stancemap_core::suggest::quality::{Quality, stances_found};

const ARTICLES: [(&str, &str); 5] = [
    (
        "seed (iran-talks)",
        include_str!("../../../public/articles/iran-talks.json"),
    ),
    (
        "grain-corridor",
        include_str!("../../../tests/fixtures/suggest/grain-corridor.json"),
    ),
    (
        "nile-dam",
        include_str!("../../../tests/fixtures/suggest/nile-dam.json"),
    ),
    (
        "climate-fund",
        include_str!("../../../tests/fixtures/suggest/climate-fund.json"),
    ),
    (
        "sea-code",
        include_str!("../../../tests/fixtures/suggest/sea-code.json"),
    ),
];

fn main() {
    let gazetteer = Gazetteer::builtin();
    println!(
        "| Article | Mention recall | Precision | Kinds | Aliases grouped | Stances found (exact) |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    for (name, json) in ARTICLES {
        let gold = parse_article(json).expect("the fixtures are valid");
        let found = Suggester::new(&gazetteer).suggest(&gold.body);
        let q = Quality::measure(&gold, &found);
        let s = stances_found(&gold, &found);
        let stances = if gold.stances.is_empty() {
            "—".to_owned()
        } else {
            format!("{}/{} ({})", s.found, gold.stances.len(), s.exact)
        };
        println!(
            "| {name} | {:.3} ({}/{}) | {:.3} ({}/{}) | {:.3} | {:.3} | {stances} |",
            q.recall, q.matched, q.gold, q.precision, q.matched, q.suggested, q.kinds, q.grouping
        );
    }
}
