//! The reader's header: its name, the library link and "Open file" (read locally, never uploaded).

use leptos::prelude::*;

use crate::api::Source;
use crate::files;
use crate::route::{self, Route};

#[component]
pub fn AppBar(route: RwSignal<Route>) -> impl IntoView {
    let home = route::href(&Route::Reader(Source::Default)).unwrap_or_default();
    let on_library = move || route.get() == Route::Library;
    view! {
        <header class="sm-appbar">
            <a
                class="sm-brand"
                href=home
                on:click=move |ev| {
                    ev.prevent_default();
                    route::go(route, Route::Reader(Source::Default));
                }
            >
                <span class="sm-brand-mark" aria-hidden="true"></span>
                "Stancemap"
            </a>
            <nav class="sm-appbar-nav" aria-label="Reader">
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
                <label class="sm-open-file" title="The file is read in your browser; nothing is uploaded.">
                    "Open file"
                    <input
                        type="file"
                        accept=".json,application/json"
                        class="sm-visually-hidden"
                        on:change=move |ev| files::open_from_input(&ev, route)
                    />
                </label>
            </nav>
        </header>
    }
}
