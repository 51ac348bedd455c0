//! Deep links in the URL fragment: `#entity=<id>` opens a card, `#cell=<party>/<topic>` a matrix cell.

use crate::text::is_slug;

/// What a URL fragment asks the reader to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fragment {
    /// `#entity=<id>`: an entity's card.
    Entity(String),
    /// `#cell=<party>/<topic>`: a matrix cell and its quotes.
    Cell {
        /// Entity id of the cell's party.
        party: String,
        /// Id of the cell's topic.
        topic: String,
    },
}

impl Fragment {
    /// Parses `#entity=trump` (with or without the `#`); anything else is `None`.
    ///
    /// ```
    /// use stancemap_core::fragment::Fragment;
    /// assert_eq!(Fragment::parse("#entity=iran"), Some(Fragment::Entity("iran".into())));
    /// let cell = Fragment::Cell { party: "iran".into(), topic: "missiles".into() };
    /// assert_eq!(Fragment::parse(&cell.to_hash()), Some(cell));
    /// assert_eq!(Fragment::parse("#top"), None);
    /// ```
    pub fn parse(hash: &str) -> Option<Fragment> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (key, value) = hash.split_once('=')?;
        // Deep links name ids, which validation holds to the slug form.
        let id = |s: &str| is_slug(s).then(|| s.to_owned());
        match key {
            "entity" => id(value).map(Fragment::Entity),
            "cell" => {
                let (party, topic) = value.split_once('/')?;
                Some(Fragment::Cell {
                    party: id(party)?,
                    topic: id(topic)?,
                })
            }
            _ => None,
        }
    }

    /// The fragment, with its `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Fragment::Entity(id) => format!("#entity={id}"),
            Fragment::Cell { party, topic } => format!("#cell={party}/{topic}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Fragment;

    #[test]
    fn round_trips_and_rejects_junk() {
        let f = Fragment::parse("#entity=abraham-lincoln").unwrap();
        assert_eq!(f, Fragment::Entity("abraham-lincoln".into()));
        assert_eq!(f.to_hash(), "#entity=abraham-lincoln");
        assert_eq!(
            Fragment::parse("entity=iran"),
            Some(Fragment::Entity("iran".into()))
        );
        assert_eq!(Fragment::parse("#entity="), None);
        assert_eq!(Fragment::parse("#entity=<script>"), None);
        assert_eq!(Fragment::parse("#top"), None);
        assert_eq!(Fragment::parse(""), None);
        let cell = Fragment::parse("#cell=iran/missiles").unwrap();
        assert_eq!(
            cell,
            Fragment::Cell {
                party: "iran".into(),
                topic: "missiles".into()
            }
        );
        assert_eq!(cell.to_hash(), "#cell=iran/missiles");
        assert_eq!(Fragment::parse("#cell=iran"), None);
        assert_eq!(Fragment::parse("#cell=iran/"), None);
        assert_eq!(Fragment::parse("#cell=Iran/x"), None);
    }
}
