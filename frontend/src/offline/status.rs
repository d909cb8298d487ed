//! What the header indicator and the `/pending` page show: the saved entries (a snapshot, in send
//! order) and the progress of the current sending round. One app-wide signal, written only by the
//! flusher.

use leptos::prelude::*;
use wegwijs_shared::offline::{QueuedWrite, Summary, summarize};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueueStatus {
    /// Every saved change, oldest first.
    pub entries: Vec<QueuedWrite>,
    /// Whether a change is on its way right now.
    pub sending: bool,
    /// Changes sent since the current round began (0 when idle).
    pub sent: usize,
}

impl QueueStatus {
    pub fn summary(&self) -> Summary {
        summarize(&self.entries)
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
    };
    STATUS.with(|s| {
        if *s.read_untracked() != next {
            s.set(next);
        }
    });
}
