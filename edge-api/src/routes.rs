//! The one route table. Every `/api/*` endpoint is a row here, so tools and tests can enumerate the
//! API from the router's own data (the authorization matrix test builds on [`ROUTES`]).

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use worker::{Env, Request, Response};

use crate::error::ApiError;
use crate::{client_errors, health, locations};

/// Everything a handler gets: the request, the environment (bindings), path parameters, the request
/// id, and the time the request arrived (ms since the epoch), passed in so logic never reads a clock.
pub struct RequestCtx {
    pub req: Request,
    pub env: Env,
    pub params: Vec<(String, String)>,
    pub request_id: String,
    pub now_ms: f64,
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
    pub handler: Handler,
}

pub const ROUTES: &[Route] = &[
    Route {
        method: Method::Get,
        path: "/api/health",
        handler: |ctx| Box::pin(health::api::get(ctx)),
    },
    Route {
        method: Method::Get,
        path: "/api/locations",
        handler: |ctx| Box::pin(locations::api::list(ctx)),
    },
    Route {
        method: Method::Post,
        path: "/api/client-errors",
        handler: |ctx| Box::pin(client_errors::api::create(ctx)),
    },
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
