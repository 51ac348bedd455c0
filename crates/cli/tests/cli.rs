//! The `stancemap` command run as a newsroom's CI would: exit statuses, messages placed in the
//! file, canonical formatting, drafts from text, and clear errors on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEED: &str = include_str!("../../../public/articles/iran-talks.json");

fn stancemap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stancemap"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stancemap-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn repo(file: &str) -> String {
    format!("{}/../../{file}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_passes_valid_articles_and_places_each_problem() {
    let ok = stancemap(&["check", &repo("public/articles/iran-talks.json")]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    assert!(text(&ok.stderr).contains("1 article ok"));

    let dir = scratch("check");
    let broken = dir.join("broken.json");
    let json = SEED.replacen(
        "\"quote\": \"has firmly ruled out broader discussions at this critical juncture\"",
        "\"quote\": \"words the article never says\"",
        1,
    );
    std::fs::write(&broken, &json).unwrap();
    let line = json
        .lines()
        .position(|l| l.contains("words the article never says"))
        .unwrap()
        + 1;
    let out = stancemap(&[
        "check",
        &repo("public/articles/iran-talks.json"),
        path(&broken),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let head = format!("{}:{line}:", path(&broken));
    assert!(
        err.contains(&head) && err.contains("stances[1].quote"),
        "{err}"
    );
    assert!(
        err.contains(&format!("{line} |")) && err.contains('^'),
        "{err}"
    );
    assert!(err.contains("1 of 2 articles failed"), "{err}");
}

#[test]
fn check_places_a_syntax_error() {
    let dir = scratch("syntax");
    let file = dir.join("a.json");
    std::fs::write(&file, "{\n  \"format\": 1,\n  \"id\": oops\n}\n").unwrap();
    let out = stancemap(&["check", path(&file)]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{}:3:", path(&file))), "{err}");
    assert!(err.contains("3 |   \"id\": oops"), "{err}");
}

#[test]
fn fmt_rewrites_to_the_canonical_form_and_check_mode_reports() {
    let dir = scratch("fmt");
    let file = dir.join("a.json");
    let squashed =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(SEED).unwrap()).unwrap();
    std::fs::write(&file, &squashed).unwrap();

    let check = stancemap(&["fmt", "--check", path(&file)]);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(text(&check.stdout).trim(), path(&file));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        squashed,
        "--check changes nothing"
    );

    let fmt = stancemap(&["fmt", path(&file)]);
    assert!(fmt.status.success(), "{}", text(&fmt.stderr));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        SEED,
        "the seed is canonical"
    );
    assert!(stancemap(&["fmt", "--check", path(&file)]).status.success());
}

#[test]
fn suggest_drafts_a_valid_article_from_text_and_markdown() {
    let out = stancemap(&[
        "suggest",
        &repo("tests/fixtures/iran-talks.txt"),
        "--source",
        "Example News",
        "--published",
        "2024-02-07",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let article = stancemap_core::parse_article(&text(&out.stdout)).expect("a valid article");
    assert_eq!(
        article.title,
        "Iran Rejects Broader Talks with U.S. as Tensions Escalate"
    );
    assert_eq!(article.source.unwrap().name, "Example News");
    let trump = article
        .entities
        .iter()
        .find(|e| e.name == "Donald Trump")
        .unwrap();
    assert!(trump.aliases.contains(&"Trump".to_owned()));
    assert!(article.stances.iter().all(|s| s.topic == "to-sort"));
    assert!(text(&out.stderr).contains("stance sentences"));

    let dir = scratch("md");
    let md = dir.join("a.md");
    std::fs::write(
        &md,
        "# Talks resume\n\nForeign Minister Abbas Aragchi said *Iran* is ready to talk.\n",
    )
    .unwrap();
    let out = stancemap(&["suggest", path(&md)]);
    let article = stancemap_core::parse_article(&text(&out.stdout)).expect("a valid article");
    assert_eq!(article.title, "Talks resume");
    assert_eq!(
        article.body,
        ["Foreign Minister Abbas Aragchi said Iran is ready to talk."]
    );
}

#[test]
fn suggest_reuses_library_entities() {
    let out = stancemap(&[
        "suggest",
        &repo("tests/fixtures/iran-talks.txt"),
        "--library",
        &repo("public/articles/index.json"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let article = stancemap_core::parse_article(&text(&out.stdout)).unwrap();
    let seed = stancemap_core::parse_article(SEED).unwrap();
    let trump = article
        .entities
        .iter()
        .find(|e| e.id == "trump")
        .expect("the library's id");
    assert_eq!(Some(trump), seed.entity("trump"));
}

#[test]
fn bad_input_is_named_clearly() {
    let dir = scratch("bad");
    let missing = dir.join("missing.txt");
    let out = stancemap(&["suggest", path(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(&format!("cannot read {}", path(&missing))));

    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 talks\n\nIran met.\n").unwrap();
    let out = stancemap(&["suggest", path(&latin1)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is not UTF-8 text: byte 3 (line 1)"),
        "{}",
        text(&out.stderr)
    );

    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "\n  \n").unwrap();
    let out = stancemap(&["suggest", path(&empty)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("has no text to draft from"));

    let out = stancemap(&["check", path(&latin1)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not UTF-8"));
}

#[test]
fn every_command_has_help() {
    for command in ["check", "fmt", "suggest"] {
        let out = stancemap(&[command, "--help"]);
        assert!(out.status.success());
        assert!(text(&out.stdout).contains(&format!("Usage: stancemap {command}")));
    }
    let out = stancemap(&["check"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a missing argument is a usage error"
    );
}
