//! "Updated — reload": the notice shown when a new deployment of the reader is ready.

use leptos::prelude::*;

use crate::web::service_worker::Updates;

/// "Updated — reload": shown when a new deployment is ready.
#[component]
pub fn UpdateNotice(updates: Updates) -> impl IntoView {
    move || {
        updates.is_ready().then(|| {
            view! {
                <div class="sm-update" role="status">
                    <span>"Stancemap has been updated."</span>
                    <button type="button" class="sm-button" on:click=move |_| updates.apply()>
                        "Reload"
                    </button>
                </div>
            }
        })
    }
}
