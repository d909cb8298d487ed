//! Activation cards: a fresh one-time code (only its hash is stored), valid 14 days, printed with a
//! QR code of the activation link. Issuing a card also ends the resident's sessions and clears
//! the PIN: a forgotten PIN is replaced, never recovered.

use wegwijs_shared::credentials::ACTIVATION_CODE_LENGTH;
use wegwijs_shared::crockford;
use wegwijs_shared::residents::{ACTIVATION_VALID_MS, ActivationCard};
use worker::{D1Database, D1PreparedStatement};

use super::store;
use crate::auth::secrets::{random_code, sha256_hex};
use crate::auth::session::revoke_all;
use crate::error::ApiError;
use crate::http::RequestCtx;

pub struct IssuedCard {
    pub card: ActivationCard,
    pub statements: Vec<D1PreparedStatement>,
}

pub fn issue(
    ctx: &RequestCtx,
    db: &D1Database,
    resident_id: &str,
    preferred_name: &str,
    resident_number: &str,
    issued_by: &str,
) -> Result<IssuedCard, ApiError> {
    let code = random_code(ACTIVATION_CODE_LENGTH)?;
    let grouped = crockford::group(&code);
    let expires_at_ms = ctx.now_ms + ACTIVATION_VALID_MS;
    let origin = ctx.req.url()?.origin().ascii_serialization();
    let activation_url = format!("{origin}/activate#code={grouped}");
    let statements = vec![
        store::revoke_activation_codes(db, resident_id, ctx.now_ms)?,
        store::create_activation_code(
            db,
            &sha256_hex(&code),
            resident_id,
            ctx.now_ms,
            expires_at_ms,
            issued_by,
        )?,
        store::clear_pin(db, resident_id)?,
        store::reset_to_pending(db, resident_id, ctx.now_ms)?,
        revoke_all(db, resident_id, ctx.now_ms)?,
    ];
    Ok(IssuedCard {
        card: ActivationCard {
            resident_id: resident_id.to_owned(),
            preferred_name: preferred_name.to_owned(),
            resident_number: resident_number.to_owned(),
            code: grouped,
            expires_at_ms,
            qr_svg: crate::qr::svg(&activation_url)?,
            activation_url,
        },
        statements,
    })
}
