//! Where a popup card goes: beside its anchor, flipped and shifted to stay inside the viewport.

/// A rectangle in viewport coordinates (CSS pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Distance of the left edge from the viewport's.
    pub left: f64,
    /// Distance of the top edge from the viewport's.
    pub top: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    /// The right edge.
    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    /// The bottom edge.
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// Which side of the anchor the card sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Under the anchor (where it fits).
    Below,
    /// Over the anchor.
    Above,
}

/// The computed position: top-left corner, side, and the height available to the card
/// (it scrolls inside when its content is taller).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The card's left edge, in viewport coordinates.
    pub left: f64,
    /// The card's top edge, in viewport coordinates.
    pub top: f64,
    /// Which side of the anchor it is on.
    pub side: Side,
    /// The most height the card may take before it scrolls.
    pub max_height: f64,
}

/// Space kept between anchor and card.
pub const GAP: f64 = 8.0;
/// Space kept between card and viewport edge.
pub const MARGIN: f64 = 8.0;

/// Places a `card_width` × `card_height` card for an anchor inside a `viewport_width` ×
/// `viewport_height` viewport. `line` is the line box of the anchor under the pointer (a
/// mention can wrap over lines) and sets the horizontal centre; `whole` is the anchor's
/// bounding box, which the card never overlaps: it goes below it, or above when there is
/// more room there, shifted sideways to stay in view.
///
/// ```
/// use stancemap_core::placement::{Rect, Side, place};
/// let mention = Rect { left: 100.0, top: 100.0, width: 60.0, height: 20.0 };
/// let card = place(mention, mention, 300.0, 200.0, 1024.0, 768.0);
/// assert_eq!(card.side, Side::Below);
/// assert!(card.top >= mention.bottom());
/// // Near the bottom of the window it goes above, never over the mention.
/// let low = Rect { top: 700.0, ..mention };
/// let card = place(low, low, 300.0, 200.0, 1024.0, 768.0);
/// assert_eq!(card.side, Side::Above);
/// assert!(card.top + 200.0 <= low.top);
/// ```
pub fn place(
    line: Rect,
    whole: Rect,
    card_width: f64,
    card_height: f64,
    viewport_width: f64,
    viewport_height: f64,
) -> Placement {
    let centre = line.left + line.width / 2.0;
    let max_left = (viewport_width - MARGIN - card_width).max(MARGIN);
    // Not `clamp`: its check that the bounds are in order formats floats when it fails, which
    // brings float formatting into the wasm; `max_left` is at least `MARGIN` anyway.
    let left = (centre - card_width / 2.0).max(MARGIN).min(max_left);

    let room_below = viewport_height - MARGIN - (whole.bottom() + GAP);
    let room_above = whole.top - GAP - MARGIN;
    let side = if card_height <= room_below || room_below >= room_above {
        Side::Below
    } else {
        Side::Above
    };
    let (top, max_height) = match side {
        Side::Below => (whole.bottom() + GAP, room_below.max(0.0)),
        Side::Above => {
            let height = card_height.min(room_above.max(0.0));
            (whole.top - GAP - height, room_above.max(0.0))
        }
    };
    Placement {
        left,
        top,
        side,
        max_height,
    }
}
