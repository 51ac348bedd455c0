//! The root component: the header, and the page the address names (an article or the library).

use std::sync::Arc;

use leptos::either::Either;
use leptos::ev;
use leptos::prelude::*;

use crate::components::{AppBar, DropZone, LibraryView, ReaderPage};
use crate::core::Article;
use crate::dom::on_window;
use crate::offline::{UpdateNotice, Updates};
use crate::route::{self, Route};

/// Where the reader runs, which decides what surrounds the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// The reader is the page (`index.html` of a build): header with the library, opening
    /// and saving files, and updates of the offline copy.
    Site,
    /// A page saved for offline reading (one self-contained file): the page is the reader's,
    /// but there is no library or build around it to fetch from.
    SavedFile,
    /// Inside someone else's page (custom element or iframe): just the article.
    Embed,
}

impl Host {
    /// Whether the reader owns the page: its title, address, history and dropped files.
    pub fn owns_page(self) -> bool {
        self != Host::Embed
    }
}

/// The whole reader, as `host` wants it.
#[component]
pub fn App(route: Route, #[prop(default = Host::Site)] host: Host) -> impl IntoView {
    let route = RwSignal::new(route);
    let owns_page = host.owns_page();
    // The article on screen, for the header's "Save for offline".
    let shown = RwSignal::new(None::<Arc<Article>>);
    if owns_page {
        on_window(ev::popstate, move |_| {
            let now = route::current();
            if route.get_untracked() != now {
                route.set(now);
            }
        });
    }
    let chrome = owns_page.then(|| {
        let updates = (host == Host::Site).then(Updates::register);
        view! {
            <AppBar route host shown />
            {updates.map(|updates| view! { <UpdateNotice updates /> })}
            <DropZone route />
        }
    });
    view! {
        <div class="stancemap">
            {chrome}
            {move || match route.get() {
                Route::Library => Either::Left(view! { <LibraryView route owns_page /> }),
                Route::Reader(source) => {
                    Either::Right(view! { <ReaderPage source owns_page shown /> })
                }
            }}
        </div>
    }
}
