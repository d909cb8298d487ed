//! Component tests in real headless Chromium (wasm-bindgen-test-runner drives chromedriver).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wegwijs_frontend::api::{self, ApiFailure};
use wegwijs_frontend::components::error_display::ErrorDisplay;
use wegwijs_frontend::components::form::{FormAlert, FormState, ShowSecret, TextField};
use wegwijs_frontend::components::online_indicator::OnlineIndicator;
use wegwijs_shared::audit::{AuditEvent, AuditQuery};
use wegwijs_shared::problem::{FieldError, Problem, ProblemKind};

mod common;

use common::{container, next_tick};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn error_display_explains_a_validation_problem_with_fields_and_request_id() {
    let root = container();
    let mut problem = Problem::new(ProblemKind::ValidationFailed)
        .with_detail("message: This field is required.")
        .with_errors(vec![FieldError::new(
            "message",
            "required",
            "This field is required.",
        )]);
    problem.request_id = Some("0123456789abcdef0123456789abcdef".into());
    let failure = ApiFailure::Problem(problem);
    let _mounted = mount_to(root.clone(), move || view! { <ErrorDisplay failure/> });

    let text = root.text_content().unwrap();
    assert!(
        text.contains("Some information is missing or not correct"),
        "{text}"
    );
    assert!(text.contains("message: This field is required."), "{text}");
    assert!(text.contains("0123456789abcdef0123456789abcdef"), "{text}");
    let alert = root.query_selector("[role=alert]").unwrap();
    assert!(alert.is_some(), "the error is announced as an alert");
    // No retry callback given: no retry button, only the report button.
    assert_eq!(root.query_selector_all("button").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn error_display_retry_button_calls_back() {
    let root = container();
    let clicks = RwSignal::new(0);
    let retry = Callback::new(move |()| clicks.update(|n| *n += 1));
    let failure = ApiFailure::Network("offline".into());
    let _mounted = mount_to(
        root.clone(),
        move || view! { <ErrorDisplay failure on_retry=retry/> },
    );

    assert!(
        root.text_content()
            .unwrap()
            .contains("We could not reach Wegwijs")
    );
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(button.text_content().unwrap().contains("Try again"));
    button.click();
    next_tick().await;
    assert_eq!(clicks.get_untracked(), 1);
}

/// Dispatches a window event and returns the indicator's text and whether it shows the offline style.
async fn after_window_event(root: &web_sys::HtmlElement, event: &str) -> (String, bool) {
    let window = web_sys::window().unwrap();
    window
        .dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
    next_tick().await;
    let offline_style = root
        .query_selector(".connection-offline")
        .unwrap()
        .is_some();
    (root.text_content().unwrap(), offline_style)
}

#[wasm_bindgen_test]
async fn online_indicator_follows_the_browser_events() {
    let root = container();
    let _mounted = mount_to(root.clone(), || view! { <OnlineIndicator/> });

    let (text, offline_style) = after_window_event(&root, "offline").await;
    assert!(text.contains("Offline"), "{text}");
    assert!(offline_style);

    let (text, offline_style) = after_window_event(&root, "online").await;
    assert!(text.starts_with("Online"), "{text}");
    assert!(!offline_style);
}

fn input(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn show_pin_toggle_switches_the_input_between_hidden_and_shown() {
    let root = container();
    let _mounted = mount_to(root.clone(), || {
        let pin = RwSignal::new(String::new());
        let shown = RwSignal::new(false);
        let form = FormState::new();
        view! {
            <TextField id="pin" label="PIN" value=pin form input_type="password" secret=shown inputmode="numeric"/>
            <ShowSecret id="show-pin" label="Show PIN" shown/>
        }
    });
    let pin = input(&root, "#pin");
    assert_eq!(pin.type_(), "password");
    assert_eq!(pin.get_attribute("inputmode").as_deref(), Some("numeric"));
    // The label is tied to the input, so tapping it works and screen readers name the field.
    let label = root.query_selector("label[for=pin]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap(), "PIN");

    input(&root, "#show-pin").click();
    next_tick().await;
    assert_eq!(pin.type_(), "text");
    input(&root, "#show-pin").click();
    next_tick().await;
    assert_eq!(pin.type_(), "password");
}

#[wasm_bindgen_test]
async fn a_rejected_field_is_marked_invalid_described_and_announced() {
    let root = container();
    let form = FormState::new();
    let _mounted = mount_to(root.clone(), move || {
        let code = RwSignal::new(String::new());
        view! {
            <FormAlert form/>
            <TextField id="code" label="Code" value=code form hint="12 letters and digits."/>
        }
    });
    let code = input(&root, "#code");
    assert_eq!(code.get_attribute("aria-invalid"), None);
    assert_eq!(
        code.get_attribute("aria-describedby").as_deref(),
        Some("code-hint")
    );
    assert!(root.query_selector("[role=alert]").unwrap().is_none());

    form.reject(vec![FieldError::new(
        "code",
        "wrong_length",
        "The code has 12 symbols.",
    )]);
    next_tick().await;
    assert_eq!(code.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        code.get_attribute("aria-describedby").as_deref(),
        Some("code-hint code-error")
    );
    let error = root.query_selector("#code-error").unwrap().unwrap();
    assert!(
        error
            .text_content()
            .unwrap()
            .contains("The code has 12 symbols.")
    );
    let alert = root.query_selector("[role=alert]").unwrap().unwrap();
    assert!(
        alert
            .text_content()
            .unwrap()
            .contains("Please check the fields below")
    );

    form.clear();
    next_tick().await;
    assert_eq!(code.get_attribute("aria-invalid"), None);
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_sign_in_refusal_shows_the_apis_own_words() {
    let root = container();
    let form = FormState::new();
    let _mounted = mount_to(root.clone(), move || view! { <FormAlert form/> });
    let problem = Problem::new(ProblemKind::TooManyAttempts)
        .with_detail("Too many attempts. Wait 15 minutes or ask the staff.");
    form.failure.set(Some(ApiFailure::Problem(problem)));
    next_tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Wait 15 minutes or ask the staff."), "{text}");
}

#[wasm_bindgen_test]
fn audit_queries_carry_only_the_filters_that_are_set() {
    assert_eq!(api::audit_path(&AuditQuery::default()), "/api/audit");
    let query = AuditQuery {
        actor: Some(" ".into()),
        resident: Some("r/1 x".into()),
        event: Some(AuditEvent::SignInFailed),
        from_ms: Some(1_700_000_000_000.0),
        to_ms: None,
        before_id: Some(42),
    };
    assert_eq!(
        api::audit_path(&query),
        "/api/audit?resident=r%2F1%20x&event=sign_in_failed&from_ms=1700000000000&before_id=42"
    );
}
