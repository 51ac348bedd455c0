//! The article's text as the author works on it: every accepted entity's mentions marked
//! (the linker's own, so what is marked is what readers get), the suggestion under the cursor
//! outlined wherever it occurs, and the words selected with the keyboard or the mouse.

use std::ops::Range;

use leptos::prelude::*;
use stancemap_core::authoring::words;
use stancemap_core::linker::Linker;
use stancemap_core::{EntityIx, link_article};
use wasm_bindgen::JsCast;

use crate::controller::{Selection, Studio};

/// How a piece of the text is marked.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Marks {
    linked: Option<&'static str>,
    suggested: bool,
    selected: bool,
}

#[component]
pub fn TextPane(studio: Studio) -> impl IntoView {
    let paragraphs = move || {
        let selected = studio.selected();
        studio.with(|d| {
            let article = d.article();
            let links = link_article(article);
            let focus = d.suggestions().get(studio.suggestion.get());
            let suggested = focus.map(|s| {
                Linker::new(s.entity.spellings().map(|sp| (EntityIx::new(0), sp)))
            });
            article
                .body
                .iter()
                .enumerate()
                .map(|(p, text)| {
                    let linked: Vec<(Range<usize>, &'static str)> = links[p]
                        .iter()
                        .map(|s| (s.start..s.end, article.entities[s.entity.get()].kind.as_str()))
                        .collect();
                    let outlined: Vec<Range<usize>> = suggested
                        .as_ref()
                        .map(|l| l.link(text).into_iter().map(|s| s.start..s.end).collect())
                        .unwrap_or_default();
                    let selection = selected.as_ref().filter(|(sp, _)| *sp == p).map(|(_, r)| r.clone());
                    let pieces = pieces(text, &linked, &outlined, selection);
                    view! {
                        <p data-paragraph=p>
                            {pieces
                                .into_iter()
                                .map(|(range, marks)| {
                                    let class = [
                                        marks.linked.map(|k| format!("st-linked sm-kind-{k}")),
                                        marks.suggested.then(|| "st-suggested".to_owned()),
                                        marks.selected.then(|| "st-selected".to_owned()),
                                    ]
                                    .into_iter()
                                    .flatten()
                                    .collect::<Vec<_>>()
                                    .join(" ");
                                    let start = range.start;
                                    view! { <span class=class data-start=start>{text[range].to_owned()}</span> }
                                })
                                .collect_view()}
                        </p>
                    }
                })
                .collect_view()
        })
    };
    let selected_text = move || {
        studio
            .selected()
            .map(|(p, r)| studio.with(|d| d.article().body[p][r].to_owned()))
    };
    view! {
        <section class="st-text-pane" aria-labelledby="st-text-title">
            <h2 id="st-text-title" class="st-section-title">"Text"</h2>
            <p class="st-selection" aria-live="polite">
                {move || match selected_text() {
                    Some(t) => format!("Selected: “{t}”"),
                    None => "Select words with ← → (Shift to extend) or the mouse.".to_owned(),
                }}
            </p>
            <div class="st-text" tabindex="0" role="region" aria-label="The article's text" on:mouseup=move |_| select_from_page(studio)>{paragraphs}</div>
        </section>
    }
}

/// The text cut where any mark starts or ends, each piece with its marks.
fn pieces(
    text: &str,
    linked: &[(Range<usize>, &'static str)],
    outlined: &[Range<usize>],
    selection: Option<Range<usize>>,
) -> Vec<(Range<usize>, Marks)> {
    let mut cuts = vec![0, text.len()];
    for r in linked
        .iter()
        .map(|(r, _)| r)
        .chain(outlined)
        .chain(selection.iter())
    {
        cuts.extend([r.start, r.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let range = w[0]..w[1];
            let inside = |r: &Range<usize>| r.start <= range.start && range.end <= r.end;
            let marks = Marks {
                linked: linked.iter().find(|(r, _)| inside(r)).map(|(_, k)| *k),
                suggested: outlined.iter().any(inside),
                selected: selection.as_ref().is_some_and(inside),
            };
            (range, marks)
        })
        .collect()
}

/// Takes the page's text selection (made with the mouse) as the studio's: the whole words it
/// touches, in one paragraph.
fn select_from_page(studio: Studio) {
    let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else {
        return;
    };
    if selection.is_collapsed() {
        return;
    }
    let place = |node: Option<web_sys::Node>, offset: u32| -> Option<(usize, usize)> {
        let node = node?;
        let span = if node.node_type() == web_sys::Node::TEXT_NODE {
            node.parent_element()?
        } else {
            node.dyn_into().ok()?
        };
        let start: usize = span.get_attribute("data-start")?.parse().ok()?;
        let paragraph: usize = span
            .closest("[data-paragraph]")
            .ok()??
            .get_attribute("data-paragraph")?
            .parse()
            .ok()?;
        let text = span.text_content().unwrap_or_default();
        // The browser counts in UTF-16 units; the text is indexed in bytes.
        let mut units = 0;
        let bytes = text
            .char_indices()
            .find(|(_, c)| {
                let past = units >= offset as usize;
                units += c.len_utf16();
                past
            })
            .map_or(text.len(), |(i, _)| i);
        Some((paragraph, start + bytes))
    };
    let (Some((pa, a)), Some((pb, b))) = (
        place(selection.anchor_node(), selection.anchor_offset()),
        place(selection.focus_node(), selection.focus_offset()),
    ) else {
        return;
    };
    if pa != pb {
        studio.said.set("Select words within one paragraph".into());
        return;
    }
    let (from, to) = (a.min(b), a.max(b));
    let ws = studio.with_untracked(|d| words(&d.article().body[pa]));
    let first = ws.iter().position(|w| w.end > from);
    let last = ws.iter().rposition(|w| w.start < to);
    if let (Some(first), Some(last)) = (first, last)
        && first <= last
    {
        studio.selection.set(Some(Selection {
            paragraph: pa,
            anchor: first,
            head: last,
        }));
        let _ = selection.remove_all_ranges();
    }
}
