//! The request pipeline: request id → route → handler → problem mapping → common headers → one log
//! line. It never fails: every error becomes a problem response here.

use worker::{Date, Env, Request, Response, console_error, console_log};

use crate::http::response;
use crate::request_id::new_request_id;
use crate::routes::{ROUTES, RequestCtx, resolve};

pub async fn serve(req: Request, env: Env) -> Response {
    let started = Date::now().as_millis();
    let request_id = new_request_id();
    let method = req.method().to_string();
    let path = req.path();

    let outcome = match resolve(&method, &path) {
        Ok(matched) => {
            let ctx = RequestCtx {
                req,
                env,
                params: matched.params,
                request_id: request_id.clone(),
                now_ms: started as f64,
            };
            (ROUTES[matched.index].handler)(ctx).await
        }
        Err(error) => Err(error),
    };

    let response = match outcome {
        Ok(response) => response,
        Err(error) => {
            if error.is_server_fault() {
                console_error!("{request_id} {method} {path} failed: {error}");
            }
            response::problem(&error, &request_id)
        }
    };
    let response = response::finish(response, &request_id);
    let elapsed = Date::now().as_millis().saturating_sub(started);
    console_log!(
        "{request_id} {method} {path} {} {elapsed}ms",
        response.status_code()
    );
    response
}
