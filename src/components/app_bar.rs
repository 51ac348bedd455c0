//! The reader's header: its name, the library link, "Open file" (read locally, never
//! uploaded) and "Save for offline". A saved page has no library to link to or save from.

use leptos::prelude::*;

use super::{ReaderControls, SaveButton};
use crate::components::app::Host;
use crate::core::prefs::Prefs;
use crate::web::files;
use crate::web::http::Opened;
use crate::web::route::{self, Route};

#[component]
pub fn AppBar(
    route: RwSignal<Route>,
    host: Host,
    shown: RwSignal<Option<Opened>>,
    prefs: RwSignal<Prefs>,
) -> impl IntoView {
    let home = route::href(&route::home()).unwrap_or_default();
    let on_library = move || route.get() == Route::Library;
    let site = host == Host::Site;
    let library = site.then(|| {
        view! {
            <a
                href="?view=library"
                aria-current=move || on_library().then_some("page")
                on:click=move |ev| {
                    ev.prevent_default();
                    route::go(route, Route::Library);
                }
            >
                "Library"
            </a>
        }
    });
    let save = move || (site && !on_library()).then(|| view! { <SaveButton route shown /> });
    view! {
        <header class="sm-appbar">
            <a class="sm-skip" href="#stancemap" on:click=skip_to_content>
                "Skip to content"
            </a>
            <a
                class="sm-brand"
                href=home
                on:click=move |ev| {
                    ev.prevent_default();
                    route::go(route, route::home());
                }
            >
                <span class="sm-brand-mark" aria-hidden="true"></span>
                "Stancemap"
            </a>
            <nav class="sm-appbar-nav" aria-label="Reader">
                {library}
                <label class="sm-open-file" title="The file is read in your browser; nothing is uploaded.">
                    "Open file"
                    <input
                        type="file"
                        accept=".json,application/json"
                        class="sm-visually-hidden"
                        on:change=move |ev| files::open_from_input(&ev, route)
                    />
                </label>
                {save}
                <ReaderControls prefs />
            </nav>
        </header>
    }
}

/// Moves focus to the page's main heading (the article's title, or the library's).
fn skip_to_content(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".stancemap h1").ok().flatten())
        .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}
