//! Small text predicates shared by validation and linking: word boundaries, ids, URLs.

/// Whether `c` continues a word: letters and digits of any script.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// End of the token starting at byte `at` of `text`: a maximal run of word characters, or
/// any other single character. Whole words are runs of whole tokens.
pub fn token_end(text: &str, at: usize) -> usize {
    let mut chars = text[at..].char_indices();
    match chars.next() {
        None => at,
        Some((_, c)) if !is_word_char(c) => at + c.len_utf8(),
        Some(_) => chars
            .find(|&(_, c)| !is_word_char(c))
            .map_or(text.len(), |(i, _)| at + i),
    }
}

/// An id made of lowercase ASCII letters, digits and hyphens, as used in URLs (`#entity=<id>`).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An absolute `http:` or `https:` URL with a host and no whitespace or control characters.
/// Everything else (`javascript:`, `data:`, relative paths) is refused as a link target.
pub fn is_http_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &s[8..]
    } else if lower.starts_with("http://") {
        &s[7..]
    } else {
        return false;
    };
    let host_present = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|h| !h.is_empty());
    host_present && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let text = "U.S.-Iran’s Éire9 talks";
        let mut tokens = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let end = token_end(text, at);
            tokens.push(&text[at..end]);
            at = end;
        }
        assert_eq!(
            tokens,
            [
                "U", ".", "S", ".", "-", "Iran", "’", "s", " ", "Éire9", " ", "talks"
            ]
        );
        assert_eq!(token_end(text, text.len()), text.len());
    }

    #[test]
    fn slugs() {
        assert!(is_slug("iran-talks"));
        assert!(is_slug("g7"));
        assert!(!is_slug(""));
        assert!(!is_slug("Iran"));
        assert!(!is_slug("iran_talks"));
    }

    #[test]
    fn http_urls() {
        assert!(is_http_url("https://en.wikipedia.org/wiki/Iran"));
        assert!(is_http_url("HTTP://example.com"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url(" javascript:alert(1)"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https://exa mple.com"));
        assert!(!is_http_url("//example.com"));
        assert!(!is_http_url("data:text/html,<script>"));
    }
}
