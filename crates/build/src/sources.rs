//! The sources a deployment trusts: `articles/sources.txt`, the origins besides the site's own
//! whose articles the reader may open by `?src=`. The build writes them into each page twice,
//! as the Content-Security-Policy's `connect-src` (which the browser enforces) and as a
//! `<meta name="stancemap-sources">` (which the reader checks before it fetches anything).

use std::fmt;
use std::path::{Path, PathBuf};

use stancemap::web::trust::SOURCES_META as META;
use url::Url;

/// The setting's file in the build, beside the library index.
pub const FILE: &str = "articles/sources.txt";

/// The environment variable that names another file to read instead (a staging build's, or
/// the end-to-end tests').
pub const VARIABLE: &str = "STANCEMAP_SOURCES";

/// The page's CSP directive the origins are appended to; index.html must contain it.
const ANCHOR: &str = "connect-src 'self'";

/// Origins the site trusts besides its own, each `scheme://host[:port]` as browsers serialize
/// them, in the file's order, without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources(Vec<String>);

/// A line of the setting that is not an origin: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// 1-based line and column (in characters) of the offending value.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl Sources {
    /// Parses the setting: one origin per line (`https://news.example`, a final `/` allowed);
    /// blank lines and lines starting with `#` are skipped.
    ///
    /// ```
    /// use stancemap_build::sources::Sources;
    /// let sources = Sources::parse("# partners\nhttps://News.Example/\nhttp://127.0.0.1:8766\n").unwrap();
    /// assert_eq!(sources.origins(), ["https://news.example", "http://127.0.0.1:8766"]);
    /// let error = Sources::parse("https://*.example").unwrap_err();
    /// assert_eq!((error.line, error.column), (1, 1));
    /// assert!(error.to_string().starts_with("1:1: “https://*.example” has a wildcard"));
    /// ```
    pub fn parse(text: &str) -> Result<Self, SourceError> {
        let mut origins = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let value = line.trim();
            if value.is_empty() || value.starts_with('#') {
                continue;
            }
            let column = line[..line.len() - line.trim_start().len()].chars().count() + 1;
            let origin = origin(value).map_err(|message| SourceError {
                line: i + 1,
                column,
                message,
            })?;
            if !origins.contains(&origin) {
                origins.push(origin);
            }
        }
        Ok(Self(origins))
    }

    /// The setting of the staged build `dir` (its [`FILE`]), or the file the [`VARIABLE`]
    /// environment variable names instead; none listed when the build has no such file.
    pub fn read(dir: &Path) -> Result<Self, String> {
        let (path, required) = match std::env::var_os(VARIABLE) {
            Some(path) if !path.is_empty() => {
                // Relative to the project, where Trunk runs from.
                let source = std::env::var_os("TRUNK_SOURCE_DIR").map(PathBuf::from);
                (source.unwrap_or_default().join(path), true)
            }
            _ => (dir.join(FILE), false),
        };
        let shown = path.display();
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(&text).map_err(|e| format!("{shown}:{e}")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => Ok(Self::default()),
            Err(e) => Err(format!("reading {shown}: {e}")),
        }
    }

    /// The listed origins.
    pub fn origins(&self) -> &[String] {
        &self.0
    }

    /// The page `html` with the origins in its CSP's `connect-src` (after `'self'`) and in the
    /// reader's meta tag, which follows the policy.
    pub fn apply(&self, html: &str) -> Result<String, String> {
        if !html.contains(ANCHOR) {
            return Err(format!("index.html has no CSP with \"{ANCHOR};\""));
        }
        let listed = self.0.join(" ");
        let directive = if listed.is_empty() {
            ANCHOR.to_owned()
        } else {
            format!("{ANCHOR} {listed}")
        };
        let with_policy = html.replacen(&format!("{ANCHOR};"), &format!("{directive};"), 1);
        // The policy's tag ends at the first `>` after the directive: origins hold none.
        let at = with_policy.find(&directive).unwrap_or(0);
        let end = at
            + with_policy[at..]
                .find('>')
                .ok_or("the CSP tag does not end")?
            + 1;
        let meta = format!("<meta name=\"{META}\" content=\"{listed}\">");
        Ok(format!(
            "{}{meta}{}",
            &with_policy[..end],
            &with_policy[end..]
        ))
    }
}

