//! Activation cards: a fresh one-time code (only its hash is stored), valid 14 days, printed with a
//! QR code of the activation link. Issuing a card also ends the resident's sessions and clears
//! the PIN: a forgotten PIN is replaced, never recovered.

use wegwijs_shared::credentials::{ACTIVATION_CODE_LENGTH, group_code};
use wegwijs_shared::residents::{ACTIVATION_VALID_MS, ActivationCard};
use worker::{D1Database, D1PreparedStatement};

use crate::auth::secrets::{random_code, sha256_hex};
use crate::auth::session::revoke_all;
use crate::db::{num, stmt, text};
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
    let grouped = group_code(&code);
    let expires_at_ms = ctx.now_ms + ACTIVATION_VALID_MS;
    let origin = ctx.req.url()?.origin().ascii_serialization();
    let activation_url = format!("{origin}/activate#code={grouped}");
    let now = num(ctx.now_ms);
    let id = text(resident_id);
    let statements = vec![
        stmt(
            db,
            "UPDATE activation_codes SET revoked_at = ?2 \
             WHERE account_id = ?1 AND used_at IS NULL AND revoked_at IS NULL",
            &[id.clone(), now.clone()],
        )?,
        stmt(
            db,
            "INSERT INTO activation_codes (code_hash, account_id, created_at, expires_at, created_by) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            &[
                text(&sha256_hex(&code)),
                id.clone(),
                now.clone(),
                num(expires_at_ms),
                text(issued_by),
            ],
        )?,
        stmt(
            db,
            "UPDATE residents SET pin_hash = NULL WHERE account_id = ?1",
            std::slice::from_ref(&id),
        )?,
        stmt(
            db,
            "UPDATE accounts SET status = 'pending', updated_at = ?2 \
             WHERE id = ?1 AND status != 'disabled'",
            &[id, now],
        )?,
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
