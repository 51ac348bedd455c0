//! "Display" in the header: theme, text size, typeface and line width, kept in local storage.
//! A disclosure: the button toggles a panel of native radio groups; Escape or a click outside
//! closes it, and Escape returns focus to the button.

use leptos::ev;
use leptos::html::{Button, Div};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::prefs::{Prefs, SIZES, Theme, Typeface, Width};
use crate::web::dom::on_window;
use crate::web::storage;

#[component]
pub fn ReaderControls(prefs: RwSignal<Prefs>) -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<Button>::new();
    let wrapper = NodeRef::<Div>::new();
    let set = move |next: Prefs| {
        prefs.set(next);
        storage::set_prefs(next);
    };
    on_window(ev::pointerdown, move |ev| {
        let inside = wrapper.get_untracked().is_some_and(|w| {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|n| w.contains(Some(&n)))
        });
        if !inside && open.get_untracked() {
            open.set(false);
        }
    });
    let close_on_escape = move |ev: ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.stop_propagation();
            open.set(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let size = move || prefs.with(|p| p.size);
    let panel = move || {
        open.get().then(|| {
            view! {
                <div id="sm-display-panel" class="sm-display-panel" role="group" aria-label="Display settings">
                    {choice("Theme", "sm-theme", Theme::ALL, Theme::label, move || prefs.get().theme, move |theme| set(Prefs { theme, ..prefs.get_untracked() }))}
                    <fieldset class="sm-choices">
                        <legend>"Text size"</legend>
                        <div class="sm-size">
                            {size_step("Smaller text", "sm-size-step", SMALLER, prefs, Prefs::smaller, set)}
                            <output aria-live="polite">{move || SIZES[size()]}</output>
                            {size_step("Larger text", "sm-size-step sm-size-up", LARGER, prefs, Prefs::larger, set)}
                        </div>
                    </fieldset>
                    {choice("Font", "sm-font", Typeface::ALL, Typeface::label, move || prefs.get().typeface, move |typeface| set(Prefs { typeface, ..prefs.get_untracked() }))}
                    {choice("Line width", "sm-width", Width::ALL, Width::label, move || prefs.get().width, move |width| set(Prefs { width, ..prefs.get_untracked() }))}
                </div>
            }
        })
    };
    view! {
        <div class="sm-display" node_ref=wrapper on:keydown=close_on_escape>
            <button
                type="button"
                class="sm-display-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="sm-display-panel"
                node_ref=button
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Display"
            </button>
            {panel}
        </div>
    }
}

/// The letter A with a minus, and with a plus (drawn, so the buttons' names are their labels).
const SMALLER: &str = "M1.5 13 5 3.5 8.5 13M2.8 9.5h4.4M10.5 8.5h4";
const LARGER: &str = "M1.5 13 5 3.5 8.5 13M2.8 9.5h4.4M10.5 8.5h4M12.5 6.5v4";

/// A button that moves the text size one step, disabled at the end of the scale.
fn size_step(
    label: &'static str,
    class: &'static str,
    icon: &'static str,
    prefs: RwSignal<Prefs>,
    step: fn(Prefs) -> Option<Prefs>,
    set: impl Fn(Prefs) + Copy + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-label=label
            disabled=move || step(prefs.get()).is_none()
            on:click=move |_| {
                if let Some(next) = step(prefs.get_untracked()) {
                    set(next);
                }
            }
        >
            <svg class="sm-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d=icon />
            </svg>
        </button>
    }
}

/// A labelled group of radio buttons, one per option.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    legend: &'static str,
    name: &'static str,
    options: &'static [T],
    label: fn(T) -> &'static str,
    current: impl Fn() -> T + Copy + Send + Sync + 'static,
    pick: impl Fn(T) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let items = options
        .iter()
        .map(|&option| {
            view! {
                <label class="sm-choice">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || current() == option
                        on:change=move |_| pick(option)
                    />
                    {label(option)}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="sm-choices">
            <legend>{legend}</legend>
            <div class="sm-choice-row">{items}</div>
        </fieldset>
    }
}
