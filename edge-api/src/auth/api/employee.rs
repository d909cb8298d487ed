//! Staff, trainers and admins sign in with e-mail, password and a second factor (TOTP, or a
//! one-time recovery code) in one request, so a refusal never says which part was wrong.

use wegwijs_shared::accounts::StaffSignInRequest;
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::credentials::SecondFactor;
use worker::{D1Database, D1PreparedStatement, Response};

use crate::audit::Entry;
use crate::auth::secrets::SecretHasher;
use crate::auth::session::NewSession;
use crate::auth::store::{self, EmployeeLogin, RecoveryCodeRow};
use crate::auth::throttle::{Concerning, Counters, Keys};
use crate::auth::{client_key, hasher, totp};
use crate::db::{all, batch, batch_claiming, claim, database, rows};
use crate::error::ApiError;
use crate::http::RequestCtx;

const DOOR: &str = "staff_sign_in";
const SIGN_IN_FAILED: &str = "The e-mail address, password or code is not right. Check them and \
     try again. Lost your authenticator? Use one of your recovery codes.";

pub async fn sign_in(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: StaffSignInRequest = ctx.json().await?;
    let (email, password, factor) = body.validate().map_err(ApiError::Validation)?;
    let db = database(&ctx)?;
    let keys = Keys {
        identifier: Some(format!("email:{email}")),
        client: client_key(&ctx)?,
    };
    let found = batch(
        &db,
        vec![keys.select(&db)?, store::employee_by_email(&db, &email)?],
    )
    .await?;
    let counters = Counters::from_rows(&found[0])?;
    let account = rows::<EmployeeLogin>(&found[1])?.into_iter().next();
    let account_id = account.as_ref().map(|a| a.id.clone());

    let who = account_id
        .as_deref()
        .map_or(Concerning::Unknown, Concerning::Employee);
    if let Some(retry_after_s) = counters.locked(ctx.now_ms) {
        return Err(keys
            .refuse_locked(&ctx, &db, DOOR, who, retry_after_s)
            .await?);
    }

    let hasher = hasher(&ctx);
    let proof = match account.as_ref().filter(|a| a.status == "active") {
        Some(a) => check_factors(&db, &hasher, a, &password, &factor, ctx.now_ms).await?,
        None => {
            hasher.waste_equal_time(&password)?;
            None
        }
    };

    let (Some(account), Some(factor_use)) = (account, proof) else {
        return Err(keys.fail(&ctx, &db, DOOR, who, sign_in_failed()).await?);
    };

    let role = account.role()?;
    let session = NewSession::start(
        account.principal()?,
        account.display_name.clone(),
        account.language.clone(),
        ctx.now_ms,
    )?;
    let mut statements = vec![
        claim(&db, &factor_use.claim, ctx.now_ms)?,
        factor_use.statement,
    ];
    statements.extend(keys.clear_identifier(&db)?);
    statements.extend(session.begin(
        &ctx,
        &db,
        &Entry::new(AuditEvent::SignIn).by_account(&account.id, role.as_str()),
    )?);
    if batch_claiming(&db, statements).await?.is_none() {
        // A concurrent request used this code first.
        let who = Concerning::Employee(&account.id);
        return Err(keys.fail(&ctx, &db, DOOR, who, sign_in_failed()).await?);
    }
    session.response(200)
}

fn sign_in_failed() -> ApiError {
    ApiError::SignInFailed {
        detail: SIGN_IN_FAILED,
    }
}

/// A second factor that checked out: the claim that makes it single-use and the statement that
/// records its use.
struct FactorUse {
    claim: String,
    statement: D1PreparedStatement,
}

/// Checks password and second factor. On success returns how the factor is used up (the TOTP step
/// or the recovery code), to run in the sign-in batch.
async fn check_factors(
    db: &D1Database,
    hasher: &SecretHasher,
    account: &EmployeeLogin,
    password: &str,
    factor: &SecondFactor,
    now_ms: f64,
) -> Result<Option<FactorUse>, ApiError> {
    let (Some(password_hash), Some(secret)) = (&account.password_hash, &account.totp_secret) else {
        hasher.waste_equal_time(password)?;
        return Ok(None);
    };
    if !hasher.verify(password, password_hash)? {
        return Ok(None);
    }
    match factor {
        SecondFactor::Totp(code) => {
            let last_step = account.totp_last_step as u64;
            Ok(match totp::verify(secret, code, now_ms, last_step)? {
                Some(step) => Some(FactorUse {
                    claim: format!("totp:{}:{step}", account.id),
                    statement: store::advance_totp_step(db, &account.id, step)?,
                }),
                None => None,
            })
        }
        SecondFactor::Recovery(code) => {
            let codes: Vec<RecoveryCodeRow> =
                all(store::unused_recovery_codes(db, &account.id)?).await?;
            for row in codes {
                if hasher.verify(code, &row.code_hash)? {
                    return Ok(Some(FactorUse {
                        claim: format!("recovery:{}", row.id),
                        statement: store::use_recovery_code(db, &row.id, now_ms)?,
                    }));
                }
            }
            Ok(None)
        }
    }
}
