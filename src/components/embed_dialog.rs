//! "Embed this article": the button under an article, and the markup of its dialog — the two
//! codes that put the article in a blog (an iframe with its host script, and the
//! `<stancemap-article>` element with the article's text inside), each with a Copy button, the
//! options a blogger needs, and a live preview. The build renders the dialog's markup into
//! each site page, inert in a `<template>` after the text; the wasm only clones and fills it
//! (`web::embed_dialog`), which keeps the reader's wasm small.

use leptos::prelude::*;

use crate::web::embed_dialog;
use crate::web::http::Opened;
use crate::web::published::published;
use crate::web::route::Route;

/// The id of the `<template>` that holds the dialog.
pub const TEMPLATE_ID: &str = "sm-embed-template";

/// The button, shown while an article with an address of its own is on screen.
#[component]
pub fn EmbedButton(route: RwSignal<Route>, shown: RwSignal<Option<Opened>>) -> impl IntoView {
    let target = move || {
        let Route::Reader(source) = route.get() else {
            return None;
        };
        shown.with(|opened| {
            let opened = opened.as_ref()?;
            Some((opened.article.clone(), published(&source, &opened.article)?))
        })
    };
    move || {
        target().map(|(article, at)| {
            view! {
                <button
                    type="button"
                    class="sm-button sm-button-quiet"
                    aria-haspopup="dialog"
                    on:click=move |ev| embed_dialog::open(&ev, &article, &at)
                >
                    "Embed this article"
                </button>
            }
        })
    }
}

/// The dialog's markup, in its `<template>` (rendered at build time only).
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let themes = [("auto", "Auto"), ("light", "Light"), ("dark", "Dark")].map(|(value, label)| {
        view! {
            <label class="sm-choice">
                <input type="radio" name="theme" value=value checked=value == "auto" />
                {label}
            </label>
        }
    });
    view! {
        <template id=TEMPLATE_ID>
            <dialog class="sm-embed-dialog" aria-labelledby="sm-embed-title">
                <div class="sm-embed-head">
                    <h2 id="sm-embed-title">"Embed this article"</h2>
                    <button type="button" class="sm-button sm-button-quiet" data-close="">
                        "Close"
                    </button>
                </div>
                <form class="sm-embed-body">
                    <div class="sm-embed-options">
                        <fieldset class="sm-choices">
                            <legend>"Theme"</legend>
                            {themes}
                        </fieldset>
                        <label class="sm-choice">
                            <input type="checkbox" name="matrix" checked />
                            "Show the stance matrix"
                        </label>
                        <label class="sm-embed-height">
                            "Maximum height in pixels (empty: the whole article)"
                            <input type="number" name="max-height" min="120" step="10" inputmode="numeric" />
                        </label>
                    </div>
                    <Code
                        id="sm-embed-frame"
                        title="Iframe"
                        hint="Works wherever a blog allows iframes. The script fits the frame to the article; include it once per page."
                    />
                    <Code
                        id="sm-embed-element"
                        title="Element"
                        hint="The article's text is inside it: readers see it at once, also without JavaScript, and so do search engines. The reader then takes over."
                    />
                    <section class="sm-embed-preview" aria-labelledby="sm-embed-preview-title">
                        <h3 id="sm-embed-preview-title">"Preview"</h3>
                        <iframe title="Preview of the embedded article"></iframe>
                    </section>
                </form>
            </dialog>
        </template>
    }
}

/// One code in a read-only text box, with its Copy button and a line that says what copying
/// did.
#[component]
fn Code(id: &'static str, title: &'static str, hint: &'static str) -> impl IntoView {
    view! {
        <section class="sm-embed-code" aria-labelledby=format!("{id}-title")>
            <h3 id=format!("{id}-title")>{title}</h3>
            <p id=format!("{id}-hint") class="sm-embed-hint">{hint}</p>
            <textarea
                id=id
                readonly
                rows="5"
                spellcheck="false"
                aria-labelledby=format!("{id}-title")
                aria-describedby=format!("{id}-hint")
            ></textarea>
            <div class="sm-embed-copy">
                <button type="button" class="sm-button" data-copy=id>
                    {format!("Copy {} code", title.to_lowercase())}
                </button>
                <span role="status"></span>
            </div>
        </section>
    }
}
