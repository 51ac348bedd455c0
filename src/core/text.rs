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

/// Whether `text[start..end]` stands as whole words: where the match begins or ends with a
/// word character, the neighbouring character must not be one. `Iran` is bounded in
/// `Iran’s` and `U.S.-Iran` but not in `Iranian`; `U.S.` (ending in a dot) is bounded in
/// `U.S.-based`.
pub fn is_bounded(text: &str, start: usize, end: usize) -> bool {
    let inner = &text[start..end];
    let starts_word = inner.chars().next().is_some_and(is_word_char);
    let ends_word = inner.chars().next_back().is_some_and(is_word_char);
    let before_ok = !starts_word || !text[..start].chars().next_back().is_some_and(is_word_char);
    let after_ok = !ends_word || !text[end..].chars().next().is_some_and(is_word_char);
    before_ok && after_ok
}

/// Byte offset of the first whole-word occurrence of `needle` in `text` at or after `from`.
pub fn find_whole_word(text: &str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut at = from;
    while let Some(offset) = text.get(at..)?.find(needle) {
        let start = at + offset;
        if is_bounded(text, start, start + needle.len()) {
            return Some(start);
        }
        // Step past the first character of this occurrence and look again.
        at = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
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
    fn whole_words() {
        assert_eq!(find_whole_word("Iranian Iran", "Iran", 0), Some(8));
        assert_eq!(find_whole_word("Romania and Oman", "Oman", 0), Some(12));
        assert_eq!(find_whole_word("Romania", "Oman", 0), None);
        assert_eq!(find_whole_word("Iran’s plan", "Iran", 0), Some(0));
        assert_eq!(find_whole_word("U.S.-Iran talks", "U.S.", 0), Some(0));
        assert_eq!(find_whole_word("U.S.-Iran talks", "Iran", 0), Some(5));
        assert_eq!(find_whole_word("the U.S.-based group", "U.S.", 0), Some(4));
        assert_eq!(find_whole_word("Éire Éireann", "Éire", 1), None);
        assert_eq!(find_whole_word("x", "", 0), None);
    }

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
