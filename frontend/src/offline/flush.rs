//! The flusher: sends saved changes in order, one at a time, each with its original idempotency
//! key. It runs at start-up, when the connection returns (`online`), after a new change is saved,
//! and after a backoff delay; only one round runs at a time (a request for another while one runs
//! makes it go round once more).

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::ev;
use leptos::prelude::{TimeoutHandle, set_timeout_with_handle, window_event_listener};
use leptos::task::spawn_local;
use wegwijs_shared::offline::{Answer, Next, QueuedWrite, next_to_send};

use super::{key, owner, status, store};
use crate::api::{self, ApiFailure};

thread_local! {
    static STARTED: Cell<bool> = const { Cell::new(false) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
}

/// Once, at app start: entries interrupted mid-send become waiting again, then a first round.
pub fn start() {
    if STARTED.replace(true) {
        return;
    }
    // For the app's lifetime: the handle is never removed.
    let _ = window_event_listener(ev::online, |_| send_now());
    spawn_local(async {
        if let Ok(entries) = store::all().await {
            for mut entry in entries {
                if entry.recover() {
                    let _ = store::put(&entry).await;
                }
            }
        }
        run().await;
    });
}

/// Start a round now (the connection returned, a change was saved, or the person asked).
pub fn send_now() {
    if let Some(timer) = TIMER.take() {
        timer.clear();
    }
    spawn_local(run());
}

/// The person's "Discard": the change is removed from this device and never sent.
pub async fn discard(seq: u64) {
    let _ = store::delete(seq).await;
    send_now();
}

/// The person's "Try again" on a rejected change: waiting again under a fresh key.
pub async fn retry(seq: u64) {
    let Ok(entries) = store::all().await else {
        return;
    };
    if let Some(mut entry) = entries.into_iter().find(|e| e.seq == Some(seq)) {
        entry.retry_with_key(key::new_key());
        let _ = store::put(&entry).await;
    }
    send_now();
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

async fn run() {
    if RUNNING.replace(true) {
        AGAIN.set(true);
        return;
    }
    loop {
        AGAIN.set(false);
        round().await;
        if !AGAIN.get() {
            break;
        }
    }
    RUNNING.set(false);
}

async fn round() {
    let mut sent = 0;
    loop {
        let Ok(entries) = store::all().await else {
            break;
        };
        let next = next_to_send(&entries, &owner::current()).cloned();
        let go = next.is_some() && online();
        status::show(entries, go, sent);
        let (Some(mut entry), true) = (next, go) else {
            // Nothing left, or offline: the `online` event starts the next round.
            return;
        };
        let Some(seq) = entry.seq else { break };
        entry.start_sending();
        if store::put(&entry).await.is_err() {
            break;
        }
        // The person may have signed out while the entry was being saved.
        if !entry.sendable_by(&owner::current()) {
            entry.recover();
            let _ = store::put(&entry).await;
            continue;
        }
        let answer =
            answer_of(api::send_keyed(&entry.method, &entry.path, &entry.body, &entry.id).await);
        match entry.after(answer) {
            Next::Done => {
                // A change that cannot be removed would be sent again (harmlessly replayed) forever.
                if store::delete(seq).await.is_err() {
                    break;
                }
                sent += 1;
            }
            Next::Rejected => {
                if store::put(&entry).await.is_err() {
                    break;
                }
            }
            Next::AwaitOwner => {
                // The owner's session ended: kept for their next sign-in here. Unless someone
                // else has signed in meanwhile, nobody is the owner now and the next round skips it.
                let _ = store::put(&entry).await;
                if entry.owner == owner::current() {
                    crate::offline::set_owner(None);
                }
            }
            Next::RetryAfter(ms) => {
                let _ = store::put(&entry).await;
                schedule(ms);
                break;
            }
        }
    }
    if let Ok(entries) = store::all().await {
        status::show(entries, false, 0);
    }
}

fn schedule(ms: u32) {
    let handle = set_timeout_with_handle(send_now, Duration::from_millis(u64::from(ms)));
    if let Some(old) = TIMER.replace(handle.ok()) {
        old.clear();
    }
}

fn answer_of(result: Result<(u16, String), ApiFailure>) -> Answer {
    match result {
        Ok((status, _)) => Answer::Status {
            status,
            problem: None,
        },
        Err(ApiFailure::Problem(problem)) => Answer::Status {
            status: problem.status,
            problem: Some(problem),
        },
        Err(ApiFailure::Unexpected {
            status: Some(status),
            ..
        }) => Answer::Status {
            status,
            problem: None,
        },
        Err(ApiFailure::Network(_) | ApiFailure::Unexpected { status: None, .. }) => {
            Answer::NoAnswer
        }
    }
}

/// Whether anything `owner` may send still waits (a new change of theirs queues behind it).
pub(super) fn has_waiting(entries: &[QueuedWrite], owner: &str) -> bool {
    next_to_send(entries, owner).is_some()
}
