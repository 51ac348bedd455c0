//! Filling the build's templates (the JavaScript under `js/`, the saved page's HTML): each
//! `{name}` placeholder replaced by its value, by name.

/// `template` with every `{name}` of `values` replaced in one pass (a value is never searched
/// for placeholders); an error names a placeholder the template lacks, so a renamed one cannot
/// silently ship unfilled.
///
/// ```
/// let js = stancemap_build::template::fill("'{a}' + {b}", &[("a", "x"), ("b", "1")]);
/// assert_eq!(js.unwrap(), "'x' + 1");
/// assert!(stancemap_build::template::fill("{a}", &[("b", "1")]).is_err());
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    if let Some((name, _)) = values
        .iter()
        .find(|(name, _)| !template.contains(&format!("{{{name}}}")))
    {
        return Err(format!("the template has no {{{name}}}"));
    }
    // One pass over the template: a value is never searched for placeholders.
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let known = values.iter().find(|(name, _)| {
            rest[1..].starts_with(name) && rest[1 + name.len()..].starts_with('}')
        });
        match known {
            Some((name, value)) => {
                out.push_str(value);
                rest = &rest[name.len() + 2..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Content for a raw-text element (`<script>`, `<style>`): refused if it could end early.
pub fn raw_text<'a>(name: &str, text: &'a str) -> Result<&'a str, String> {
    let lower = text.to_ascii_lowercase();
    if lower.contains("</script") || lower.contains("</style") || lower.contains("<!--") {
        return Err(format!(
            "{name} cannot be inlined: it contains an end tag or comment"
        ));
    }
    Ok(text)
}

/// A script file's code without its first line, the comment that says what the file is.
pub fn code(file: &str) -> &str {
    file.split_once('\n').map_or("", |(_, code)| code)
}

/// `code` with each line's indentation removed (for a script inlined ahead of the text).
pub fn dedent(code: &str) -> String {
    code.lines()
        .map(|line| format!("{}\n", line.trim_start()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::raw_text;

    #[test]
    fn refuses_text_that_would_end_its_element() {
        assert!(raw_text("x", "a { color: red }").is_ok());
        assert!(raw_text("x", "s = '</SCRIPT>'").is_err());
        assert!(raw_text("x", "/* </style> */").is_err());
    }

    #[test]
    fn fills_every_occurrence_by_name() {
        assert_eq!(
            super::fill("{x}-{x} {y}", &[("x", "1"), ("y", "{x}")]).unwrap(),
            "1-1 {x}"
        );
        assert_eq!(
            super::fill("{y}{x}", &[("x", "1"), ("y", "{x}")]).unwrap(),
            "{x}1"
        );
    }

    #[test]
    fn drops_the_header_line_and_indentation() {
        assert_eq!(
            super::code("// what\nif (a) {\n  b();\n}\n"),
            "if (a) {\n  b();\n}\n"
        );
        assert_eq!(
            super::dedent("if (a) {\n  b();\n}\n"),
            "if (a) {\nb();\n}\n"
        );
    }
}
