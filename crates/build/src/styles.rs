//! The reader's stylesheet: one source file per component under `style/reader/`, joined in a
//! fixed order (the cascade's) into the one sheet the page links, `target/stancemap.css`. Run
//! by Trunk's pre-build hook, before Trunk reads the sheet.

use std::path::Path;

/// The source files, in cascade order: later files refine earlier ones (the header's phone
/// layout after the controls it resizes, print last).
pub const ORDER: [&str; 31] = [
    "reader",
    "article_header",
    "provenance_notice",
    "article_text",
    "legend",
    "flash",
    "entity_card",
    "entity_preview",
    "card_sheet",
    "stance_matrix",
    "evidence",
    "matrix_toggle",
    "reader_layout",
    "embed",
    "embed_credit",
    "app_bar",
    "library_view",
    "drop_zone",
    "update_notice",
    "status",
    "error_view",
    "button",
    "reader_controls",
    "app_bar_narrow",
    "skip_link",
    "article_meta",
    "reading_progress",
    "glossary",
    "edit_link",
    "embed_dialog",
    "print",
];

/// Where the sources are, under the project.
pub const SOURCES: &str = "style/reader";
/// Where the joined sheet goes, under the project (`index.html` links it).
pub const JOINED: &str = "target/stancemap.css";

/// The sheet made of the texts of `sources`, in order: each ends in one line break, and a
/// blank line parts them.
///
/// ```
/// let sheet = stancemap_build::styles::joined(["/* a */\n.a {}\n\n", ".b {}"]);
/// assert_eq!(sheet, "/* a */\n.a {}\n\n.b {}\n");
/// ```
pub fn joined<'a>(sources: impl IntoIterator<Item = &'a str>) -> String {
    sources
        .into_iter()
        .map(|text| format!("{}\n", text.trim_end()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Joins the sources of the project at `root` into [`JOINED`]; writes only when the sheet
/// changed, so `trunk serve`'s watcher sees no change of its own making.
pub fn join(root: &Path) -> Result<(), String> {
    let mut texts = Vec::new();
    for name in ORDER {
        let path = format!("{SOURCES}/{name}.css");
        texts.push(crate::read(root, &path)?);
    }
    let listed: Vec<String> = ORDER.iter().map(|n| format!("{n}.css")).collect();
    let sources =
        std::fs::read_dir(root.join(SOURCES)).map_err(|e| format!("listing {SOURCES}: {e}"))?;
    for entry in sources {
        let name = entry.map_err(|e| e.to_string())?.file_name();
        let name = name.to_string_lossy();
        if !listed.iter().any(|l| *l == name) {
            return Err(format!(
                "{SOURCES}/{name} is not in the stylesheet's order (crates/build/src/styles.rs)"
            ));
        }
    }
    let sheet = joined(texts.iter().map(String::as_str));
    let out = root.join(JOINED);
    if std::fs::read_to_string(&out).is_ok_and(|old| old == sheet) {
        return Ok(());
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    crate::write(root, JOINED, &sheet)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn every_source_is_joined_once_in_order() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = tempdir();
        std::fs::create_dir_all(dir.join(super::SOURCES)).unwrap();
        for name in super::ORDER {
            let from = root.join(format!("{}/{name}.css", super::SOURCES));
            let to = dir.join(format!("{}/{name}.css", super::SOURCES));
            std::fs::copy(from, to).unwrap();
        }
        super::join(&dir).unwrap();
        let sheet = std::fs::read_to_string(dir.join(super::JOINED)).unwrap();
        let heads: Vec<usize> = super::ORDER
            .iter()
            .map(|name| {
                let text =
                    std::fs::read_to_string(dir.join(format!("{}/{name}.css", super::SOURCES)))
                        .unwrap();
                let head = text.lines().next().unwrap();
                assert!(head.starts_with("/*"), "{name}.css starts with what it is");
                sheet.find(head).unwrap()
            })
            .collect();
        assert!(heads.windows(2).all(|w| w[0] < w[1]), "{heads:?}");
        // A source the order does not list is refused, not left out.
        std::fs::write(dir.join(format!("{}/stray.css", super::SOURCES)), ".x {}").unwrap();
        assert!(super::join(&dir).unwrap_err().contains("stray.css"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    fn tempdir() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("stancemap-styles-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }
}
