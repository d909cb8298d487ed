//! The one way the app shows a failure: what happened in plain words, what to do next, the field
//! errors if any, the request id to quote, a retry button, and a button that sends the problem to the
//! support team. Never a blank page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::client_errors::ClientErrorReport;
use wegwijs_shared::problem::ProblemKind;

use crate::api::{self, ApiFailure};
use crate::components::icons::{Icon, IconSvg};

/// A short, plain-language explanation per kind of failure.
pub fn explain(failure: &ApiFailure) -> &'static str {
    match failure {
        ApiFailure::Network(_) => {
            "We could not reach Wegwijs. Check your internet connection and try again."
        }
        ApiFailure::Unexpected { .. } => {
            "Wegwijs sent an answer this version of the app does not understand. Reload the page."
        }
        ApiFailure::Problem(problem) => match problem.known_kind() {
            Some(ProblemKind::NotFound) => "We could not find what you asked for.",
            Some(ProblemKind::ValidationFailed | ProblemKind::MalformedBody) => {
                "Some information is missing or not correct. Please check the fields below."
            }
            Some(ProblemKind::ServiceUnavailable) => {
                "Wegwijs is busy or being updated. Please try again in a few minutes."
            }
            _ => "Something went wrong. Please try again. If it keeps happening, tell the staff.",
        },
    }
}

#[component]
pub fn ErrorDisplay(
    failure: ApiFailure,
    /// Called by the "Try again" button; no button when absent.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let explanation = explain(&failure);
    let detail = match &failure {
        ApiFailure::Problem(p) => p.detail.clone(),
        ApiFailure::Network(_) | ApiFailure::Unexpected { .. } => None,
    };
    let field_errors = match &failure {
        ApiFailure::Problem(p) => p.errors.clone(),
        _ => Vec::new(),
    };
    let request_id = failure.request_id().map(str::to_owned);
    let report = ClientErrorReport {
        route: current_route(),
        message: format!("{explanation} {}", detail.clone().unwrap_or_default())
            .trim()
            .to_owned(),
        status: failure.status(),
        request_id: request_id.clone(),
    };
    let sent = RwSignal::new(None::<Result<String, String>>);
    let send = move |_| {
        let report = report.clone();
        spawn_local(async move {
            let outcome = api::report_client_error(&report)
                .await
                .map(|receipt| receipt.id)
                .map_err(|f| explain(&f).to_owned());
            sent.set(Some(outcome));
        });
    };

    view! {
        <section class="error-display" role="alert" aria-labelledby="error-title">
            <h2 id="error-title">
                <IconSvg icon=Icon::Alert/>
                " "
                {explanation}
            </h2>
            {detail.map(|d| view! { <p class="error-detail">{d}</p> })}
            {(!field_errors.is_empty())
                .then(|| {
                    view! {
                        <ul class="field-errors">
                            {field_errors
                                .into_iter()
                                .map(|e| view! { <li><bdi>{e.field}</bdi>": "{e.message}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
            {request_id
                .map(|id| {
                    view! {
                        <p class="request-id">
                            "Reference for the staff: " <code dir="ltr">{id}</code>
                        </p>
                    }
                })}
            <div class="actions">
                {on_retry
                    .map(|retry| {
                        view! {
                            <button type="button" class="button" on:click=move |_| retry.run(())>
                                <IconSvg icon=Icon::Retry/>
                                " Try again"
                            </button>
                        }
                    })}
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=send
                    disabled=move || matches!(sent.get(), Some(Ok(_)))
                >
                    <IconSvg icon=Icon::Send/>
                    " Send this problem to the support team"
                </button>
            </div>
            <p role="status" class="report-status">
                {move || match sent.get() {
                    None => String::new(),
                    Some(Ok(id)) => format!("Sent. Your reference number is {id}."),
                    Some(Err(why)) => format!("Could not send: {why}"),
                }}
            </p>
        </section>
    }
}

fn current_route() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}
