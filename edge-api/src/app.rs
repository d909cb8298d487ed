//! The request pipeline: request id → route → handler → problem mapping → common headers → one log
//! line. It never fails: every error becomes a problem response here.

use wegwijs_shared::auth::Target;
use worker::{Date, Env, Request, Response, console_error, console_log};

use crate::auth::session;
use crate::authz::authorize;
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::{cookies, origin, response};
use crate::idempotency::layer::{self as idempotency, Begun};
use crate::request_id::new_request_id;
use crate::routes::{ROUTES, resolve};

pub async fn serve(req: Request, env: Env) -> Response {
    let started = Date::now().as_millis();
    let request_id = new_request_id();
    let method = req.method().to_string();
    let path = req.path();
    let timing = server_timing_enabled(&env);

    let outcome = handle(req, env, &method, &path, &request_id, started as f64).await;

    let response = match outcome {
        Ok(response) => response,
        Err(error) => {
            if error.is_server_fault() {
                console_error!("{request_id} {method} {path} failed: {error}");
            }
            response::problem(&error, &request_id)
        }
    };
    let mut response = response::finish(response, &request_id);
    let elapsed = Date::now().as_millis().saturating_sub(started);
    if timing {
        let _ = response
            .headers_mut()
            .set("server-timing", &format!("worker;dur={elapsed}"));
    }
    console_log!(
        "{request_id} {method} {path} {} {elapsed}ms",
        response.status_code()
    );
    response
}

/// `scripts/bench-scale.mjs` turns this on to tell the Worker's own time (D1 included) from the
/// local dev server's. Off everywhere else: a precise timing header would help whoever probes
/// the sign-in doors. workerd's clock moves at I/O, so this is D1 and other I/O time, not CPU.
fn server_timing_enabled(env: &Env) -> bool {
    env.var("WEGWIJS_SERVER_TIMING")
        .is_ok_and(|v| v.to_string() == "enabled")
}

/// Route → CSRF check → session → role check → idempotency key → handler.
async fn handle(
    req: Request,
    env: Env,
    method: &str,
    path: &str,
    request_id: &str,
    arrived_ms: f64,
) -> Result<Response, ApiError> {
    let matched = resolve(method, path)?;
    let route = &ROUTES[matched.index];
    let url = req.url()?;
    let headers = req.headers();
    origin::check_same_origin(
        method,
        &url.origin().ascii_serialization(),
        headers.get("origin")?.as_deref(),
        headers.get("sec-fetch-site")?.as_deref(),
    )?;
    let now_ms = crate::clock::now_ms(&env, &req, arrived_ms);
    // Most public routes never read the session (sign-in routes read the cookie themselves to
    // rotate it); loading it would also slide its idle timeout.
    let session = match request_token(&req)? {
        Some(token) if route.action.reads_session() => {
            session::load(&database_of(&env)?, &token, now_ms).await?
        }
        _ => None,
    };
    let mut ctx = RequestCtx {
        req,
        env,
        params: matched.params,
        request_id: request_id.to_owned(),
        now_ms,
        action: route.action,
        session,
        body: None,
    };
    authorize(&ctx, Target::Route).await?;
    match idempotency::begin(&mut ctx, route, path).await? {
        Begun::Replay(stored) => Ok(stored),
        Begun::Run(None) => (route.handler)(ctx).await,
        Begun::Run(Some(guard)) => {
            let outcome = (route.handler)(ctx).await;
            guard.finish(outcome, request_id, now_ms).await
        }
    }
}

pub fn request_token(req: &Request) -> Result<Option<String>, ApiError> {
    Ok(cookies::session_token(
        req.headers().get("cookie")?.as_deref(),
    ))
}

fn database_of(env: &Env) -> Result<worker::D1Database, ApiError> {
    env.d1("DB").map_err(ApiError::database)
}
