//! The reading page: loads one article and shows it, the loading notice, or why it failed.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::{ArticleView, ErrorView, Loading};
use crate::core::provenance::Provenance;
use crate::web::http::{self, Opened, Source};

/// `shown` holds the article while it is on screen; `provenance` says where it came from.
#[component]
pub fn ReaderPage(
    source: Source,
    provenance: Provenance,
    owns_page: bool,
    shown: RwSignal<Option<Opened>>,
) -> impl IntoView {
    let base = http::page_base();
    let opened = super::loaded(|abort| http::open(source, base, abort));
    Effect::new(move |_| shown.set(opened.get().and_then(Result::ok)));
    on_cleanup(move || shown.set(None));
    move || match opened.get() {
        None => EitherOf3::A(view! { <Loading /> }),
        Some(Ok(Opened { article, .. })) => {
            if owns_page {
                super::set_document_title(&article.title);
            }
            EitherOf3::B(view! { <ArticleView article provenance=provenance.clone() /> })
        }
        Some(Err(error)) => {
            if owns_page {
                super::set_document_title("Could not open the article");
            }
            EitherOf3::C(view! { <ErrorView error /> })
        }
    }
}
