//! Sign-in counters in D1, applying `wegwijs_shared::throttle`. Reading the counters joins the
//! account lookup's batch; recording a failure joins the audit entry's batch.

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::throttle::{Counter, KeyKind, retry_after_s};
use worker::{D1Database, D1PreparedStatement};

use super::throttle_store;
use crate::audit::{self, Entry};
use crate::db::batch;
use crate::error::ApiError;
use crate::http::RequestCtx;

/// Whose account an attempt was about, as far as the door could tell (for the audit line).
#[derive(Clone, Copy)]
pub enum Concerning<'a> {
    Unknown,
    Resident(&'a str),
    Employee(&'a str),
}

impl<'a> Concerning<'a> {
    fn on(self, entry: Entry<'a>) -> Entry<'a> {
        match self {
            Concerning::Unknown => entry,
            Concerning::Resident(id) => entry.resident(id),
            Concerning::Employee(id) => entry.subject(id),
        }
    }
}

/// The identifier typed (if it had a valid shape) and the client.
pub struct Keys {
    pub identifier: Option<String>,
    pub client: String,
}

pub struct Counters(Vec<(String, Counter)>);

impl Keys {
    pub fn select(&self, db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
        throttle_store::counters(
            db,
            self.identifier.as_deref().unwrap_or(&self.client),
            &self.client,
        )
    }

    fn each(&self) -> Vec<(&str, KeyKind)> {
        let mut keys = vec![(self.client.as_str(), KeyKind::Client)];
        if let Some(id) = &self.identifier {
            keys.push((id.as_str(), KeyKind::Identifier));
        }
        keys
    }

    /// Statements counting one more failure on each key. The increment happens in SQL, so
    /// concurrent failures (parallel guessing) all count; each statement returns the counter as
    /// it now stands.
    fn count_failure(
        &self,
        db: &D1Database,
        now_ms: f64,
    ) -> Result<Vec<D1PreparedStatement>, ApiError> {
        self.each()
            .into_iter()
            .map(|(key, kind)| {
                let limits = kind.limits();
                let limit = throttle_store::Limit {
                    max_failures: limits.max_failures,
                    period_ms: limits.period_ms,
                    windowed: kind == KeyKind::Client,
                };
                throttle_store::count_failure(db, key, now_ms, &limit)
            })
            .collect()
    }

    /// After a success the identifier starts afresh; the client's window runs on.
    pub fn clear_identifier(
        &self,
        db: &D1Database,
    ) -> Result<Option<D1PreparedStatement>, ApiError> {
        self.identifier
            .as_deref()
            .map(|key| throttle_store::clear(db, key))
            .transpose()
    }
}

impl Keys {
    /// Answers an attempt at a locked door: audits the lock-out, returns the 429.
    pub async fn refuse_locked(
        &self,
        ctx: &RequestCtx,
        db: &D1Database,
        door: &str,
        who: Concerning<'_>,
        retry_after_s: u64,
    ) -> Result<ApiError, ApiError> {
        let entry = who.on(Entry::new(AuditEvent::LockedOut).detail(door));
        audit::record(db, ctx, entry).await?;
        Ok(ApiError::TooManyAttempts { retry_after_s })
    }

    /// Counts a failed attempt and audits it (`locked_out` when this failure locks); returns the
    /// answer: 429 once locked, `refusal` otherwise.
    pub async fn fail(
        &self,
        ctx: &RequestCtx,
        db: &D1Database,
        door: &str,
        who: Concerning<'_>,
        refusal: ApiError,
    ) -> Result<ApiError, ApiError> {
        let counted = batch(db, self.count_failure(db, ctx.now_ms)?).await?;
        let mut now_counted = Counters(Vec::new());
        for result in &counted {
            now_counted.0.extend(Counters::from_rows(result)?.0);
        }
        let locked = now_counted.locked(ctx.now_ms);
        let event = match locked {
            Some(_) => AuditEvent::LockedOut,
            None => AuditEvent::SignInFailed,
        };
        audit::record(db, ctx, who.on(Entry::new(event).detail(door))).await?;
        Ok(match locked {
            Some(retry_after_s) => ApiError::TooManyAttempts { retry_after_s },
            None => refusal,
        })
    }
}

impl Counters {
    pub fn from_rows(result: &worker::D1Result) -> Result<Self, ApiError> {
        Ok(Self(
            crate::db::rows::<throttle_store::CounterRow>(result)?
                .into_iter()
                .map(|r| (r.key.clone(), r.counter()))
                .collect(),
        ))
    }

    /// Seconds until any of the keys may try again, if one is locked now.
    pub fn locked(&self, now_ms: f64) -> Option<u64> {
        self.0
            .iter()
            .filter_map(|(_, c)| retry_after_s(Some(c), now_ms))
            .max()
    }
}
