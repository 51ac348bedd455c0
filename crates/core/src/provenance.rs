//! Where an article on screen came from, and what the reader is told about it: the notice
//! above an article this site did not publish, and the credit line under an embed.

/// Where an article came from, as far as the reader can know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Provenance {
    /// Published by this site: its library, one of its pages, or a file on its own origin.
    ThisSite,
    /// Read from another origin the site trusts, such as `https://partner.example`.
    OtherOrigin(String),
    /// A file opened from this device.
    DeviceFile,
    /// An article written into the page that shows it, not taken from the site's library.
    HostPage,
    /// A copy saved for offline reading, with the address it was read at, when it had one.
    Saved {
        /// The address the article was read at; none for a file from the saver's device.
        from: Option<String>,
    },
    /// A draft in the studio, kept on this device.
    Draft,
}

/// Where a notice's link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeLink {
    /// This site's library of the articles it publishes.
    Library,
    /// The address a saved copy was read at.
    Address(String),
}

/// What the notice above an article says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Its first words, set apart: what kind of article this is.
    pub label: &'static str,
    /// Where the article came from, and what that means.
    pub text: String,
    /// Where to go from here.
    pub link: Option<(NoticeLink, &'static str)>,
}

impl Provenance {
    /// The notice the reader shows above the article's title; none for this site's own.
    ///
    /// ```
    /// use stancemap_core::provenance::Provenance;
    /// assert_eq!(Provenance::ThisSite.notice(), None);
    /// let notice = Provenance::OtherOrigin("https://partner.example".into()).notice().unwrap();
    /// assert_eq!(notice.label, "Not published by this site.");
    /// assert!(notice.text.contains("https://partner.example"));
    /// ```
    pub fn notice(&self) -> Option<Notice> {
        const NOT_OURS: &str = "Not published by this site.";
        const LIBRARY: Option<(NoticeLink, &str)> =
            Some((NoticeLink::Library, "See the articles this site publishes"));
        let notice = match self {
            Provenance::ThisSite => return None,
            Provenance::OtherOrigin(origin) => Notice {
                label: NOT_OURS,
                text: format!("This article comes from {origin}, shown as that address serves it."),
                link: LIBRARY,
            },
            Provenance::DeviceFile => Notice {
                label: NOT_OURS,
                text: "This article comes from a file on this device.".to_owned(),
                link: LIBRARY,
            },
            Provenance::HostPage => Notice {
                label: "Not in this site’s library.",
                text: "This article is written into this page itself, not taken from the site’s \
                       library."
                    .to_owned(),
                link: LIBRARY,
            },
            Provenance::Saved { from: Some(from) } => Notice {
                label: "A saved copy.",
                text: format!(
                    "Saved from {from}. This file stays as it was saved, whatever changes there."
                ),
                // Only a web address is a link: the file may come from anyone.
                link: (from.starts_with("https://") || from.starts_with("http://")).then(|| {
                    (
                        NoticeLink::Address(from.clone()),
                        "Open the address it was saved from",
                    )
                }),
            },
            Provenance::Saved { from: None } => Notice {
                label: "A saved copy.",
                text: "Saved from a file on the device it was saved on, not from a website."
                    .to_owned(),
                link: None,
            },
            Provenance::Draft => Notice {
                label: "A draft.",
                text: "Not published: it is kept on this device only.".to_owned(),
                link: None,
            },
        };
        Some(notice)
    }
}

/// The credit line under an embedded article: its publisher as the article names it, and the
/// origin it was read from when that is not the reader's own (`other_origin`).
///
/// ```
/// use stancemap_core::provenance::credit;
/// assert_eq!(credit(Some("Reuters"), None), "Source: Reuters");
/// assert_eq!(
///     credit(Some("Reuters"), Some("https://partner.example")),
///     "Source: Reuters · from https://partner.example"
/// );
/// assert_eq!(credit(None, None), "Source: not named by the article");
/// ```
pub fn credit(source: Option<&str>, other_origin: Option<&str>) -> String {
    let source = source
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("not named by the article");
    match other_origin {
        Some(origin) => format!("Source: {source} · from {origin}"),
        None => format!("Source: {source}"),
    }
}

#[cfg(test)]
mod tests {
    use super::{NoticeLink, Provenance};

    #[test]
    fn only_this_sites_articles_go_without_a_notice() {
        let all = [
            Provenance::OtherOrigin("https://a.example".into()),
            Provenance::DeviceFile,
            Provenance::HostPage,
            Provenance::Saved {
                from: Some("https://news.example/a.html".into()),
            },
            Provenance::Saved { from: None },
            Provenance::Draft,
        ];
        for provenance in all {
            let notice = provenance.notice().expect("a notice");
            assert!(notice.label.ends_with('.') && notice.text.ends_with('.'));
        }
        assert_eq!(Provenance::ThisSite.notice(), None);
    }

    #[test]
    fn says_where_the_article_came_from() {
        let file = Provenance::DeviceFile.notice().unwrap();
        assert!(file.text.contains("a file on this device"));
        assert_eq!(file.link.unwrap().0, NoticeLink::Library);
        let from = "https://news.example/iran-talks.html".to_owned();
        let saved = Provenance::Saved {
            from: Some(from.clone()),
        }
        .notice()
        .unwrap();
        assert!(saved.text.contains(&from));
        assert_eq!(saved.link.unwrap().0, NoticeLink::Address(from));
        assert_eq!(Provenance::Draft.notice().unwrap().link, None);
        let crafted = Provenance::Saved {
            from: Some("javascript:alert(1)".into()),
        };
        assert_eq!(crafted.notice().unwrap().link, None);
    }
}
