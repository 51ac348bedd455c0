//! The reading page: loads one article and shows it, the loading notice, or why it failed.

use leptos::either::Either;
use leptos::prelude::*;

use super::{ArticleView, ErrorView, Loading};
use crate::api::{self, Opened, Source};

/// `shown` holds the article while it is on screen.
#[component]
pub fn ReaderPage(
    source: Source,
    owns_page: bool,
    shown: RwSignal<Option<Opened>>,
) -> impl IntoView {
    let base = api::page_base();
    let opened = LocalResource::new(move || api::open(source.clone(), base.clone()));
    Effect::new(move |_| shown.set(opened.get().and_then(Result::ok)));
    on_cleanup(move || shown.set(None));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match opened.await {
                    Ok(Opened { article, .. }) => {
                        if owns_page {
                            super::set_document_title(&article.title);
                        }
                        Either::Left(view! { <ArticleView article /> })
                    }
                    Err(error) => {
                        if owns_page {
                            super::set_document_title("Could not open the article");
                        }
                        Either::Right(view! { <ErrorView error /> })
                    }
                }
            })}
        </Suspense>
    }
}
