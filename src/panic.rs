//! A panic hook that replaces the reader with a readable error and a reload link.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

thread_local! {
    /// Elements the reader is mounted in; a panic replaces their content.
    static ROOTS: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

/// Logs panics to the console and shows them in every mounted reader.
pub fn install(root: &HtmlElement) {
    ROOTS.with_borrow_mut(|roots| roots.push(root.clone()));
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let message = info.to_string();
        ROOTS.with(|roots| {
            if let Ok(roots) = roots.try_borrow() {
                for root in roots.iter() {
                    show_crash(root, &message);
                }
            }
        });
    }));
}

/// Replaces `root`'s content with the crash notice, using DOM text only (never HTML), so
/// it works even when the reactive runtime is unusable. The reload link is a plain link to
/// the current address, so reloading needs no code of ours to run.
pub fn show_crash(root: &HtmlElement, detail: &str) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let Some(section) = element(&document, "section", "sm-error") else {
        return;
    };
    let _ = section.set_attribute("role", "alert");
    let parts = [
        ("h1", "sm-error-title", "Something went wrong in the reader"),
        (
            "p",
            "",
            "The reader stopped because of an internal error. Reloading the page usually helps.",
        ),
        ("pre", "sm-excerpt", detail),
    ];
    for (tag, class, text) in parts {
        if let Some(el) = element(&document, tag, class) {
            el.set_text_content(Some(text));
            let _ = section.append_child(&el);
        }
    }
    let href = document
        .location()
        .and_then(|l| l.href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    if let Some(link) = element(&document, "a", "sm-button") {
        let _ = link.set_attribute("href", &href);
        link.set_text_content(Some("Reload"));
        let _ = section.append_child(&link);
    }
    let wrapper = element(&document, "div", "stancemap");
    if let Some(wrapper) = wrapper {
        let _ = wrapper.append_child(&section);
        root.set_text_content(None);
        let _ = root.append_child(&wrapper);
    }
}

fn element(document: &Document, tag: &str, class: &str) -> Option<HtmlElement> {
    let el = document.create_element(tag).ok()?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    el.dyn_into().ok()
}
