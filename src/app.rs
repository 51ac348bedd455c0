//! The root component: the header, and the page the address names (an article or the library).

use leptos::either::Either;
use leptos::ev;
use leptos::prelude::*;

use crate::components::{AppBar, DropZone, LibraryView, ReaderPage};
use crate::offline::{UpdateNotice, Updates};
use crate::route::{self, Route};

/// The whole reader. `owns_page` is true when the reader is the page: it then has the header
/// (library, open file), accepts dropped files, follows back/forward and sets the document
/// title. Embedded in someone else's page it shows just the article.
#[component]
pub fn App(route: Route, #[prop(default = true)] owns_page: bool) -> impl IntoView {
    let route = RwSignal::new(route);
    if owns_page {
        let history = window_event_listener(ev::popstate, move |_| {
            let now = route::current();
            if route.get_untracked() != now {
                route.set(now);
            }
        });
        on_cleanup(move || history.remove());
    }
    let chrome = owns_page.then(|| {
        let updates = Updates::register();
        view! {
            <AppBar route />
            <UpdateNotice updates />
            <DropZone route />
        }
    });
    view! {
        <div class="stancemap">
            {chrome}
            {move || match route.get() {
                Route::Library => Either::Left(view! { <LibraryView route owns_page /> }),
                Route::Reader(source) => Either::Right(view! { <ReaderPage source owns_page /> }),
            }}
        </div>
    }
}
