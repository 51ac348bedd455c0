//! The studio's views, one per file: thin, over [`crate::controller::Studio`].

mod details;
pub mod editor;
mod entities;
mod header;
mod picker;
mod preview;
mod problems;
mod review;
mod stances;
mod start;
pub mod studio;
mod text_pane;

use stancemap_core::authoring::Refusal;

/// Why an edit was not made, in words.
fn refusal_text(refusal: &Refusal) -> String {
    match refusal {
        Refusal::NoText => "Select some words first (arrow keys, or the mouse)".to_owned(),
        Refusal::AlreadyLinked(name) => format!("Those words already link to {name}"),
        Refusal::Unknown => "Choose a party, topic and speaker the article has".to_owned(),
    }
}

/// Gives the keyboard back to the editor, where the studio's keys work (after a form closes).
fn focus_editor() {
    if let Some(editor) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".st-editor").ok().flatten())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = editor.focus();
    }
}
