//! Writing the audit log. Every write that must be audited puts [`statement`] in the same D1 batch
//! as the change itself, so the change and its record land together or not at all.

pub mod api;
pub(crate) mod store;

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::Principal;
use worker::{D1Database, D1PreparedStatement};

use crate::error::ApiError;
use crate::http::RequestCtx;

/// One audit line, minus what the request supplies (time, request id).
pub struct Entry<'a> {
    pub event: AuditEvent,
    /// Who acted; `None` when nobody is signed in (a failed sign-in).
    pub actor: Option<(&'a str, &'a str)>,
    pub resident_id: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub detail: Option<String>,
}

impl<'a> Entry<'a> {
    pub fn new(event: AuditEvent) -> Self {
        Self {
            event,
            actor: None,
            resident_id: None,
            subject: None,
            detail: None,
        }
    }

    pub fn by(mut self, principal: &'a Principal) -> Self {
        self.actor = Some((principal.account_id.as_str(), principal.role.as_str()));
        self
    }

    pub fn by_account(mut self, account_id: &'a str, role: &'a str) -> Self {
        self.actor = Some((account_id, role));
        self
    }

    pub fn resident(mut self, resident_id: &'a str) -> Self {
        self.resident_id = Some(resident_id);
        self
    }

    pub fn subject(mut self, subject: &'a str) -> Self {
        self.subject = Some(subject);
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

pub fn statement(
    db: &D1Database,
    ctx: &RequestCtx,
    entry: &Entry<'_>,
) -> Result<D1PreparedStatement, ApiError> {
    store::insert(db, ctx.now_ms, &ctx.request_id, entry)
}

/// Records one entry on its own (when there is no other write to join).
pub async fn record(db: &D1Database, ctx: &RequestCtx, entry: Entry<'_>) -> Result<(), ApiError> {
    crate::db::run(statement(db, ctx, &entry)?)
        .await
        .map(|_| ())
}
