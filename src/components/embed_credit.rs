//! The credit line under an embedded article: its publisher, and the origin it was read from
//! when that is not the reader's own.

use leptos::prelude::*;

use super::ours::{DIR, LANG};
use crate::core::provenance::credit;
use crate::web::http::Opened;

/// Shown once `shown` holds the article; `other_origin` is where it was read from, when that
/// is not the reader's origin.
#[component]
pub fn EmbedCredit(shown: RwSignal<Option<Opened>>, other_origin: Option<String>) -> impl IntoView {
    move || {
        shown.with(|opened| {
            opened.as_ref().map(|Opened { article, .. }| {
                let source = article.source.as_ref().map(|s| s.name.as_str());
                let line = credit(source, other_origin.as_deref());
                view! {
                    <footer class="sm-credit" lang=LANG dir=DIR>
                        <p>{line}</p>
                    </footer>
                }
            })
        })
    }
}
