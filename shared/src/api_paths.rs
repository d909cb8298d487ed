//! Every `/api/*` path, once. The edge's route table (`edge-api/src/routes.rs`) is built from these
//! templates and the frontend builds its addresses with the functions below, so renaming or
//! reshaping a route breaks the build of both instead of one side failing at run time. A test in
//! the route table checks that every template here is a route's path and every route's path is here.
//!
//! Templates are in matchit syntax (`{name}` is one path segment). Query strings are the callers'
//! business: [`encode`] is for their values.

macro_rules! templates {
    ($($(#[$doc:meta])* $name:ident = $path:literal;)*) => {
        $($(#[$doc])* pub const $name: &str = $path;)*
        /// Every template above, so tests can compare them with the route table.
        pub const ALL: &[&str] = &[$($name),*];
    };
}

templates! {
    HEALTH = "/api/health";
    LOCATIONS = "/api/locations";
    LOCATION = "/api/locations/{id}";
    CLIENT_ERRORS = "/api/client-errors";
    AUTH_ACTIVATE = "/api/auth/activate";
    AUTH_RESIDENT_SIGN_IN = "/api/auth/resident-sign-in";
    AUTH_STAFF_SIGN_IN = "/api/auth/staff-sign-in";
    AUTH_INVITE_START = "/api/auth/invite/start";
    AUTH_INVITE_COMPLETE = "/api/auth/invite/complete";
    AUTH_SIGN_OUT = "/api/auth/sign-out";
    AUTH_SIGN_OUT_ALL = "/api/auth/sign-out-all";
    /// Who is signed in on this device.
    CURRENT_SESSION = "/api/session";
    ME_LANGUAGE = "/api/me/language";
    /// The caller's own sessions on all devices.
    SESSIONS = "/api/sessions";
    SESSION = "/api/sessions/{id}";
    RESIDENTS = "/api/residents";
    RESIDENT = "/api/residents/{id}";
    RESIDENT_ACTIVATION_CARD = "/api/residents/{id}/activation-card";
    RESIDENT_LOCATION = "/api/residents/{id}/location";
    RESIDENT_PROCEDURE_STAGE = "/api/residents/{id}/procedure-stage";
    ACCOUNTS = "/api/accounts";
    ACCOUNT_INVITES = "/api/accounts/invites";
    ACCOUNT = "/api/accounts/{id}";
    AUDIT = "/api/audit";
    CONTENT = "/api/content";
    ME_NEWS_SEEN = "/api/me/news-seen";
    ME_FAVOURITES = "/api/me/favourites";
    ME_FAVOURITE = "/api/me/favourites/{kind}/{id}";
    ME_PROCEDURE = "/api/me/procedure";
    CONTENT_ITEMS = "/api/content/items";
    CONTENT_ITEM = "/api/content/items/{id}";
    CONTENT_ITEM_TRANSLATION = "/api/content/items/{id}/translations/{language}";
    CONTENT_ITEM_PUBLICATION = "/api/content/items/{id}/publication";
    CENTRE = "/api/centre";
    CENTRE_CONTACTS = "/api/centre/{location_id}/contacts";
    CENTRE_SERVICES = "/api/centre/{location_id}/services";
    CENTRE_SERVICE = "/api/centre/services/{id}";
    CENTRE_SERVICE_REMOVED = "/api/centre/services/{id}/removed";
    ACTIVITIES = "/api/activities";
    ACTIVITY_DEFINITIONS = "/api/activities/definitions";
    ACTIVITY = "/api/activities/{id}";
    ACTIVITY_CANCELLED = "/api/activities/{id}/cancelled";
    ACTIVITY_SIGNUP = "/api/activities/{id}/occurrences/{date}/signup";
    ACTIVITY_PARTICIPANTS = "/api/activities/{id}/occurrences/{date}/participants";
    AUTHORING_MODULES = "/api/learning/authoring/modules";
    AUTHORING_MODULE = "/api/learning/authoring/modules/{id}";
    LEARNERS = "/api/learning/learners";
    LEARNING_GROUPS = "/api/learning/groups";
    LEARNING_GROUP = "/api/learning/groups/{id}";
    LEARNING_ASSIGNMENTS = "/api/learning/assignments";
    LEARNING_ASSIGNMENT = "/api/learning/assignments/{id}";
    LEARNING_DASHBOARD = "/api/learning/dashboard";
    LEARNING_DASHBOARD_CSV = "/api/learning/dashboard.csv";
    LEARNING = "/api/learning";
    LEARNING_MODULE = "/api/learning/modules/{id}";
    LEARNING_MODULE_PROGRESS = "/api/learning/modules/{id}/progress";
    LEARNING_ANSWER = "/api/learning/modules/{id}/answers/{question_id}";
    LEARNING_SEEN = "/api/learning/modules/{id}/seen";
    LEARNING_PASSPORT = "/api/learning/passport";
    VERIFY = "/api/verify/{code}";
    OPENAPI = "/api/openapi.json";
}

pub fn location(id: &str) -> String {
    fill(LOCATION, &[id])
}

pub fn session(id: &str) -> String {
    fill(SESSION, &[id])
}

pub fn resident(id: &str) -> String {
    fill(RESIDENT, &[id])
}

pub fn resident_activation_card(id: &str) -> String {
    fill(RESIDENT_ACTIVATION_CARD, &[id])
}

pub fn resident_location(id: &str) -> String {
    fill(RESIDENT_LOCATION, &[id])
}

pub fn resident_procedure_stage(id: &str) -> String {
    fill(RESIDENT_PROCEDURE_STAGE, &[id])
}

pub fn account(id: &str) -> String {
    fill(ACCOUNT, &[id])
}

/// `kind` is the favourite kind's wire name (`article`, `news`, …).
pub fn me_favourite(kind: &str, id: &str) -> String {
    fill(ME_FAVOURITE, &[kind, id])
}

pub fn content_item(id: &str) -> String {
    fill(CONTENT_ITEM, &[id])
}

pub fn content_item_translation(id: &str, language: &str) -> String {
    fill(CONTENT_ITEM_TRANSLATION, &[id, language])
}

pub fn content_item_publication(id: &str) -> String {
    fill(CONTENT_ITEM_PUBLICATION, &[id])
}

pub fn centre_contacts(location_id: &str) -> String {
    fill(CENTRE_CONTACTS, &[location_id])
}

pub fn centre_services(location_id: &str) -> String {
    fill(CENTRE_SERVICES, &[location_id])
}

pub fn centre_service(id: &str) -> String {
    fill(CENTRE_SERVICE, &[id])
}

pub fn centre_service_removed(id: &str) -> String {
    fill(CENTRE_SERVICE_REMOVED, &[id])
}

pub fn activity(id: &str) -> String {
    fill(ACTIVITY, &[id])
}

pub fn activity_cancelled(id: &str) -> String {
    fill(ACTIVITY_CANCELLED, &[id])
}

pub fn activity_signup(id: &str, date: &str) -> String {
    fill(ACTIVITY_SIGNUP, &[id, date])
}

pub fn activity_participants(id: &str, date: &str) -> String {
    fill(ACTIVITY_PARTICIPANTS, &[id, date])
}

pub fn authoring_module(id: &str) -> String {
    fill(AUTHORING_MODULE, &[id])
}

pub fn learning_group(id: &str) -> String {
    fill(LEARNING_GROUP, &[id])
}

pub fn learning_assignment(id: &str) -> String {
    fill(LEARNING_ASSIGNMENT, &[id])
}

pub fn learning_module(id: &str) -> String {
    fill(LEARNING_MODULE, &[id])
}

pub fn learning_module_progress(id: &str) -> String {
    fill(LEARNING_MODULE_PROGRESS, &[id])
}

pub fn learning_answer(id: &str, question_id: &str) -> String {
    fill(LEARNING_ANSWER, &[id, question_id])
}

pub fn learning_seen(id: &str) -> String {
    fill(LEARNING_SEEN, &[id])
}

pub fn verify(code: &str) -> String {
    fill(VERIFY, &[code])
}

/// `template` with its `{…}` parameters replaced, in order, by `values`, each percent-encoded so a
/// value (ids can come from a hand-edited address) cannot add segments, a query or a fragment.
///
/// A value of `.` or `..` would still be resolved by the browser's URL parser, also when written
/// `%2E`, and so reach another route; its dots are encoded twice (`%252E`), which reaches the
/// intended route with an id that names nothing. One non-generic function for every template
/// keeps the frontend's wasm small (a `format!` per path would each add its own code).
fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 24);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map_or(rest.len(), |at| open + at + 1);
        let value = values.next().copied().unwrap_or_default();
        if !value.is_empty() && value.len() <= 2 && value.bytes().all(|b| b == b'.') {
            for _ in 0..value.len() {
                out.push_str("%252E");
            }
        } else {
            push_encoded(&mut out, value);
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// Percent-encodes one query value (or path segment) the way JavaScript's `encodeURIComponent`
/// does, so addresses saved by earlier versions (the offline queue, the service worker's copies)
/// keep matching.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    push_encoded(&mut out, value);
    out
}

fn push_encoded(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
}

#[cfg(test)]
#[path = "api_paths_tests.rs"]
mod tests;
