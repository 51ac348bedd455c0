//! The Embed dialog at work: cloned from the page's `<template>` (see
//! `components::embed_dialog`) into the reader, filled with the codes for the open article,
//! refilled as the options change, and copying a code on request.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Element, HtmlDialogElement, HtmlIFrameElement, HtmlInputElement, HtmlTemplateElement,
    HtmlTextAreaElement,
};

use crate::components::embed_dialog::TEMPLATE_ID;
use crate::core::Article;
use crate::core::embed_code::{self, EmbedOptions, MatrixDisplay, Published};
use crate::core::prefs::Theme;

/// Opens the dialog for `article`, published at `at`, in the reader around the button that
/// `event` clicked. A dialog left from an earlier article is replaced.
pub fn open(event: &web_sys::MouseEvent, article: &Article, at: &Published) {
    let Some(dialog) = clone_into(event) else {
        return;
    };
    let article = Rc::new(article.clone());
    let at = Rc::new(at.clone());
    let fill = {
        let dialog = dialog.clone();
        move || fill(&dialog, &article, &at)
    };
    fill();
    listen(&dialog, "input", {
        let fill = fill.clone();
        move |_| fill()
    });
    listen(&dialog, "change", move |_| fill());
    listen(&dialog, "click", {
        let dialog = dialog.clone();
        move |event| clicked(&dialog, &event)
    });
    let _ = dialog.show_modal();
}

/// A fresh dialog from the template, in the reader (`.stancemap`) that holds the event's
/// target, in place of any earlier one.
fn clone_into(event: &web_sys::MouseEvent) -> Option<HtmlDialogElement> {
    let document = web_sys::window()?.document()?;
    let template: HtmlTemplateElement = document.get_element_by_id(TEMPLATE_ID)?.dyn_into().ok()?;
    let button: Element = event.current_target()?.dyn_into().ok()?;
    let reader = button.closest(".stancemap").ok()??;
    if let Some(old) = reader.query_selector(".sm-embed-dialog").ok().flatten() {
        old.remove();
    }
    let content = template.content().clone_node_with_deep(true).ok()?;
    reader.append_child(&content).ok()?;
    reader
        .query_selector(".sm-embed-dialog")
        .ok()??
        .dyn_into()
        .ok()
}

/// Calls `handler` on each `kind` event in `dialog`, for as long as the dialog is there.
fn listen(dialog: &HtmlDialogElement, kind: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = dialog.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// The element of `dialog` that `selector` finds, as `T`.
fn find<T: JsCast>(dialog: &HtmlDialogElement, selector: &str) -> Option<T> {
    dialog.query_selector(selector).ok()??.dyn_into().ok()
}

/// The options the form says.
fn options(dialog: &HtmlDialogElement) -> EmbedOptions {
    let theme = find::<HtmlInputElement>(dialog, "input[name=theme]:checked")
        .and_then(|input| Theme::from_word(&input.value()))
        .unwrap_or_default();
    let matrix = match find::<HtmlInputElement>(dialog, "input[name=matrix]") {
        Some(input) if !input.checked() => MatrixDisplay::Hidden,
        _ => MatrixDisplay::Shown,
    };
    let max_height = find::<HtmlInputElement>(dialog, "input[name=max-height]")
        .and_then(|input| input.value().trim().parse::<u32>().ok())
        .filter(|px| *px >= 120);
    EmbedOptions {
        theme,
        matrix,
        max_height,
    }
}

/// Writes the codes and the preview for the form's options; a copy message is about codes
/// that are no longer there.
fn fill(dialog: &HtmlDialogElement, article: &Article, at: &Published) {
    let options = options(dialog);
    let codes = [
        ("#sm-embed-frame", embed_code::iframe(article, at, options)),
        (
            "#sm-embed-element",
            embed_code::element(article, at, options),
        ),
    ];
    for (selector, code) in codes {
        if let Some(area) = find::<HtmlTextAreaElement>(dialog, selector) {
            area.set_value(&code);
        }
    }
    if let Ok(statuses) = dialog.query_selector_all(".sm-embed-copy [role=status]") {
        for i in 0..statuses.length() {
            if let Some(status) = statuses.item(i) {
                status.set_text_content(None);
            }
        }
    }
    if let Some(preview) = find::<HtmlIFrameElement>(dialog, "iframe") {
        let src = embed_code::frame_src(at, options);
        if preview.src() != src {
            preview.set_src(&src);
        }
        let height = options.max_height.map_or(480, |px| px.min(480));
        let _ = preview
            .style()
            .set_property("height", &format!("{height}px"));
    }
}

/// A click in the dialog: Close, or a Copy button (`data-copy` names its text box).
fn clicked(dialog: &HtmlDialogElement, event: &web_sys::Event) {
    let Some(button) = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("button").ok().flatten())
    else {
        return;
    };
    if button.has_attribute("data-close") {
        dialog.close();
        return;
    }
    let Some(area) = button
        .get_attribute("data-copy")
        .and_then(|id| find::<HtmlTextAreaElement>(dialog, &format!("#{id}")))
    else {
        return;
    };
    let status = button.next_element_sibling();
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return;
    };
    let promise = clipboard.write_text(&area.value());
    wasm_bindgen_futures::spawn_local(async move {
        let said = match JsFuture::from(promise).await {
            Ok(_) => "Copied.",
            Err(_) => "Could not copy: select the code and copy it yourself.",
        };
        if let Some(status) = status {
            status.set_text_content(Some(said));
        }
    });
}
