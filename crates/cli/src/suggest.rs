//! `stancemap suggest`: a draft article from plain text, on standard output.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use stancemap_core::canonical::to_canonical_json;
use stancemap_core::suggest::Suggester;
use stancemap_core::suggest::draft::{Details, draft, paragraphs, title_and_body};
use stancemap_core::suggest::gazetteer::Gazetteer;
use stancemap_core::{Entity, parse_article, parse_library};

use crate::input::read_text;

/// What the author can say about the article besides its text.
#[derive(Args)]
pub struct DetailArgs {
    /// The headline (otherwise the text's first line, if it reads as one).
    #[arg(long)]
    title: Option<String>,
    /// The standfirst under the headline.
    #[arg(long)]
    subtitle: Option<String>,
    /// The publisher's name.
    #[arg(long)]
    source: Option<String>,
    /// The original's http(s) URL.
    #[arg(long)]
    url: Option<String>,
    /// The publication date, YYYY-MM-DD.
    #[arg(long)]
    published: Option<String>,
    /// The text's language, a BCP 47 tag such as en or fa-IR.
    #[arg(long)]
    language: Option<String>,
}

impl From<DetailArgs> for Details {
    fn from(a: DetailArgs) -> Details {
        Details {
            title: a.title,
            subtitle: a.subtitle,
            source: a.source,
            url: a.url,
            published: a.published,
            language: a.language,
        }
    }
}

/// Drafts an article from the text in `file`.
pub fn run(file: &Path, details: Details, library: &[PathBuf]) -> Result<ExitCode, String> {
    let mut text = read_text(file)?;
    if file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"))
    {
        text = stancemap_core::suggest::markdown::plain_text(&text);
    }
    let (title, body) = title_and_body(&details, paragraphs(&text));
    if body.is_empty() {
        return Err(format!(
            "{} has no text to draft from (paragraphs are separated by blank lines)",
            file.display()
        ));
    }
    let gazetteer = Gazetteer::builtin();
    let found = Suggester::new(&gazetteer)
        .with_library(library_entities(library)?)
        .suggest(&body);
    let article = draft(title, &details, body, &found);
    let json = to_canonical_json(&article);
    // The draft must load in the reader; what the author gave (a bad date, URL) may not.
    if let Err(error) = parse_article(&json) {
        return Err(format!("the draft is not a valid article: {error}"));
    }
    print!("{json}");
    let left_out = found.stances.iter().filter(|s| s.party.is_none()).count();
    eprintln!(
        "{} entities, {} explicit mentions, {} stance sentences under the topic \"To sort\"{}",
        article.entities.len(),
        article.mentions.len(),
        article.stances.len(),
        if left_out > 0 {
            format!(" ({left_out} more name no party and were left out)")
        } else {
            String::new()
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// The entities of the articles in `paths`; a library index brings the articles it lists.
fn library_entities(paths: &[PathBuf]) -> Result<Vec<Entity>, String> {
    let mut entities = Vec::new();
    for path in paths {
        let json = read_text(path)?;
        let articles: Vec<PathBuf> = match parse_library(&json) {
            Ok(library) => {
                let dir = path.parent().unwrap_or(Path::new("."));
                library.articles.iter().map(|a| dir.join(&a.src)).collect()
            }
            Err(_) => vec![path.clone()],
        };
        for article in articles {
            let json = read_text(&article)?;
            let article = parse_article(&json)
                .map_err(|e| format!("{} is not a valid article: {e}", article.display()))?;
            entities.extend(article.entities);
        }
    }
    Ok(entities)
}
