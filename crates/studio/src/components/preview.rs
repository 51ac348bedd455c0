//! The live preview: the reader's own view of the draft (cards and matrix working), redrawn
//! after each edit.

use std::sync::Arc;

use leptos::prelude::*;
use stancemap::ReaderRoot;
use stancemap::components::ArticleView;
use stancemap::core::provenance::Provenance;

use crate::controller::Studio;

#[component]
pub fn Preview(studio: Studio) -> impl IntoView {
    let article = Memo::new(move |_| studio.with(|d| Arc::new(d.article().clone())));
    view! {
        <section class="st-preview" aria-labelledby="st-preview-title">
            <h2 id="st-preview-title" class="st-section-title">"Preview: what readers will see"</h2>
            <ReaderRoot prefs=None>
                {move || view! { <ArticleView article=article.get() provenance=Provenance::Draft /> }}
            </ReaderRoot>
        </section>
    }
}
