//! The service worker (`sw.js`): registers it and reports when a new deployment is ready, so
//! the reader can switch to it with one reload (never mixing two builds).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// The pause between the click on "Reload" and asking the new build to take over.
const ACTIVATE_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// Whether a newer build is installed and waiting.
#[derive(Clone, Copy)]
pub struct Updates {
    ready: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl Updates {
    /// Whether a newer build is waiting (tracked).
    pub fn is_ready(&self) -> bool {
        self.ready.get()
    }

    /// Registers the service worker of the page's build. Nothing happens where service
    /// workers are unavailable (a `file://` page, an old browser, a non-secure origin).
    pub fn register() -> Updates {
        let updates = Updates {
            ready: RwSignal::new(false),
            registration: StoredValue::new_local(None),
        };
        let Some(container) = web_sys::window()
            .map(|w| w.navigator().service_worker())
            .filter(|c| !c.is_undefined())
        else {
            return updates;
        };
        let had_controller = container.controller().is_some();
        leptos::task::spawn_local(async move {
            // Where service workers are blocked, registration may yield nothing usable.
            let Ok(Ok(registration)) = JsFuture::from(container.register("sw.js"))
                .await
                .map(|r| r.dyn_into::<ServiceWorkerRegistration>())
            else {
                return;
            };
            updates.registration.set_value(Some(registration.clone()));
            if had_controller && registration.waiting().is_some() {
                updates.ready.set(true);
            }
            // A worker that finishes installing while this page is controlled is an update.
            let watched = registration.clone();
            let on_found = Closure::<dyn FnMut()>::new(move || {
                let Some(installing) = watched.installing() else {
                    return;
                };
                let worker = installing.clone();
                let on_state = Closure::<dyn FnMut()>::new(move || {
                    let controlled = web_sys::window()
                        .is_some_and(|w| w.navigator().service_worker().controller().is_some());
                    if worker.state() == ServiceWorkerState::Installed && controlled {
                        updates.ready.set(true);
                    }
                });
                installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            });
            registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
        });
        updates
    }

    /// Activates the waiting build and reloads once it controls the page.
    pub fn apply(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let container = window.navigator().service_worker();
        // Reload once, when the new build controls the page (controllerchange) or, failing
        // that signal, as soon as it is active.
        let reloaded = std::rc::Rc::new(std::cell::Cell::new(false));
        let reload_once = move || {
            if !reloaded.replace(true)
                && let Some(window) = web_sys::window()
            {
                let _ = window.location().reload();
            }
        };
        let on_control = Closure::<dyn FnMut()>::new({
            let reload_once = reload_once.clone();
            move || reload_once()
        });
        container.set_oncontrollerchange(Some(on_control.as_ref().unchecked_ref()));
        on_control.forget();
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        match waiting {
            Some(worker) => {
                let activated = worker.clone();
                let on_state = Closure::<dyn FnMut()>::new(move || {
                    if activated.state() == ServiceWorkerState::Activated {
                        reload_once();
                    }
                });
                worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
                // Asked within the same moment as a change of the page's address (the click
                // on "Reload" closes a pinned card, which rewrites `#entity=`), Chromium can
                // leave the new worker waiting for minutes; a short pause avoids that.
                set_timeout(
                    move || {
                        let message = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(
                            &message,
                            &"type".into(),
                            &"stancemap:activate".into(),
                        );
                        let _ = worker.post_message(&message);
                    },
                    ACTIVATE_AFTER,
                );
            }
            None => {
                let _ = window.location().reload();
            }
        }
    }
}

/// Asks the service worker to keep the studio's files (which it does not precache for every
/// reader), so that the studio opens offline once it has been opened online.
pub async fn keep_studio() {
    let Some(container) = web_sys::window()
        .map(|w| w.navigator().service_worker())
        .filter(|c| !c.is_undefined())
    else {
        return;
    };
    let Ok(ready) = container.ready() else { return };
    let Ok(Ok(registration)) = JsFuture::from(ready)
        .await
        .map(|r| r.dyn_into::<ServiceWorkerRegistration>())
    else {
        return;
    };
    if let Some(worker) = registration.active() {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"stancemap:keep-studio".into());
        let _ = worker.post_message(&message);
    }
}
