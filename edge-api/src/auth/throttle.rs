//! Sign-in counters in D1, applying `wegwijs_shared::throttle`. Reading the counters joins the
//! account lookup's batch; recording a failure joins the audit entry's batch.

use serde::Deserialize;
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::throttle::{Counter, KeyKind, after_failure, retry_after_s};
use worker::{D1Database, D1PreparedStatement};

use crate::audit::{self, Entry};
use crate::db::{batch, num, stmt, text};
use crate::error::ApiError;
use crate::routes::RequestCtx;

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

#[derive(Deserialize)]
struct CounterRow {
    key: String,
    failures: u32,
    window_start_ms: f64,
    locked_until_ms: Option<f64>,
}

pub struct Counters(Vec<(String, Counter)>);

impl Keys {
    pub fn select(&self, db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
        stmt(
            db,
            "SELECT key, failures, window_start_ms, locked_until_ms FROM signin_counters \
             WHERE key IN (?1, ?2)",
            &[
                text(self.identifier.as_deref().unwrap_or(&self.client)),
                text(&self.client),
            ],
        )
    }

    fn each(&self) -> Vec<(&str, KeyKind)> {
        let mut keys = vec![(self.client.as_str(), KeyKind::Client)];
        if let Some(id) = &self.identifier {
            keys.push((id.as_str(), KeyKind::Identifier));
        }
        keys
    }

    /// Statements recording one more failure, and whether the identifier or client is locked
    /// after it (then the answer is 429, not 401).
    fn record_failure(
        &self,
        db: &D1Database,
        counters: &Counters,
        now_ms: f64,
    ) -> Result<(Vec<D1PreparedStatement>, Option<u64>), ApiError> {
        let mut statements = Vec::new();
        let mut locked = None;
        for (key, kind) in self.each() {
            let next = after_failure(kind, counters.get(key), now_ms);
            if let Some(wait) = retry_after_s(Some(&next), now_ms) {
                locked = Some(locked.map_or(wait, |w: u64| w.max(wait)));
            }
            statements.push(stmt(
                db,
                "INSERT INTO signin_counters (key, failures, window_start_ms, locked_until_ms) \
                 VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, \
                   window_start_ms = excluded.window_start_ms, \
                   locked_until_ms = excluded.locked_until_ms",
                &[
                    text(key),
                    num(f64::from(next.failures)),
                    num(next.window_start_ms),
                    next.locked_until_ms
                        .map(num)
                        .unwrap_or(wasm_bindgen::JsValue::NULL),
                ],
            )?);
        }
        Ok((statements, locked))
    }

    /// After a success the identifier starts afresh; the client's window runs on.
    pub fn clear_identifier(
        &self,
        db: &D1Database,
    ) -> Result<Option<D1PreparedStatement>, ApiError> {
        self.identifier
            .as_deref()
            .map(|key| {
                stmt(
                    db,
                    "DELETE FROM signin_counters WHERE key = ?1",
                    &[text(key)],
                )
            })
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
        counters: &Counters,
        door: &str,
        who: Concerning<'_>,
        refusal: ApiError,
    ) -> Result<ApiError, ApiError> {
        let (mut statements, locked) = self.record_failure(db, counters, ctx.now_ms)?;
        let event = match locked {
            Some(_) => AuditEvent::LockedOut,
            None => AuditEvent::SignInFailed,
        };
        statements.push(audit::statement(
            db,
            ctx,
            &who.on(Entry::new(event).detail(door)),
        )?);
        batch(db, statements).await?;
        Ok(match locked {
            Some(retry_after_s) => ApiError::TooManyAttempts { retry_after_s },
            None => refusal,
        })
    }
}

impl Counters {
    pub fn from_rows(result: &worker::D1Result) -> Result<Self, ApiError> {
        Ok(Self(
            crate::db::rows::<CounterRow>(result)?
                .into_iter()
                .map(|r| {
                    (
                        r.key,
                        Counter {
                            failures: r.failures,
                            window_start_ms: r.window_start_ms,
                            locked_until_ms: r.locked_until_ms,
                        },
                    )
                })
                .collect(),
        ))
    }

    fn get(&self, key: &str) -> Option<&Counter> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, c)| c)
    }

    /// Seconds until any of the keys may try again, if one is locked now.
    pub fn locked(&self, now_ms: f64) -> Option<u64> {
        self.0
            .iter()
            .filter_map(|(_, c)| retry_after_s(Some(c), now_ms))
            .max()
    }
}
