//! Choosing an entity: to merge a suggestion into (as another spelling), or for the selected
//! words to mention ("the agency"). A small form, opened by a key or a button; the list is a
//! native select (type to find), Enter confirms and Escape cancels.

use std::ops::Range;

use leptos::html::Select;
use leptos::prelude::*;
use stancemap_core::{EntityIx, SuggestionIx};

use super::editor::Ui;
use crate::controller::Studio;

/// What the chosen entity is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Merge this suggestion into it.
    Merge(SuggestionIx),
    /// Link these words of this paragraph to it.
    Mention {
        paragraph: usize,
        range: Range<usize>,
    },
}

#[component]
pub fn Picker(studio: Studio, ui: Ui) -> impl IntoView {
    let select = NodeRef::<Select>::new();
    Effect::new(move |_| {
        if ui.pick.get().is_some()
            && let Some(select) = select.get()
        {
            let _ = select.focus();
        }
    });
    let close = move || {
        ui.pick.set(None);
        super::focus_editor();
    };
    let confirm = move || {
        let Some(pick) = ui.pick.get_untracked() else {
            return;
        };
        let Some(entity) = select
            .get_untracked()
            .and_then(|s| s.value().parse().ok())
            .map(EntityIx::new)
        else {
            return;
        };
        match pick {
            Pick::Merge(s) => studio.edit("Merged", |d| d.merge(s, entity)),
            Pick::Mention { paragraph, range } => {
                if let Err(refusal) = studio.edit("Linked the words", |d| {
                    d.mention_from_text(paragraph, range, entity)
                }) {
                    studio.said.set(super::refusal_text(&refusal));
                }
            }
        }
        close();
    };
    move || {
        let pick = ui.pick.get()?;
        let (title, what) = match &pick {
            Pick::Merge(s) => (
                "Merge into",
                studio
                    .with(|d| {
                        d.suggestions()
                            .get(s.get())
                            .map(|s| format!("“{}” becomes another spelling of:", s.entity.name))
                    })
                    .unwrap_or_default(),
            ),
            Pick::Mention { paragraph, range } => (
                "Mention of",
                studio.with(|d| {
                    format!(
                        "“{}” stands for:",
                        &d.article().body[*paragraph][range.clone()]
                    )
                }),
            ),
        };
        let options = studio.with(|d| {
            d.article()
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| view! { <option value=i>{format!("{} ({})", e.name, e.kind.label())}</option> })
                .collect_view()
        });
        Some(view! {
            <form
                class="st-picker"
                aria-label=title
                on:submit=move |ev| {
                    ev.prevent_default();
                    confirm();
                }
                on:keydown=move |ev| match ev.key().as_str() {
                    "Escape" => {
                        ev.prevent_default();
                        close();
                    }
                    "Enter" if ev.target().is_some_and(|t| wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlSelectElement>(&t).is_some()) => {
                        ev.prevent_default();
                        confirm();
                    }
                    _ => {}
                }
            >
                <label for="st-pick">{what}</label>
                <select id="st-pick" node_ref=select>{options}</select>
                <button type="submit" class="st-primary">{title}</button>
                <button type="button" on:click=move |_| close()>"Cancel"</button>
            </form>
        })
    }
}
