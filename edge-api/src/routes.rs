//! The one route table. Every `/api/*` endpoint is a row here, so tools and tests can enumerate the
//! API from the router's own data (the authorization matrix test builds on [`ROUTES`]).

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use wegwijs_shared::auth::{Action, Principal};
use worker::{Env, Request, Response};

use crate::auth::session::ActiveSession;
use crate::error::ApiError;
use crate::{
    accounts, activities, audit, auth, centre, client_errors, content, health, learning, locations,
    residents,
};

/// Everything a handler gets: the request, the environment (bindings), path parameters, the request
/// id, the time the request arrived (ms since the epoch, passed in so logic never reads a clock),
/// the action its route performs, and the signed-in session if there is one.
pub struct RequestCtx {
    pub req: Request,
    pub env: Env,
    pub params: Vec<(String, String)>,
    pub request_id: String,
    pub now_ms: f64,
    pub action: Action,
    pub session: Option<ActiveSession>,
    /// The body, when the pipeline already read it (to fingerprint an idempotent request);
    /// handlers read it through [`RequestCtx::body_bytes`] either way.
    pub body: Option<Vec<u8>>,
}

impl RequestCtx {
    pub fn principal(&self) -> Option<&Principal> {
        self.session.as_ref().map(|s| &s.principal)
    }

    /// The principal of a route that is not public; the pipeline has already refused anonymous
    /// requests to it, so `None` here is a bug in the route table.
    pub fn signed_in(&self) -> Result<&ActiveSession, ApiError> {
        self.session.as_ref().ok_or(ApiError::Unauthenticated)
    }

    /// The JSON body, decoded as `T` (415/413/400 with the failing field otherwise).
    pub async fn json<T: serde::de::DeserializeOwned>(&mut self) -> Result<T, ApiError> {
        let content_type = self.req.headers().get("content-type")?;
        let bytes = self.body_bytes().await?;
        crate::http::body::decode_json(content_type.as_deref(), &bytes)
    }

    /// Like [`RequestCtx::json`] with a larger size limit (long rich texts).
    pub async fn json_up_to<T: serde::de::DeserializeOwned>(
        &mut self,
        limit: usize,
    ) -> Result<T, ApiError> {
        let content_type = self.req.headers().get("content-type")?;
        let bytes = self.body_bytes().await?;
        crate::http::body::decode_json_up_to(content_type.as_deref(), &bytes, limit)
    }

    /// The raw body (read once: from the pipeline's copy if it has one, else from the request).
    pub async fn body_bytes(&mut self) -> Result<Vec<u8>, ApiError> {
        match self.body.take() {
            Some(bytes) => Ok(bytes),
            None => Ok(self.req.bytes().await?),
        }
    }

    pub fn param(&self, name: &str) -> Result<&str, ApiError> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| ApiError::Internal(format!("route has no parameter {name}")))
    }
}

pub type HandlerFuture = Pin<Box<dyn Future<Output = Result<Response, ApiError>>>>;
pub type Handler = fn(RequestCtx) -> HandlerFuture;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    pub fn parse(method: &str) -> Option<Self> {
        [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Patch,
            Method::Delete,
        ]
        .into_iter()
        .find(|m| m.as_str() == method)
    }
}

pub struct Route {
    pub method: Method,
    /// matchit syntax: `/api/locations/{id}`.
    pub path: &'static str,
    /// What the route does, as the permission policy (`wegwijs_shared::auth`) knows it. The
    /// pipeline checks the caller's role against it before the handler runs.
    pub action: Action,
    pub handler: Handler,
}

macro_rules! route {
    ($method:ident $path:literal, $action:ident => $handler:path) => {
        Route {
            method: Method::$method,
            path: $path,
            action: Action::$action,
            handler: |ctx| Box::pin($handler(ctx)),
        }
    };
}

