//! Build-time helper run natively by Trunk hooks: pins Trunk's inline loader in the page's CSP.
//!
//! Trunk injects an inline `<script type="module">` that loads the hashed wasm and JS. The
//! Content-Security-Policy in `index.html` allows no inline script, so after each build this
//! adds the SHA-256 of every inline script of the staged page to its `script-src`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::var_os("TRUNK_STAGING_DIR") else {
        eprintln!("stancemap-build: TRUNK_STAGING_DIR is not set (run me from a Trunk hook)");
        return std::process::ExitCode::FAILURE;
    };
    let path = std::path::Path::new(&dir).join("index.html");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("reading {}: {e}", path.display()))
        .and_then(|html| csp::pin_inline_scripts(&html))
        .and_then(|html| {
            std::fs::write(&path, html).map_err(|e| format!("writing {}: {e}", path.display()))
        });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stancemap-build: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod csp {
    use base64::Engine;
    use sha2::{Digest, Sha256};

    /// The directive the hashes are appended to; index.html must contain it.
    const ANCHOR: &str = "script-src 'self' 'wasm-unsafe-eval'";

    /// Adds `'sha256-…'` sources for each inline script of `html` to its CSP `script-src`.
    pub fn pin_inline_scripts(html: &str) -> Result<String, String> {
        if !html.contains(ANCHOR) {
            return Err(format!("index.html has no CSP with \"{ANCHOR}\""));
        }
        let hashes: Vec<String> = inline_scripts(html)
            .map(|body| {
                let digest = Sha256::digest(body.as_bytes());
                format!(
                    "'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                )
            })
            .collect();
        if hashes.is_empty() {
            return Ok(html.to_owned());
        }
        Ok(html.replacen(ANCHOR, &format!("{ANCHOR} {}", hashes.join(" ")), 1))
    }

    /// Bodies of `<script>` elements without a `src` attribute.
    fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
        let mut rest = html;
        std::iter::from_fn(move || {
            loop {
                let open = rest.find("<script")?;
                let tag_end = open + rest[open..].find('>')?;
                let tag = &rest[open..tag_end];
                let body_start = tag_end + 1;
                let close = body_start + rest[body_start..].find("</script>")?;
                let body = &rest[body_start..close];
                rest = &rest[close + "</script>".len()..];
                if !tag.contains(" src=") {
                    return Some(body);
                }
            }
        })
    }

    #[cfg(test)]
    mod tests {
        use super::pin_inline_scripts;

        #[test]
        fn hashes_inline_scripts_only() {
            let html = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\">\
                <script type=\"module\">alert(1)</script><script src=\"x.js\"></script>";
            let out = pin_inline_scripts(html).unwrap();
            // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
            let pinned = "script-src 'self' 'wasm-unsafe-eval' \
                'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; style-src";
            assert!(out.contains(pinned), "{out}");
        }

        #[test]
        fn refuses_a_page_without_the_policy() {
            assert!(pin_inline_scripts("<script>x</script>").is_err());
        }
    }
}
