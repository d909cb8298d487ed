//! Residents' doors: activating a card (choosing a PIN) and signing in with resident number + PIN.

use wegwijs_shared::accounts::{ActivateRequest, ResidentSignInRequest};
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::{Principal, Role};
use wegwijs_shared::problem::FieldError;
use worker::Response;

use crate::audit::Entry;
use crate::auth::session::{NewSession, revoke_all};
use crate::auth::store::{self, ActivationRow, ResidentLogin};
use crate::auth::throttle::{Concerning, Counters, Keys};
use crate::auth::{client_key, hasher};
use crate::db::{batch, batch_claiming, claim, database, rows};
use crate::error::ApiError;
use crate::http::RequestCtx;

const DOOR: &str = "resident_sign_in";
const SIGN_IN_FAILED: &str = "The resident number or PIN is not right. Check both and try again. \
     If you received a new card, activate it first.";

fn code_used() -> FieldError {
    FieldError::new(
        "code",
        "activation_code_used",
        "This code has already been used. Sign in with your resident number and PIN, \
         or ask staff for a new card.",
    )
}

pub async fn activate(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: ActivateRequest = ctx.json().await?;
    let (code, pin) = body.validate().map_err(ApiError::Validation)?;
    let db = database(&ctx)?;
    // Codes carry 60 bits, so only the client is counted: there is no identifier to lock.
    let keys = Keys {
        identifier: None,
        client: client_key(&ctx)?,
    };
    let code_hash = crate::auth::secrets::sha256_hex(&code);
    let found = batch(
        &db,
        vec![
            keys.select(&db)?,
            store::activation_by_hash(&db, &code_hash)?,
        ],
    )
    .await?;
    let counters = Counters::from_rows(&found[0])?;
    if let Some(retry_after_s) = counters.locked(ctx.now_ms) {
        return Err(ApiError::TooManyAttempts { retry_after_s });
    }
    let row = rows::<ActivationRow>(&found[1])?.into_iter().next();
    let refusal = match &row {
        None => Some(FieldError::new(
            "code",
            "activation_code_unknown",
            "This code is not known. Check the letters and digits on your card.",
        )),
        Some(r) if r.status == "disabled" => Some(FieldError::new(
            "code",
            "activation_code_unknown",
            "This code is not known. Check the letters and digits on your card.",
        )),
        Some(r) if r.revoked_at.is_some() => Some(FieldError::new(
            "code",
            "activation_code_replaced",
            "This card was replaced by a newer one. Use the code on your newest card.",
        )),
        Some(r) if r.used_at.is_some() => Some(code_used()),
        Some(r) if r.expires_at <= ctx.now_ms => Some(FieldError::new(
            "code",
            "activation_code_expired",
            "This code has expired (a card works for 14 days). Ask staff for a new card.",
        )),
        Some(_) => None,
    };
    if let Some(refusal) = refusal {
        let who = row
            .as_ref()
            .map_or(Concerning::Unknown, |r| Concerning::Resident(&r.account_id));
        let door = format!("activation:{}", refusal.code);
        let answer = ApiError::Validation(vec![refusal]);
        return Err(keys.fail(&ctx, &db, &door, who, answer).await?);
    }
    let row = row.ok_or_else(|| ApiError::Internal("activation row vanished".into()))?;
    let pin_hash = hasher(&ctx).hash(&pin)?;
    let session = NewSession::start(
        Principal {
            account_id: row.account_id.clone(),
            role: Role::Resident,
            location_ids: vec![row.location_id.clone()],
        },
        row.display_name.clone(),
        row.language.clone(),
        ctx.now_ms,
    )?;
    let mut statements = vec![
        claim(&db, &format!("activation:{code_hash}"), ctx.now_ms)?,
        store::use_activation_code(&db, &code_hash, ctx.now_ms)?,
        store::set_pin(&db, &row.account_id, &pin_hash)?,
        store::activate(&db, &row.account_id, ctx.now_ms)?,
        // A card starts a fresh life for the account: whatever sessions it had end here.
        revoke_all(&db, &row.account_id, ctx.now_ms)?,
    ];
    statements.extend(
        session.begin(
            &ctx,
            &db,
            &Entry::new(AuditEvent::Activated)
                .by_account(&row.account_id, Role::Resident.as_str())
                .resident(&row.account_id),
        )?,
    );
    if batch_claiming(&db, statements).await?.is_none() {
        // A concurrent request activated with this code first.
        return Err(ApiError::Validation(vec![code_used()]));
    }
    session.response(200)
}

pub async fn sign_in(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: ResidentSignInRequest = ctx.json().await?;
    let (number, pin) = body.validate().map_err(ApiError::Validation)?;
    let db = database(&ctx)?;
    let keys = Keys {
        identifier: Some(format!("resident:{number}")),
        client: client_key(&ctx)?,
    };
    let found = batch(
        &db,
        vec![keys.select(&db)?, store::resident_by_number(&db, &number)?],
    )
    .await?;
    let counters = Counters::from_rows(&found[0])?;
    let account = rows::<ResidentLogin>(&found[1])?.into_iter().next();
    let resident_id = account.as_ref().map(|a| a.id.clone());

    let who = resident_id
        .as_deref()
        .map_or(Concerning::Unknown, Concerning::Resident);
    if let Some(retry_after_s) = counters.locked(ctx.now_ms) {
        return Err(keys
            .refuse_locked(&ctx, &db, DOOR, who, retry_after_s)
            .await?);
    }

    let hasher = hasher(&ctx);
    let verified = match account.as_ref() {
        Some(a) if a.status == "active" => match &a.pin_hash {
            Some(hash) => hasher.verify(&pin, hash)?,
            None => {
                hasher.waste_equal_time(&pin)?;
                false
            }
        },
        _ => {
            hasher.waste_equal_time(&pin)?;
            false
        }
    };

    let Some(account) = account.filter(|_| verified) else {
        let refusal = ApiError::SignInFailed {
            detail: SIGN_IN_FAILED,
        };
        return Err(keys.fail(&ctx, &db, DOOR, who, refusal).await?);
    };

    let session = NewSession::start(
        Principal {
            account_id: account.id.clone(),
            role: Role::Resident,
            location_ids: vec![account.location_id.clone()],
        },
        account.display_name.clone(),
        account.language.clone(),
        ctx.now_ms,
    )?;
    let mut statements = Vec::new();
    statements.extend(keys.clear_identifier(&db)?);
    statements.extend(
        session.begin(
            &ctx,
            &db,
            &Entry::new(AuditEvent::SignIn)
                .by_account(&account.id, Role::Resident.as_str())
                .resident(&account.id),
        )?,
    );
    batch(&db, statements).await?;
    session.response(200)
}
