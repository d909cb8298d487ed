//! The one route table. Every `/api/*` endpoint is a row here, so tools and tests can enumerate the
//! API from the router's own data (the authorization matrix test builds on [`ROUTES`]).

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use wegwijs_shared::api_paths;
use wegwijs_shared::auth::Action;
use worker::Response;

use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::{
    accounts, activities, audit, auth, centre, client_errors, content, contract, health, learning,
    locations, residents, training,
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

/// `$path` is a template of [`wegwijs_shared::api_paths`] (a `path`, so a string literal does
/// not compile): the frontend builds its addresses from the same templates.
macro_rules! route {
    ($method:ident $path:path, $action:ident => $handler:path) => {
        Route {
            method: Method::$method,
            path: $path,
            action: Action::$action,
            handler: |ctx| Box::pin($handler(ctx)),
        }
    };
}

pub const ROUTES: &[Route] = &[
    route!(Get api_paths::HEALTH, ReadHealth => health::api::get),
    route!(Get api_paths::LOCATIONS, ReadLocations => locations::api::list),
    route!(Post api_paths::LOCATIONS, ManageLocations => locations::api::create),
    route!(Put api_paths::LOCATION, ManageLocations => locations::api::update),
    route!(Post api_paths::CLIENT_ERRORS, ReportClientError => client_errors::api::create),
    route!(Post api_paths::AUTH_ACTIVATE, SignIn => auth::api::resident::activate),
    route!(Post api_paths::AUTH_RESIDENT_SIGN_IN, SignIn => auth::api::resident::sign_in),
    route!(Post api_paths::AUTH_STAFF_SIGN_IN, SignIn => auth::api::employee::sign_in),
    route!(Post api_paths::AUTH_INVITE_START, SignIn => auth::api::invite::start),
    route!(Post api_paths::AUTH_INVITE_COMPLETE, SignIn => auth::api::invite::complete),
    route!(Post api_paths::AUTH_SIGN_OUT, ManageOwnSessions => auth::api::sessions::sign_out),
    route!(Post api_paths::AUTH_SIGN_OUT_ALL, ManageOwnSessions => auth::api::sessions::sign_out_all),
    route!(Get api_paths::CURRENT_SESSION, WhoAmI => auth::api::sessions::current),
    route!(Put api_paths::ME_LANGUAGE, SetOwnLanguage => auth::api::language::set),
    route!(Get api_paths::SESSIONS, ReadOwnSession => auth::api::sessions::list),
    route!(Delete api_paths::SESSION, ManageOwnSessions => auth::api::sessions::revoke),
    route!(Get api_paths::RESIDENTS, ListResidents => residents::api::list),
    route!(Post api_paths::RESIDENTS, CreateResident => residents::api::create),
    route!(Get api_paths::RESIDENT, ReadResident => residents::api::get),
    route!(Post api_paths::RESIDENT_ACTIVATION_CARD, IssueActivationCard => residents::api::issue_card),
    route!(Put api_paths::RESIDENT_LOCATION, MoveResident => residents::api::move_to),
    route!(Get api_paths::ACCOUNTS, ListAccounts => accounts::api::list),
    route!(Post api_paths::ACCOUNT_INVITES, InviteAccount => accounts::api::invite),
    route!(Put api_paths::ACCOUNT, UpdateAccount => accounts::api::update),
    route!(Get api_paths::AUDIT, ReadAuditLog => audit::api::list),
    // Information: what residents read, their favourites and procedure stage, the staff editor.
    route!(Get api_paths::CONTENT, ReadContent => content::api::read::list),
    route!(Put api_paths::ME_NEWS_SEEN, MarkNewsSeen => content::api::read::news_seen),
    route!(Get api_paths::ME_FAVOURITES, ReadOwnFavourites => content::api::read::favourites),
    route!(Put api_paths::ME_FAVOURITE, ManageOwnFavourites => content::api::read::set_favourite),
    route!(Get api_paths::ME_PROCEDURE, ReadOwnProcedure => content::api::read::my_procedure),
    route!(Put api_paths::RESIDENT_PROCEDURE_STAGE, SetProcedureStage => content::api::procedure::set),
    route!(Get api_paths::CONTENT_ITEMS, ManageContent => content::api::editor::list),
    route!(Post api_paths::CONTENT_ITEMS, ManageContent => content::api::editor::create),
    route!(Get api_paths::CONTENT_ITEM, ManageContent => content::api::editor::get),
    route!(Put api_paths::CONTENT_ITEM, ManageContent => content::api::editor::update),
    route!(Put api_paths::CONTENT_ITEM_TRANSLATION, ManageContent => content::api::editor::put_translation),
    route!(Put api_paths::CONTENT_ITEM_PUBLICATION, ManageContent => content::api::editor::set_publication),
    // My centre: a location's contacts and services.
    route!(Get api_paths::CENTRE, ReadCentre => centre::api::get),
    route!(Put api_paths::CENTRE_CONTACTS, ManageCentre => centre::api::put_contacts),
    route!(Post api_paths::CENTRE_SERVICES, ManageCentre => centre::api::create_service),
    route!(Put api_paths::CENTRE_SERVICE, ManageCentre => centre::api::update_service),
    route!(Put api_paths::CENTRE_SERVICE_REMOVED, ManageCentre => centre::api::remove_service),
    // Activities: the resident's coming weeks and sign-ups, staff management.
    route!(Get api_paths::ACTIVITIES, ReadActivities => activities::api::read::list),
    route!(Post api_paths::ACTIVITIES, ManageActivities => activities::api::manage::create),
    route!(Get api_paths::ACTIVITY_DEFINITIONS, ManageActivities => activities::api::manage::definitions),
    route!(Get api_paths::ACTIVITY, ManageActivities => activities::api::manage::get),
    route!(Put api_paths::ACTIVITY, ManageActivities => activities::api::manage::update),
    route!(Put api_paths::ACTIVITY_CANCELLED, ManageActivities => activities::api::manage::set_cancelled),
    route!(Put api_paths::ACTIVITY_SIGNUP, SignUpForActivity => activities::api::manage::sign_up),
    route!(Get api_paths::ACTIVITY_PARTICIPANTS, ReadParticipants => activities::api::manage::participants),
    // Learning, the trainers' side: authoring, learners, groups, assignments, dashboard.
    route!(Get api_paths::AUTHORING_MODULES, ManageModules => training::api::authoring::list),
    route!(Post api_paths::AUTHORING_MODULES, ManageModules => training::api::authoring::create),
    route!(Get api_paths::AUTHORING_MODULE, ManageModules => training::api::authoring::get),
    route!(Put api_paths::AUTHORING_MODULE, ManageModules => training::api::authoring::update),
    route!(Get api_paths::LEARNERS, ReadLearners => training::api::groups::learners),
    route!(Get api_paths::LEARNING_GROUPS, ManageLearningGroups => training::api::groups::list),
    route!(Post api_paths::LEARNING_GROUPS, ManageLearningGroups => training::api::groups::create),
    route!(Put api_paths::LEARNING_GROUP, ManageLearningGroups => training::api::groups::update),
    route!(Get api_paths::LEARNING_ASSIGNMENTS, AssignModules => training::api::assignments::list),
    route!(Post api_paths::LEARNING_ASSIGNMENTS, AssignModules => training::api::assignments::create),
    route!(Delete api_paths::LEARNING_ASSIGNMENT, AssignModules => training::api::assignments::delete),
    route!(Get api_paths::LEARNING_DASHBOARD, ReadLearnerProgress => training::api::dashboard::get),
    route!(Get api_paths::LEARNING_DASHBOARD_CSV, ReadLearnerProgress => training::api::dashboard::csv),
    // Learning, the residents' side, and the public certificate check.
    route!(Get api_paths::LEARNING, ReadOwnLearning => learning::api::read::overview),
    route!(Get api_paths::LEARNING_MODULE, ReadOwnLearning => learning::api::read::module),
    route!(Get api_paths::LEARNING_MODULE_PROGRESS, ReadOwnLearning => learning::api::read::progress),
    route!(Put api_paths::LEARNING_ANSWER, SubmitLearning => learning::api::write::answer),
    route!(Put api_paths::LEARNING_SEEN, SubmitLearning => learning::api::write::seen),
    route!(Get api_paths::LEARNING_PASSPORT, ReadOwnLearning => learning::api::read::passport),
    route!(Get api_paths::VERIFY, VerifyCertificate => learning::api::verify::verify),
    // The contract of everything above (edge-api/openapi.json, generated: `cargo xtask openapi`).
    route!(Get api_paths::OPENAPI, ReadApiContract => contract::api::get),
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

    /// The frontend builds its addresses from `api_paths`: a template no route has would be a
    /// dead address, and a route without a template one the frontend cannot name.
    #[test]
    fn path_templates_and_route_paths_are_the_same_set() {
        let mut templates = api_paths::ALL.to_vec();
        templates.sort_unstable();
        let before = templates.len();
        templates.dedup();
        assert_eq!(templates.len(), before, "a template is declared twice");
        let mut paths: Vec<&str> = ROUTES.iter().map(|r| r.path).collect();
        paths.sort_unstable();
        paths.dedup();
        let unused: Vec<_> = templates.iter().filter(|t| !paths.contains(t)).collect();
        let undeclared: Vec<_> = paths.iter().filter(|p| !templates.contains(p)).collect();
        assert!(unused.is_empty(), "templates without a route: {unused:?}");
        assert!(
            undeclared.is_empty(),
            "routes without a template: {undeclared:?}"
        );
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
