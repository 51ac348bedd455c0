//! The root component: the header, and the page the address names (an article or the library).

use leptos::either::Either;
use leptos::ev;
use leptos::prelude::*;

use super::{
    AppBar, DropZone, EditLink, EmbedButton, EmbedCredit, LibraryView, ReaderPage, UpdateNotice,
    ours,
};
use crate::core::embed_code::{EmbedOptions, MatrixDisplay};
use crate::core::prefs::{Prefs, Theme};
use crate::web::dom::on_window;
use crate::web::http::{Opened, Source};
use crate::web::route::{self, Route};
use crate::web::service_worker::Updates;
use crate::web::{storage, trust};

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
pub fn App(
    route: Route,
    #[prop(default = Host::Site)] host: Host,
    /// An embed's theme and matrix, as its code asks.
    #[prop(optional)]
    look: EmbedOptions,
) -> impl IntoView {
    let route = RwSignal::new(route);
    let owns_page = host.owns_page();
    // The article on screen, for the header's "Save for offline".
    let shown = RwSignal::new(None::<Opened>);
    // Display preferences are the page's: an embed looks as its host styles it.
    let prefs = owns_page.then(|| RwSignal::new(storage::prefs()));
    if owns_page {
        on_window(ev::popstate, move |_| {
            let now = route::current();
            if route.get_untracked() != now {
                route.set(now);
            }
        });
    }
    // An embed credits the article's publisher, and names where it came from if not here.
    let credit = move |source: &Source| {
        (host == Host::Embed).then(|| {
            let other_origin = match source {
                Source::Url(src) => trust::other_origin(src, &crate::embed::reader_origin()),
                _ => None,
            };
            view! { <EmbedCredit shown other_origin /> }
        })
    };
    let chrome = prefs.map(|prefs| {
        let updates = (host == Host::Site).then(Updates::register);
        view! {
            <AppBar route host shown prefs />
            {updates.map(|updates| view! { <UpdateNotice updates /> })}
            <DropZone route />
        }
    });
    view! {
        <ReaderRoot prefs look>
            {chrome}
            {move || match route.get() {
                Route::Library => Either::Left(view! { <LibraryView owns_page /> }),
                Route::Reader(source) => Either::Right(view! {
                    <ReaderPage
                        provenance=trust::provenance(&source, host)
                        source=source.clone()
                        owns_page
                        shown
                    />
                    {credit(&source)}
                    {(host == Host::Site).then(|| view! { <ArticleActions route shown /> })}
                }),
            }}
        </ReaderRoot>
    }
}

/// What a reader can do with the article on screen, under it: embed it in a blog, or edit it
/// in the studio.
#[component]
fn ArticleActions(route: RwSignal<Route>, shown: RwSignal<Option<Opened>>) -> impl IntoView {
    move || {
        shown.with(Option::is_some).then(|| {
            view! {
                <p class="sm-edit">
                    <EmbedButton route shown />
                    <EditLink shown />
                </p>
            }
        })
    }
}

/// The reader's root element, in the reader's own language and direction wherever it is
/// mounted (a blog in another language embeds it in its own). The display preferences, when
/// the reader owns the page, are `data-` attributes the stylesheet reads (the page's start-up
/// script sets the same ones on the prerendered page, from the same storage). An embed takes
/// its theme and whether it shows the matrix from its `look`.
#[component]
pub fn ReaderRoot(
    prefs: Option<RwSignal<Prefs>>,
    #[prop(optional)] look: EmbedOptions,
    children: Children,
) -> impl IntoView {
    let get = move || prefs.map(|p| p.get());
    let embed_theme = (look.theme != Theme::Auto).then_some(look.theme.as_str());
    view! {
        <div
            class="stancemap"
            lang=ours::LANG
            dir=ours::DIR
            data-theme=move || get().map(|p| p.theme.as_str()).or(embed_theme)
            data-matrix=(look.matrix == MatrixDisplay::Hidden).then_some("hidden")
            data-size=move || get().map(|p| p.size.to_string())
            data-font=move || get().map(|p| p.typeface.as_str())
            data-width=move || get().map(|p| p.width.as_str())
        >
            {children()}
        </div>
    }
}
