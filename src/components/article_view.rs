//! The reading view: title, source, date and paragraphs with linked entity mentions.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::{Article, Entity, Segment, link_article, segments};

#[component]
pub fn ArticleView(article: Arc<Article>) -> impl IntoView {
    let links = link_article(&article);
    let paragraphs = article
        .body
        .iter()
        .zip(&links)
        .map(|(text, spans)| {
            let parts = segments(text, spans)
                .into_iter()
                .map(|segment| match segment {
                    Segment::Text(text) => Either::Left(text.to_owned()),
                    Segment::Mention { text, entity } => {
                        Either::Right(mention(&article.entities[entity], text.to_owned()))
                    }
                })
                .collect_view();
            view! { <p>{parts}</p> }
        })
        .collect_view();

    view! {
        <article class="sm-article" lang=article.language.clone()>
            <header class="sm-article-header">
                <h1 class="sm-title">{article.title.clone()}</h1>
                {article.subtitle.clone().map(|s| view! { <p class="sm-subtitle">{s}</p> })}
                {byline(&article)}
            </header>
            <div class="sm-body" data-article=article.id.clone()>
                {paragraphs}
            </div>
        </article>
    }
}

/// One linked mention. The entity card (its own issue) attaches to `data-entity`.
fn mention(entity: &Entity, text: String) -> impl IntoView + use<> {
    let description = match &entity.role {
        Some(role) => format!("{} — {role}", entity.name),
        None => format!("{} — {}", entity.name, entity.kind.label()),
    };
    view! {
        <a
            class="sm-mention"
            href=format!("#entity={}", entity.id)
            data-entity=entity.id.clone()
            data-kind=entity.kind.as_str()
            title=description
        >
            {text}
        </a>
    }
}

/// Source and publication date, when the article has them.
fn byline(article: &Article) -> impl IntoView + use<> {
    let source = article.source.clone().map(|source| match source.url {
        Some(url) => Either::Left(view! {
            <a class="sm-source" href=url target="_blank" rel="noopener noreferrer">
                {source.name}
            </a>
        }),
        None => Either::Right(view! { <span class="sm-source">{source.name}</span> }),
    });
    let date = article.published.clone().map(|iso| {
        let human = human_date(&iso).unwrap_or_else(|| iso.clone());
        view! { <time datetime=iso>{human}</time> }
    });
    let separator = (source.is_some() && date.is_some()).then_some(" · ");
    (source.is_some() || date.is_some())
        .then(|| view! { <p class="sm-byline">{source}{separator}{date}</p> })
}

/// `2024-02-07` → `7 February 2024`; `None` for anything that is not such a date.
pub fn human_date(iso: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let month = MONTHS.get(month.parse::<usize>().ok()?.checked_sub(1)?)?;
    let day: u32 = day.parse().ok()?;
    Some(format!("{day} {month} {year}"))
}

#[cfg(test)]
mod tests {
    use super::human_date;

    #[test]
    fn dates_read_naturally() {
        assert_eq!(human_date("2024-02-07").as_deref(), Some("7 February 2024"));
        assert_eq!(
            human_date("2024-12-31").as_deref(),
            Some("31 December 2024")
        );
        assert_eq!(human_date("2024-13-01"), None);
        assert_eq!(human_date("soon"), None);
    }
}
