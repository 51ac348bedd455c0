//! Guessing an entity's kind from its name's words and the words around it.

use crate::article::EntityKind;

/// Last words that make a name an organisation's ("Human Rights Activists News Agency").
const ORGANISATION: &[&str] = &[
    "Agency",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Brigade",
    "Brigades",
    "Bureau",
    "Cabinet",
    "Centre",
    "Center",
    "Coalition",
    "College",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Corporation",
    "Corps",
    "Council",
    "Court",
    "Department",
    "Federation",
    "Force",
    "Forces",
    "Foundation",
    "Front",
    "Fund",
    "Government",
    "Initiative",
    "Programme",
    "Program",
    "Project",
    "Group",
    "Guard",
    "Guards",
    "Inc",
    "Institute",
    "League",
    "Ltd",
    "Militia",
    "Ministry",
    "Movement",
    "Navy",
    "Office",
    "Organisation",
    "Organization",
    "Parliament",
    "Party",
    "Police",
    "Secretariat",
    "Senate",
    "Service",
    "Services",
    "Society",
    "Union",
    "University",
    "Watch",
];

/// Last words that make a name a news outlet's.
const MEDIA: &[&str] = &[
    "Broadcasting",
    "Daily",
    "Gazette",
    "Herald",
    "Journal",
    "Magazine",
    "News",
    "Post",
    "Press",
    "Radio",
    "Telegraph",
    "Television",
    "Times",
    "Tribune",
    "TV",
];

/// Last words that make a name a place's.
const PLACE: &[&str] = &[
    "Airport",
    "Base",
    "Basin",
    "Bay",
    "Bridge",
    "Dam",
    "Canal",
    "Coast",
    "Corridor",
    "County",
    "Desert",
    "District",
    "East",
    "Gulf",
    "Harbor",
    "Harbour",
    "Heights",
    "Highlands",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "Ocean",
    "Peninsula",
    "Plateau",
    "Port",
    "Province",
    "Reef",
    "Shoal",
    "Atoll",
    "Region",
    "River",
    "Sea",
    "Square",
    "Strait",
    "Straits",
    "Street",
    "Strip",
    "Valley",
    "West",
];

/// First words that make a name a place's.
const PLACE_FIRST: &[&str] = &["Cape", "Lake", "Mount", "Port", "Fort"];

/// Last words that make a name an event's.
const EVENT: &[&str] = &[
    "Accord",
    "Accords",
    "Agreement",
    "Attack",
    "Attacks",
    "Conference",
    "Crisis",
    "Cup",
    "Deal",
    "Election",
    "Elections",
    "Festival",
    "Forum",
    "Games",
    "Olympics",
    "Protests",
    "Revolution",
    "Spring",
    "Summit",
    "Talks",
    "Treaty",
    "Uprising",
    "War",
];

/// First words that make a name an event's ("Operation Midnight Hammer").
const EVENT_FIRST: &[&str] = &["Operation"];

/// Verbs of saying: a single unknown name that says something is a person.
const SAYING: &[&str] = &[
    "said", "says", "told", "added", "asserted", "argued", "noted", "remarked", "stated", "warned",
    "wrote", "insisted", "claimed",
];

/// Words before a single unknown name that make it a place ("talks in Muscat").
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "into", "across"];

/// Whether a name's last word makes it an institution's: an organisation's or a news
/// outlet's ("Bank", "Ministry", "Times").
pub(crate) fn is_institution(last_word: &str) -> bool {
    ORGANISATION.contains(&last_word) || MEDIA.contains(&last_word)
}

/// The kind a name most likely has, from its own words and, for a single word, the text
/// just `before` and `after` one of its occurrences.
pub(crate) fn guess(name: &str, before: &str, after: &str) -> EntityKind {
    let words: Vec<&str> = name.split(' ').collect();
    let (first, last) = (words[0], words[words.len() - 1]);
    if ORGANISATION.contains(&last) {
        return EntityKind::Organization;
    }
    if MEDIA.contains(&last) {
        return EntityKind::Media;
    }
    if PLACE.contains(&last) || PLACE_FIRST.contains(&first) && words.len() > 1 {
        return EntityKind::Place;
    }
    if EVENT.contains(&last) || EVENT_FIRST.contains(&first) && words.len() > 1 {
        return EntityKind::Event;
    }
    if words.len() > 1 {
        let personal = words.len() <= 4
            && words.iter().all(|w| {
                let mut chars = w.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.all(|c| c.is_lowercase() || c == '\'' || c == '’' || c == '-')
            });
        return if personal {
            EntityKind::Person
        } else {
            EntityKind::Organization
        };
    }
    let next = after.split_whitespace().next().unwrap_or("");
    let previous = before.split_whitespace().next_back().unwrap_or("");
    let said = SAYING.contains(&next.trim_end_matches([',', '.']));
    if before.trim_end().ends_with("interview with") || previous == "told" && !said {
        EntityKind::Media
    } else if said {
        EntityKind::Person
    } else if PLACE_PREPOSITIONS.contains(&previous) {
        EntityKind::Place
    } else {
        EntityKind::Organization
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn by_name_and_context() {
        let cases = [
            ("Human Rights Activists News Agency", "", "", Organization),
            ("Islamic Revolution", "", "", Event),
            ("Persian Gulf", "", "", Place),
            ("Ali Shamkhani", "", "", Person),
            ("Tehran Times", "", "", Media),
            ("Operation Midnight Hammer", "", "", Event),
            ("Witkoff", "", " said on Monday", Person),
            ("Muscat", "talks held in ", "", Place),
            ("Axios", "During an interview with ", "", Media),
            ("Likud", "a vote in the ", " on", Organization),
        ];
        for (name, before, after, kind) in cases {
            assert_eq!(guess(name, before, after), kind, "{name}");
        }
    }
}
