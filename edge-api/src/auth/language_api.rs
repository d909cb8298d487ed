//! `PUT /api/me/language`: the signed-in person chooses the language of their own account, so the
//! app follows them to another device. The route names no account: it can only ever change the
//! caller's own, whatever the body says.
//!
//! Not audited: the audit log records staff reading or changing someone else's data; a person
//! setting their own display language is neither (like a resident reading their own record).

use wegwijs_shared::accounts::OwnLanguage;
use wegwijs_shared::auth::{Role, Target};
use worker::Response;

use crate::authz::authorize;
use crate::db::{batch, changes, database, num, stmt, text};
use crate::error::ApiError;
use crate::http::response;
use crate::routes::RequestCtx;

pub async fn set(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: OwnLanguage = ctx.json().await?;
    let code = body.validate().map_err(ApiError::Validation)?;
    let me = ctx.signed_in()?.principal.clone();
    authorize(&ctx, Target::Account(&me.account_id)).await?;
    // Residents and employees keep their language in their own table (a resident's is the one
    // staff also see on the resident's record).
    let table = if me.role == Role::Resident {
        "residents"
    } else {
        "employees"
    };
    let db = database(&ctx)?;
    let id = text(&me.account_id);
    let results = batch(
        &db,
        vec![
            stmt(
                &db,
                &format!("UPDATE {table} SET language = ?2 WHERE account_id = ?1"),
                &[id.clone(), text(code)],
            )?,
            stmt(
                &db,
                "UPDATE accounts SET updated_at = ?2 WHERE id = ?1",
                &[id, num(ctx.now_ms)],
            )?,
        ],
    )
    .await?;
    if changes(&results[0])? != 1 {
        return Err(ApiError::Internal(format!(
            "signed-in account {} has no {table} row",
            me.account_id
        )));
    }
    response::json(
        200,
        &OwnLanguage {
            language: code.to_owned(),
        },
    )
}
