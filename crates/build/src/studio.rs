//! The studio's files in the build: its wasm and JS glue (which Trunk builds as a "worker",
//! so the page neither preloads nor starts them), and its stylesheet, joined here from
//! `style/studio/`. The page's loader starts the studio instead of the reader at
//! `?view=studio`, checking each file against the integrity found here.

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// The stylesheet's sources, in cascade order.
const STYLES: [&str; 4] = [
    include_str!("../../../style/studio/layout.css"),
    include_str!("../../../style/studio/lists.css"),
    include_str!("../../../style/studio/text.css"),
    include_str!("../../../style/studio/forms.css"),
];

/// What the file names of the studio start with (its bin's name).
pub const PREFIX: &str = "studio-";

/// One of the studio's files: its name in the build and its `sha384-…` integrity (the page
/// checks the code's; a stylesheet can send nothing away under the page's CSP, whose img-src,
/// font-src and style-src stop at the site).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub integrity: String,
}

/// The studio's three files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Files {
    pub glue: File,
    pub wasm: File,
    pub css: File,
}

/// `sha384-<base64>` of `bytes`.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Writes the studio's stylesheet into the staged build `dir` and finds its wasm and glue.
pub fn stage(dir: &Path) -> Result<Files, String> {
    let css = crate::styles::joined(STYLES);
    let css_name = format!("{PREFIX}{}.css", short_hash(css.as_bytes()));
    crate::write(dir, &css_name, &css)?;
    // Trunk names a worker's files without a content hash; they get one here, so that a new
    // build never meets an old file in a cache.
    let hashed = |built: &str, suffix: &str| -> Result<File, String> {
        let bytes = std::fs::read(dir.join(built))
            .map_err(|e| format!("reading {built} (index.html's studio link): {e}"))?;
        let name = format!("{PREFIX}{}{suffix}", short_hash(&bytes));
        std::fs::rename(dir.join(built), dir.join(&name))
            .map_err(|e| format!("renaming {built}: {e}"))?;
        Ok(File {
            integrity: integrity(&bytes),
            name,
        })
    };
    Ok(Files {
        glue: hashed("studio.js", ".js")?,
        wasm: hashed("studio_bg.wasm", "_bg.wasm")?,
        css: File {
            integrity: integrity(css.as_bytes()),
            name: css_name,
        },
    })
}

/// The first 16 hex digits of `bytes`' SHA-256, as Trunk hashes file names.
fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `file` (a path in the build) is one of the studio's, which the service worker
/// caches when the studio first opens rather than with the reader.
pub fn is_studio_file(file: &str) -> bool {
    file.starts_with(PREFIX)
}
