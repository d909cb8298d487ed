//! Sign-in counters in D1, applying `wegwijs_shared::throttle`. Reading the counters joins the
//! account lookup's batch; recording a failure joins the audit entry's batch.

use serde::Deserialize;
use wegwijs_shared::throttle::{Counter, KeyKind, after_failure, retry_after_s};
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

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
    pub fn record_failure(
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
