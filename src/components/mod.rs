//! Leptos components: thin views over the pure core.

pub mod app;
mod app_bar;
mod article_text;
mod article_view;
mod drop_zone;
pub mod edit_link;
pub mod embed_credit;
pub mod embed_dialog;
mod entity_card;
mod entity_preview;
mod error_view;
mod evidence_bar;
mod glossary;
mod kind_icon;
mod legend;
mod library_view;
mod matrix_toggle;
pub(crate) mod ours;
mod provenance_notice;
mod reader_controls;
mod reader_page;
mod reading_progress;
mod save_button;
mod stance_matrix;
mod status;
mod update_notice;

pub use app_bar::AppBar;
pub use article_view::ArticleView;
pub use drop_zone::DropZone;
pub use edit_link::EditLink;
pub use embed_credit::EmbedCredit;
pub use embed_dialog::{EmbedButton, EmbedDialog};
pub use entity_card::{CardIds, EntityCard};
pub use entity_preview::{EntityPreviews, preview_id};
pub use error_view::ErrorView;
pub use library_view::LibraryView;
pub use provenance_notice::ProvenanceNotice;
pub use reader_controls::ReaderControls;
pub use reader_page::ReaderPage;
pub use save_button::SaveButton;
pub use status::Loading;
pub use update_notice::UpdateNotice;

use leptos::prelude::*;
use web_sys::AbortSignal;

use crate::web::http;

/// Titles the browser tab "<title> · Stancemap".
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{title} · Stancemap"));
    }
}

/// What the load `start` makes resolves to, once it has: `None` until then. For the pages'
/// one-shot loads (nothing they read changes while they are shown): a `LocalResource` would
/// also track what its fetcher reads to load again, and is larger in the wasm (bench/NOTES.md).
/// `start` is given the abort signal of its fetches, aborted when the view is gone (as the
/// page is left before they finish), so nothing keeps downloading for a view no one sees.
pub fn loaded<T: 'static, F: Future<Output = T> + 'static>(
    start: impl FnOnce(Option<AbortSignal>) -> F,
) -> ReadSignal<Option<T>, LocalStorage> {
    let (value, set) = signal_local(None);
    let load = start(http::abort_on_cleanup());
    leptos::task::spawn_local(async move {
        // Nothing to do if the page was left before its load finished.
        let _ = set.try_set(Some(load.await));
    });
    value
}
