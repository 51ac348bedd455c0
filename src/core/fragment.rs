//! Deep links in the URL fragment: `#entity=<id>` opens that entity's card.

/// What a URL fragment asks the reader to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fragment {
    Entity(String),
}

impl Fragment {
    /// Parses `#entity=trump` (with or without the `#`); anything else is `None`.
    pub fn parse(hash: &str) -> Option<Fragment> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (key, value) = hash.split_once('=')?;
        let valid = !value.is_empty()
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        match key {
            "entity" if valid => Some(Fragment::Entity(value.to_owned())),
            _ => None,
        }
    }

    /// The fragment, with its `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Fragment::Entity(id) => format!("#entity={id}"),
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
    }
}
