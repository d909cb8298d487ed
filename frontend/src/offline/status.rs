//! What the header indicator and the `/pending` page show: the saved entries (a snapshot, in send
//! order) and the progress of the current sending round. One app-wide signal, written only by the
//! flusher.

use leptos::prelude::*;
use wegwijs_shared::offline::{QueuedWrite, Summary, summarize};

use super::owner;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueueStatus {
    /// Every saved change, oldest first.
    pub entries: Vec<QueuedWrite>,
    /// Whether a change is on its way right now.
    pub sending: bool,
    /// Changes sent since the current round began (0 when idle).
    pub sent: usize,
    /// Whose changes may be sent now (`wegwijs_shared::offline::owner_scope`); others' are held.
    pub owner: String,
}

impl QueueStatus {
    pub fn summary(&self) -> Summary {
        summarize(&self.entries, &self.owner)
    }

    /// Whether `entry` belongs to someone else and waits for them to sign in again.
    pub fn held(&self, entry: &QueuedWrite) -> bool {
        !entry.sendable_by(&self.owner)
    }
}

thread_local! {
    static STATUS: ArcRwSignal<QueueStatus> = ArcRwSignal::new(QueueStatus::default());
}

/// The app-wide queue status (reactive).
pub fn use_queue_status() -> ArcRwSignal<QueueStatus> {
    STATUS.with(Clone::clone)
}

pub(super) fn show(mut entries: Vec<QueuedWrite>, sending: bool, sent: usize) {
    entries.sort_by_key(|e| e.seq.unwrap_or(u64::MAX));
    let next = QueueStatus {
        entries,
        sending,
        sent,
        owner: owner::current(),
    };
    STATUS.with(|s| {
        if *s.read_untracked() != next {
            s.set(next);
        }
    });
}

/// The owner changed: the same entries, seen by the new owner.
pub(super) fn refresh_owner() {
    STATUS.with(|s| {
        let owner = owner::current();
        if s.read_untracked().owner != owner {
            s.update(|status| status.owner = owner);
        }
    });
}
