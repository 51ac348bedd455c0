//! The deployment's public address, `STANCEMAP_SITE_URL` at build time: what turns the pages'
//! relative links into the absolute ones that sharing, search, feeds and oEmbed need.

use url::Url;

/// The environment variable that names the site's address.
pub const VARIABLE: &str = "STANCEMAP_SITE_URL";

/// The absolute `http(s)` URL of the directory `dist/` is published at, ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(Url);

impl SiteUrl {
    /// Parses the setting's value; a missing final `/` is added (the address names a
    /// directory).
    ///
    /// ```
    /// use stancemap_build::site::SiteUrl;
    /// let site = SiteUrl::parse("https://news.example/reader").unwrap();
    /// assert_eq!(site.join("iran-talks.html"), "https://news.example/reader/iran-talks.html");
    /// assert!(SiteUrl::parse("news.example/reader").is_err());
    /// ```
    pub fn parse(value: &str) -> Result<Self, String> {
        let refuse = |why: &str| Err(format!("{VARIABLE}={value:?} {why}"));
        let mut url = match Url::parse(value.trim()) {
            Ok(url) => url,
            Err(e) => return refuse(&format!("is not an absolute URL ({e})")),
        };
        if !matches!(url.scheme(), "http" | "https") {
            return refuse("must start with https:// (or http://)");
        }
        if url.host_str().is_none_or(str::is_empty) {
            return refuse("has no host");
        }
        if url.query().is_some() || url.fragment().is_some() {
            return refuse("must not have a query or fragment");
        }
        if !url.username().is_empty() || url.password().is_some() {
            return refuse("must not hold a user name or password");
        }
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(Self(url))
    }

    /// The setting from the environment: `None` when unset or empty.
    pub fn from_env() -> Result<Option<Self>, String> {
        match std::env::var(VARIABLE) {
            Ok(value) if !value.trim().is_empty() => Self::parse(&value).map(Some),
            Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
            Err(e) => Err(format!("{VARIABLE}: {e}")),
        }
    }

    /// The absolute URL of `path`, a file of the build.
    pub fn join(&self, path: &str) -> String {
        self.0
            .join(path)
            .map_or_else(|_| format!("{}{path}", self.0), String::from)
    }

    /// The site's origin (`https://news.example`).
    pub fn origin(&self) -> String {
        self.0.origin().ascii_serialization()
    }

    /// The site's address itself.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::SiteUrl;

    #[test]
    fn refuses_what_cannot_be_a_site_address() {
        for bad in [
            "",
            "/reader/",
            "ftp://news.example/",
            "https://news.example/?a=1",
            "https://news.example/#x",
            "https://me:pw@news.example/",
            "file:///srv/www/",
        ] {
            let error = SiteUrl::parse(bad).unwrap_err();
            assert!(error.starts_with("STANCEMAP_SITE_URL="), "{bad}: {error}");
        }
    }

    #[test]
    fn names_a_directory() {
        let site = SiteUrl::parse(" http://127.0.0.1:8080 ").unwrap();
        assert_eq!(site.as_str(), "http://127.0.0.1:8080/");
        assert_eq!(site.origin(), "http://127.0.0.1:8080");
        let sub = SiteUrl::parse("https://news.example/a/reader/").unwrap();
        assert_eq!(
            sub.join("oembed/x.json"),
            "https://news.example/a/reader/oembed/x.json"
        );
    }
}
