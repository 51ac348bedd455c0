//! The editor: the bar, the text with its selection, the panels (review, stances, the
//! article's entities and order, details, problems) and the live preview; and the keyboard,
//! dispatched from here to the controller.

use leptos::html::Div;
use leptos::prelude::*;
use stancemap_core::{EntityIx, EntityKind, SentenceIx, SuggestionIx};
use wasm_bindgen::JsCast;

use super::details::DetailsPanel;
use super::entities::ArticlePanel;
use super::header::Header;
use super::picker::{Pick, Picker};
use super::preview::Preview;
use super::problems::ProblemsPanel;
use super::review::ReviewPanel;
use super::stances::{StanceForm, StancesPanel};
use super::text_pane::TextPane;
use crate::controller::{End, Extend, Studio};
use crate::keys::{Command, HELP, Key, command};

/// The editor's panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Review,
    Stances,
    Article,
    Details,
    Problems,
}

impl Panel {
    const ALL: [Panel; 5] = [
        Panel::Review,
        Panel::Stances,
        Panel::Article,
        Panel::Details,
        Panel::Problems,
    ];

    fn label(self) -> &'static str {
        match self {
            Panel::Review => "Review",
            Panel::Stances => "Stances",
            Panel::Article => "Entities & order",
            Panel::Details => "Details",
            Panel::Problems => "Problems",
        }
    }
}

/// What the editor's views share besides the studio: the panel shown, an open picker or
/// stance form, and the entity the kind keys set when it is not a suggestion.
#[derive(Clone, Copy)]
pub struct Ui {
    pub panel: RwSignal<Panel>,
    pub pick: RwSignal<Option<Pick>>,
    pub stance: RwSignal<Option<StanceForm>>,
    pub kind_of: RwSignal<Option<EntityIx>>,
}

#[component]
pub fn Editor(studio: Studio) -> impl IntoView {
    let ui = Ui {
        panel: RwSignal::new(Panel::Review),
        pick: RwSignal::new(None),
        stance: RwSignal::new(None),
        kind_of: RwSignal::new(None),
    };
    let root = NodeRef::<Div>::new();
    // Keys work at once, without a click first.
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            let _ = root.focus();
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = Key {
            key: &ev.key(),
            ctrl: ev.ctrl_key() || ev.meta_key(),
            shift: ev.shift_key(),
            alt: ev.alt_key(),
        };
        let Some(command) = command(key) else { return };
        // In a form field keys are text, but the panels' shortcuts still switch panels.
        if in_field(&ev) && !matches!(command, Command::Panel(_)) {
            return;
        }
        let on_control = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A"));
        if on_control && ev.key() == "Enter" {
            return;
        }
        ev.prevent_default();
        run(studio, ui, command);
    };
    let problems = move || studio.with(|d| d.problems().len());
    let tab = move |panel: Panel| {
        view! {
            <button
                type="button"
                class="st-tab"
                aria-pressed=move || (ui.panel.get() == panel).to_string()
                on:click=move |_| ui.panel.set(panel)
            >
                {panel.label()}
                {(panel == Panel::Problems).then(|| view! { " (" {problems} ")" })}
            </button>
        }
    };
    let shown = move || match ui.panel.get() {
        Panel::Review => view! { <ReviewPanel studio ui /> }.into_any(),
        Panel::Stances => view! { <StancesPanel studio ui /> }.into_any(),
        Panel::Article => view! { <ArticlePanel studio /> }.into_any(),
        Panel::Details => view! { <DetailsPanel studio /> }.into_any(),
        Panel::Problems => view! { <ProblemsPanel studio ui /> }.into_any(),
    };
    view! {
        <div class="st-editor" tabindex="-1" node_ref=root on:keydown=on_key aria-describedby="st-keys-help">
            <Header studio />
            <p class="st-local">"Nothing you do here leaves this device: the draft is saved in this browser as you work."</p>
            <div class="st-columns">
                <section class="st-work" aria-label="Editor">
                    <TextPane studio />
                    <Picker studio ui />
                    <div class="st-tabs" role="group" aria-label="Panels">
                        {Panel::ALL.map(tab)}
                    </div>
                    <div class="st-panel">{shown}</div>
                    <details class="st-help">
                        <summary>"Keyboard"</summary>
                        <dl id="st-keys-help">
                            {HELP.iter().map(|(keys, what)| view! { <dt>{*keys}</dt><dd>{*what}</dd> }).collect_view()}
                        </dl>
                    </details>
                </section>
                <Preview studio />
            </div>
            <p class="sm-visually-hidden" aria-live="polite">{move || studio.said.get()}</p>
        </div>
    }
}

/// Whether the key was typed into a form field, where it is text, not a command.
fn in_field(ev: &leptos::ev::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("dialog, form").ok().flatten().is_some()
        })
}

