//! The whole app: loading by URL, load and network errors, shadow roots, the crash notice.

use super::*;

#[wasm_bindgen_test]
async fn app_loads_an_article_by_url() {
    let root = container();
    let src = Source::Url(data_url(SEED));
    leptos::mount::mount_to(
        root.clone(),
        move || view! { <App route=Route::Reader(src) host=Host::Embed /> },
    )
    .forget();
    let body = wait_for(&root, "[data-article='iran-talks']").await;
    assert!(select(&body, "[data-entity]").len() > 40);
    assert!(
        root.query_selector("[role='status']").unwrap().is_none(),
        "loading notice gone"
    );
}

#[wasm_bindgen_test]
async fn app_shows_load_errors_in_the_page() {
    let root = container();
    let src = Source::Url(data_url(r#"{"format": 3}"#));
    leptos::mount::mount_to(
        root.clone(),
        move || view! { <App route=Route::Reader(src) host=Host::Embed /> },
    )
    .forget();
    let alert = wait_for(&root, "[role='alert']").await;
    assert!(
        text(&alert).contains("Format 3 is not supported"),
        "{}",
        text(&alert)
    );
}

#[wasm_bindgen_test]
async fn app_reports_a_network_failure() {
    let root = container();
    let src = Source::Url("http://127.0.0.1:9/nothing-listens-here.json".into());
    leptos::mount::mount_to(
        root.clone(),
        move || view! { <App route=Route::Reader(src) host=Host::Embed /> },
    )
    .forget();
    let alert = wait_for(&root, "[role='alert']").await;
    // Another port is another origin: CORS or an unreachable server, and the page says so.
    let said = text(&alert);
    assert!(
        said.contains("did not let this page read the file"),
        "{said}"
    );
    assert!(said.contains("or it cannot be reached"), "{said}");
}

#[wasm_bindgen_test]
async fn mounts_inside_a_shadow_root() {
    let host = container();
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let shadow = host.attach_shadow(&init).unwrap();
    let inner: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    shadow.append_child(&inner).unwrap();
    stancemap::mount(
        inner.clone(),
        Route::Reader(Source::Url(data_url(SEED))),
        Host::Embed,
        Default::default(),
    );
    let body = wait_for(&inner, "[data-article='iran-talks']").await;
    assert!(!select(&body, "[data-entity='netanyahu']").is_empty());
    // Nothing leaked into the light DOM.
    assert!(
        document()
            .query_selector("body > .stancemap")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
fn crash_notice_replaces_the_reader() {
    let root = container();
    root.set_text_content(Some("the reader was here"));
    panic::show_crash(&root, "panicked at src/x.rs:1:1: boom");
    let alert = root
        .query_selector("[role='alert']")
        .unwrap()
        .expect("crash alert");
    assert!(text(&alert).contains("Something went wrong"));
    assert!(text(&alert).contains("boom"));
    assert!(!text(&root).contains("the reader was here"));
    let reload = alert.query_selector("a").unwrap().unwrap();
    assert_eq!(text(&reload), "Reload");
    let here = web_sys::window().unwrap().location().href().unwrap();
    assert_eq!(
        reload.get_attribute("href").unwrap(),
        here.split('#').next().unwrap()
    );
}
