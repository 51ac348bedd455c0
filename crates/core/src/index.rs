//! Typed indices: an entity, a stance, a topic, a party (a row of the matrix), a mention (in
//! text order across the article), and a matrix cell, so one cannot be passed for another.

use std::fmt;
use std::ops::Index;

use crate::article::{Entity, Stance, Topic};

macro_rules! index {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(usize);

        impl $name {
            /// The index `i`.
            pub const fn new(i: usize) -> Self {
                Self(i)
            }

            /// As a plain number (an attribute value, a slice index).
            pub const fn get(self) -> usize {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

index! {
    /// An entity: its place in [`Article::entities`](crate::Article::entities).
    ///
    /// ```
    /// # let article = stancemap_core::parse_article(include_str!("../../../public/articles/iran-talks.json")).unwrap();
    /// use stancemap_core::EntityIx;
    /// assert_eq!(article.entities[EntityIx::new(0)].id, article.entities[0].id);
    /// ```
    EntityIx
}
index! {
    /// A stance: its place in [`Article::stances`](crate::Article::stances).
    StanceIx
}
index! {
    /// A topic: its place in [`Article::topics`](crate::Article::topics), the matrix's column.
    TopicIx
}
index! {
    /// A party: its place in the matrix's rows (the article's `parties` that name an entity).
    PartyIx
}
index! {
    /// An entity suggestion still to review: its place in the studio's list.
    SuggestionIx
}
index! {
    /// A suggested stance sentence still to review: its place in the studio's list.
    SentenceIx
}
index! {
    /// A mention: its number in the article, in text order from 0 (`data-mention`).
    MentionIx
}

/// A cell of the stance matrix: a party's row and a topic's column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cell {
    /// The row.
    pub party: PartyIx,
    /// The column.
    pub topic: TopicIx,
}

impl fmt::Display for Cell {
    /// `row-column`, as `data-cell` attributes write it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.party, self.topic)
    }
}

impl Index<EntityIx> for Vec<Entity> {
    type Output = Entity;
    fn index(&self, i: EntityIx) -> &Entity {
        &self[i.0]
    }
}

impl Index<StanceIx> for Vec<Stance> {
    type Output = Stance;
    fn index(&self, i: StanceIx) -> &Stance {
        &self[i.0]
    }
}

impl Index<TopicIx> for Vec<Topic> {
    type Output = Topic;
    fn index(&self, i: TopicIx) -> &Topic {
        &self[i.0]
    }
}
