//! One-shot loads: shown when resolved, dropped and aborted when their view is gone.

use super::*;
use stancemap::web::http::fetch_text;

#[wasm_bindgen_test]
async fn a_load_shows_nothing_until_it_resolves_and_is_dropped_once_its_page_is_left() {
    let owner = Owner::new();
    let value = owner.with(|| {
        loaded(|_| async {
            sleep(30).await;
            7
        })
    });
    assert_eq!(value.get_untracked(), None);
    sleep(80).await;
    assert_eq!(value.get_untracked(), Some(7));

    // The page is left (its owner disposed) before the load finishes: nothing is set, no panic.
    let left = Owner::new();
    let value = left.with(|| {
        loaded(|_| async {
            sleep(30).await;
            "late"
        })
    });
    drop(left);
    sleep(80).await;
    assert_eq!(value.try_get_untracked(), None);
}

#[wasm_bindgen_test]
async fn a_fetch_whose_view_is_gone_is_aborted() {
    let owner = Owner::new();
    let signal = owner.with(|| {
        let mut given = None;
        let _ = loaded(|abort| {
            given = abort;
            async {}
        });
        given.expect("the load is given an abort signal")
    });
    assert!(!signal.aborted(), "not aborted while its view lives");
    // The request carries the signal: it goes through now, and fails once aborted.
    let url = data_url("{}");
    assert_eq!(fetch_text(&url, Some(&signal)).await.as_deref(), Ok("{}"));
    drop(owner);
    assert!(signal.aborted(), "aborted once its view is gone");
    assert!(matches!(
        fetch_text(&url, Some(&signal)).await,
        Err(OpenError::Network { .. })
    ));
}
