//! [`send_or_queue`]: a write that survives being offline.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wegwijs_shared::offline::QueuedWrite;

use super::{flush, key, owner, store};
use crate::api::{self, ApiFailure};

/// The outcome of a queueable write.
#[derive(Clone, Debug, PartialEq)]
pub enum Sent<T> {
    /// The API answered 2xx now.
    Done(T),
    /// Saved on this device; it will be sent when the connection returns (the header shows it).
    Queued,
}

/// Sends `body` with a fresh `Idempotency-Key`. Without a connection, or while older changes still
/// wait (order matters), the write is saved in the queue instead and `Sent::Queued` returned. Any
/// answer from the API (2xx or a problem) is returned as usual: the person sees it at once. If the
/// queue itself cannot be used (no IndexedDB), the network failure is returned: never dropped.
/// `what` is the catalog key naming the change on the `/pending` page.
pub async fn send_or_queue<B: Serialize, T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: &B,
    what: &str,
) -> Result<Sent<T>, ApiFailure> {
    let body = serde_json::to_string(body).map_err(|e| ApiFailure::Unexpected {
        status: None,
        detail: e.to_string(),
    })?;
    let entry = QueuedWrite::new(
        key::new_key(),
        method,
        path,
        body,
        what,
        owner::current(),
        js_sys::Date::now(),
    );
    match send_or_save(entry).await? {
        Some((status, text)) => api::parse(status, &text).map(Sent::Done),
        None => Ok(Sent::Queued),
    }
}

/// Not generic, so each response type adds only a parse call.
async fn send_or_save(entry: QueuedWrite) -> Result<Option<(u16, String)>, ApiFailure> {
    let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
    let behind = store::all()
        .await
        .is_ok_and(|entries| flush::has_waiting(&entries, &entry.owner));
    let failure = if online && !behind {
        match api::send_keyed(&entry.method, &entry.path, &entry.body, &entry.id).await {
            Err(ApiFailure::Network(why)) => ApiFailure::Network(why),
            answered => return answered.map(Some),
        }
    } else {
        ApiFailure::Network("offline".to_owned())
    };
    // The request may have reached the API before the connection dropped: the queue sends it again
    // with the same key, and the API replays its answer instead of storing it twice.
    store::put(&entry).await.map_err(|_| failure)?;
    flush::send_now();
    Ok(None)
}
