use base64::Engine;
use sha2::{Digest, Sha256};

use crate::tags::attribute;

/// The directive the hashes are appended to; index.html must contain it.
const ANCHOR: &str = "script-src 'self' 'wasm-unsafe-eval'";

/// The CSP source expression allowing the inline element whose content is `body`.
pub fn hash_source(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Adds `'sha256-…'` sources for each inline script of `html` to its CSP `script-src`.
pub fn pin_inline_scripts(html: &str) -> Result<String, String> {
    if !html.contains(ANCHOR) {
        return Err(format!("index.html has no CSP with \"{ANCHOR}\""));
    }
    let hashes: Vec<String> = inline_scripts(html).map(hash_source).collect();
    if hashes.is_empty() {
        return Ok(html.to_owned());
    }
    Ok(html.replacen(ANCHOR, &format!("{ANCHOR} {}", hashes.join(" ")), 1))
}

/// The directive style hashes are appended to.
const STYLE_ANCHOR: &str = "style-src 'self'";

/// Adds `'sha256-…'` sources for each inline `<style>` of `html` to its CSP `style-src`.
pub fn pin_inline_styles(html: &str) -> Result<String, String> {
    if !html.contains(STYLE_ANCHOR) {
        return Err(format!("index.html has no CSP with \"{STYLE_ANCHOR}\""));
    }
    let hashes: Vec<String> = inline(html, "style").map(hash_source).collect();
    if hashes.is_empty() {
        return Ok(html.to_owned());
    }
    Ok(html.replacen(
        STYLE_ANCHOR,
        &format!("{STYLE_ANCHOR} {}", hashes.join(" ")),
        1,
    ))
}

/// Bodies of the `<script>` elements that run: no `src`, no data type such as JSON.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    inline(html, "script")
}

/// Bodies of inline `<tag>` elements (without `src`, and for scripts only JavaScript).
fn inline<'a>(html: &'a str, tag: &'a str) -> impl Iterator<Item = &'a str> {
    let mut rest = html;
    let open_tag = format!("<{tag}");
    let close_tag = format!("</{tag}>");
    std::iter::from_fn(move || {
        loop {
            let open = rest.find(&open_tag)?;
            let tag_end = open + rest[open..].find('>')?;
            let start_tag = &rest[open..=tag_end];
            let body_start = tag_end + 1;
            let close = body_start + rest[body_start..].find(&close_tag)?;
            let body = &rest[body_start..close];
            rest = &rest[close + close_tag.len()..];
            let data =
                attribute(start_tag, "type").is_some_and(|(_, t)| t.starts_with("application/"));
            if attribute(start_tag, "src").is_none() && !data {
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
            <script type=\"module\">alert(1)</script><script src=\"x.js\"></script>\
            <script type=\"application/json\">{}</script><script type=application/json>[]</script>";
        let out = pin_inline_scripts(html).unwrap();
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        let pinned = "script-src 'self' 'wasm-unsafe-eval' \
            'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; style-src";
        assert!(out.contains(pinned), "{out}");
        // Data blocks do not run: not pinned, quoted or not.
        for data in ["{}", "[]"] {
            assert!(!out.contains(&super::hash_source(data)), "{out}");
        }
    }

    #[test]
    fn refuses_a_page_without_the_policy() {
        assert!(pin_inline_scripts("<script>x</script>").is_err());
    }
}
