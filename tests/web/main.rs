//! Component tests in headless Chromium: the reader's DOM contract, errors, shadow roots,
//! crashes, cards and the matrix, and loads. Shared helpers here, tests by subject beside.
#![cfg(target_arch = "wasm32")]

mod app;
mod loads;
mod reading;
mod views;

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

pub const SEED: &str = include_str!("../../public/articles/iran-talks.json");

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element attached to the body to mount into.
pub fn container() -> HtmlElement {
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

pub fn select(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

/// Waits (up to ~5 s) until `selector` matches inside `root`.
pub async fn wait_for(root: &Element, selector: &str) -> Element {
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

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

pub fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

/// Mounts the seed's reading view and returns its root.
pub fn mount_seed() -> HtmlElement {
    let root = container();
    let article = Arc::new(parse_article(SEED).unwrap());
    leptos::mount::mount_to(root.clone(), move || view! { <ArticleView article /> }).forget();
    root
}
