//! `stancemap fmt`: articles rewritten in the canonical form, or (`--check`) listed if not.

use std::path::PathBuf;
use std::process::ExitCode;

use stancemap_core::canonical::to_canonical_json;
use stancemap_core::diagnostics::diagnostics;
use stancemap_core::parse_article;

use crate::check::plural;
use crate::input::read_text;

/// Formats `files`, or with `check_only` reports those that would change.
pub fn run(files: &[PathBuf], check_only: bool) -> Result<ExitCode, String> {
    let mut differ = 0;
    let mut invalid = 0;
    for path in files {
        let name = path.display().to_string();
        let json = read_text(path)?;
        let article = match parse_article(&json) {
            Ok(article) => article,
            Err(error) => {
                // Only a valid article has a canonical form.
                invalid += 1;
                for diagnostic in diagnostics(&json, &error) {
                    eprint!("{}", diagnostic.render(&name, &json));
                }
                continue;
            }
        };
        let canonical = to_canonical_json(&article);
        if canonical == json {
            continue;
        }
        differ += 1;
        if check_only {
            println!("{name}");
        } else {
            std::fs::write(path, canonical).map_err(|e| format!("cannot write {name}: {e}"))?;
            eprintln!("formatted {name}");
        }
    }
    if invalid > 0 {
        eprintln!(
            "{invalid} {} not valid, left as {}",
            plural(invalid, "article is", "articles are"),
            plural(invalid, "it is", "they are")
        );
        return Ok(ExitCode::FAILURE);
    }
    if check_only && differ > 0 {
        eprintln!(
            "{differ} {} not in the canonical form (run stancemap fmt)",
            plural(differ, "article is", "articles are")
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