pub const ROUTES: &[Route] = &[
    route!(Get "/api/health", ReadHealth => health::api::get),
    route!(Get "/api/locations", ReadLocations => locations::api::list),
    route!(Post "/api/locations", ManageLocations => locations::api::create),
    route!(Put "/api/locations/{id}", ManageLocations => locations::api::update),
    route!(Post "/api/client-errors", ReportClientError => client_errors::api::create),
    route!(Post "/api/auth/activate", SignIn => auth::resident_api::activate),
    route!(Post "/api/auth/resident-sign-in", SignIn => auth::resident_api::sign_in),
    route!(Post "/api/auth/staff-sign-in", SignIn => auth::employee_api::sign_in),
    route!(Post "/api/auth/invite/start", SignIn => auth::invite_api::start),
    route!(Post "/api/auth/invite/complete", SignIn => auth::invite_api::complete),
    route!(Post "/api/auth/sign-out", ManageOwnSessions => auth::sessions_api::sign_out),
    route!(Post "/api/auth/sign-out-all", ManageOwnSessions => auth::sessions_api::sign_out_all),
    route!(Get "/api/session", WhoAmI => auth::sessions_api::current),
    route!(Put "/api/me/language", SetOwnLanguage => auth::language_api::set),
    route!(Get "/api/sessions", ReadOwnSession => auth::sessions_api::list),
    route!(Delete "/api/sessions/{id}", ManageOwnSessions => auth::sessions_api::revoke),
    route!(Get "/api/residents", ListResidents => residents::api::list),
    route!(Post "/api/residents", CreateResident => residents::api::create),
    route!(Get "/api/residents/{id}", ReadResident => residents::api::get),
    route!(Post "/api/residents/{id}/activation-card", IssueActivationCard => residents::api::issue_card),
    route!(Put "/api/residents/{id}/location", MoveResident => residents::api::move_to),
    route!(Get "/api/accounts", ListAccounts => accounts::api::list),
    route!(Post "/api/accounts/invites", InviteAccount => accounts::api::invite),
    route!(Put "/api/accounts/{id}", UpdateAccount => accounts::api::update),
    route!(Get "/api/audit", ReadAuditLog => audit::api::list),
    // issue 5: content
    route!(Get "/api/content", ReadContent => content::read_api::list),
    route!(Put "/api/me/news-seen", MarkNewsSeen => content::read_api::news_seen),
    route!(Get "/api/me/favourites", ReadOwnFavourites => content::read_api::favourites),
    route!(Put "/api/me/favourites/{kind}/{id}", ManageOwnFavourites => content::read_api::set_favourite),
    route!(Get "/api/me/procedure", ReadOwnProcedure => content::read_api::my_procedure),
    route!(Put "/api/residents/{id}/procedure-stage", SetProcedureStage => content::procedure_api::set),
    route!(Get "/api/content/items", ManageContent => content::editor_api::list),
    route!(Post "/api/content/items", ManageContent => content::editor_api::create),
    route!(Get "/api/content/items/{id}", ManageContent => content::editor_api::get),
    route!(Put "/api/content/items/{id}", ManageContent => content::editor_api::update),
    route!(Put "/api/content/items/{id}/translations/{language}", ManageContent => content::editor_api::put_translation),
    route!(Put "/api/content/items/{id}/publication", ManageContent => content::editor_api::set_publication),
    // issue 5: centre
    route!(Get "/api/centre", ReadCentre => centre::api::get),
    route!(Put "/api/centre/{location_id}/contacts", ManageCentre => centre::api::put_contacts),
    route!(Post "/api/centre/{location_id}/services", ManageCentre => centre::api::create_service),
    route!(Put "/api/centre/services/{id}", ManageCentre => centre::api::update_service),
    route!(Put "/api/centre/services/{id}/removed", ManageCentre => centre::api::remove_service),
    // issue 5: activities
    route!(Get "/api/activities", ReadActivities => activities::api::list),
    route!(Post "/api/activities", ManageActivities => activities::api::create),
    route!(Get "/api/activities/definitions", ManageActivities => activities::api::definitions),
    route!(Get "/api/activities/{id}", ManageActivities => activities::api::get),
    route!(Put "/api/activities/{id}", ManageActivities => activities::api::update),
    route!(Put "/api/activities/{id}/cancelled", ManageActivities => activities::api::set_cancelled),
    route!(Put "/api/activities/{id}/occurrences/{date}/signup", SignUpForActivity => activities::api::sign_up),
    route!(Get "/api/activities/{id}/occurrences/{date}/participants", ReadParticipants => activities::api::participants),
    // issue 6: learning resident
    route!(Get "/api/learning", ReadOwnLearning => learning::api::overview),
    route!(Get "/api/learning/modules/{id}", ReadOwnLearning => learning::api::module),
    route!(Get "/api/learning/modules/{id}/progress", ReadOwnLearning => learning::api::progress),
    route!(Put "/api/learning/modules/{id}/answers/{question_id}", SubmitLearning => learning::write_api::answer),
    route!(Put "/api/learning/modules/{id}/seen", SubmitLearning => learning::write_api::seen),
    route!(Get "/api/learning/passport", ReadOwnLearning => learning::api::passport),
    route!(Get "/api/verify/{code}", VerifyCertificate => learning::verify_api::verify),
];

