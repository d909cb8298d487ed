//! Whose changes may be sent now. Every saved change records its owner (the account signed in when
//! it was made, or anonymous); the flusher sends only the current owner's and anonymous ones
//! (`wegwijs_shared::offline::next_to_send`). The session sets the owner ([`set_owner`]) whenever
//! it changes, and the sign-in and sign-out calls clear it *before* their request, because their
//! answer swaps the cookie every later request carries: no change of one person can slip out under
//! the next person's session in between.

use std::cell::RefCell;

use wegwijs_shared::offline::{ANONYMOUS, EntryState, owner_scope, unsent_of};

use super::{flush, status, store};

thread_local! {
    static OWNER: RefCell<String> = RefCell::new(ANONYMOUS.to_owned());
}

/// The current owner scope (anonymous while nobody is known to be signed in).
pub fn current() -> String {
    OWNER.with(|o| o.borrow().clone())
}

/// The signed-in account changed (`None`: nobody, or not known yet). Starts a round when it did,
/// so a person's own waiting changes go as soon as they are back.
pub fn set_owner(account_id: Option<&str>) {
    let next = owner_scope(account_id);
    let changed = OWNER.with(|o| {
        let mut owner = o.borrow_mut();
        let changed = *owner != next;
        *owner = next;
        changed
    });
    if changed {
        status::refresh_owner();
        flush::send_now();
    }
}

/// Before a call whose answer may swap the session cookie (sign-in, sign-out): nobody's changes
/// but anonymous ones go until the new session is known. Returns the owner, for [`resume`].
pub fn pause() -> String {
    let previous = OWNER.with(|o| std::mem::replace(&mut *o.borrow_mut(), ANONYMOUS.to_owned()));
    status::refresh_owner();
    previous
}

/// The call failed, so the cookie did not change: the owner before [`pause`] is back.
pub fn resume(previous: String) {
    OWNER.with(|o| *o.borrow_mut() = previous);
    status::refresh_owner();
    flush::send_now();
}

/// How many of the current person's own changes are still on this device, unsent (asked at
/// sign-out). Unknown (no IndexedDB) counts as none: there is then no queue that could hold any.
pub async fn unsent_mine() -> usize {
    store::all()
        .await
        .map_or(0, |entries| unsent_of(&entries, &current()))
}

/// The body of `account_id`'s newest change to `method path` still waiting to be sent.
pub async fn waiting_body(account_id: &str, method: &str, path: &str) -> Option<String> {
    let owner = owner_scope(Some(account_id));
    let entries = store::all().await.ok()?;
    entries
        .into_iter()
        .filter(|e| {
            e.owner == owner
                && e.method == method
                && e.path == path
                && e.state != EntryState::Rejected
        })
        .max_by_key(|e| e.seq.unwrap_or_default())
        .map(|e| e.body)
}

/// Every change of `account_id` to `method` on a path starting with `prefix` still waiting to be
/// sent, oldest first, as (path, body): a page that shows many changes (a module's answers) reads
/// them all back after a reload.
pub async fn waiting_bodies(account_id: &str, method: &str, prefix: &str) -> Vec<(String, String)> {
    let owner = owner_scope(Some(account_id));
    let Ok(mut entries) = store::all().await else {
        return Vec::new();
    };
    entries.sort_by_key(|e| e.seq.unwrap_or(u64::MAX));
    entries
        .into_iter()
        .filter(|e| {
            e.owner == owner
                && e.method == method
                && e.path.starts_with(prefix)
                && e.state != EntryState::Rejected
        })
        .map(|e| (e.path, e.body))
        .collect()
}
