//! `stancemap`: check, format and draft Stancemap articles (format v1) on the command line,
//! with the reader's own rules and messages.

mod check;
mod fmt;
mod input;
mod suggest;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Check, format and draft Stancemap articles.
#[derive(Parser)]
#[command(name = "stancemap", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate articles with the reader's own messages.
    ///
    /// Each message names its JSON path, line and column, and shows the line with a caret.
    /// Exits 1 if any article has a problem: a check for a newsroom's CI.
    Check {
        /// Article JSON files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite articles in the canonical form.
    ///
    /// The format's key order, optional fields left out when absent, two-space indentation,
    /// a final line break: what the studio exports, so diffs show only real changes.
    Fmt {
        /// Change nothing; list the files that are not in the canonical form and exit 1 if any.
        #[arg(long)]
        check: bool,
        /// Article JSON files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Draft an article from plain text, as article JSON on standard output.
    ///
    /// Suggested entities (kinds, aliases, roles), explicit mentions, and the sentences that
    /// state stances, each under the topic "To sort" for you to review. Blank lines separate
    /// paragraphs; a short first line without a full stop is the headline unless --title is
    /// given. Markdown (.md) is read as its text.
    Suggest {
        /// The article's text (.txt or .md).
        file: PathBuf,
        #[command(flatten)]
        details: suggest::DetailArgs,
        /// Articles whose entities to reuse (same id, name and card) where the text spells
        /// them: JSON files, or a library's index.json.
        #[arg(long = "library", value_name = "FILE")]
        library: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { files } => check::run(&files),
        Command::Fmt { check, files } => fmt::run(&files, check),
        Command::Suggest {
            file,
            details,
            library,
        } => suggest::run(&file, details.into(), &library),
    };
    match result {
        Ok(outcome) => outcome,
        Err(message) => {
            eprintln!("stancemap: {message}");
            ExitCode::from(2)
        }
    }
}
