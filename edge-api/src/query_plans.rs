//! The key reads stay indexed at the agency's real size. Each statement below is the store's own
//! SQL (every variant a read builds), planned by SQLite (`EXPLAIN QUERY PLAN`) over an in-memory
//! database with every migration applied; no step may read a table whole (`SCAN <table>` without
//! an index) unless it is listed with the statement, with the reason it is cheap. A scan listed but
//! no longer planned fails too, so the list stays true.
//!
//! The reads are the ones `scripts/bench-scale.mjs` times on `cargo xtask seed-scale`'s data: the
//! staff resident list, a resident's home (session, own record, locations, content, procedure,
//! centre, activities), the staff activities, the trainer dashboard, the audit log filtered.

use std::path::Path;

use rusqlite::Connection;
use wegwijs_shared::audit::{AuditEvent, AuditQuery};
use wegwijs_shared::auth::ListScope;
use wegwijs_shared::residents::ResidentCursor;

use crate::activities::store::{self as activities, signups};
use crate::audit::store as audit;
use crate::auth::session_store;
use crate::centre::store as centre;
use crate::content::store::{self as content, reader};
use crate::locations::store as locations;
use crate::residents::{list_store as resident_list, store as residents};
use crate::training::{dashboard_store as dashboard, store as training};

/// An in-memory database with the migrations applied in name order, as wrangler applies them:
/// all, or those up to and including `last`.
fn migrated(last: Option<&str>) -> Connection {
    let db = Connection::open_in_memory().expect("in-memory SQLite");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("migrations folder")
        .map(|e| e.expect("migration entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .filter(|p| {
            last.is_none_or(|last| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().as_ref() <= last)
            })
        })
        .collect();
    files.sort();
    for file in files {
        let sql = std::fs::read_to_string(&file).expect("migration readable");
        db.execute_batch(&sql)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
    db
}

/// The plan's steps as SQLite words them ("SEARCH r USING INDEX …", "SCAN audit_log", …).
fn plan(db: &Connection, sql: &str) -> Vec<String> {
    let mut statement = db
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap_or_else(|e| panic!("{e}\n{sql}"));
    // Parameters stay unbound (NULL): the plan does not depend on their values.
    let mut rows = statement.raw_query();
    let mut steps = Vec::new();
    while let Some(row) = rows.next().expect("plan row") {
        steps.push(row.get::<_, String>(3).expect("plan detail"));
    }
    steps
}

/// What a step reads whole: `SCAN x` with no index, no virtual table (`json_each`).
fn full_scan(step: &str) -> Option<&str> {
    let rest = step.strip_prefix("SCAN ")?;
    let indexed = ["USING INDEX", "USING COVERING INDEX", "VIRTUAL TABLE"];
    if indexed.iter().any(|i| rest.contains(i)) {
        return None;
    }
    rest.split_whitespace().next()
}

/// One read: its name, its SQL, and the scans accepted in it with why each is cheap.
struct Read {
    name: String,
    sql: String,
    accepted: &'static [(&'static str, &'static str)],
}

fn read(name: impl Into<String>, sql: impl Into<String>) -> Read {
    Read {
        name: name.into(),
        sql: sql.into(),
        accepted: &[],
    }
}

const ONE_AGENCY: &[(&str, &str)] = &[(
    "agencies",
    "one row per agency, and a deployment serves one agency",
)];

fn staff_scopes() -> Vec<(&'static str, ListScope, Option<&'static str>)> {
    let one = || ListScope::Locations(vec!["loc-a".into()]);
    let two = || ListScope::Locations(vec!["loc-a".into(), "loc-b".into()]);
    vec![
        ("staff at one location", one(), None),
        ("staff, ?location=", one(), Some("loc-a")),
        ("staff at two locations", two(), None),
        ("staff at two locations, ?location=", two(), Some("loc-a")),
        ("admin, ?location=", ListScope::All, Some("loc-a")),
        ("admin, every location", ListScope::All, None),
    ]
}

