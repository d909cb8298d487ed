//! The staff content editor's parts in real headless Chromium: the preview renders the markup with
//! the same `wegwijs_shared::richtext` the API uses and never turns typed HTML into elements, and a
//! 409 shows the "someone else changed this" alert while the form keeps what was typed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wegwijs_frontend::api::ApiFailure;
use wegwijs_frontend::components::form::FormState;
use wegwijs_frontend::pages::staff::content_text::{
    EditAlert, Preview, TextDraft, TextFields, rename_fields,
};
use wegwijs_shared::problem::{FieldError, Problem, ProblemKind};

mod common;

use common::{container, next_tick};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn preview_renders_markup_and_refuses_html_without_making_elements() {
    let root = container();
    let draft = TextDraft::new(None);
    draft.title.set("Seeing the GP".into());
    draft
        .body
        .set("## When\n\n- Call **before 10:00**\n- Or [112](tel:112)".into());
    let _mounted = mount_to(root.clone(), move || {
        view! { <Preview draft id="test-preview" lang=Signal::derive(|| "en".to_owned())/> }
    });
    next_tick().await;
    let page = root
        .query_selector(".rich-text")
        .unwrap()
        .expect("rendered");
    assert_eq!(
        page.query_selector("h2")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "When"
    );
    assert_eq!(page.query_selector_all("li").unwrap().length(), 2);
    assert_eq!(
        page.query_selector("strong")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "before 10:00"
    );
    let link = page.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("tel:112"));
    assert!(root.text_content().unwrap().contains("Seeing the GP"));

    // Typed HTML: an error in the preview, and no element made from it.
    draft
        .body
        .set("Hi <img src=x onerror=alert(1)> <script>alert(2)</script>".into());
    next_tick().await;
    assert!(root.query_selector(".rich-text").unwrap().is_none());
    assert!(root.query_selector("img, script").unwrap().is_none());
    let errors = root
        .query_selector(".preview-errors")
        .unwrap()
        .expect("errors shown");
    assert!(
        errors
            .text_content()
            .unwrap()
            .contains("HTML is not allowed"),
        "{:?}",
        errors.text_content()
    );
}

fn conflict() -> ApiFailure {
    let mut problem = Problem::new(ProblemKind::Conflict)
        .with_detail("Someone else changed this item; reload it and apply your change again.");
    problem.current_version = Some(4);
    ApiFailure::Problem(problem)
}

#[wasm_bindgen_test]
async fn a_conflict_keeps_the_text_and_offers_the_other_version() {
    let root = container();
    let draft = TextDraft::new(None);
    let form = FormState::new();
    let loads = RwSignal::new(0);
    let _mounted = mount_to(root.clone(), move || {
        view! {
            <EditAlert form on_load_theirs=Callback::new(move |()| loads.update(|n| *n += 1))/>
            <TextFields draft form prefix="source" lang=Signal::derive(|| "en".to_owned())/>
        }
    });
    draft.body.set("My careful text".into());
    form.failure.set(Some(conflict()));
    next_tick().await;
    let alert = root
        .query_selector("[data-testid=content-conflict]")
        .unwrap()
        .expect("conflict alert");
    // Tests carry only the embedded main catalog, so staff keys show as themselves (the English
    // text is checked by e2e/tests/staff-content.spec.mjs).
    let text = alert.text_content().unwrap();
    assert!(text.contains("content-conflict"), "{text}");
    let textarea = root.query_selector("textarea").unwrap().unwrap();
    let value = js_sys::Reflect::get(&textarea, &"value".into()).unwrap();
    assert_eq!(value.as_string().as_deref(), Some("My careful text"));
    let button: web_sys::HtmlElement = root
        .query_selector("[data-testid=content-load-theirs]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    assert_eq!(loads.get_untracked(), 1);

    // Any other failure is the ordinary form alert.
    form.failure
        .set(Some(ApiFailure::Network("offline".into())));
    next_tick().await;
    assert!(
        root.query_selector("[data-testid=content-conflict]")
            .unwrap()
            .is_none()
    );
    assert!(
        root.query_selector("[data-testid=form-alert]")
            .unwrap()
            .is_some()
    );
}

#[wasm_bindgen_test]
async fn field_errors_of_a_translation_write_land_on_the_source_fields() {
    let problem = Problem::new(ProblemKind::ValidationFailed).with_errors(vec![
        FieldError::new("text.body", "html_not_allowed", "HTML is not allowed"),
        FieldError::new("fields.link", "link_not_allowed", "No"),
    ]);
    let renamed = rename_fields(ApiFailure::Problem(problem), "source");
    let fields: Vec<_> = renamed
        .field_errors()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["source.body", "fields.link"]);

    let root = container();
    let draft = TextDraft::new(None);
    let form = FormState::new();
    let _mounted = mount_to(root.clone(), move || {
        view! { <TextFields draft form prefix="source" lang=Signal::derive(|| "en".to_owned())/> }
    });
    form.errors.set(renamed.field_errors());
    next_tick().await;
    let error = root
        .query_selector("[id='source.body-error']")
        .unwrap()
        .expect("body error");
    assert!(
        error
            .text_content()
            .unwrap()
            .contains("HTML is not allowed")
    );
    let textarea = root.query_selector("textarea").unwrap().unwrap();
    assert_eq!(
        textarea.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(
        textarea
            .get_attribute("aria-describedby")
            .unwrap()
            .contains("source.body-error")
    );
}
