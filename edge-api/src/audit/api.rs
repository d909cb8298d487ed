//! `GET /api/audit`: the log for admins, filtered by actor, resident, event and time.

use wegwijs_shared::audit::{AUDIT_PAGE_SIZE, AuditEvent, AuditPage, AuditQuery};
use wegwijs_shared::problem::FieldError;
use worker::Response;

use super::store;
use crate::db::{all, database};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;

/// Reads the query string; a malformed value is a 422 naming the parameter.
pub fn parse_query(pairs: &[(String, String)]) -> Result<AuditQuery, ApiError> {
    let mut query = AuditQuery::default();
    let mut errors = Vec::new();
    for (key, value) in pairs.iter().filter(|(_, v)| !v.trim().is_empty()) {
        let value = value.trim();
        let number = |errors: &mut Vec<FieldError>| {
            value
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .or_else(|| {
                    errors.push(FieldError::new(key, "not_a_number", "Expected a number."));
                    None
                })
        };
        match key.as_str() {
            "actor" => query.actor = Some(value.to_owned()),
            "resident" => query.resident = Some(value.to_owned()),
            "event" => match AuditEvent::parse(value) {
                Some(event) => query.event = Some(event),
                None => errors.push(FieldError::new(key, "unknown_event", "Unknown event.")),
            },
            "from_ms" => query.from_ms = number(&mut errors),
            "to_ms" => query.to_ms = number(&mut errors),
            // An id, not a number: `1.5` or `1e3` used to be truncated into a cursor nobody sent.
            "before_id" => match value.parse::<i64>() {
                Ok(id) if id > 0 => query.before_id = Some(id),
                _ => errors.push(FieldError::new(
                    key,
                    "not_an_id",
                    "Expected a line id (a whole number above 0).",
                )),
            },
            _ => errors.push(FieldError::new(
                key,
                "unknown_parameter",
                "Filter by actor, resident, event, from_ms, to_ms or before_id.",
            )),
        }
    }
    if errors.is_empty() {
        Ok(query)
    } else {
        Err(ApiError::Validation(errors))
    }
}

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let query = parse_query(&ctx.query_pairs()?)?;
    let db = database(&ctx)?;
    let rows: Vec<store::Row> = all(store::page(&db, &query)?).await?;
    let mut entries = rows
        .into_iter()
        .map(store::entry)
        .collect::<Result<Vec<_>, _>>()?;
    let next_before_id = if entries.len() > AUDIT_PAGE_SIZE {
        entries.truncate(AUDIT_PAGE_SIZE);
        entries.last().map(|e| e.id)
    } else {
        None
    };
    response::json(
        200,
        &AuditPage {
            entries,
            next_before_id,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn query_parameters_are_checked() {
        let query = parse_query(&pairs(&[
            ("event", "sign_in"),
            ("from_ms", "5"),
            ("actor", ""),
        ]))
        .unwrap();
        assert_eq!(query.event, Some(AuditEvent::SignIn));
        assert_eq!(query.from_ms, Some(5.0));
        assert_eq!(query.actor, None);
        let err =
            parse_query(&pairs(&[("event", "nope"), ("to_ms", "x"), ("foo", "1")])).unwrap_err();
        assert_eq!(err.status(), 422);
    }

    /// Schemathesis finding: `before_id=1.5` was accepted (truncated to 1) although the contract
    /// declares an integer.
    #[test]
    fn before_id_is_a_whole_positive_id() {
        let ok = parse_query(&pairs(&[("before_id", "42")])).unwrap();
        assert_eq!(ok.before_id, Some(42));
        for bad in ["1.5", "1e3", "0", "-3", "9223372036854775808", "x"] {
            let err = parse_query(&pairs(&[("before_id", bad)])).unwrap_err();
            assert_eq!(err.status(), 422, "before_id={bad}");
        }
    }
}
