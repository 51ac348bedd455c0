//! Entity previews for the prerendered page: each mentioned entity's card as a native `hint`
//! popover that its mentions open on hover, keyboard focus or long press (HTML interest
//! invokers, `interestfor`), so the page's cards respond before the app has loaded and with
//! JavaScript off. The app replaces them with its own cards when it takes the page over.

use leptos::prelude::*;

use super::entity_card::{
    kind_badge, link, quotes, role_line, stance_badge, stances, summary, times,
};
use super::ours::{DIR, LANG};
use crate::core::Article;
use crate::core::digest::digest;

/// The element id of entity `id`'s preview; mentions name it in `interestfor`.
pub fn preview_id(entity: &str) -> String {
    format!("sm-preview-{entity}")
}

/// One preview per mentioned entity; `counts` holds how often each entity is mentioned.
#[component]
pub fn EntityPreviews(article: std::sync::Arc<Article>, counts: Vec<usize>) -> impl IntoView {
    article
        .entities
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(e, total)| {
            let facts = digest(&article, &e.id);
            let stances = stances(
                facts
                    .stances
                    .iter()
                    .map(|s| {
                        view! {
                            <span class="sm-card-stance">
                                {stance_badge(s.stance)}
                                <span class="sm-card-topic">{s.topic_label.clone()}</span>
                            </span>
                        }
                    })
                    .collect(),
            );
            view! {
                <div class="sm-card sm-preview" id=preview_id(&e.id) popover="hint">
                    <div class="sm-card-top">{kind_badge(e)}</div>
                    <p class="sm-card-name">{e.name.clone()}</p>
                    {role_line(e, &facts)}
                    {summary(e, None)}
                    {stances}
                    {quotes(&facts)}
                    <div class="sm-card-foot">
                        <span class="sm-card-count" lang=LANG dir=DIR>
                            {times(total)}
                        </span>
                    </div>
                    {link(e)}
                </div>
            }
        })
        .collect_view()
}
