//! The reader's own words inside an article's view, marked as what they are: English, left to right.
//!
//! An article's view carries the article's `lang` and `dir`, which its words (names, topics,
//! quotes) inherit. The reader's own words in it ("1 min read", "accepts", "Show in text") are
//! English whatever the article's language. Marked so, screen readers speak them as English,
//! and `dir` makes each an isolate, so a right-to-left article keeps them in order ("1 min
//! read", not "min read 1"). The article's words never go inside them.

use leptos::prelude::*;

use crate::core::Article;
use crate::core::language::direction;

/// The language of the reader's own words (the page's `<html lang>`).
pub const LANG: &str = "en";
/// Their direction.
pub const DIR: &str = "ltr";

/// Words of the reader's own, as an inline isolate.
pub fn ours(words: impl IntoView) -> impl IntoView {
    view! { <span lang=LANG dir=DIR>{words}</span> }
}

/// The article's words among the reader's own (its parties and topics in the evidence bar, its
/// subtitle in the library), as an inline isolate in the article's language and direction.
pub fn theirs<W: IntoView>(article: &Article, words: W) -> impl IntoView + use<W> {
    let lang = article.language.clone();
    let dir = article.language.as_deref().map(direction);
    view! { <span lang=lang dir=dir>{words}</span> }
}