/// Does what `command` says, where the keyboard is.
fn run(studio: Studio, ui: Ui, command: Command) {
    let panel = ui.panel.get_untracked();
    match command {
        Command::Panel(n) => {
            if let Some(&panel) = Panel::ALL.get(n) {
                ui.panel.set(panel);
                studio.said.set(format!("{} panel", panel.label()));
            }
        }
        Command::Undo => studio.undo(),
        Command::Redo => studio.redo(),
        Command::WordRight => studio.step(1, Extend::No),
        Command::WordLeft => studio.step(-1, Extend::No),
        Command::EndRight => studio.step(1, Extend::Yes),
        Command::EndLeft => studio.step(-1, Extend::Yes),
        Command::StartJump(by) => studio.jump(End::First, by),
        Command::EndJump(by) => studio.jump(End::Last, by),
        Command::StartLeft => studio.step_start(-1),
        Command::StartRight => studio.step_start(1),
        Command::MakeEntity => make_entity(studio, ui),
        Command::MakeMention => {
            if let Some((paragraph, range)) = studio.selected() {
                ui.pick.set(Some(Pick::Mention { paragraph, range }));
            }
        }
        Command::MakeStance => {
            if let Some(form) = StanceForm::for_selection(studio) {
                ui.panel.set(Panel::Stances);
                ui.stance.set(Some(form));
            }
        }
        Command::Next | Command::Previous => {
            let by = if command == Command::Next { 1 } else { -1 };
            ui.kind_of.set(None);
            let (cursor, len) = match panel {
                Panel::Stances => (
                    studio.sentence,
                    studio.with_untracked(|d| d.sentences().len()),
                ),
                _ => (
                    studio.suggestion,
                    studio.with_untracked(|d| d.suggestions().len()),
                ),
            };
            cursor.update(|i| {
                *i = (*i as isize + by).clamp(0, len.saturating_sub(1) as isize) as usize
            });
        }
        Command::Accept if panel == Panel::Stances => {
            let i = studio.sentence.get_untracked();
            let sentence = studio.with_untracked(|d| d.sentences().get(i).cloned());
            if let Some(s) = sentence {
                studio.select_range(s.paragraph, s.start..s.start + s.quote.len());
                studio.said.set(format!(
                    "Selected: {}. Move its start with {{ }} or [ ], its end with < > or Shift + arrows, then press s.",
                    s.quote
                ));
            }
        }
        Command::Reject if panel == Panel::Stances => {
            let i = SentenceIx::new(studio.sentence.get_untracked());
            studio.edit("Dismissed the sentence", |d| d.dismiss_sentence(i));
        }
        Command::Accept => accept(studio),
        Command::Reject => {
            let i = studio.suggestion.get_untracked();
            let name =
                studio.with_untracked(|d| d.suggestions().get(i).map(|s| s.entity.name.clone()));
            match name {
                Some(name) => studio.edit(format!("Rejected {name}"), |d| {
                    d.reject(SuggestionIx::new(i))
                }),
                None => {
                    let first =
                        studio.with_untracked(|d| d.suggested_mentions().next().map(|(i, _)| i));
                    if let Some(m) = first {
                        studio.edit("Dismissed the mention", |d| d.dismiss_mention(m));
                    }
                }
            }
        }
        Command::Kind(kind) => set_kind(studio, ui, kind),
        Command::Merge => {
            let i = studio.suggestion.get_untracked();
            if studio
                .with_untracked(|d| i < d.suggestions().len() && !d.article().entities.is_empty())
            {
                ui.pick.set(Some(Pick::Merge(SuggestionIx::new(i))));
            }
        }
    }
}

/// Accepts the suggestion under the cursor, or, when none are left, the first suggested
/// mention.
fn accept(studio: Studio) {
    let i = studio.suggestion.get_untracked();
    let name = studio.with_untracked(|d| d.suggestions().get(i).map(|s| s.entity.name.clone()));
    if let Some(name) = name {
        studio.edit(format!("Accepted {name}"), |d| {
            d.accept(SuggestionIx::new(i))
        });
        return;
    }
    let first = studio.with_untracked(|d| {
        d.suggested_mentions()
            .next()
            .map(|(i, m)| (i, m.quote.clone()))
    });
    if let Some((m, quote)) = first {
        studio.edit(format!("Linked “{quote}”"), |d| d.accept_mention(m));
    }
}

fn make_entity(studio: Studio, ui: Ui) {
    let Some((paragraph, range)) = studio.selected() else {
        return;
    };
    let made = studio.edit("", |d| {
        d.entity_from_text(paragraph, range, EntityKind::Other)
    });
    match made {
        Ok(e) => {
            ui.kind_of.set(Some(e));
            let name = studio.with_untracked(|d| d.article().entities[e.get()].name.clone());
            studio.said.set(format!(
                "Made {name} an entity; press 1 to 8 to set its kind"
            ));
        }
        Err(refusal) => studio.said.set(super::refusal_text(&refusal)),
    }
}

fn set_kind(studio: Studio, ui: Ui, kind: EntityKind) {
    if let Some(e) = ui.kind_of.get_untracked() {
        studio.edit(format!("Kind: {}", kind.label()), |d| {
            d.set_entity_kind(e, kind)
        });
        return;
    }
    let i = SuggestionIx::new(studio.suggestion.get_untracked());
    studio.edit(format!("Kind: {}", kind.label()), |d| {
        d.set_suggestion_kind(i, kind)
    });
}
