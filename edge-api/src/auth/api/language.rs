//! `PUT /api/me/language`: the signed-in person chooses the app language of their own account, so
//! it follows them to another device. The route names no account: it can only ever change the
//! caller's own, whatever the body says.
//!
//! Not audited: the audit log records staff reading or changing someone else's data; a person
//! setting their own display language is neither (like a resident reading their own record).

use wegwijs_shared::accounts::OwnLanguage;
use wegwijs_shared::auth::Target;
use worker::Response;

use crate::auth::store;
use crate::authz::authorize;
use crate::db::{database, run};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;

pub async fn set(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: OwnLanguage = ctx.json().await?;
    let code = body.validate().map_err(ApiError::Validation)?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    authorize(&ctx, Target::Account(&me)).await?;
    let db = database(&ctx)?;
    let changed = run(store::set_language(&db, &me, code, ctx.now_ms)?).await?;
    if changed != 1 {
        return Err(ApiError::Internal(format!(
            "signed-in account {me} has no row"
        )));
    }
    response::json(
        200,
        &OwnLanguage {
            language: code.to_owned(),
        },
    )
}