/// The origin `value` names, or why it names none.
fn origin(value: &str) -> Result<String, String> {
    let example =
        "write it as https://news.example (a scheme, a host and, if not the usual one, a port)";
    if value.contains('*') {
        return Err(format!(
            "“{value}” has a wildcard; list each origin on a line of its own"
        ));
    }
    let url =
        Url::parse(value).map_err(|e| format!("“{value}” is not an origin ({e}); {example}"))?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(format!(
            "“{value}” is not a web origin: only https:// (or http://) addresses can serve articles"
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("“{value}” has no host; {example}"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!("“{value}” holds a user name or password"));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "“{value}” has a path or query: a whole origin is trusted, not a part of it; {example}"
        ));
    }
    Ok(url.origin().ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::Sources;

    /// The message's location and text for the setting `text`.
    fn refusal(text: &str) -> (usize, usize, String) {
        let e = Sources::parse(text).unwrap_err();
        assert!(
            e.to_string()
                .starts_with(&format!("{}:{}: ", e.line, e.column))
        );
        (e.line, e.column, e.message)
    }

    #[test]
    fn reads_origins_as_browsers_write_them() {
        let text = "# Partners\n\n  https://PARTNER.example:443/  \nhttp://127.0.0.1:8766\nhttps://partner.example\nhttps://xn--bcher-kva.example:8443\nhttps://bücher.example\n";
        let sources = Sources::parse(text).unwrap();
        assert_eq!(
            sources.origins(),
            [
                "https://partner.example",
                "http://127.0.0.1:8766",
                "https://xn--bcher-kva.example:8443",
                "https://xn--bcher-kva.example",
            ]
        );
        assert_eq!(Sources::parse("# nothing\n").unwrap(), Sources::default());
    }

    #[test]
    fn refuses_what_is_not_a_whole_origin_with_its_place() {
        let (line, column, message) = refusal("# ok\nhttps://a.example\n   https://*.example\n");
        assert_eq!((line, column), (3, 4));
        assert!(message.contains("wildcard"), "{message}");
        for (bad, why) in [
            ("*", "wildcard"),
            ("news.example", "not an origin"),
            ("//news.example", "not an origin"),
            ("https://news.example/feeds/", "path"),
            ("https://news.example/articles/a.json", "path"),
            ("https://news.example/?all", "path or query"),
            ("https://news.example#x", "path or query"),
            ("ftp://news.example", "not a web origin"),
            ("file:///srv/articles", "not a web origin"),
            ("data:application/json,{}", "not a web origin"),
            ("https://me:secret@news.example", "user name"),
            ("https://", "not an origin"),
        ] {
            let (line, column, message) = refusal(bad);
            assert_eq!((line, column), (1, 1), "{bad}");
            assert!(message.contains(why), "{bad}: {message}");
            assert!(message.contains(bad), "{bad}: {message}");
        }
    }

    #[test]
    fn writes_the_policy_and_the_meta_from_the_same_list() {
        let page = "<meta content=\"default-src 'self'; connect-src 'self'; worker-src 'self'\" http-equiv=Content-Security-Policy><title>x</title>";
        let sources = Sources::parse("https://a.example\nhttp://127.0.0.1:8766").unwrap();
        assert_eq!(
            sources.apply(page).unwrap(),
            "<meta content=\"default-src 'self'; connect-src 'self' https://a.example http://127.0.0.1:8766; worker-src 'self'\" http-equiv=Content-Security-Policy>\
             <meta name=\"stancemap-sources\" content=\"https://a.example http://127.0.0.1:8766\"><title>x</title>"
        );
        assert_eq!(
            Sources::default().apply(page).unwrap(),
            page.replace(
                "<title>",
                "<meta name=\"stancemap-sources\" content=\"\"><title>"
            )
        );
        assert!(Sources::default().apply("<title>x</title>").is_err());
    }
}
