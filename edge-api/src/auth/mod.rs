//! Identity: the doors into an account (resident activation and PIN sign-in, employee password +
//! TOTP sign-in, invitations), sessions, and the secrets behind them. Authorization is not here
//! but in `crate::authz`, which every route passes through.

pub mod api;
pub mod device;
pub mod secrets;
pub mod session;
pub(crate) mod session_store;
mod store;
mod throttle;
pub(crate) mod throttle_store;
pub mod totp;

use crate::error::ApiError;
use crate::http::RequestCtx;
use secrets::{SecretHasher, sha256_hex};
use wegwijs_shared::throttle::client_of;

/// The argon2 hasher with the deployment's pepper, if one is configured.
pub fn hasher(ctx: &RequestCtx) -> SecretHasher {
    let pepper = ctx
        .env
        .secret("AUTH_PEPPER")
        .map(|s| s.to_string().into_bytes())
        .ok();
    SecretHasher::new(pepper)
}

/// The throttle key of the connecting client (an IPv6 client is its /64, see
/// `wegwijs_shared::throttle::client_of`): a hash, so no address is stored.
pub fn client_key(ctx: &RequestCtx) -> Result<String, ApiError> {
    let address = ctx.req.headers().get("cf-connecting-ip")?;
    Ok(format!(
        "client:{}",
        sha256_hex(&client_of(address.as_deref()))
    ))
}

pub fn device(ctx: &RequestCtx) -> Result<String, ApiError> {
    let ua = ctx.req.headers().get("user-agent")?.unwrap_or_default();
    Ok(device::describe(&ua))
}

/// The session token that came with this request, if any.
pub fn cookie_token(ctx: &RequestCtx) -> Result<Option<String>, ApiError> {
    crate::app::request_token(&ctx.req)
}