fn audit_queries() -> Vec<(&'static str, AuditQuery)> {
    let q = AuditQuery::default;
    let window = |q: AuditQuery| AuditQuery {
        from_ms: Some(1.0),
        to_ms: Some(2.0),
        ..q
    };
    let event = || AuditQuery {
        event: Some(AuditEvent::SignIn),
        ..q()
    };
    let actor = || AuditQuery {
        actor: Some("acct".into()),
        ..q()
    };
    let resident = || AuditQuery {
        resident: Some("acct".into()),
        ..q()
    };
    vec![
        ("event", event()),
        (
            "event, next page",
            AuditQuery {
                before_id: Some(9),
                ..event()
            },
        ),
        ("event in a time window", window(event())),
        ("actor", actor()),
        ("actor in a time window", window(actor())),
        ("resident", resident()),
        ("resident in a time window", window(resident())),
        ("a time window", window(q())),
        (
            "next page",
            AuditQuery {
                before_id: Some(9),
                ..q()
            },
        ),
    ]
}

fn reads() -> Vec<Read> {
    let mut all = vec![
        read("session load", session_store::LOAD_SQL),
        read("session touch", session_store::TOUCH_SQL),
        read("resident by id", residents::BY_ID_SQL),
        read("resident moves", residents::MOVES_SQL),
        Read {
            accepted: ONE_AGENCY,
            ..read("locations: agency", locations::AGENCY_SQL)
        },
        Read {
            accepted: ONE_AGENCY,
            ..read("locations: directory", locations::LOCATIONS_SQL)
        },
        read("news marker", reader::NEWS_SEEN_SQL),
        read("procedure stage", reader::STAGE_SQL),
        read("centre: location", centre::LOCATION_SQL),
        read("centre: contacts", centre::CONTACTS_SQL),
        read("centre: services", centre::services_sql()),
        read("activities: reader", activities::READER_CONTEXT_SQL),
        read("activities: in window", activities::in_window_sql()),
        read("activities: texts", activities::TEXTS_AT_LOCATION_SQL),
        read("activities: sign-ups", signups::SIGNUPS_IN_WINDOW_SQL),
        read("activities: staff list", activities::at_location_sql()),
        read("dashboard: module", training::module_sql()),
        read("dashboard: time zone", training::TIMEZONE_SQL),
        read("dashboard: learners", dashboard::learners_sql()),
    ];
    for (name, (columns, table)) in [
        ("seen", dashboard::SEEN_READ),
        ("answers", dashboard::ANSWERS_READ),
        ("attempts", dashboard::ATTEMPTS_READ),
        ("certificates", dashboard::CERTIFICATES_READ),
    ] {
        let sql = dashboard::of_residents_sql(columns, table);
        all.push(read(format!("dashboard: {name}"), sql));
    }
    let after = ResidentCursor {
        name: "Amal".into(),
        id: "acct".into(),
    };
    for (name, scope, location) in staff_scopes() {
        for (page, cursor) in [("", None), (", next page", Some(&after))] {
            let (filter, _) = resident_list::page_filter(&scope, location, cursor, 1);
            all.push(read(
                format!("resident list, {name}{page}"),
                resident_list::list_sql(&filter, 50),
            ));
            let (filter, _) = resident_list::page_filter(&scope, location, cursor, 5);
            let sql = resident_list::list_audit_sql(&filter, 50);
            all.push(read(format!("resident list audit, {name}{page}"), sql));
        }
    }
    for (name, scope) in [
        ("resident", ListScope::Locations(vec!["loc-a".into()])),
        (
            "staff at two locations",
            ListScope::Locations(vec!["loc-a".into(), "loc-b".into()]),
        ),
    ] {
        let filter = content::visible_sql(&scope, 2, true);
        all.push(read(
            format!("content page, {name}"),
            reader::page_sql(&filter, 100),
        ));
    }
    for (name, query) in audit_queries() {
        let (filter, _) = audit::filter(&query);
        all.push(read(format!("audit, {name}"), audit::page_sql(&filter)));
    }
    all
}

