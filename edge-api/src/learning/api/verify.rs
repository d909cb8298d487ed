//! `GET /api/verify/{code}`: anyone (an employer, a teacher at the next centre) checks a
//! certificate. The answer names the module, its level and competences and the date: never the
//! person, their account or their location. A code with a wrong check character is refused
//! before the database is asked, so guessing costs no lookups.

use wegwijs_shared::learning::certificate::normalize;
use wegwijs_shared::learning::wire::Verification;
use worker::Response;
use worker::js_sys::decode_uri_component;

use super::read::asked_language;
use crate::db::{database, first};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::learning::store::{self, CertificateRow};
use crate::learning::view;

pub async fn verify(ctx: RequestCtx) -> Result<Response, ApiError> {
    let raw = ctx.param("code")?;
    // Typed codes may carry spaces ("abcd efgh jkmn"), which arrive percent-encoded.
    let typed: String = decode_uri_component(raw)
        .map(String::from)
        .unwrap_or_else(|_| raw.to_owned());
    let code = normalize(&typed).map_err(|e| ApiError::field("code", e.code(), e.to_string()))?;
    let language = asked_language(&ctx)?;
    let row: CertificateRow = first(store::certificate_by_code(&database(&ctx)?, &code)?)
        .await?
        .ok_or(ApiError::ResourceNotFound {
            what: "certificate",
        })?;
    let cert = view::certificate(&row, language.as_deref())?;
    response::json(
        200,
        &Verification {
            code: cert.code,
            title: cert.title,
            level: cert.level,
            competences: cert.competences,
            issued_on: cert.issued_on,
        },
    )
}
