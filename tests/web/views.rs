//! Views rendered alone: the DOM contract, article text as text, error views.

use super::*;

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
fn an_article_from_elsewhere_is_noticed_above_its_title_and_describes_it() {
    use stancemap::core::provenance::Provenance;
    let root = container();
    let article = Arc::new(parse_article(SEED).unwrap());
    // A hostile origin string stays text.
    let origin = "https://partner.example/<b>x</b>".to_owned();
    let provenance = Provenance::OtherOrigin(origin.clone());
    leptos::mount::mount_to(
        root.clone(),
        move || view! { <ArticleView article provenance /> },
    )
    .forget();
    let notice = root
        .query_selector(".sm-provenance")
        .unwrap()
        .expect("a notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("note"));
    assert!(text(&notice).contains(&origin), "{}", text(&notice));
    assert_eq!(notice.query_selector("b").unwrap(), None);
    let link = notice.query_selector("a").unwrap().expect("a link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("?view=library"));
    let title = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        title.get_attribute("aria-describedby"),
        notice.get_attribute("id")
    );
    // Before the title, in the reader's language.
    assert_eq!(notice.next_element_sibling().as_ref(), Some(&title));
    assert_eq!(notice.get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
fn this_sites_articles_have_no_notice() {
    use stancemap::core::provenance::Provenance;
    let root = container();
    let article = Arc::new(parse_article(SEED).unwrap());
    let provenance = Provenance::ThisSite;
    leptos::mount::mount_to(
        root.clone(),
        move || view! { <ArticleView article provenance /> },
    )
    .forget();
    assert!(root.query_selector(".sm-provenance").unwrap().is_none());
    let title = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(title.get_attribute("aria-describedby"), None);
}
