//! Reading the seed: cards, the legend, the matrix and its evidence.

use super::*;

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
