//! The SQL of the staff resident list: which rows a scope sees, one page of them in name order,
//! and the page's audit lines.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use wegwijs_shared::auth::ListScope;
use wegwijs_shared::residents::{ResidentCursor, ResidentPage, ResidentSummary};
use worker::{D1Database, D1PreparedStatement, D1Result};

use super::store::status;
use crate::db::{rows, stmt, text};
use crate::error::ApiError;

/// The `WHERE` clause and arguments that limit residents to what a list scope may see, starting
/// at placeholder `?first`. `location` narrows further to one location.
pub(crate) fn visible(
    scope: &ListScope,
    location: Option<&str>,
    first: usize,
) -> (String, Vec<String>) {
    let mut clauses = Vec::new();
    let mut args = Vec::new();
    match scope {
        ListScope::All => {}
        ListScope::Own(id) => {
            clauses.push(format!("r.account_id = ?{}", first));
            args.push(id.clone());
        }
        ListScope::Locations(ids) => {
            // D1 has no array parameters; bind the (few) location ids one by one.
            let placeholders: Vec<String> =
                (0..ids.len()).map(|i| format!("?{}", first + i)).collect();
            clauses.push(if ids.is_empty() {
                "0".to_owned()
            } else {
                format!("r.location_id IN ({})", placeholders.join(", "))
            });
            args.extend(ids.iter().cloned());
        }
    }
    if let Some(location) = location {
        clauses.push(format!("r.location_id = ?{}", first + args.len()));
        args.push(location.to_owned());
    }
    let sql = if clauses.is_empty() {
        "1".to_owned()
    } else {
        clauses.join(" AND ")
    };
    (sql, args)
}

/// [`visible`] narrowed to the rows after `after` in list order, from placeholder `?first`.
pub(crate) fn page_filter(
    scope: &ListScope,
    location: Option<&str>,
    after: Option<&ResidentCursor>,
    first: usize,
) -> (String, Vec<String>) {
    let (mut sql, mut args) = visible(scope, location, first);
    if let Some(after) = after {
        // The row value alone is right but SQLite does not start the name index at it (the
        // collation hides the match); the plain `>=` on the name lets it.
        let n = first + args.len();
        sql = format!(
            "{sql} AND a.display_name COLLATE NOCASE >= ?{n} \
             AND (a.display_name COLLATE NOCASE, a.id) > (?{n}, ?{})",
            n + 1
        );
        args.push(after.name.clone());
        args.push(after.id.clone());
    }
    (sql, args)
}

/// One page of the list (`filter` from [`page_filter`], placeholders from ?1); reads one row more
/// than `limit` to tell whether another page follows.
pub(crate) fn list_sql(filter: &str, limit: usize) -> String {
    format!(
        "SELECT a.id, a.display_name, r.resident_number, r.location_id, a.status \
         FROM residents r JOIN accounts a ON a.id = r.account_id WHERE {filter} \
         ORDER BY a.display_name COLLATE NOCASE, a.id LIMIT {}",
        limit + 1
    )
}

/// The page's audit lines, for exactly the rows the page shows (`filter` from [`page_filter`]
/// from ?5). In the same batch as [`list_sql`], so both read the same rows.
pub(crate) fn list_audit_sql(filter: &str, limit: usize) -> String {
    format!(
        "INSERT INTO audit_log (at, actor_id, actor_role, event, resident_id, request_id) \
         SELECT ?1, ?2, ?3, 'resident_listed', r.account_id, ?4 \
         FROM residents r JOIN accounts a ON a.id = r.account_id WHERE {filter} \
         ORDER BY a.display_name COLLATE NOCASE, a.id LIMIT {limit}"
    )
}

/// Which rows a page of the list holds.
pub struct PageQuery<'a> {
    pub scope: &'a ListScope,
    pub location: Option<&'a str>,
    pub after: Option<&'a ResidentCursor>,
    pub limit: usize,
}

/// The page and, in the same batch, one audit line per resident on it.
pub fn list_with_audit(
    db: &D1Database,
    page: &PageQuery,
    audit_prefix: [JsValue; 4],
) -> Result<Vec<D1PreparedStatement>, ApiError> {
    let (filter, args) = page_filter(page.scope, page.location, page.after, 1);
    let list = stmt(
        db,
        &list_sql(&filter, page.limit),
        &args.iter().map(|a| text(a)).collect::<Vec<_>>(),
    )?;
    let (filter, args) = page_filter(page.scope, page.location, page.after, 5);
    let mut audit_args = audit_prefix.to_vec();
    audit_args.extend(args.iter().map(|a| text(a)));
    let audit = stmt(db, &list_audit_sql(&filter, page.limit), &audit_args)?;
    Ok(vec![list, audit])
}

#[derive(Deserialize)]
struct SummaryRow {
    id: String,
    display_name: String,
    resident_number: String,
    location_id: String,
    status: String,
}

/// The page from [`list_sql`]'s rows: at most `limit`, and the cursor of the last when more follow.
pub fn page(result: &D1Result, limit: usize) -> Result<ResidentPage, ApiError> {
    let mut found = rows::<SummaryRow>(result)?;
    let more = found.len() > limit;
    found.truncate(limit);
    let next = match (more, found.last()) {
        (true, Some(last)) => Some(
            ResidentCursor {
                name: last.display_name.clone(),
                id: last.id.clone(),
            }
            .encode(),
        ),
        _ => None,
    };
    let residents = found
        .into_iter()
        .map(|r| {
            Ok(ResidentSummary {
                status: status(&r.status)?,
                id: r.id,
                preferred_name: r.display_name,
                resident_number: r.resident_number,
                location_id: r.location_id,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(ResidentPage { residents, next })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_scope_binds_each_id() {
        let scope = ListScope::Locations(vec!["a".into(), "b".into()]);
        let (sql, args) = visible(&scope, Some("a"), 5);
        assert_eq!(sql, "r.location_id IN (?5, ?6) AND r.location_id = ?7");
        assert_eq!(args.len(), 3);
        assert_eq!(visible(&ListScope::All, None, 1).0, "1");
        assert_eq!(visible(&ListScope::Locations(vec![]), None, 1).0, "0");
    }

    #[test]
    fn a_cursor_binds_name_then_id_after_the_scope() {
        let scope = ListScope::Locations(vec!["a".into()]);
        let after = ResidentCursor {
            name: "Amal".into(),
            id: "acct-1".into(),
        };
        let (sql, args) = page_filter(&scope, None, Some(&after), 5);
        assert_eq!(
            sql,
            "r.location_id IN (?5) AND a.display_name COLLATE NOCASE >= ?6 \
             AND (a.display_name COLLATE NOCASE, a.id) > (?6, ?7)"
        );
        assert_eq!(args, ["a", "Amal", "acct-1"]);
        assert_eq!(page_filter(&scope, None, None, 1), visible(&scope, None, 1));
    }
}
