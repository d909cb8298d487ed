//! The one way the app shows a failure: what happened in plain words, what to do next, the field
//! errors if any, the request id to quote, a retry button, and a button that sends the problem to the
//! support team. Never a blank page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::client_errors::ClientErrorReport;
use wegwijs_shared::problem::{FieldError, ProblemKind};

use crate::api::{self, ApiFailure, Sent};
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{field_error, t, use_i18n};

/// The catalog key of a short, plain-language explanation per kind of failure.
pub fn explain(failure: &ApiFailure) -> &'static str {
    match failure {
        ApiFailure::Network(_) => "error-network",
        ApiFailure::Unexpected { .. } => "error-unexpected",
        ApiFailure::Problem(problem) => match problem.known_kind() {
            Some(ProblemKind::NotFound) => "error-not-found",
            Some(ProblemKind::ValidationFailed | ProblemKind::MalformedBody) => "error-validation",
            Some(ProblemKind::ServiceUnavailable) => "error-unavailable",
            _ => "error-generic",
        },
    }
}

/// The API's field errors as a list ("field: message"), for where no form shows them next to the
/// fields; nothing when there are none.
pub fn field_error_list(errors: Vec<FieldError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <ul class="field-errors">
                {errors
                    .into_iter()
                    .map(|e| {
                        let message = field_error(&e.code, &e.message);
                        view! { <li><bdi>{e.field}</bdi>": "{message}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// The request id to quote to the support team, when the answer had one.
pub fn request_id_line(id: Option<String>) -> impl IntoView {
    id.map(|id| {
        view! {
            <p class="request-id">
                {t("error-reference")} " " <code dir="ltr">{id}</code>
            </p>
        }
    })
}

#[component]
pub fn ErrorDisplay(
    failure: ApiFailure,
    /// Called by the "Try again" button; no button when absent.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let explanation = i18n.tr(explain(&failure));
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
    // `Ok(None)`: saved on this device (offline), sent when the connection returns.
    let sent = RwSignal::new(None::<Result<Option<String>, String>>);
    let send = move |_| {
        let report = report.clone();
        spawn_local(async move {
            let outcome = api::report_client_error(&report)
                .await
                .map(|sent| match sent {
                    Sent::Done(receipt) => Some(receipt.id),
                    Sent::Queued => None,
                })
                .map_err(|f| i18n.tr(explain(&f)));
            sent.try_set(Some(outcome));
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
            {field_error_list(field_errors)}
            {request_id_line(request_id)}
            <div class="actions">
                {on_retry
                    .map(|retry| {
                        view! {
                            <button type="button" class="button" on:click=move |_| retry.run(())>
                                <IconSvg icon=Icon::Retry/>
                                " "
                                {t("try-again")}
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
                    " "
                    {t("error-send-report")}
                </button>
            </div>
            <p role="status" class="report-status">
                {move || match sent.get() {
                    None => String::new(),
                    Some(Ok(Some(id))) => i18n.tr_args("error-report-sent", &[("id", id.into())]),
                    Some(Ok(None)) => i18n.tr("error-report-queued"),
                    Some(Err(why)) => i18n.tr_args("error-report-failed", &[("why", why.into())]),
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
