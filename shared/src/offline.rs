//! The offline write queue's rules, free of any browser API so they test natively. The frontend's
//! `offline` module stores [`QueuedWrite`]s in IndexedDB and sends them; what happens to an entry
//! after each answer is decided here, by [`QueuedWrite::after`].
//!
//! - Every write carries a client-generated `Idempotency-Key` (a UUID v4, [`uuid_v4`]) and keeps it
//!   across retries and reloads, so a request whose answer was lost is never stored twice (the API
//!   replays its first answer).
//! - Entries are sent in the order they were made (the store's auto-increment `seq`), one at a time.
//! - 2xx (a replay included): done, the entry is removed. 409 request-in-progress: wait a moment,
//!   send again with the same key. 408 and 429 (try later), 5xx and no answer: keep it, retry with
//!   backoff. Any other 4xx: rejected, kept with its problem until the person fixes or discards it.
//!   Nothing is dropped silently.
//! - "Try again" after a rejection takes a fresh key: the API keeps a 4xx answer under the old key
//!   for 24 hours and would replay it.
//! - **Every entry belongs to whoever made it** ([`QueuedWrite::owner`]: [`owner_scope`] of the
//!   signed-in account, or [`ANONYMOUS`] before sign-in). Only the current principal's entries and
//!   anonymous ones are sent ([`QueuedWrite::sendable_by`]): a change is never delivered under
//!   someone else's session. Another account's entries stay stored, shown as waiting for their
//!   owner's sign-in ([`Summary::held`]), and go when that person signs in again. A 401 on an owned
//!   entry means its owner's session ended: it waits for them ([`Next::AwaitOwner`]), it is not
//!   refused.

use serde::{Deserialize, Serialize};

use crate::problem::{Problem, ProblemKind};

/// Where an entry stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryState {
    /// Not sent yet, or to be sent again.
    Waiting,
    /// On its way (an entry found in this state at start-up was interrupted: it is sent again with
    /// the same key).
    Sending,
    /// The API refused it; not retried until the person says so.
    Rejected,
}

/// The owner of writes made while nobody is signed in (public routes, like a problem report).
pub const ANONYMOUS: &str = "anonymous";

/// The owner of writes made by `account_id` (`None`: nobody signed in). Opaque to the queue: it is
/// only ever compared.
pub fn owner_scope(account_id: Option<&str>) -> String {
    match account_id {
        Some(id) => format!("account:{id}"),
        None => ANONYMOUS.to_owned(),
    }
}

fn anonymous() -> String {
    ANONYMOUS.to_owned()
}

/// One write made while offline (or whose answer never arrived).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QueuedWrite {
    /// The send order, assigned by the store when the entry is first saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
    /// The `Idempotency-Key` (UUID v4), kept across retries.
    pub id: String,
    pub method: String,
    pub path: String,
    /// The JSON body exactly as first sent: a replay must carry the same bytes, so it is kept as text
    /// (re-serializing a parsed value could reorder its fields).
    pub body: String,
    /// A catalog key naming the change for people ("pending-what-client-error").
    pub what: String,
    /// Whose change it is ([`owner_scope`]). Entries saved before owners existed were all public
    /// problem reports, hence the anonymous default.
    #[serde(default = "anonymous")]
    pub owner: String,
    /// When it was made, in milliseconds since the epoch.
    pub created_at: f64,
    pub state: EntryState,
    /// Sending attempts since it was made or last retried by hand (drives the backoff).
    #[serde(default)]
    pub attempts: u32,
    /// Why the API refused it (rejected entries only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
}

/// What came back for one attempt.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// No answer at all: offline, DNS, connection reset.
    NoAnswer,
    /// An HTTP answer; `problem` when it was a problem document.
    Status {
        status: u16,
        problem: Option<Problem>,
    },
}

/// What the sender does next with the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Stored (or replayed): remove it from the queue.
    Done,
    /// Keep it and send it again after this many milliseconds; later entries wait behind it.
    RetryAfter(u32),
    /// Refused: kept as rejected; the sender goes on with the next entry.
    Rejected,
    /// The owner's session has ended (401): kept waiting until they sign in again.
    AwaitOwner,
}

/// The pause after a 409 request-in-progress (the API answers `Retry-After: 1`).
pub const IN_PROGRESS_DELAY_MS: u32 = 1_000;
/// The longest pause between two attempts.
pub const MAX_RETRY_DELAY_MS: u32 = 60_000;

/// Exponential backoff: 1 s, 2 s, 4 s … capped at a minute (`attempts` counts the failed one).
pub fn retry_delay_ms(attempts: u32) -> u32 {
    let doublings = attempts.saturating_sub(1).min(16);
    (1_000u32 << doublings).min(MAX_RETRY_DELAY_MS)
}

