//! The root component: opens the requested article and shows it, the loading notice or an error.

use leptos::either::Either;
use leptos::prelude::*;

use crate::api::{self, Source};
use crate::components::{ArticleView, ErrorView, Loading};

/// The whole reader. `owns_page` is true when the reader is the page (it then sets the
/// document title) and false when embedded in someone else's page.
#[component]
pub fn App(source: Source, #[prop(default = true)] owns_page: bool) -> impl IntoView {
    let base = api::page_base();
    let opened = LocalResource::new(move || api::open(source.clone(), base.clone()));

    view! {
        <div class="stancemap">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match opened.await {
                        Ok(article) => {
                            if owns_page {
                                set_document_title(&article.title);
                            }
                            Either::Left(view! { <ArticleView article /> })
                        }
                        Err(error) => Either::Right(view! { <ErrorView error /> }),
                    }
                })}
            </Suspense>
        </div>
    }
}

fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{title} · Stancemap"));
    }
}
