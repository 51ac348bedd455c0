//! Component tests in headless Chromium: the reader's DOM contract, errors, shadow roots, crashes.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use stancemap::components::{ArticleView, ErrorView, Loading, loaded};
use stancemap::core::{LoadError, parse_article};
use stancemap::web::http::{OpenError, Source};
use stancemap::{App, Host, Route, panic};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../public/articles/iran-talks.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element attached to the body to mount into.
fn container() -> HtmlElement {
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn select(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

/// Waits (up to ~5 s) until `selector` matches inside `root`.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..250 {
        if let Some(el) = root.query_selector(selector).unwrap() {
            return el;
        }
        sleep(20).await;
    }
    panic!(
        "timed out waiting for {selector}; content: {}",
        root.inner_html()
    );
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

#[wasm_bindgen_test]
fn article_view_follows_the_dom_contract() {
    let root = container();
    let article = Arc::new(parse_article(SEED).unwrap());
    leptos::mount::mount_to(root.clone(), move || view! { <ArticleView article /> }).forget();

    let body = root
        .query_selector("[data-article='iran-talks']")
        .unwrap()
        .expect("body container");
    assert_eq!(select(&body, "p").len(), 8);
    assert_eq!(
        text(&root.query_selector("h1").unwrap().unwrap()),
        "Iran Rejects Broader Talks with U.S. as Tensions Escalate"
    );
    let trump = select(&body, "[data-entity='trump']");
    assert_eq!(text(&trump[0]), "President Donald Trump");
    assert_eq!(
        trump[0].get_attribute("href").as_deref(),
        Some("#entity=trump")
    );
    assert_eq!(
        trump[0].get_attribute("data-kind").as_deref(),
        Some("person")
    );
    let agency = select(&body, "[data-entity='hrana']");
    assert!(agency.iter().any(|a| text(a) == "The agency"));
    // The text survives linking unchanged.
    let first = text(&select(&body, "p")[0]);
    assert!(
        first.starts_with("Iran has stated its willingness"),
        "{first}"
    );
    assert!(first.contains("U.S.-Iran relations"));
}

#[wasm_bindgen_test]
fn article_text_is_never_markup() {
    let root = container();
    let json = r#"{"format":1,"id":"x","title":"<img src=x onerror=alert(1)>",
        "body":["<script>window.pwned=1</script> and \"><svg onload=alert(1)> Evil"],
        "entities":[{"id":"e","name":"Evil","kind":"other","role":"<b>role</b>"}]}"#;
    let article = Arc::new(parse_article(json).unwrap());
    leptos::mount::mount_to(root.clone(), move || view! { <ArticleView article /> }).forget();
    // The legend's own icons are SVG; the article's text must have produced no elements.
    let injected = ".sm-body img, .sm-body script, .sm-body svg, .sm-body b, h1 *";
    assert!(select(&root, injected).is_empty());
    assert_eq!(
        text(&root.query_selector("h1").unwrap().unwrap()),
        "<img src=x onerror=alert(1)>"
    );
    let p = text(&root.query_selector(".sm-body p").unwrap().unwrap());
    assert_eq!(
        p,
        "<script>window.pwned=1</script> and \"><svg onload=alert(1)> Evil"
    );
}

#[wasm_bindgen_test]
fn error_view_lists_every_problem_with_its_path() {
    let root = container();
    let json = r#"{"format":1,"id":"x","title":"T","body":["a"],"parties":["ghost"],
        "topics":[{"id":"t","label":""}]}"#;
    let error = OpenError::Load {
        url: "https://example.org/a.json".into(),
        error: parse_article(json).unwrap_err(),
    };
    leptos::mount::mount_to(root.clone(), move || view! { <ErrorView error /> }).forget();
    let alert = root
        .query_selector("[role='alert']")
        .unwrap()
        .expect("an alert");
    let items: Vec<String> = select(&alert, ".sm-problems li").iter().map(text).collect();
    assert_eq!(
        items,
        [
            "parties[0] unknown entity \"ghost\"",
            "topics[0].label must not be empty"
        ]
    );
    assert!(text(&alert).contains("https://example.org/a.json"));
}