impl QueuedWrite {
    pub fn new(
        id: String,
        method: &str,
        path: &str,
        body: String,
        what: &str,
        owner: String,
        created_at: f64,
    ) -> Self {
        Self {
            seq: None,
            id,
            method: method.to_owned(),
            path: path.to_owned(),
            body,
            what: what.to_owned(),
            owner,
            created_at,
            state: EntryState::Waiting,
            attempts: 0,
            problem: None,
        }
    }

    /// Before an attempt: saved as `Sending`, so the UI shows progress.
    pub fn start_sending(&mut self) {
        self.state = EntryState::Sending;
        self.attempts = self.attempts.saturating_add(1);
    }

    /// After an attempt: updates the entry and says what to do with it.
    pub fn after(&mut self, answer: Answer) -> Next {
        let (status, problem) = match answer {
            Answer::NoAnswer => {
                self.state = EntryState::Waiting;
                return Next::RetryAfter(retry_delay_ms(self.attempts));
            }
            Answer::Status { status, problem } => (status, problem),
        };
        let kind = problem.as_ref().and_then(Problem::known_kind);
        if (200..300).contains(&status) {
            self.problem = None;
            return Next::Done;
        }
        if status == 401 && self.owner != ANONYMOUS {
            self.state = EntryState::Waiting;
            self.attempts = 0;
            return Next::AwaitOwner;
        }
        if status == 409 && kind == Some(ProblemKind::RequestInProgress) {
            self.state = EntryState::Waiting;
            return Next::RetryAfter(IN_PROGRESS_DELAY_MS);
        }
        if (400..500).contains(&status) && status != 408 && status != 429 {
            self.state = EntryState::Rejected;
            self.problem = Some(problem.unwrap_or_else(|| bare_problem(status)));
            return Next::Rejected;
        }
        self.state = EntryState::Waiting;
        Next::RetryAfter(retry_delay_ms(self.attempts))
    }

    /// The person's "Try again" on a rejected entry: waiting again, under a fresh key.
    pub fn retry_with_key(&mut self, id: String) {
        self.id = id;
        self.state = EntryState::Waiting;
        self.attempts = 0;
        self.problem = None;
    }

    /// At start-up: an entry left `Sending` was interrupted (tab closed, reload) and is sent again
    /// with the same key. Returns whether it changed.
    pub fn recover(&mut self) -> bool {
        let interrupted = self.state == EntryState::Sending;
        if interrupted {
            self.state = EntryState::Waiting;
        }
        interrupted
    }

    pub fn is_rejected(&self) -> bool {
        self.state == EntryState::Rejected
    }

    /// Whether it may be sent while `current` ([`owner_scope`]) is signed in.
    pub fn sendable_by(&self, current: &str) -> bool {
        self.owner == ANONYMOUS || self.owner == current
    }
}

/// A problem for a 4xx answer that did not carry a problem document.
fn bare_problem(status: u16) -> Problem {
    Problem {
        kind: "about:blank".to_owned(),
        title: format!("HTTP {status}"),
        status,
        detail: None,
        instance: None,
        request_id: None,
        errors: Vec::new(),
        current_version: None,
    }
}

/// The entry to send next while `current` ([`owner_scope`]) is signed in: the oldest of theirs or
/// anonymous that is not rejected (a rejected change does not hold up the ones after it; another
/// account's changes are not theirs to send). `entries` in any order.
pub fn next_to_send<'a>(entries: &'a [QueuedWrite], current: &str) -> Option<&'a QueuedWrite> {
    entries
        .iter()
        .filter(|e| !e.is_rejected() && e.sendable_by(current))
        .min_by_key(|e| e.seq.unwrap_or(u64::MAX))
}

/// Counts for the header indicator and the `/pending` page, as seen by `current`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Of this person (or anonymous): waiting or sending.
    pub waiting: usize,
    /// Of this person (or anonymous): refused.
    pub rejected: usize,
    /// Another account's, kept until its owner signs in here again.
    pub held: usize,
}

pub fn summarize(entries: &[QueuedWrite], current: &str) -> Summary {
    let mut summary = Summary::default();
    for e in entries {
        if !e.sendable_by(current) {
            summary.held += 1;
        } else if e.is_rejected() {
            summary.rejected += 1;
        } else {
            summary.waiting += 1;
        }
    }
    summary
}

/// How many of `owner`'s own changes are still unsent (waiting or refused): asked at sign-out, so
/// the person knows what stays behind for their next sign-in. Anonymous entries do not count (they
/// are sent whoever is signed in), nor does a signed-out `owner`.
pub fn unsent_of(entries: &[QueuedWrite], owner: &str) -> usize {
    if owner == ANONYMOUS {
        return 0;
    }
    entries.iter().filter(|e| e.owner == owner).count()
}

/// A UUID v4 from 16 random bytes (the version and variant bits are set here).
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, b) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

#[cfg(test)]
mod tests;
