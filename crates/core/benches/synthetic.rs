//! Synthetic articles for scale measurements: the seed's text repeated `k` times, each repeat
//! after the first naming 20 new entities (so entities and aliases grow with the text, up to
//! 2,000 at 100×). Shared by the criterion bench and the example that writes them as JSON.

use stancemap_core::{Article, Entity, EntityKind};

/// Entities added with each repeat of the seed's text.
const PER_COPY: usize = 20;

/// A word made of letters only, distinct for each `n` (so names never overlap as words).
fn word(mut n: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            break;
        }
    }
    let mut word: String = letters.into_iter().rev().collect();
    word.replace_range(0..1, &word[0..1].to_uppercase());
    word
}

/// `seed` at `k` times its length, with `k × 20` entities.
pub fn scaled(seed: &Article, k: usize) -> Article {
    let mut article = seed.clone();
    article.id = format!("scale-{k}x");
    article.title = format!("{} ({k}×)", seed.title);
    for copy in 1..k {
        let names: Vec<(String, String)> = (0..PER_COPY)
            .map(|j| {
                let n = copy * PER_COPY + j;
                (format!("Envoy {}", word(n)), format!("{} Mission", word(n)))
            })
            .collect();
        for (j, (name, alias)) in names.iter().enumerate() {
            article.entities.push(Entity {
                id: format!("envoy-{copy}-{j}"),
                name: name.clone(),
                kind: EntityKind::Person,
                aliases: vec![alias.clone()],
                ..seed.entities[0].clone()
            });
        }
        for (p, text) in seed.body.iter().enumerate() {
            let mut paragraph = text.clone();
            for (name, alias) in names.iter().skip(p).step_by(seed.body.len()) {
                paragraph.push_str(&format!(" {name} spoke for the {alias}."));
            }
            article.body.push(paragraph);
        }
    }
    article
}