#[test]
fn key_reads_scan_no_table_whole() {
    let db = migrated(None);
    let mut problems = Vec::new();
    for r in reads() {
        let steps = plan(&db, &r.sql);
        let mut scans: Vec<&str> = steps.iter().filter_map(|s| full_scan(s)).collect();
        scans.sort_unstable();
        scans.dedup();
        let mut accepted: Vec<&str> = r.accepted.iter().map(|(t, _)| *t).collect();
        accepted.sort_unstable();
        if scans != accepted {
            problems.push(format!(
                "{}: scans {scans:?}, accepted {accepted:?}; plan:\n    {}",
                r.name,
                steps.join("\n    ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The plans the scale indexes (migration 0009) were made for: a read's first step, as measured
/// on the scale seed (see the migration for why each).
const FIRST_STEPS: &[(&str, &str)] = &[
    (
        "resident list, staff, ?location=",
        "SEARCH r USING COVERING INDEX residents_by_location",
    ),
    (
        "resident list, admin, every location",
        "SCAN a USING INDEX accounts_by_name",
    ),
    (
        "resident list, staff, ?location=, next page",
        "SEARCH r USING COVERING INDEX residents_by_location",
    ),
    (
        "resident list, admin, every location, next page",
        "SEARCH a USING INDEX accounts_by_name",
    ),
    (
        "dashboard: answers",
        "SEARCH r USING COVERING INDEX residents_by_location",
    ),
    (
        "dashboard: seen",
        "SEARCH r USING COVERING INDEX residents_by_location",
    ),
    (
        "dashboard: learners",
        "SEARCH r USING COVERING INDEX residents_by_location",
    ),
    (
        "audit, event",
        "SEARCH audit_log USING INDEX audit_by_event (event=?)",
    ),
    (
        "audit, event in a time window",
        "SEARCH audit_log USING INDEX audit_by_event (event=?)",
    ),
    (
        "audit, actor in a time window",
        "SEARCH audit_log USING INDEX audit_by_actor (actor_id=?)",
    ),
];

#[test]
fn the_scale_indexes_carry_the_reads_they_were_made_for() {
    let db = migrated(None);
    let reads = reads();
    for (name, first) in FIRST_STEPS {
        let read = reads
            .iter()
            .find(|r| r.name == *name)
            .expect("a read of that name");
        let steps = plan(&db, &read.sql);
        assert!(
            steps.first().is_some_and(|s| s.starts_with(first)),
            "{name}: expected to start with {first:?}, plan:\n    {}",
            steps.join("\n    ")
        );
    }
}

#[test]
fn the_scan_check_tells_scans_from_searches() {
    assert_eq!(full_scan("SCAN audit_log"), Some("audit_log"));
    assert_eq!(full_scan("SCAN a USING INDEX accounts_by_name"), None);
    assert_eq!(
        full_scan("SCAN r USING COVERING INDEX residents_by_location"),
        None
    );
    assert_eq!(full_scan("SCAN json_each VIRTUAL TABLE INDEX 1:"), None);
    assert_eq!(
        full_scan("SEARCH r USING INDEX residents_by_location (location_id=?)"),
        None
    );
    // Before the scale indexes (0009) the audit log filtered by event was read whole: the check
    // sees it.
    let before = migrated(Some("0008_learning.sql"));
    let (filter, _) = audit::filter(&AuditQuery {
        event: Some(AuditEvent::SignIn),
        ..AuditQuery::default()
    });
    let steps = plan(&before, &audit::page_sql(&filter));
    assert!(
        steps.iter().any(|s| full_scan(s) == Some("audit_log")),
        "{steps:?}"
    );
}
