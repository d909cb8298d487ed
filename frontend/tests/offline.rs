//! The offline queue in real headless Chromium: a write that gets no answer is saved in IndexedDB,
//! the header indicator counts it, and discarding removes it. (The answer rules are tested natively
//! in `wegwijs_shared::offline`; the whole round trip against the Worker in
//! `e2e/tests/offline-queue.spec.mjs`.)

use leptos::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wegwijs_frontend::api::{self, Sent};
use wegwijs_frontend::components::pending_indicator::PendingIndicator;
use wegwijs_frontend::offline::{self, use_queue_status};
use wegwijs_shared::client_errors::{ClientErrorReceipt, ClientErrorReport};
use wegwijs_shared::offline::EntryState;

mod common;

use common::{container, sleep};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits (up to 5 s) until the queue holds `n` entries.
async fn until_entries(n: usize) {
    let status = use_queue_status();
    for _ in 0..100 {
        if status.with_untracked(|s| s.entries.len()) == n {
            return;
        }
        sleep(50).await;
    }
    panic!(
        "expected {n} queued entries, have {:?}",
        status.get_untracked()
    );
}

#[wasm_bindgen_test]
async fn a_write_without_an_answer_is_saved_counted_and_can_be_discarded() {
    let root = container();
    let _mounted = mount_to(root.clone(), || view! { <PendingIndicator/> });

    // Port 9 (discard) on loopback refuses connections: no answer, as when offline.
    let report = ClientErrorReport {
        route: "/".into(),
        message: "test".into(),
        status: None,
        request_id: None,
    };
    let sent: Result<Sent<ClientErrorReceipt>, _> = api::post_queued(
        "http://127.0.0.1:9/api/client-errors",
        &report,
        "pending-what-client-error",
    )
    .await;
    assert_eq!(sent, Ok(Sent::Queued));

    until_entries(1).await;
    let entry = use_queue_status().with_untracked(|s| s.entries[0].clone());
    assert_ne!(entry.state, EntryState::Rejected);
    assert_eq!(entry.method, "POST");
    assert_eq!(entry.id.len(), 36, "a UUID idempotency key");
    assert_eq!(
        serde_json::from_str::<ClientErrorReport>(&entry.body).unwrap(),
        report
    );
    sleep(50).await;
    let text = root.text_content().unwrap();
    assert!(text.contains("1 change waiting"), "{text}");
    assert!(root.query_selector("a[href='/pending']").unwrap().is_some());

    offline::discard(entry.seq.unwrap()).await;
    until_entries(0).await;
    sleep(50).await;
    assert_eq!(root.text_content().unwrap(), "");
}
