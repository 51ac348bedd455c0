//! Reading the files the commands are given, with messages that say what is wrong.

use std::path::Path;

/// The text of `path`, or why it cannot be read: missing, unreadable, or not UTF-8.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!(
            "{} is not UTF-8 text: byte {at} (line {line}) is not valid UTF-8; save it as UTF-8",
            path.display()
        )
    })
}
