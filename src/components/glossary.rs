//! The article's entities as a numbered glossary: what the cards say, for print (where the
//! stylesheet shows it after the article and numbers each mention to match). On screen the
//! cards do this job, so it is not displayed.

use std::sync::Arc;

use leptos::prelude::*;

use super::ours::{DIR, LANG, ours};
use crate::core::Article;

/// `counts` holds how often each entity is mentioned; unmentioned ones are left out.
#[component]
pub fn Glossary(article: Arc<Article>, counts: Vec<usize>) -> impl IntoView {
    let items = article
        .entities
        .iter()
        .enumerate()
        .filter(|(i, _)| counts.get(*i).is_some_and(|n| *n > 0))
        .map(|(i, entity)| {
            let role = entity.role.clone().map(|r| view! { " · " {r} });
            let summary = entity.summary.clone().map(|s| view! { <br /> {s} });
            let link = entity.link.clone().map(|l| {
                view! {
                    <br />
                    <span class="sm-glossary-link" dir=DIR>
                        {l}
                    </span>
                }
            });
            view! {
                <li value=i + 1>
                    <strong>{entity.name.clone()}</strong>
                    " — "
                    <span lang=LANG dir=DIR>
                        {entity.kind.label()}
                    </span>
                    {role}
                    {summary}
                    {link}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sm-glossary">
            <h2>{ours("Who and what")}</h2>
            <ol>{items}</ol>
        </section>
    }
}