/// A matched route: its index in [`ROUTES`] and the path parameters.
#[derive(Debug, PartialEq, Eq)]
pub struct Matched {
    pub index: usize,
    pub params: Vec<(String, String)>,
}

/// Paths to the indices of the routes that share them (one per method).
fn path_router() -> &'static matchit::Router<Vec<usize>> {
    static ROUTER: OnceLock<matchit::Router<Vec<usize>>> = OnceLock::new();
    ROUTER.get_or_init(|| {
        let mut by_path: Vec<(&str, Vec<usize>)> = Vec::new();
        for (index, route) in ROUTES.iter().enumerate() {
            match by_path.iter_mut().find(|(path, _)| *path == route.path) {
                Some((_, indices)) => indices.push(index),
                None => by_path.push((route.path, vec![index])),
            }
        }
        let mut router = matchit::Router::new();
        for (path, indices) in by_path {
            router
                .insert(path, indices)
                .unwrap_or_else(|e| panic!("route table has a conflicting path {path}: {e}"));
        }
        router
    })
}

/// Finds the route for `method` and `path`: unknown path → 404, known path with another method →
/// 405 naming the allowed methods. `method` is the raw request method.
pub fn resolve(method: &str, path: &str) -> Result<Matched, ApiError> {
    let found = path_router().at(path).map_err(|_| ApiError::NotFound)?;
    let params = found
        .params
        .iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let wanted = Method::parse(method);
    match found
        .value
        .iter()
        .find(|&&i| Some(ROUTES[i].method) == wanted)
    {
        Some(&index) => Ok(Matched { index, params }),
        None => Err(ApiError::MethodNotAllowed {
            allowed: found
                .value
                .iter()
                .map(|&i| ROUTES[i].method.as_str())
                .collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_resolves_to_itself() {
        for (index, route) in ROUTES.iter().enumerate() {
            let matched = resolve(route.method.as_str(), route.path).unwrap();
            assert_eq!(matched.index, index, "{}", route.path);
        }
    }

    #[test]
    fn every_route_is_under_api() {
        assert!(ROUTES.iter().all(|r| r.path.starts_with("/api/")));
    }

    #[test]
    fn unknown_path_is_404() {
        assert_eq!(resolve("GET", "/api/nope").unwrap_err().status(), 404);
        assert_eq!(resolve("GET", "/api").unwrap_err().status(), 404);
    }

    #[test]
    fn known_path_wrong_method_is_405_with_allow_list() {
        match resolve("DELETE", "/api/health").unwrap_err() {
            ApiError::MethodNotAllowed { allowed } => assert_eq!(allowed, ["GET"]),
            other => panic!("expected 405, got {other:?}"),
        }
        assert_eq!(resolve("BREW", "/api/health").unwrap_err().status(), 405);
    }
}
