//! Writing direction of an article's language tag (BCP 47), for the `dir` attribute.

/// Primary language subtags written right to left.
const RTL: [&str; 12] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi",
];

/// Scripts written right to left, as BCP 47 script subtags.
const RTL_SCRIPTS: [&str; 6] = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm"];

/// `"rtl"` for a language or script written right to left, else `"ltr"`.
///
/// ```
/// use stancemap_core::language::direction;
/// assert_eq!(direction("fa-IR"), "rtl");
/// assert_eq!(direction("az-Arab"), "rtl");
/// assert_eq!(direction("en"), "ltr");
/// ```
pub fn direction(tag: &str) -> &'static str {
    let mut subtags = tag.split(['-', '_']).map(str::to_ascii_lowercase);
    let primary = subtags.next().unwrap_or_default();
    // An explicit script decides (`az-Arab` is right to left, `ku-Latn` left to right).
    let script = subtags.find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()));
    let rtl = match script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL.contains(&primary.as_str()),
    };
    if rtl { "rtl" } else { "ltr" }
}

#[cfg(test)]
mod tests {
    use super::direction;

    #[test]
    fn right_to_left_languages_and_scripts() {
        for tag in ["ar", "he", "fa-IR", "ur", "AR-eg", "az-Arab", "yi"] {
            assert_eq!(direction(tag), "rtl", "{tag}");
        }
        for tag in ["en", "de-CH", "ku-Latn", "", "zh-Hant-TW", "arn", "her"] {
            assert_eq!(direction(tag), "ltr", "{tag}");
        }
    }
}
