//! Build-time prerendering (native only): the page's own article rendered to HTML by the same
//! components the browser mounts, so `index.html` is readable before any wasm arrives (and with
//! JavaScript off) and the app takes it over without a visible change.

use std::sync::Arc;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use stancemap::components::app::{Host, ReaderRoot};
use stancemap::components::{AppBar, ArticleView, EmbedCredit, EmbedDialog, EntityPreviews};
use stancemap::web::http::{Opened, Source};
use stancemap::web::route::Route;
use stancemap_core::digest::mention_counts;
use stancemap_core::prefs::Prefs;
use stancemap_core::{Article, link_article};

/// Runs nothing: effects and tasks belong to the browser, as in server rendering.
struct Inert;

impl CustomExecutor for Inert {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The reader's first render of `article` on a site page: the header and the article view,
/// exactly as `App` shows them once the article has loaded, and the entities' native previews,
/// which make the mentions respond before the app has taken the page over.
pub fn site_page(article: Arc<Article>) -> String {
    // Already set by an earlier call in this process: the same inert executor.
    let _ = Executor::init_custom_executor(Inert);
    let owner = Owner::new();
    // Reading signals while rendering once is intended: nothing tracks here.
    let html = owner.with(|| {
        untrack(|| {
            let route = RwSignal::new(Route::Reader(Source::Default));
            let shown = RwSignal::new(None::<Opened>);
            // The defaults; the page's start-up script applies the reader's stored ones.
            let prefs = RwSignal::new(Prefs::default());
            // Linked a second time here (ArticleView links for itself), at build time only:
            // rendering the previews from inside ArticleView would ship their code in the wasm.
            let counts = mention_counts(&article, &link_article(&article));
            // What an iframe of this page shows under the article (the page's stylesheet
            // hides it elsewhere), so the embed's app takes it over unchanged.
            let credited = RwSignal::new(Some(Opened {
                article: article.clone(),
                json: "".into(),
            }));
            view! {
                <ReaderRoot prefs=Some(prefs)>
                    <AppBar route host=Host::Site shown prefs />
                    <ArticleView article=article.clone() previews=true />
                    <EmbedCredit shown=credited other_origin=None />
                    <EntityPreviews counts article />
                </ReaderRoot>
            }
            .to_html()
        })
    });
    owner.cleanup();
    html
}

/// The Embed dialog's markup in its inert `<template>`, which the app clones when asked.
pub fn embed_dialog() -> String {
    let _ = Executor::init_custom_executor(Inert);
    let owner = Owner::new();
    let html = owner.with(|| view! { <EmbedDialog /> }.to_html());
    owner.cleanup();
    html
}
