//! The offline write queue: one mechanism every feature's writes can use. A queueable write goes
//! through [`send_or_queue`] (via `api::post_queued` / `api::put_queued`): it is sent at once with a
//! client-generated `Idempotency-Key`; when there is no connection (or older changes still wait) it
//! is saved in IndexedDB instead, and the flusher sends the saved changes in order, one at a time,
//! with their original keys, at start-up and whenever the connection returns. The rules for each
//! answer are pure functions in `wegwijs_shared::offline` (tested natively).
//!
//! - `key`: the UUID v4 idempotency key from `crypto.getRandomValues`;
//! - `store`: the IndexedDB object store (web-sys directly: the queue needs four operations, and a
//!   wrapper crate would add size to every resident's first load for no gain);
//! - `status`: the snapshot the header indicator and the `/pending` page show;
//! - `flush`: sending in order, backoff, the `online` listener;
//! - `send`: [`send_or_queue`], the entry point for writes;
//! - `owner`: whose changes may go now (each change belongs to the account that made it).

mod flush;
mod key;
mod owner;
mod send;
mod status;
mod store;

pub use flush::{discard, retry, send_now, start};
pub use owner::{
    pause as pause_owner, resume as resume_owner, set_owner, unsent_mine, waiting_bodies,
    waiting_body,
};
pub use send::{Sent, send_or_queue};
pub use status::{QueueStatus, use_queue_status};
