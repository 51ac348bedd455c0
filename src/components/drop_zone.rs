//! Drag and drop: dropping an article file anywhere on the page opens it (read locally, not uploaded).

use leptos::ev;
use leptos::prelude::*;
use web_sys::DragEvent;

use crate::web::dom::on_window;
use crate::web::files;
use crate::web::route::Route;

fn carries_files(ev: &DragEvent) -> bool {
    ev.data_transfer().is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

#[component]
pub fn DropZone(route: RwSignal<Route>) -> impl IntoView {
    let dragging = RwSignal::new(false);
    on_window(ev::dragover, move |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
            if !dragging.get_untracked() {
                dragging.set(true);
            }
        }
    });
    on_window(ev::dragleave, move |ev| {
        // Leaving the window reports no element to go to.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    on_window(ev::drop, move |ev| {
        dragging.set(false);
        if !carries_files(&ev) {
            return;
        }
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|f| f.get(0))
        {
            files::open(file, route);
        }
    });
    move || {
        dragging.get().then(|| {
            view! {
                <div class="sm-dropzone" aria-hidden="true">
                    <p>
                        <strong>"Drop the article file to open it"</strong>
                        <br />
                        "It is read in your browser and never uploaded."
                    </p>
                </div>
            }
        })
    }
}
