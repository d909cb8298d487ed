//! Reading the audit log, filtered and paged newest first.

use serde::Deserialize;
use wegwijs_shared::audit::{AUDIT_PAGE_SIZE, AuditEntry, AuditEvent, AuditQuery};
use wegwijs_shared::auth::Role;
use worker::{D1Database, D1PreparedStatement};

use super::Entry;
use crate::db::{num, opt_text, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct Row {
    id: i64,
    at: f64,
    actor_id: Option<String>,
    actor_role: Option<String>,
    event: String,
    resident_id: Option<String>,
    subject: Option<String>,
    request_id: String,
    detail: Option<String>,
}

/// The WHERE clause for `query`, with its arguments as text or numbers.
pub fn filter(query: &AuditQuery) -> (String, Vec<Arg>) {
    let mut clauses = Vec::new();
    let mut args = Vec::new();
    let mut add = |clause: &str, arg: Arg| {
        args.push(arg);
        clauses.push(clause.replace('?', &format!("?{}", args.len())));
    };
    if let Some(actor) = &query.actor {
        add("actor_id = ?", Arg::Text(actor.clone()));
    }
    if let Some(resident) = &query.resident {
        add("resident_id = ?", Arg::Text(resident.clone()));
    }
    if let Some(event) = query.event {
        add("event = ?", Arg::Text(event.as_str().to_owned()));
    }
    if let Some(from) = query.from_ms {
        add("at >= ?", Arg::Number(from));
    }
    if let Some(to) = query.to_ms {
        add("at < ?", Arg::Number(to));
    }
    if let Some(before) = query.before_id {
        add("id < ?", Arg::Number(before as f64));
    }
    let sql = if clauses.is_empty() {
        "1".to_owned()
    } else {
        clauses.join(" AND ")
    };
    (sql, args)
}

#[derive(Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// One page plus one row, to know whether another page follows.
pub fn page(db: &D1Database, query: &AuditQuery) -> Result<D1PreparedStatement, ApiError> {
    let (filter, args) = filter(query);
    let args: Vec<_> = args
        .iter()
        .map(|a| match a {
            Arg::Text(t) => text(t),
            Arg::Number(n) => num(*n),
        })
        .collect();
    stmt(db, &page_sql(&filter), &args)
}

/// The page read for the lines `filter` (from [`filter`]) lets through.
pub(crate) fn page_sql(filter: &str) -> String {
    format!(
        "SELECT id, at, actor_id, actor_role, event, resident_id, subject, request_id, detail \
         FROM audit_log WHERE {filter} ORDER BY id DESC LIMIT {}",
        AUDIT_PAGE_SIZE + 1
    )
}

pub fn entry(row: Row) -> Result<AuditEntry, ApiError> {
    Ok(AuditEntry {
        event: AuditEvent::parse(&row.event)
            .ok_or_else(|| ApiError::Internal(format!("unknown audit event {:?}", row.event)))?,
        actor_role: row.actor_role.as_deref().and_then(Role::parse),
        id: row.id,
        at_ms: row.at,
        actor_id: row.actor_id,
        resident_id: row.resident_id,
        subject: row.subject,
        request_id: row.request_id,
        detail: row.detail,
    })
}

/// One audit line, at `at` for the request `request_id`.
pub fn insert(
    db: &D1Database,
    at: f64,
    request_id: &str,
    entry: &Entry<'_>,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO audit_log \
         (at, actor_id, actor_role, event, resident_id, subject, request_id, detail) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        &[
            num(at),
            opt_text(entry.actor.map(|a| a.0)),
            opt_text(entry.actor.map(|a| a.1)),
            text(entry.event.as_str()),
            opt_text(entry.resident_id),
            opt_text(entry.subject),
            text(request_id),
            opt_text(entry.detail.as_deref()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_number_their_placeholders() {
        let query = AuditQuery {
            resident: Some("r1".into()),
            event: Some(AuditEvent::ResidentRead),
            before_id: Some(10),
            ..AuditQuery::default()
        };
        let (sql, args) = filter(&query);
        assert_eq!(sql, "resident_id = ?1 AND event = ?2 AND id < ?3");
        assert_eq!(args[2], Arg::Number(10.0));
        assert_eq!(filter(&AuditQuery::default()).0, "1");
    }
}
