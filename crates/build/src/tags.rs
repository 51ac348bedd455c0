//! Reading the start tags of the built page, whether Trunk has minified it or not.

/// Every `<link …>` tag of `html`.
pub fn links(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<link ")
        .filter_map(|(i, _)| html[i..].find('>').map(|end| &html[i..=i + end]))
}

/// The attribute `name` of a start tag, its value quoted or (as the minified page writes
/// it) not: the whole ` name=value` and the value.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<(&'a str, &'a str)> {
    let start = tag.find(&format!(" {name}="))?;
    let from = start + name.len() + 2;
    let rest = &tag[from..];
    let (value, len) = match rest.strip_prefix('"') {
        Some(quoted) => quoted.split_once('"').map(|(v, _)| (v, v.len() + 2))?,
        None => rest.find([' ', '>']).map(|end| (&rest[..end], end))?,
    };
    Some((&tag[start..from + len], value))
}

/// The first start tag in `html` that holds `needle` (such as `class="sm-body"`).
pub fn start_tag_with<'a>(html: &'a str, needle: &str) -> Option<&'a str> {
    let at = html.find(needle)?;
    let start = html[..at].rfind('<')?;
    let end = at + html[at..].find('>')?;
    Some(&html[start..=end])
}

/// Whether the start tag has the attribute `name` set to `value`.
pub fn has(tag: &str, name: &str, value: &str) -> bool {
    attribute(tag, name).is_some_and(|(_, v)| v == value)
}

/// The prefix of the reader's wasm and JS glue in `dist/` (its bin's name).
pub const READER: &str = "reader-";

/// The first `./<prefix>…<suffix>` file name in `html`, quoted or (as the minified page
/// writes attribute values) not.
pub fn asset<'a>(html: &'a str, prefix: &str, suffix: &str) -> Result<&'a str, String> {
    html.match_indices("./")
        .map(|(i, _)| &html[i + 2..])
        .filter_map(|rest| rest.split(['"', '\'', ' ', '>', '\n']).next())
        .find(|name| name.starts_with(prefix) && name.ends_with(suffix))
        .ok_or_else(|| format!("index.html names no {prefix}*{suffix}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_the_start_tag_around_an_attribute() {
        let view = r#"<div class="sm-legend"></div><div id="sm0-text" data-hide="" class="sm-body"><p>x</p>"#;
        let tag = super::start_tag_with(view, r#"class="sm-body""#).unwrap();
        assert_eq!(tag, r#"<div id="sm0-text" data-hide="" class="sm-body">"#);
        assert_eq!(
            super::attribute(tag, "id").map(|(_, v)| v),
            Some("sm0-text")
        );
        assert_eq!(super::start_tag_with(view, r#"class="sm-matrix""#), None);
    }
}
