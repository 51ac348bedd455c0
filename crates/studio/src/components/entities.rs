//! The article as it stands: its entities (kind, card, removal), the order of its parties
//! (the matrix's rows) and topics (its columns), its stances and explicit mentions.

use leptos::prelude::*;
use stancemap_core::authoring::Direction;
use stancemap_core::{Entity, EntityIx, EntityKind, PartyIx, StanceIx, TopicIx};

use super::review::kind_named;
use crate::controller::Studio;

#[component]
pub fn ArticlePanel(studio: Studio) -> impl IntoView {
    let entities = move || {
        studio.with(|d| {
            d.article()
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| view! { <EntityRow studio ix=EntityIx::new(i) entity=e.clone() /> })
                .collect_view()
        })
    };
    let mover = |label: String,
                 earlier: Box<dyn Fn() + Send + Sync>,
                 later: Box<dyn Fn() + Send + Sync>,
                 first: bool,
                 last: bool| {
        view! {
            <span class="st-row-actions">
                <button type="button" aria-label=format!("Move {label} up") disabled=first on:click=move |_| earlier()>"↑"</button>
                <button type="button" aria-label=format!("Move {label} down") disabled=last on:click=move |_| later()>"↓"</button>
            </span>
        }
    };
    let parties = move || {
        studio.with(|d| {
            let a = d.article();
            let n = a.parties.len();
            a.parties
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let name = a.entity(id).map_or_else(|| id.clone(), |e| e.name.clone());
                    let ix = PartyIx::new(i);
                    view! {
                        <li id=format!("st-party-{i}") tabindex="-1">
                            <span class="st-name">{name.clone()}</span>
                            {mover(
                                name,
                                Box::new(move || studio.edit("Moved up", |d| d.move_party(ix, Direction::Earlier))),
                                Box::new(move || studio.edit("Moved down", |d| d.move_party(ix, Direction::Later))),
                                i == 0,
                                i + 1 == n,
                            )}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let topics = move || {
        studio.with(|d| {
            let a = d.article();
            let n = a.topics.len();
            a.topics
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let ix = TopicIx::new(i);
                    view! {
                        <li id=format!("st-topic-{i}") tabindex="-1">
                            <span class="st-name">{t.label.clone()}</span>
                            {mover(
                                t.label.clone(),
                                Box::new(move || studio.edit("Moved left", |d| d.move_topic(ix, Direction::Earlier))),
                                Box::new(move || studio.edit("Moved right", |d| d.move_topic(ix, Direction::Later))),
                                i == 0,
                                i + 1 == n,
                            )}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let stances = move || {
        studio.with(|d| {
            let a = d.article();
            a.stances
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let party = a.entity(&s.party).map_or_else(|| s.party.clone(), |e| e.name.clone());
                    let topic = a.topic(&s.topic).map_or_else(|| s.topic.clone(), |t| t.label.clone());
                    let ix = StanceIx::new(i);
                    view! {
                        <li id=format!("st-stance-{i}") tabindex="-1">
                            <span class="st-count">{format!("{party} {} {topic}", s.stance.label())}</span>
                            <span class="st-quote">{format!("“{}”", s.quote)}</span>
                            <span class="st-row-actions">
                                <button type="button" aria-label=format!("Remove the stance “{}”", s.quote) on:click=move |_| studio.edit("Removed the stance", |d| d.remove_stance(ix))>"Remove"</button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let mentions = move || {
        studio.with(|d| {
            let a = d.article();
            a.mentions
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let entity = a.entity(&m.entity).map_or_else(|| m.entity.clone(), |e| e.name.clone());
                    view! {
                        <li id=format!("st-mention-{i}") tabindex="-1">
                            <span class="st-name">{format!("“{}” → {entity}", m.quote)}</span>
                            <span class="st-row-actions">
                                <button type="button" aria-label=format!("Remove the mention “{}”", m.quote) on:click=move |_| studio.edit("Removed the mention", |d| d.remove_mention(i))>"Remove"</button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let new_topic = RwSignal::new(String::new());
    view! {
        <section class="st-article" aria-labelledby="st-entities-title">
            <h2 id="st-entities-title" class="st-section-title">"Entities"</h2>
            <ul class="st-list">{entities}</ul>
            <h2 class="st-section-title">"Parties: the matrix's rows"</h2>
            <ol class="st-list">{parties}</ol>
            <h2 class="st-section-title">"Topics: the matrix's columns"</h2>
            <ol class="st-list">{topics}</ol>
            <form class="st-inline-form" on:submit=move |ev| {
                ev.prevent_default();
                let label = new_topic.get_untracked();
                if !label.trim().is_empty() {
                    studio.edit(format!("Added the topic {label}"), |d| d.add_topic(&label));
                    new_topic.set(String::new());
                }
            }>
                <label for="st-add-topic">"New topic"</label>
                <input id="st-add-topic" type="text" prop:value=move || new_topic.get() on:input=move |ev| new_topic.set(event_target_value(&ev)) />
                <button type="submit">"Add topic"</button>
            </form>
            <h2 class="st-section-title">"Stances"</h2>
            <ol class="st-list">{stances}</ol>
            <h2 class="st-section-title">"Explicit mentions"</h2>
            <ul class="st-list">{mentions}</ul>
        </section>
    }
}

/// One entity: its name and kind, its card's fields to edit, and removal.
#[component]
fn EntityRow(studio: Studio, ix: EntityIx, entity: Entity) -> impl IntoView {
    let i = ix.get();
    let field = |value: Option<&String>| RwSignal::new(value.cloned().unwrap_or_default());
    let name = RwSignal::new(entity.name.clone());
    let aliases = RwSignal::new(entity.aliases.join("; "));
    let (role, summary, link) = (
        field(entity.role.as_ref()),
        field(entity.summary.as_ref()),
        field(entity.link.as_ref()),
    );
    let party = field(entity.party.as_ref());
    let parties: Vec<(String, String)> = studio.with_untracked(|d| {
        d.article()
            .entities
            .iter()
            .filter(|e| {
                matches!(e.kind, EntityKind::Country | EntityKind::Organization)
                    && e.id != entity.id
            })
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect()
    });
    let id = entity.id.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = |s: RwSignal<String>| {
            Some(s.get_untracked().trim().to_owned()).filter(|v| !v.is_empty())
        };
        let card = Entity {
            id: id.clone(),
            name: name.get_untracked().trim().to_owned(),
            kind: EntityKind::Other,
            aliases: aliases
                .get_untracked()
                .split(';')
                .map(|a| a.trim().to_owned())
                .filter(|a| !a.is_empty())
                .collect(),
            role: text(role),
            party: text(party),
            summary: text(summary),
            link: text(link),
        };
        studio.edit("Saved the card", |d| d.update_entity(ix, card));
    };
    let input = move |label: &'static str, what: &'static str, value: RwSignal<String>| {
        let id = format!("st-entity-{i}-{what}");
        view! {
            <label for=id.clone()>{label}</label>
            <input id=id type="text" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        }
    };
    view! {
        <li id=format!("st-entity-{i}") tabindex="-1">
            <span class="st-name">{entity.name.clone()}</span>
            <label class="sm-visually-hidden" for=format!("st-entity-kind-{i}")>{format!("Kind of {}", entity.name)}</label>
            <select id=format!("st-entity-kind-{i}") on:change=move |ev| {
                if let Some(kind) = kind_named(&event_target_value(&ev)) {
                    studio.edit(format!("Kind: {}", kind.label()), |d| d.set_entity_kind(ix, kind));
                }
            }>
                {EntityKind::ALL.map(|k| view! { <option value=k.as_str() selected=k == entity.kind>{k.label()}</option> })}
            </select>
            <button type="button" aria-label=format!("Remove {}", entity.name) on:click=move |_| studio.edit("Removed the entity", |d| d.remove_entity(ix))>"Remove"</button>
            <details class="st-card-editor">
                <summary>{format!("Card of {}", entity.name)}</summary>
                <form on:submit=save>
                    {input("Name", "name", name)}
                    {input("Other spellings (separated by ;)", "aliases", aliases)}
                    {input("Role", "role", role)}
                    <label for=format!("st-entity-{i}-party")>"Speaks for"</label>
                    <select id=format!("st-entity-{i}-party") on:change=move |ev| party.set(event_target_value(&ev))>
                        <option value="" selected=entity.party.is_none()>"No one"</option>
                        {parties.into_iter().map(|(pid, pname)| {
                            let selected = entity.party.as_deref() == Some(pid.as_str());
                            view! { <option value=pid selected=selected>{pname}</option> }
                        }).collect_view()}
                    </select>
                    {input("Summary", "summary", summary)}
                    {input("Link (http or https)", "link", link)}
                    <button type="submit">"Save card"</button>
                </form>
            </details>
        </li>
    }
}
