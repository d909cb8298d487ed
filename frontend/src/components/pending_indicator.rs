//! "N changes waiting" in the header: the offline queue's count and sync progress, and a warning when
//! a change was refused. Links to `/pending`, where each change can be seen, retried or discarded.
//! The live region is always in the page (empty when nothing waits), so screen readers announce
//! changes to it. (A plain link: the router handles clicks on every same-origin `<a>`.)

use leptos::prelude::*;

use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t_args;
use crate::offline::use_queue_status;

#[component]
pub fn PendingIndicator() -> impl IntoView {
    let status = use_queue_status();
    let text = move || {
        status.with(|s| {
            let summary = s.summary();
            let mut parts = Vec::new();
            if s.sending && summary.waiting > 0 {
                let done = s.sent + 1;
                let total = s.sent + summary.waiting;
                parts.push(t_args(
                    "pending-sending",
                    &[("done", done.into()), ("total", total.into())],
                ));
            } else if summary.waiting > 0 {
                parts.push(t_args(
                    "pending-waiting",
                    &[("count", summary.waiting.into())],
                ));
            }
            if summary.rejected > 0 {
                parts.push(t_args(
                    "pending-rejected",
                    &[("count", summary.rejected.into())],
                ));
            }
            (!parts.is_empty()).then(|| (parts.join(" · "), summary.rejected > 0))
        })
    };
    view! {
        <p class="pending-indicator" role="status" data-testid="pending">
            {move || {
                text()
                    .map(|(text, rejected)| {
                        view! {
                            <a href="/pending" class="pending-link" class:pending-rejected=rejected>
                                <IconSvg icon=if rejected { Icon::Alert } else { Icon::Send }/>
                                <span>{text}</span>
                            </a>
                        }
                    })
            }}
        </p>
    }
}
