//! `stancemap check`: every file's problems, placed in its text.

use std::path::PathBuf;
use std::process::ExitCode;

use stancemap_core::diagnostics::diagnostics;
use stancemap_core::parse_article;

use crate::input::read_text;

/// Checks `files`: success when every one is a valid article.
pub fn run(files: &[PathBuf]) -> Result<ExitCode, String> {
    let mut failed = 0;
    for path in files {
        let name = path.display().to_string();
        let json = match read_text(path) {
            Ok(json) => json,
            Err(message) => {
                eprintln!("{message}");
                failed += 1;
                continue;
            }
        };
        if let Err(error) = parse_article(&json) {
            failed += 1;
            for diagnostic in diagnostics(&json, &error) {
                eprint!("{}", diagnostic.render(&name, &json));
            }
        }
    }
    let total = files.len();
    if failed == 0 {
        eprintln!("{total} {} ok", plural(total, "article", "articles"));
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "{failed} of {total} {} failed",
            plural(total, "article", "articles")
        );
        Ok(ExitCode::FAILURE)
    }
}

pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
