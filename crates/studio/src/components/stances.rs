//! Stances: the sentences whose cues state one, to review; and the form that makes a stance of
//! the selected quote, with its party, topic (the article's, the library's, or new), position
//! and speaker, guessed from the sentence where the text allows.

use std::ops::Range;

use leptos::html::Select;
use leptos::prelude::*;
use stancemap_core::authoring::{NewStance, TopicChoice, overlaps};
use stancemap_core::{EntityIx, EntityKind, StanceKind, TopicIx};

use super::editor::Ui;
use crate::controller::Studio;

const KINDS: [StanceKind; 5] = [
    StanceKind::Accepts,
    StanceKind::Rejects,
    StanceKind::Demands,
    StanceKind::Conditional,
    StanceKind::Unclear,
];

/// A stance being made from a selected quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceForm {
    paragraph: usize,
    range: Range<usize>,
    quote: String,
    party: Option<usize>,
    stance: StanceKind,
    speaker: Option<usize>,
}

impl StanceForm {
    /// A form for the selected words, with the guesses of the stance sentence they are in.
    pub fn for_selection(studio: Studio) -> Option<StanceForm> {
        let (paragraph, range) = studio.selected()?;
        studio.with_untracked(|d| {
            let article = d.article();
            let quote = article.body[paragraph][range.clone()].to_owned();
            let sentence = d
                .sentences()
                .iter()
                .find(|s| overlaps(s, paragraph, &range));
            let index = |id: &Option<String>| {
                id.as_ref()
                    .and_then(|id| article.entities.iter().position(|e| &e.id == id))
            };
            Some(StanceForm {
                paragraph,
                range,
                quote,
                party: sentence.and_then(|s| index(&s.party)),
                stance: sentence.map_or(StanceKind::Unclear, |s| s.stance),
                speaker: sentence.and_then(|s| index(&s.speaker)),
            })
        })
    }
}

