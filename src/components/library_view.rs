//! The library: every article of `articles/index.json` with its source, date, reading time and counts.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::ours::theirs;
use super::{ErrorView, Loading};
use crate::core::LibraryEntry;
use crate::core::dates::human_date;
use crate::core::digest::{mention_counts, reading_minutes};
use crate::core::link_article;
use crate::web::http;

#[component]
pub fn LibraryView(owns_page: bool) -> impl IntoView {
    if owns_page {
        super::set_document_title("Library");
    }
    let base = http::page_base();
    let library =
        super::loaded(|abort| async move { http::fetch_library(&base, abort.as_ref()).await });
    view! {
        <section class="sm-library" aria-labelledby="sm-library-title">
            <h1 id="sm-library-title" class="sm-title">"Library"</h1>
            <p class="sm-library-hint">
                "Articles published with this reader. You can also open an article file from your device with "
                <em>"Open file"</em>
                " or by dropping it on the page: it is read in your browser and never uploaded."
            </p>
            <Drafts />
            {move || match library.get() {
                None => EitherOf3::A(view! { <Loading /> }),
                Some(Ok((index_url, library))) => {
                    let items = library
                        .articles
                        .into_iter()
                        .map(|entry| view! { <LibraryItem entry index_url=index_url.clone() /> })
                        .collect_view();
                    EitherOf3::B(view! { <ol class="sm-library-list">{items}</ol> })
                }
                Some(Err(error)) => EitherOf3::C(view! { <ErrorView error /> }),
            }}
        </section>
    }
}

/// One article: its link at once, its details as soon as the article itself has loaded.
#[component]
fn LibraryItem(entry: LibraryEntry, index_url: String) -> impl IntoView {
    let url = http::resolve(&entry.src, &index_url).unwrap_or_else(|_| entry.src.clone());
    // Its prerendered page, beside the reader's own (the build writes one per article).
    let href = entry.page();
    let details = super::loaded(|abort| {
        let url = url.clone();
        // Only the article: its counts are shown, its JSON text is not kept.
        async move {
            let opened = http::fetch_article(&url, abort.as_ref()).await;
            opened.map(|opened| opened.article)
        }
    });
    let meta = move || {
        details.get().map(|result| match result {
            Ok(article) => {
                let links = link_article(&article);
                let entities = mention_counts(&article, &links).iter().filter(|n| **n > 0).count();
                // The subtitle and the source are the article's words, in its language and
                // direction (as isolates: the list keeps the library's alignment); the rest of
                // the line is the library's.
                let source = article
                    .source
                    .clone()
                    .map(|source| view! { {theirs(&article, source.name)} " · " });
                let mut parts: Vec<String> = Vec::new();
                if let Some(date) = &article.published {
                    parts.push(human_date(date).unwrap_or_else(|| date.clone()));
                }
                parts.push(format!("{} min read", reading_minutes(&article)));
                parts.push(plural(entities, "entity", "entities"));
                parts.push(plural(article.parties.len(), "party", "parties"));
                let subtitle = article.subtitle.clone().map(|s| {
                    view! {
                        <p class="sm-library-subtitle">
                            {theirs(&article, s)}
                        </p>
                    }
                });
                EitherOf3::A(view! {
                    {subtitle}
                    <p class="sm-library-meta">{source}{parts.join(" · ")}</p>
                })
            }
            Err(error) => EitherOf3::B(view! {
                <p class="sm-library-meta sm-library-broken">"Cannot be opened: " {error.to_string()}</p>
            }),
        })
        .unwrap_or(EitherOf3::C(view! { <p class="sm-library-meta">"Loading details…"</p> }))
    };
    view! {
        <li class="sm-library-item" data-library-entry=entry.id.clone()>
            <h2 class="sm-library-title">
                // The index gives no language: the title's own letters set its direction.
                <a href=href dir="auto">
                    {entry.title.clone()}
                </a>
            </h2>
            {meta}
        </li>
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The drafts kept on this device by the studio, and a way to start one.
#[component]
fn Drafts() -> impl IntoView {
    let drafts = crate::web::storage::drafts();
    view! {
        <section class="sm-drafts" aria-labelledby="sm-drafts-title">
            <h2 id="sm-drafts-title">"Drafts"</h2>
            {(!drafts.is_empty()).then(|| view! {
                <ul class="sm-library-list">
                    {drafts.into_iter().map(|(id, title)| view! {
                        <li><a href=format!("?view=studio&draft={id}")>{title}</a></li>
                    }).collect_view()}
                </ul>
            })}
            <p><a href="?view=studio">"Write a new article in the studio"</a>
            " — from its text, on this device."</p>
        </section>
    }
}
