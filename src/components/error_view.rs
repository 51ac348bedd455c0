//! The error view: why an article could not be opened, in words a reader or author can act on.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;

use crate::core::{LoadError, Problem};
use crate::web::http::OpenError;

#[component]
pub fn ErrorView(error: OpenError) -> impl IntoView {
    let url = error.url().to_owned();
    let home = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let detail = match error {
        OpenError::Load { error, .. } => Either::Left(load_detail(error)),
        other => Either::Right(view! { <p>{capitalise(&other.to_string())}"."</p> }),
    };
    view! {
        <section class="sm-error" role="alert" aria-labelledby="sm-error-title">
            <h1 id="sm-error-title" class="sm-error-title">"This article could not be opened"</h1>
            {detail}
            <p class="sm-error-url">"Address: " <code>{url}</code></p>
            <p class="sm-error-actions">
                <a class="sm-button" href=home>"Open the default article"</a>
                <a class="sm-button sm-button-quiet" href="?view=library">"Browse the library"</a>
            </p>
        </section>
    }
}

fn load_detail(error: LoadError) -> impl IntoView {
    match error {
        LoadError::Syntax {
            message,
            line,
            column,
            excerpt,
            excerpt_column,
        } => {
            let caret = format!("{}^", " ".repeat(excerpt_column));
            EitherOf4::A(view! {
                <p>
                    "The file is not valid JSON: " {message} " at line " {line} ", column "
                    {column} "."
                </p>
                <pre class="sm-excerpt" aria-label=format!("Line {line} of the file")>
                    <code>{excerpt}"\n"{caret}</code>
                </pre>
            })
        }
        LoadError::Shape { path, message } => EitherOf4::B(view! {
            <p>"The file is JSON but not a Stancemap article."</p>
            <ul class="sm-problems">
                <li>
                    <code>{path}</code>
                    " "
                    {message}
                </li>
            </ul>
        }),
        LoadError::Invalid(problems) => {
            let count = match problems.len() {
                1 => "1 problem".to_owned(),
                n => format!("{n} problems"),
            };
            EitherOf4::C(view! {
                <p>"The article has " {count} ":"</p>
                <ul class="sm-problems">{problems.into_iter().map(problem).collect_view()}</ul>
            })
        }
        LoadError::UnsupportedFormat { .. } | LoadError::TooLarge { .. } => {
            EitherOf4::D(view! { <p>{capitalise(&error.to_string())}"."</p> })
        }
    }
}

fn problem(p: Problem) -> impl IntoView {
    view! {
        <li>
            <code>{p.path}</code>
            " "
            {p.message}
        </li>
    }
}

/// `s` with its first letter capitalised. Only ASCII: the messages are the reader's own, which
/// start with an ASCII letter, and `char::to_uppercase` would add Unicode's case tables to the
/// wasm (bench/NOTES.md).
fn capitalise(s: &str) -> String {
    let mut s = s.to_owned();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}
