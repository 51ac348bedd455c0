//! Placing the open card beside its mention: the mention's line boxes and the card's size,
//! measured, given to the pure `place`.

use leptos::prelude::*;
use web_sys::Element;

use super::Cards;
use crate::core::card::Layout;
use crate::core::placement::{Rect, place};

impl Cards {
    /// Recomputes the card position from the mention's line boxes and the card's size; nothing
    /// once the view is gone (a frame requested before it went runs after).
    pub fn reposition(&self) {
        let Some(Some(open)) = self.open.try_get_untracked() else {
            return;
        };
        if open.layout == Layout::Sheet {
            return;
        }
        let (Some(anchor), Some(card)) = (
            self.mention_element(open.mention),
            self.card.get_untracked(),
        ) else {
            return;
        };
        let whole = to_rect(&anchor.get_bounding_client_rect());
        let line = line_under(&anchor, self.pointer_y.get_value()).unwrap_or(whole);
        let size = card.get_bounding_client_rect();
        let (width, height) = viewport();
        let next = place(line, whole, size.width(), size.height(), width, height);
        if self.placement.get_untracked() != Some(next) {
            self.placement.set(Some(next));
        }
    }
}

/// The usable viewport's width and height: the window's, less its scrollbars.
fn viewport() -> (f64, f64) {
    let window = window();
    let width = window
        .inner_width()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    let height = window
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(768.0);
    let doc = document().document_element();
    let width = doc
        .as_ref()
        .map_or(width, |d| f64::from(d.client_width()).min(width));
    let height = doc
        .as_ref()
        .map_or(height, |d| f64::from(d.client_height()).min(height));
    (width, height)
}

/// The line box of `anchor` that holds `y` (the pointer), else its first line box.
fn line_under(anchor: &Element, y: Option<f64>) -> Option<Rect> {
    let rects = anchor.get_client_rects();
    let lines: Vec<Rect> = (0..rects.length())
        .filter_map(|i| rects.get(i))
        .map(|r| to_rect(&r))
        .filter(|r| r.width > 0.0)
        .collect();
    let under = y.and_then(|y| lines.iter().find(|r| r.top <= y && y <= r.bottom()));
    under.or(lines.first()).copied()
}

fn to_rect(r: &web_sys::DomRect) -> Rect {
    Rect {
        left: r.left(),
        top: r.top(),
        width: r.width(),
        height: r.height(),
    }
}
