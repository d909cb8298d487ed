//! What follows the signed-in person: the offline queue's owner (whose saved changes may be sent)
//! and the app language remembered on their account.
//!
//! The language rule is `wegwijs_shared::languages::on_session`: once signed in (at sign-in, and
//! when the app opens with a session) the account's language wins over the device's, because it is
//! the person's own choice and the device may have been set by someone else. A newer choice of
//! theirs still waiting in the offline queue wins over both; an account without a language takes
//! the device's (saved on it). Signed out, the device keeps its own choice and nothing is sent.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::accounts::OwnLanguage;
use wegwijs_shared::api_paths::ME_LANGUAGE;
use wegwijs_shared::languages::{OnSession, on_session};

use crate::api;
use crate::components::session::SessionState;
use crate::i18n::I18n;
use crate::offline;

/// Called once by the app, after the session and language state exist.
pub fn follow_session(session: RwSignal<SessionState>, i18n: I18n) {
    Effect::new(move |_| {
        let Some(view) = session.with(|s| s.view().cloned()) else {
            offline::set_owner(None);
            return;
        };
        spawn_local(async move {
            // Read before the owner is set: from then on the flusher may deliver the change, and
            // the rule must still know it was this person's newest choice.
            let waiting = offline::waiting_body(&view.account_id, "PUT", ME_LANGUAGE)
                .await
                .and_then(|body| serde_json::from_str::<OwnLanguage>(&body).ok());
            let current = session.with_untracked(|s| s.view().map(|v| v.account_id.clone()));
            if current.as_deref() != Some(view.account_id.as_str()) {
                return; // Signed out (or someone else signed in) meanwhile.
            }
            offline::set_owner(Some(&view.account_id));
            let waiting = waiting.as_ref().map(|w| w.language.as_str());
            let device = i18n.chosen_code_untracked();
            match on_session(device, view.language.as_deref(), waiting) {
                OnSession::Keep => {}
                OnSession::Adopt(code) => i18n.choose(code),
                OnSession::Save(code) => save_language(session, code),
            }
        });
    });
}

/// The person chose `code` (picker or `/language`): when signed in, remember it on the account too,
/// through the offline queue (sent now, or later and once, with its idempotency key).
pub fn save_language(session: RwSignal<SessionState>, code: &'static str) {
    let signed_in = session.with_untracked(|s| matches!(s, SessionState::SignedIn(_)));
    if !signed_in {
        return;
    }
    // The account has it from now on (or will, once the queue delivers it): the session rule then
    // sees no difference to adopt.
    session.update(|s| {
        if let SessionState::SignedIn(view) = s {
            view.language = Some(code.to_owned());
        }
    });
    spawn_local(async move {
        let body = OwnLanguage {
            language: code.to_owned(),
        };
        let sent: Result<api::Sent<OwnLanguage>, _> =
            api::put_queued(ME_LANGUAGE, &body, "pending-what-language").await;
        // A refusal here is a bug (the code came from the list) or a session that just ended; the
        // device keeps the language either way.
        if let Err(failure) = sent {
            leptos::logging::warn!("saving the language on the account failed: {failure:?}");
        }
    });
}
