//! Accepting an invitation: choose a password, enrol an authenticator (TOTP), receive recovery
//! codes, and be signed in. Two calls, because the authenticator must prove it works before the
//! account becomes active.

use wegwijs_shared::accounts::{
    InviteCompleteRequest, InviteCompleted, InviteStartRequest, TotpEnrolment,
};
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::credentials::{self, RECOVERY_CODE_LENGTH};
use wegwijs_shared::problem::FieldError;
use worker::Response;

use crate::audit::Entry;
use crate::auth::secrets::{random_code, sha256_hex};
use crate::auth::session::NewSession;
use crate::auth::store::{self, EmployeeLogin};
use crate::auth::{hasher, totp};
use crate::db::{batch_claiming, claim, database, first};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::request_id::random_id;

const RECOVERY_CODES: usize = 10;

fn invite_refused() -> ApiError {
    ApiError::field(
        "token",
        "invite_invalid",
        "This invitation link does not work: it was used already, has expired, or was copied \
         incompletely. Ask your administrator for a new one.",
    )
}

/// The `passwords` crate's list of common passwords, cut to those of 8+ characters (shorter ones
/// fail the length rule anyway) by `cargo xtask common-passwords`: one per line, sorted.
const COMMON_PASSWORDS: &str = include_str!("../../../data/common-passwords.txt");

/// Whether a password is on the bundled list, compared as typed and in lower case. A linear scan
/// of ~460 KB (well under a millisecond) on the rare request that sets a password.
pub fn is_common_password(password: &str) -> bool {
    let lower = password.to_lowercase();
    COMMON_PASSWORDS
        .lines()
        .any(|common| common == password || common == lower)
}

fn token_hash(field_value: &str) -> Result<String, ApiError> {
    let token = field_value.trim();
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invite_refused());
    }
    Ok(sha256_hex(&token.to_ascii_lowercase()))
}

pub async fn start(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: InviteStartRequest = ctx.json().await?;
    let password = credentials::new_password("password", &body.password)
        .and_then(|p| {
            if is_common_password(&p) {
                Err(FieldError::new(
                    "password",
                    "too_common",
                    "This password is on a list of commonly used passwords. Choose another; \
                     a short sentence works well.",
                ))
            } else {
                Ok(p)
            }
        })
        .map_err(|e| ApiError::Validation(vec![e]))?;
    let hash = token_hash(&body.token)?;
    let db = database(&ctx)?;
    let account: EmployeeLogin = first(store::employee_by_invite(&db, &hash, ctx.now_ms)?)
        .await?
        .ok_or_else(invite_refused)?;
    let password_hash = hasher(&ctx).hash(&password)?;
    let secret = totp::new_secret()?;
    crate::db::run(store::start_enrolment(
        &db,
        &account.id,
        &password_hash,
        &secret,
    )?)
    .await?;
    let otpauth_url = totp::otpauth_url("Wegwijs", &account.email, &secret);
    response::json(
        200,
        &TotpEnrolment {
            email: account.email,
            qr_svg: crate::qr::svg(&otpauth_url)?,
            secret,
            otpauth_url,
        },
    )
}

pub async fn complete(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: InviteCompleteRequest = ctx.json().await?;
    let code =
        credentials::totp_code("code", &body.code).map_err(|e| ApiError::Validation(vec![e]))?;
    let hash = token_hash(&body.token)?;
    let db = database(&ctx)?;
    let account: EmployeeLogin = first(store::employee_by_invite(&db, &hash, ctx.now_ms)?)
        .await?
        .ok_or_else(invite_refused)?;
    let (Some(secret), Some(_)) = (&account.totp_pending_secret, &account.password_hash) else {
        return Err(ApiError::field(
            "token",
            "invite_not_started",
            "Choose a password first.",
        ));
    };
    let Some(step) = totp::verify(secret, &code, ctx.now_ms, 0)? else {
        return Err(ApiError::field(
            "code",
            "wrong_code",
            "This code does not match. Check the time on your phone and type the newest code \
             from the authenticator app.",
        ));
    };
    let role = account.role()?;
    let hasher = hasher(&ctx);
    let mut statements = vec![
        claim(&db, &format!("invite:{hash}"), ctx.now_ms)?,
        store::use_invite(&db, &hash, ctx.now_ms)?,
        store::confirm_totp(&db, &account.id, step)?,
        store::activate(&db, &account.id, ctx.now_ms)?,
        store::clear_recovery_codes(&db, &account.id)?,
    ];
    let mut recovery_codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let code = random_code(RECOVERY_CODE_LENGTH)?;
        let row_id = random_id().map_err(ApiError::csprng)?;
        statements.push(store::add_recovery_code(
            &db,
            &row_id,
            &account.id,
            &hasher.hash(&code)?,
        )?);
        recovery_codes.push(format!("{}-{}", &code[..5], &code[5..]));
    }
    let session = NewSession::start(
        account.principal()?,
        account.display_name.clone(),
        account.language.clone(),
        ctx.now_ms,
    )?;
    statements.extend(session.begin(
        &ctx,
        &db,
        &Entry::new(AuditEvent::AccountEnrolled).by_account(&account.id, role.as_str()),
    )?);
    if batch_claiming(&db, statements).await?.is_none() {
        return Err(invite_refused());
    }
    session.respond_with(
        200,
        &InviteCompleted {
            session: session.session.view(),
            recovery_codes,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file is a faithful cut of the crate's list: every line is on it, long enough, and in
    /// order; regenerate with `cargo xtask common-passwords` after a crate update.
    #[test]
    fn the_bundled_list_is_the_crates_list_cut_to_eight_characters() {
        let lines: Vec<&str> = COMMON_PASSWORDS.lines().collect();
        assert!(lines.len() > 40_000, "{}", lines.len());
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        for line in &lines {
            assert!(line.chars().count() >= 8, "{line}");
            assert!(passwords::analyzer::is_common_password(line), "{line}");
        }
    }

    #[test]
    fn common_passwords_are_recognised_in_any_case() {
        assert!(is_common_password("password1"));
        assert!(is_common_password("Password1"));
        assert!(is_common_password("iloveyou"));
        assert!(!is_common_password("paarse fiets onder de brug"));
    }
}
