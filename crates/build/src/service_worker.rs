//! `sw.js`: the service worker, precaching every file of the build under a version derived
//! from their contents (so any change is a new deployment).

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::template::fill;

/// The worker's source, its version and file list as placeholders.
const TEMPLATE: &str = include_str!("../js/sw.js");

/// Every file under `dir` as a `/`-separated relative path, sorted.
fn files(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("listing {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            files(&path, &format!("{prefix}{name}/"), out)?;
        } else {
            out.push(format!("{prefix}{name}"));
        }
    }
    out.sort();
    Ok(())
}

/// Whether `file` is for other sites rather than the reader: search engines, feed readers,
/// oEmbed consumers, and the blogs that include `frame.js`.
fn for_other_sites(file: &str) -> bool {
    file.starts_with("oembed/")
        || [
            crate::meta::FEED,
            "sitemap.xml",
            stancemap_core::embed_code::FRAME_SCRIPT,
        ]
        .contains(&file)
}

/// Writes `sw.js` into the staged build `dir`.
pub fn write(dir: &Path) -> Result<(), String> {
    let mut all = Vec::new();
    files(dir, "", &mut all)?;
    all.retain(|f| f != "sw.js");
    // What other sites read (feeds, oEmbed, the host script) is not the reader's to keep.
    all.retain(|f| !for_other_sites(f));
    let mut hasher = Sha256::new();
    for file in &all {
        let bytes = std::fs::read(dir.join(file)).map_err(|e| format!("reading {file}: {e}"))?;
        hasher.update(file.as_bytes());
        hasher.update([0]);
        hasher.update(&bytes);
    }
    let version: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    // The studio's files are cached when the studio first opens, not with every reader's.
    let (lazy, eager): (Vec<String>, Vec<String>) = all
        .into_iter()
        .partition(|f| crate::studio::is_studio_file(f));
    let list = serde_json::to_string_pretty(&eager).map_err(|e| e.to_string())?;
    let lazy = serde_json::to_string(&lazy).map_err(|e| e.to_string())?;
    crate::write(
        dir,
        "sw.js",
        &fill(
            TEMPLATE,
            &[("version", &version), ("files", &list), ("lazy", &lazy)],
        )?,
    )
}
