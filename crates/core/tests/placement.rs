//! Card placement: beside the anchor, flipped and shifted into the viewport, never over the anchor.

use stancemap_core::placement::{GAP, MARGIN, Rect, Side, place};

fn rect(left: f64, top: f64, width: f64, height: f64) -> Rect {
    Rect {
        left,
        top,
        width,
        height,
    }
}

const VW: f64 = 1280.0;
const VH: f64 = 800.0;

#[test]
fn below_and_centred_when_there_is_room() {
    let m = rect(500.0, 100.0, 80.0, 20.0);
    let p = place(m, m, 320.0, 200.0, VW, VH);
    assert_eq!(p.side, Side::Below);
    assert_eq!(p.top, 120.0 + GAP);
    assert_eq!(p.left, 540.0 - 160.0);
}

#[test]
fn flips_above_near_the_bottom() {
    let m = rect(500.0, 700.0, 80.0, 20.0);
    let p = place(m, m, 320.0, 200.0, VW, VH);
    assert_eq!(p.side, Side::Above);
    assert_eq!(p.top + 200.0, 700.0 - GAP);
}

#[test]
fn shifts_inside_at_the_right_and_left_edges() {
    let right = rect(1250.0, 100.0, 25.0, 20.0);
    assert_eq!(
        place(right, right, 320.0, 200.0, VW, VH).left,
        VW - MARGIN - 320.0
    );
    let left = rect(2.0, 100.0, 25.0, 20.0);
    assert_eq!(place(left, left, 320.0, 200.0, VW, VH).left, MARGIN);
}

#[test]
fn wrapped_mention_centres_on_the_hovered_line_but_clears_both_lines() {
    let first_line = rect(1000.0, 100.0, 200.0, 20.0);
    let whole = rect(100.0, 100.0, 1100.0, 44.0);
    let p = place(first_line, whole, 320.0, 200.0, VW, VH);
    assert_eq!(p.left, 1100.0 - 160.0);
    assert!(
        p.top >= whole.bottom(),
        "card must not cover the second line"
    );
}

#[test]
fn tall_card_takes_the_roomier_side_and_scrolls() {
    let m = rect(500.0, 300.0, 80.0, 20.0);
    let p = place(m, m, 320.0, 900.0, VW, VH);
    assert_eq!(p.side, Side::Below);
    assert_eq!(p.max_height, VH - MARGIN - (320.0 + GAP));
    let m = rect(500.0, 600.0, 80.0, 20.0);
    let p = place(m, m, 320.0, 900.0, VW, VH);
    assert_eq!(p.side, Side::Above);
    assert_eq!(p.top, MARGIN);
    assert_eq!(p.top + p.max_height, 600.0 - GAP);
}

#[test]
fn never_overlaps_the_anchor_for_any_position() {
    for top in (0..800).step_by(37) {
        for left in (0..1280).step_by(53) {
            let m = rect(left as f64, top as f64, 60.0, 20.0);
            let p = place(m, m, 320.0, 240.0, VW, VH);
            let height = 240.0_f64.min(p.max_height);
            let card = rect(p.left, p.top, 320.0, height);
            let overlaps_vertically = card.top < m.bottom() && m.top < card.bottom();
            assert!(!overlaps_vertically, "card {card:?} covers mention {m:?}");
            assert!(card.left >= MARGIN && card.right() <= VW - MARGIN + 0.001);
        }
    }
}
