//! The one route table. Every `/api/*` endpoint is a row here, so tools and tests can enumerate the
//! API from the router's own data (the authorization matrix test builds on [`ROUTES`]).

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use wegwijs_shared::auth::Action;
use worker::Response;

use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::{
    accounts, activities, audit, auth, centre, client_errors, content, health, learning, locations,
    residents, training,
};

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
    route!(Post "/api/auth/activate", SignIn => auth::api::resident::activate),
    route!(Post "/api/auth/resident-sign-in", SignIn => auth::api::resident::sign_in),
    route!(Post "/api/auth/staff-sign-in", SignIn => auth::api::employee::sign_in),
    route!(Post "/api/auth/invite/start", SignIn => auth::api::invite::start),
    route!(Post "/api/auth/invite/complete", SignIn => auth::api::invite::complete),
    route!(Post "/api/auth/sign-out", ManageOwnSessions => auth::api::sessions::sign_out),
    route!(Post "/api/auth/sign-out-all", ManageOwnSessions => auth::api::sessions::sign_out_all),
    route!(Get "/api/session", WhoAmI => auth::api::sessions::current),
    route!(Put "/api/me/language", SetOwnLanguage => auth::api::language::set),
    route!(Get "/api/sessions", ReadOwnSession => auth::api::sessions::list),
    route!(Delete "/api/sessions/{id}", ManageOwnSessions => auth::api::sessions::revoke),
    route!(Get "/api/residents", ListResidents => residents::api::list),
    route!(Post "/api/residents", CreateResident => residents::api::create),
    route!(Get "/api/residents/{id}", ReadResident => residents::api::get),
    route!(Post "/api/residents/{id}/activation-card", IssueActivationCard => residents::api::issue_card),
    route!(Put "/api/residents/{id}/location", MoveResident => residents::api::move_to),
    route!(Get "/api/accounts", ListAccounts => accounts::api::list),
    route!(Post "/api/accounts/invites", InviteAccount => accounts::api::invite),
    route!(Put "/api/accounts/{id}", UpdateAccount => accounts::api::update),
    route!(Get "/api/audit", ReadAuditLog => audit::api::list),
    // Information: what residents read, their favourites and procedure stage, the staff editor.
    route!(Get "/api/content", ReadContent => content::api::read::list),
    route!(Put "/api/me/news-seen", MarkNewsSeen => content::api::read::news_seen),
    route!(Get "/api/me/favourites", ReadOwnFavourites => content::api::read::favourites),
    route!(Put "/api/me/favourites/{kind}/{id}", ManageOwnFavourites => content::api::read::set_favourite),
    route!(Get "/api/me/procedure", ReadOwnProcedure => content::api::read::my_procedure),
    route!(Put "/api/residents/{id}/procedure-stage", SetProcedureStage => content::api::procedure::set),
    route!(Get "/api/content/items", ManageContent => content::api::editor::list),
    route!(Post "/api/content/items", ManageContent => content::api::editor::create),
    route!(Get "/api/content/items/{id}", ManageContent => content::api::editor::get),
    route!(Put "/api/content/items/{id}", ManageContent => content::api::editor::update),
    route!(Put "/api/content/items/{id}/translations/{language}", ManageContent => content::api::editor::put_translation),
    route!(Put "/api/content/items/{id}/publication", ManageContent => content::api::editor::set_publication),
    // My centre: a location's contacts and services.
    route!(Get "/api/centre", ReadCentre => centre::api::get),
    route!(Put "/api/centre/{location_id}/contacts", ManageCentre => centre::api::put_contacts),
    route!(Post "/api/centre/{location_id}/services", ManageCentre => centre::api::create_service),
    route!(Put "/api/centre/services/{id}", ManageCentre => centre::api::update_service),
    route!(Put "/api/centre/services/{id}/removed", ManageCentre => centre::api::remove_service),
    // Activities: the resident's coming weeks and sign-ups, staff management.
    route!(Get "/api/activities", ReadActivities => activities::api::read::list),
    route!(Post "/api/activities", ManageActivities => activities::api::manage::create),
    route!(Get "/api/activities/definitions", ManageActivities => activities::api::manage::definitions),
    route!(Get "/api/activities/{id}", ManageActivities => activities::api::manage::get),
    route!(Put "/api/activities/{id}", ManageActivities => activities::api::manage::update),
    route!(Put "/api/activities/{id}/cancelled", ManageActivities => activities::api::manage::set_cancelled),
    route!(Put "/api/activities/{id}/occurrences/{date}/signup", SignUpForActivity => activities::api::manage::sign_up),
    route!(Get "/api/activities/{id}/occurrences/{date}/participants", ReadParticipants => activities::api::manage::participants),
    // Learning, the trainers' side: authoring, learners, groups, assignments, dashboard.
    route!(Get "/api/learning/authoring/modules", ManageModules => training::api::authoring::list),
    route!(Post "/api/learning/authoring/modules", ManageModules => training::api::authoring::create),
    route!(Get "/api/learning/authoring/modules/{id}", ManageModules => training::api::authoring::get),
    route!(Put "/api/learning/authoring/modules/{id}", ManageModules => training::api::authoring::update),
    route!(Get "/api/learning/learners", ReadLearners => training::api::groups::learners),
    route!(Get "/api/learning/groups", ManageLearningGroups => training::api::groups::list),
    route!(Post "/api/learning/groups", ManageLearningGroups => training::api::groups::create),
    route!(Put "/api/learning/groups/{id}", ManageLearningGroups => training::api::groups::update),
    route!(Get "/api/learning/assignments", AssignModules => training::api::assignments::list),
    route!(Post "/api/learning/assignments", AssignModules => training::api::assignments::create),
    route!(Delete "/api/learning/assignments/{id}", AssignModules => training::api::assignments::delete),
    route!(Get "/api/learning/dashboard", ReadLearnerProgress => training::api::dashboard::get),
    route!(Get "/api/learning/dashboard.csv", ReadLearnerProgress => training::api::dashboard::csv),
    // Learning, the residents' side, and the public certificate check.
    route!(Get "/api/learning", ReadOwnLearning => learning::api::read::overview),
    route!(Get "/api/learning/modules/{id}", ReadOwnLearning => learning::api::read::module),
    route!(Get "/api/learning/modules/{id}/progress", ReadOwnLearning => learning::api::read::progress),
    route!(Put "/api/learning/modules/{id}/answers/{question_id}", SubmitLearning => learning::api::write::answer),
    route!(Put "/api/learning/modules/{id}/seen", SubmitLearning => learning::api::write::seen),
    route!(Get "/api/learning/passport", ReadOwnLearning => learning::api::read::passport),
    route!(Get "/api/verify/{code}", VerifyCertificate => learning::api::verify::verify),
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
