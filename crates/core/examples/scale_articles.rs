//! Writes the synthetic scale articles (1×, 10×, 100× the seed) as JSON into the directory
//! given as the only argument, for `make bench` to open in the browser.

use std::path::PathBuf;

use stancemap_core::{parse_article, validate};

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() -> Result<(), String> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: scale_articles <dir>")?,
    );
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let seed = parse_article(include_str!("../../../public/articles/iran-talks.json"))
        .map_err(|e| e.to_string())?;
    for k in [1, 10, 100] {
        let article = synthetic::scaled(&seed, k);
        let problems = validate(&article);
        if !problems.is_empty() {
            return Err(format!("{k}×: {problems:?}"));
        }
        let json = serde_json::to_string(&article).map_err(|e| e.to_string())?;
        std::fs::write(dir.join(format!("scale-{k}x.json")), json).map_err(|e| e.to_string())?;
    }
    Ok(())
}