#[wasm_bindgen_test]
fn syntax_errors_show_the_line_with_a_caret() {
    let root = container();
    let error = OpenError::Load {
        url: "a.json".into(),
        error: parse_article("{\n  \"format\": 1,,\n}").unwrap_err(),
    };
    assert!(matches!(
        error,
        OpenError::Load {
            error: LoadError::Syntax { .. },
            ..
        }
    ));
    leptos::mount::mount_to(root.clone(), move || view! { <ErrorView error /> }).forget();
    let alert = root.query_selector("[role='alert']").unwrap().unwrap();
    assert!(
        text(&alert).contains("line 2, column 15"),
        "{}",
        text(&alert)
    );
    let excerpt = text(&alert.query_selector("pre").unwrap().unwrap());
    assert_eq!(excerpt, "  \"format\": 1,,\n              ^");
}

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
fn loading_notice_is_a_polite_status() {
    let root = container();
    leptos::mount::mount_to(root.clone(), Loading).forget();
    let status = root
        .query_selector("[role='status']")
        .unwrap()
        .expect("a status");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(text(&status), "Loading article…");
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

/// Mounts the seed's reading view and returns its root.
fn mount_seed() -> HtmlElement {
    let root = container();
    let article = Arc::new(parse_article(SEED).unwrap());
    leptos::mount::mount_to(root.clone(), move || view! { <ArticleView article /> }).forget();
    root
}

#[wasm_bindgen_test]
async fn activating_a_mention_opens_its_card_as_a_labelled_dialog() {
    let root = mount_seed();
    let mention: HtmlElement = root
        .query_selector("[data-entity='pezeshkian']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        mention.get_attribute("aria-haspopup").as_deref(),
        Some("dialog")
    );
    assert_eq!(
        mention.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    mention.click();
    let card = wait_for(&root, ".sm-card").await;
    assert_eq!(card.get_attribute("role").as_deref(), Some("dialog"));
    let title_id = card.get_attribute("aria-labelledby").unwrap();
    let title = root
        .query_selector(&format!("#{title_id}"))
        .unwrap()
        .unwrap();
    assert_eq!(text(&title), "Masoud Pezeshkian");
    assert_eq!(
        mention.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let stances: Vec<String> = select(&card, ".sm-card-stances li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(stances, ["acceptsVerification (show in the stance matrix)"]);
    let quotes: Vec<String> = select(&card, ".sm-card-quotes li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        quotes,
        ["We are not seeking nuclear weapons and we are ready for any kind of verification"]
    );
    // Activating again closes it.
    mention.click();
    sleep(50).await;
    assert!(root.query_selector(".sm-card").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn card_for_a_place_has_no_positions_and_links_out_safely() {
    let root = mount_seed();
    let mention: HtmlElement = root
        .query_selector("[data-entity='persian-gulf']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    mention.click();
    let card = wait_for(&root, ".sm-card").await;
    assert_eq!(
        text(&card.query_selector(".sm-card-kind").unwrap().unwrap()),
        "Place"
    );
    assert!(select(&card, ".sm-card-stances, .sm-card-quotes").is_empty());
    assert_eq!(
        text(&card.query_selector(".sm-card-count").unwrap().unwrap()),
        "Mentioned once"
    );
    assert!(
        select(&card, ".sm-card-step").is_empty(),
        "no stepping for a single mention"
    );
    let link = card.query_selector("a.sm-card-link").unwrap().unwrap();
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(text(&link).contains("(opens in a new tab)"));
}

#[wasm_bindgen_test]
async fn legend_toggles_a_kind_and_remembers_it() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("stancemap:hidden-kinds").unwrap();
    let root = mount_seed();
    let places: HtmlElement = root
        .query_selector(".sm-legend-item[data-kind='place']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(text(&places), "Places4");
    assert_eq!(
        places.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    places.click();
    sleep(20).await;
    assert_eq!(
        places.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    let body = root.query_selector(".sm-body").unwrap().unwrap();
    assert_eq!(body.get_attribute("data-hide").as_deref(), Some("place"));
    let tehran = root
        .query_selector("[data-entity='tehran']")
        .unwrap()
        .unwrap();
    assert_eq!(tehran.get_attribute("tabindex").as_deref(), Some("-1"));
    assert_eq!(
        storage
            .get_item("stancemap:hidden-kinds")
            .unwrap()
            .as_deref(),
        Some("place")
    );
    places.click();
    sleep(20).await;
    assert_eq!(tehran.get_attribute("tabindex"), None);
    storage.remove_item("stancemap:hidden-kinds").unwrap();
}

#[wasm_bindgen_test]
async fn matrix_cell_highlights_exactly_its_quotes_and_markers_lead_back() {
    let root = mount_seed();
    let table_cell: HtmlElement = root
        .query_selector("table [data-cell='2-2']")
        .unwrap()
        .expect("Israel × militant groups")
        .unchecked_into();
    assert_eq!(
        table_cell.get_attribute("data-state").as_deref(),
        Some("demands")
    );
    assert_eq!(
        table_cell.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    table_cell.click();
    sleep(20).await;
    assert_eq!(
        table_cell.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let highlighted: String = select(&root, ".sm-q-on").iter().map(text).collect();
    assert_eq!(
        highlighted,
        "support for regional militant groups, including Hamas and Hezbollah"
    );
    let panel = root.query_selector(".sm-evidence-panel").unwrap().unwrap();
    assert!(text(&panel).contains("— Benjamin Netanyahu"));

    // The marker after Pezeshkian's quote selects Iran × verification.
    let marker: HtmlElement = select(&root, ".sm-marker")
        .into_iter()
        .find(|m| {
            m.get_attribute("aria-label")
                .is_some_and(|l| l.contains("Verification"))
        })
        .expect("a verification marker")
        .unchecked_into();
    marker.click();
    sleep(20).await;
    let active = document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-cell").as_deref(), Some("0-4"));
    assert_eq!(
        table_cell.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_load_shows_nothing_until_it_resolves_and_is_dropped_once_its_page_is_left() {
    let owner = Owner::new();
    let value = owner.with(|| {
        loaded(async {
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
        loaded(async {
            sleep(30).await;
            "late"
        })
    });
    drop(left);
    sleep(80).await;
    assert_eq!(value.try_get_untracked(), None);
}