#[component]
pub fn StancesPanel(studio: Studio, ui: Ui) -> impl IntoView {
    let sentences = move || {
        let cursor = studio.sentence.get();
        studio.with(|d| {
            d.sentences()
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let current = i == cursor;
                    let party = s.party.as_deref().and_then(|p| d.article().entity(p)).map(|e| e.name.clone());
                    let (paragraph, range) = (s.paragraph, s.start..s.start + s.quote.len());
                    view! {
                        <li class="st-suggestion" class:st-current=current aria-current=current.then_some("true") id=format!("st-sentence-{i}")>
                            <span class="st-quote">{s.quote.clone()}</span>
                            <span class="st-count">{format!(
                                "“{}”: {}{}",
                                s.cue,
                                s.stance.label(),
                                party.map(|p| format!(", by {p}?")).unwrap_or_default()
                            )}</span>
                            <span class="st-row-actions">
                                <button type="button" on:click=move |_| {
                                    studio.sentence.set(i);
                                    studio.select_range(paragraph, range.clone());
                                    ui.stance.set(StanceForm::for_selection(studio));
                                }>"Make a stance…"</button>
                                <button type="button" on:click=move |_| studio.edit("Dismissed", |d| d.dismiss_sentence(stancemap_core::SentenceIx::new(i)))>"Dismiss"</button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let form = move || {
        ui.stance
            .get()
            .map(|form| view! { <StanceFormView studio ui form /> })
    };
    view! {
        <section class="st-stances" aria-labelledby="st-stances-title">
            {form}
            <h2 id="st-stances-title" class="st-section-title">
                {move || format!("Phrases that may state a stance ({})", studio.with(|d| d.sentences().len()))}
            </h2>
            <p class="st-hint">"↑ ↓ to move, Enter selects the phrase in the text; move its start with { } or [ ], its end with < > or Shift + ← →, then press s. x dismisses it."</p>
            <ol class="st-list">{sentences}</ol>
        </section>
    }
}

#[component]
fn StanceFormView(studio: Studio, ui: Ui, form: StanceForm) -> impl IntoView {
    let first = NodeRef::<Select>::new();
    Effect::new(move |_| {
        if let Some(select) = first.get() {
            let _ = select.focus();
        }
    });
    let party = RwSignal::new(form.party.map(|p| p.to_string()).unwrap_or_default());
    let topic = RwSignal::new(String::new());
    let new_topic = RwSignal::new(String::new());
    let stance = RwSignal::new(form.stance.label().to_owned());
    let speaker = RwSignal::new(form.speaker.map(|p| p.to_string()).unwrap_or_default());
    let problem = RwSignal::new(None::<String>);
    let stored = StoredValue::new(form.clone());
    let close = move || {
        ui.stance.set(None);
        super::focus_editor();
    };
    let save = move || {
        let form = stored.get_value();
        let Some(party) = party.get_untracked().parse().ok().map(EntityIx::new) else {
            problem.set(Some("Choose the party that takes the position.".into()));
            return;
        };
        let topic_value = topic.get_untracked();
        let choice = if let Some(i) = topic_value.strip_prefix("t:").and_then(|i| i.parse().ok()) {
            TopicChoice::Existing(TopicIx::new(i))
        } else if let Some(i) = topic_value.strip_prefix("k:").and_then(|i| i.parse().ok()) {
            TopicChoice::Known(i)
        } else if !new_topic.get_untracked().trim().is_empty() {
            TopicChoice::New(new_topic.get_untracked())
        } else {
            problem.set(Some("Choose a topic, or name a new one.".into()));
            return;
        };
        let kind = KINDS
            .into_iter()
            .find(|k| k.label() == stance.get_untracked())
            .unwrap_or(StanceKind::Unclear);
        let new = NewStance {
            paragraph: form.paragraph,
            range: form.range,
            party,
            topic: choice,
            stance: kind,
            speaker: speaker.get_untracked().parse().ok().map(EntityIx::new),
        };
        match studio.edit("Added the stance", |d| d.add_stance(new)) {
            // The selection stays on the quote: the next one is often just after it.
            Ok(_) => close(),
            Err(refusal) => problem.set(Some(super::refusal_text(&refusal))),
        }
    };
    let (parties, people, topics, known) = studio.with_untracked(|d| {
        let a = d.article();
        let parties: Vec<(usize, String)> = a
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                matches!(e.kind, EntityKind::Country | EntityKind::Organization)
                    || a.parties.contains(&e.id)
            })
            .map(|(i, e)| (i, e.name.clone()))
            .collect();
        let people: Vec<(usize, String)> = a
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .map(|(i, e)| (i, e.name.clone()))
            .collect();
        let topics: Vec<String> = a.topics.iter().map(|t| t.label.clone()).collect();
        let known: Vec<String> = d.known_topics().iter().map(|t| t.label.clone()).collect();
        (parties, people, topics, known)
    });
    let default_topic = if !topics.is_empty() {
        "t:0".to_owned()
    } else if !known.is_empty() {
        "k:0".to_owned()
    } else {
        "new".to_owned()
    };
    topic.set(default_topic);
    let option = move |value: String, label: String, current: RwSignal<String>| {
        let selected = current.get_untracked() == value;
        view! { <option value=value selected=selected>{label}</option> }
    };
    view! {
        <form
            class="st-stance-form"
            aria-label="New stance"
            on:submit=move |ev| {
                ev.prevent_default();
                save();
            }
            on:keydown=move |ev| match ev.key().as_str() {
                "Escape" => {
                    ev.prevent_default();
                    close();
                }
                "Enter" if ev.target().is_some_and(|t| wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlSelectElement>(&t).is_some()) => {
                    ev.prevent_default();
                    save();
                }
                _ => {}
            }
        >
            <h2 class="st-section-title">"New stance"</h2>
            <blockquote class="st-quote">{form.quote.clone()}</blockquote>
            <label for="st-topic">"Topic"</label>
            <select id="st-topic" node_ref=first on:change=move |ev| topic.set(event_target_value(&ev))>
                {topics.into_iter().enumerate().map(|(i, label)| option(format!("t:{i}"), label, topic)).collect_view()}
                {known.into_iter().enumerate().map(|(i, label)| option(format!("k:{i}"), format!("{label} (from your library)"), topic)).collect_view()}
                {option("new".into(), "New topic…".into(), topic)}
            </select>
            {move || (topic.get() == "new").then(|| view! {
                <label for="st-new-topic">"New topic's label"</label>
                <input id="st-new-topic" type="text" prop:value=move || new_topic.get() on:input=move |ev| new_topic.set(event_target_value(&ev)) />
            })}
            <label for="st-party">"Party"</label>
            <select id="st-party" on:change=move |ev| party.set(event_target_value(&ev))>
                {option(String::new(), "Choose…".into(), party)}
                {parties.into_iter().map(|(i, name)| option(i.to_string(), name, party)).collect_view()}
            </select>
            <label for="st-position">"Position"</label>
            <select id="st-position" on:change=move |ev| stance.set(event_target_value(&ev))>
                {KINDS.map(|k| option(k.label().to_owned(), k.label().to_owned(), stance))}
            </select>
            <label for="st-speaker">"Said by"</label>
            <select id="st-speaker" on:change=move |ev| speaker.set(event_target_value(&ev))>
                {option(String::new(), "No one named".into(), speaker)}
                {people.into_iter().map(|(i, name)| option(i.to_string(), name, speaker)).collect_view()}
            </select>
            {move || problem.get().map(|p| view! { <p class="st-problem" role="alert">{p}</p> })}
            <div class="st-form-actions">
                <button type="submit" class="st-primary">"Add stance"</button>
                <button type="button" on:click=move |_| close()>"Cancel"</button>
            </div>
        </form>
    }
}
