//! Who is signed in, as one signal every page reads. Loaded once at start from `GET /api/session`,
//! replaced after sign-in and sign-out, and dropped to "signed out" whenever any API call answers
//! that the session is gone. The cookie itself is HttpOnly: this state is only what the API told us.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wegwijs_shared::accounts::SessionView;
use wegwijs_shared::auth::Role;
use wegwijs_shared::problem::ProblemKind;

use crate::api::{self, ApiFailure};
use crate::components::loading::Loading;
use crate::components::pwa;
use crate::i18n::{t, tr};

#[derive(Clone, Debug, PartialEq)]
pub enum SessionState {
    /// Still asking the API.
    Unknown,
    SignedOut,
    SignedIn(SessionView),
}

impl SessionState {
    pub fn view(&self) -> Option<&SessionView> {
        match self {
            SessionState::SignedIn(view) => Some(view),
            _ => None,
        }
    }

    pub fn role(&self) -> Option<Role> {
        self.view().map(|v| v.role)
    }
}

/// Creates the session signal, puts it in context and starts loading it. Called once by the app.
pub fn provide_session() -> RwSignal<SessionState> {
    let state = RwSignal::new(SessionState::Unknown);
    provide_context(state);
    // A 401 may answer a request sent under a session that has just been replaced (a queued change
    // of the person before, answered after the next one signed in on this phone): ask who is
    // signed in now instead of signing the new person out.
    api::set_on_unauthenticated(move || {
        if state.with_untracked(|s| matches!(s, SessionState::SignedIn(_))) {
            spawn_local(load(state));
        }
    });
    follow_in_service_worker(state);
    spawn_local(load(state));
    state
}

/// The service worker keeps API reads per person: tell it who is signed in, and delete the saved
/// reads when a session ends (sign-out here or on every device, or a 401). Leaving "signed in" only
/// because the API could not be reached (offline start) is not an end: `load` never does that from
/// a signed-in state.
fn follow_in_service_worker(state: RwSignal<SessionState>) {
    Effect::new(move |previous: Option<Option<String>>| {
        let account = state.with(|s| s.view().map(|v| v.account_id.clone()));
        let before = previous.flatten();
        if account != before {
            match &account {
                Some(id) => pwa::signed_in(id),
                None if before.is_some() => pwa::session_ended(),
                None => {}
            }
        }
        account
    });
}

async fn load(state: RwSignal<SessionState>) {
    match api::session().await {
        Ok(Some(view)) => state.set(SessionState::SignedIn(view)),
        Ok(None) => {
            // The API says nobody is signed in here (expired while away, or never): whatever was
            // saved for a person on this device is not theirs to see any more.
            pwa::no_session();
            state.set(SessionState::SignedOut);
        }
        Err(failure) => {
            // Offline or a broken answer also means we cannot act as signed in.
            // The pages then say what they can; the next successful sign-in or reload fixes it.
            state.set(SessionState::SignedOut);
            if matches!(failure, ApiFailure::Network(_)) {
                retry_when_online(state);
            }
        }
    }
}

/// A resident who opens the app offline is not signed out: ask again once the connection is back.
fn retry_when_online(state: RwSignal<SessionState>) {
    let handle = std::rc::Rc::new(std::cell::Cell::new(None::<WindowListenerHandle>));
    let own = handle.clone();
    let listener = window_event_listener(leptos::ev::online, move |_| {
        if let Some(h) = own.take() {
            h.remove();
        }
        spawn_local(load(state));
    });
    handle.set(Some(listener));
}

pub fn use_session() -> RwSignal<SessionState> {
    expect_context::<RwSignal<SessionState>>()
}

/// Signs out this device: ends the session on the server, then forgets it here. A 401 means it had
/// already ended, which is what the person wanted.
pub async fn sign_out(state: RwSignal<SessionState>) -> Result<(), ApiFailure> {
    match api::sign_out().await {
        Ok(_) => {}
        Err(failure) if failure.kind() == Some(ProblemKind::Unauthenticated) => {}
        Err(failure) => return Err(failure),
    }
    state.set(SessionState::SignedOut);
    Ok(())
}

/// Where a signed-in person's own area starts.
pub fn home_of(role: Role) -> &'static str {
    match role {
        Role::Resident => "/",
        Role::Trainer => "/trainer",
        Role::Staff => "/staff",
        Role::Admin => "/admin",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    Checking,
    SignedOut,
    Allowed,
    Denied,
}

/// Shows `children` only to the given roles: "please sign in" (with a link) to someone signed out,
/// a plain "not allowed" to a signed-in person with another role. The API checks again on every
/// call; this only spares people pages that could not work for them.
#[component]
pub fn RequireRole(
    roles: &'static [Role],
    /// Where the sign-in link goes: staff, trainers and admins sign in elsewhere than residents.
    #[prop(default = "/staff/sign-in")]
    sign_in_href: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    // A memo, so refreshing the session with the same role does not rebuild the page.
    let access = Memo::new(move |_| match session.get() {
        SessionState::Unknown => Access::Checking,
        SessionState::SignedOut => Access::SignedOut,
        SessionState::SignedIn(v) if roles.contains(&v.role) => Access::Allowed,
        SessionState::SignedIn(_) => Access::Denied,
    });
    move || match access.get() {
        Access::Checking => view! { <Loading label=tr("checking-session")/> }.into_any(),
        Access::Allowed => children().into_any(),
        Access::SignedOut => view! {
            <section class="page" aria-labelledby="guard-title">
                <h1 id="guard-title">{t("guard-sign-in-title")}</h1>
                <p>{t("guard-sign-in-text")}</p>
                <p>
                    <A href=sign_in_href attr:class="button">{t("nav-sign-in")}</A>
                </p>
            </section>
        }
        .into_any(),
        Access::Denied => view! {
            <section class="page" aria-labelledby="guard-title">
                <h1 id="guard-title">{t("guard-denied-title")}</h1>
                <p>{t("guard-denied-text")}</p>
                <p><A href="/">{t("go-home")}</A></p>
            </section>
        }
        .into_any(),
    }
}
