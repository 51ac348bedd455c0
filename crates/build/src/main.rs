//! `stancemap-build`: the Trunk hooks' command. `stancemap-build styles` joins the stylesheet
//! sources before a build; without an argument it finishes the staged build (see the library).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let result = match std::env::args().nth(1).as_deref() {
        Some("styles") => {
            staged("TRUNK_SOURCE_DIR").and_then(|dir| stancemap_build::styles::join(&dir))
        }
        None => staged("TRUNK_STAGING_DIR").and_then(|dir| stancemap_build::post_build(&dir)),
        Some(other) => Err(format!(
            "unknown step {other:?}; the steps are: styles, or none"
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stancemap-build: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The directory Trunk names in `variable`.
fn staged(variable: &str) -> Result<PathBuf, String> {
    std::env::var_os(variable)
        .map(PathBuf::from)
        .ok_or_else(|| format!("{variable} is not set (run me from a Trunk hook)"))
}
