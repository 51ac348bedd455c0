//! The studio in headless Chromium: the selection steps and jumps by words and phrases, and
//! the editor's keys change the draft (accept, undo, redo) with the preview following.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use stancemap_core::SuggestionIx;
use stancemap_core::authoring::{Draft, Known};
use stancemap_core::suggest::draft::Details;
use stancemap_core::suggest::gazetteer::Gazetteer;
use stancemap_studio::components::editor::Editor;
use stancemap_studio::controller::{End, Extend, Saved, Studio};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = "Talks resume\n\nIran has stated its willingness to negotiate but has firmly \
                    ruled out broader talks, officials said.";

fn draft() -> Draft {
    Draft::from_text(
        TEXT,
        &Details::default(),
        &Gazetteer::builtin(),
        Known::default(),
    )
}

fn selected(studio: Studio) -> String {
    let (p, range) = studio.selected().expect("a selection");
    studio.with_untracked(|d| d.article().body[p][range].to_owned())
}

#[wasm_bindgen_test]
fn the_selection_steps_by_words_and_jumps_by_phrases() {
    let owner = Owner::new();
    owner.with(|| {
        let studio = Studio::new(draft(), "test-selection".into());
        studio.step(1, Extend::No);
        assert_eq!(selected(studio), "Iran");
        studio.jump(End::Last, 1);
        assert_eq!(
            selected(studio),
            "Iran has stated its willingness to negotiate"
        );
        studio.step(1, Extend::Yes);
        assert_eq!(
            selected(studio),
            "Iran has stated its willingness to negotiate but"
        );
        studio.jump(End::Last, 1);
        assert_eq!(
            selected(studio),
            "Iran has stated its willingness to negotiate but has firmly ruled out broader talks"
        );
        studio.jump(End::First, 1);
        assert_eq!(selected(studio), "has firmly ruled out broader talks");
        studio.step_start(1);
        assert_eq!(selected(studio), "firmly ruled out broader talks");
        studio.jump(End::First, -1);
        assert_eq!(selected(studio), "has firmly ruled out broader talks");
        // An unextended step leaves a one-word selection after the last word.
        studio.step(1, Extend::No);
        assert_eq!(selected(studio), "officials");
    });
}

/// Lets the views catch up (their effects run after the current task).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn press(target: &HtmlElement, key: &str, ctrl: bool, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_ctrl_key(ctrl);
    init.set_shift_key(shift);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn keys_accept_undo_and_redo_with_the_preview_following() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let studio = Studio::new(draft(), "test-keys".into());
    let _mounted = leptos::mount::mount_to(root.clone(), move || view! { <Editor studio /> });
    let editor: HtmlElement = root
        .query_selector(".st-editor")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let linked = || {
        root.query_selector_all(".st-preview .sm-body [data-entity]")
            .unwrap()
            .length()
    };
    settle().await;
    assert_eq!(linked(), 0);
    press(&editor, "Enter", false, false);
    settle().await;
    let first = studio.with_untracked(|d| d.article().entities[0].name.clone());
    assert_eq!(first, "Iran");
    assert_eq!(linked(), 1, "the preview links the accepted entity");
    press(&editor, "z", true, false);
    settle().await;
    assert_eq!(linked(), 0);
    press(&editor, "Z", true, true);
    settle().await;
    assert_eq!(linked(), 1);
    // Keys typed into a form field are text, not commands.
    let textarea = document.create_element("textarea").unwrap();
    editor.append_child(&textarea).unwrap();
    press(textarea.unchecked_ref(), "x", false, false);
    assert_eq!(studio.with_untracked(|d| d.article().entities.len()), 1);
}

#[wasm_bindgen_test]
async fn saves_keep_their_order_and_say_saved_only_for_the_latest_draft() {
    // Saves run as tasks, as in the mounted studio.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let studio = owner.with(|| Studio::new(draft(), "test-order".into()));
    // A first save, and an edit while it is being written.
    studio.save_now();
    owner.with(|| studio.edit("Accepted", |d| d.accept(SuggestionIx::new(0))));
    assert_eq!(studio.saved.get_untracked(), Saved::Pending);
    for _ in 0..100 {
        settle().await;
        if studio.saved.get_untracked() == Saved::Yes {
            break;
        }
    }
    assert_eq!(studio.saved.get_untracked(), Saved::Yes);
    let stored = stancemap_studio::drafts::load("test-order")
        .await
        .expect("stored");
    assert_eq!(
        stored.article().entities.len(),
        1,
        "\"saved\" means the latest draft"
    );
}
