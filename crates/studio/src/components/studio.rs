//! The studio's root: what the address asks for — a draft on this device (`&draft=`), an
//! article to edit (`&src=`), or a new one — loaded with the library it can draw on.

use std::sync::OnceLock;

use leptos::either::EitherOf4;
use leptos::prelude::*;
use stancemap::ReaderRoot;
use stancemap::components::edit_link::HANDOVER_KEY;
use stancemap::web::http::{self, Source, fetch_article, fetch_library, resolve};
use stancemap::web::service_worker::{Updates, keep_studio};
use stancemap::web::trust;
use stancemap_core::authoring::{Draft, Known};
use stancemap_core::suggest::gazetteer::Gazetteer;
use stancemap_core::{Entity, Topic, parse_article};
use wasm_bindgen::JsValue;

use super::editor::Editor;
use super::start::Start;
use crate::controller::Studio as State;
use crate::drafts;

/// The built-in gazetteer, read once.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(Gazetteer::builtin)
}

/// The library's entities and topics, for suggestions.
#[derive(Clone, Default)]
pub struct Library {
    pub entities: Vec<Entity>,
    pub topics: Vec<Topic>,
}

impl Library {
    pub fn known(&self) -> Known<'_> {
        Known {
            entities: &self.entities,
            topics: &self.topics,
        }
    }
}

/// What the studio shows.
#[derive(Clone)]
enum Page {
    Loading,
    Start(Library),
    Edit(State),
    Missing(String),
}

#[component]
pub fn Studio() -> impl IntoView {
    stancemap::components::set_document_title("Studio");
    // Offline like the reader: the worker, and the studio's own files kept by it.
    Updates::register();
    leptos::task::spawn_local(keep_studio());
    let page = RwSignal::new(Page::Loading);
    // The studio's state belongs to this view, not to the start page that makes it, nor to
    // the task that loads it.
    let owner = Owner::current().expect("a component has an owner");
    let owner_for_load = owner.clone();
    let in_studio = move |draft: Draft| owner.with(|| begin(draft));
    leptos::task::spawn_local(async move {
        let library = library().await;
        let handed = (param("edit").as_deref() == Some("session"))
            .then(handed_over)
            .flatten();
        let article = match (&handed, param("src")) {
            (Some(json), _) => Some(
                parse_article(json).map_err(|e| format!("The article could not be opened: {e}")),
            ),
            (None, Some(src)) => Some(open(&src).await),
            (None, None) => None,
        };
        let next = match (param("draft"), article) {
            (Some(id), _) => match drafts::load(&id).await {
                Some(draft) => Page::Edit(owner_for_load.with(|| State::new(draft, id))),
                None => Page::Missing(format!(
                    "There is no draft “{id}” on this device. Drafts are kept in the browser they were made in."
                )),
            },
            (None, Some(Ok(article))) => {
                let draft = Draft::from_article(article, gazetteer(), library.known());
                Page::Edit(owner_for_load.with(|| begin(draft)))
            }
            (None, Some(Err(message))) => Page::Missing(message),
            (None, None) => Page::Start(library),
        };
        let _ = page.try_set(next);
    });
    // The reader's display preferences (theme, size) hold in the studio too.
    let prefs = RwSignal::new(stancemap::web::storage::prefs());
    view! {
        <ReaderRoot prefs=Some(prefs)>
            {move || match page.get() {
                Page::Loading => EitherOf4::A(view! { <p class="sm-boot">"Loading the studio…"</p> }),
                Page::Start(library) => {
                    let in_studio = in_studio.clone();
                    EitherOf4::B(view! {
                        <Start on_start=move |draft| page.set(Page::Edit(in_studio(draft))) library />
                    })
                }
                Page::Edit(studio) => EitherOf4::C(view! { <Editor studio /> }),
                Page::Missing(message) => EitherOf4::D(view! {
                    <div class="st-missing">
                        <h1>"Studio"</h1>
                        <p role="alert">{message}</p>
                        <p><a href="?view=studio">"Start a new article"</a>" or go to the "<a href="?view=library">"library"</a>"."</p>
                    </div>
                }),
            }}
        </ReaderRoot>
    }
}

/// A new draft: kept on this device at once, under a key the address now names (so a reload
/// or a crashed tab reopens it).
fn begin(draft: Draft) -> State {
    let id = drafts::new_id();
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = format!("?view=studio&draft={id}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    let studio = State::new(draft, id);
    studio.save_now();
    studio
}

/// A query parameter of the page's address.
fn param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|v| !v.trim().is_empty())
}

/// The article the reader handed over in this tab's session storage ("Edit this article").
fn handed_over() -> Option<String> {
    let session = web_sys::window()?.session_storage().ok()??;
    let json = session.get_item(HANDOVER_KEY).ok()??;
    let _ = session.remove_item(HANDOVER_KEY);
    Some(json)
}

/// The article at `src` (relative to the page), or why not.
async fn open(src: &str) -> Result<stancemap_core::Article, String> {
    // The reader's rule for `?src=`: only this site and the sources it trusts.
    if let Source::Refused(error) = trust::checked(src.to_owned()) {
        return Err(error.to_string());
    }
    let url = resolve(src, &http::page_base()).map_err(|e| e.to_string())?;
    let opened = fetch_article(&url, None).await.map_err(|e| e.to_string())?;
    Ok((*opened.article).clone())
}

/// The entities and topics of the library's articles; none if it cannot be read (offline,
/// or a site without one).
async fn library() -> Library {
    let base = http::page_base();
    let Ok((index_url, index)) = fetch_library(&base, None).await else {
        return Library::default();
    };
    let mut library = Library::default();
    for entry in &index.articles {
        let Ok(url) = resolve(&entry.src, &index_url) else {
            continue;
        };
        if let Ok(opened) = fetch_article(&url, None).await {
            for entity in &opened.article.entities {
                if !library.entities.iter().any(|e| e.id == entity.id) {
                    library.entities.push(entity.clone());
                }
            }
            for topic in &opened.article.topics {
                if !library.topics.iter().any(|t| t.id == topic.id) {
                    library.topics.push(topic.clone());
                }
            }
        }
    }
    library
}
