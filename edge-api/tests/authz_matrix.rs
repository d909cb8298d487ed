//! The authorization matrix (`authz-matrix.json`) against the router's own route table and the
//! policy. The file must name exactly the routes in [`ROUTES`], each with a verdict for every
//! principal, and every verdict must be what `decide()` says: the route-level check (the role,
//! before the handler runs) and, for routes that act on an object, the object-level check on the
//! object the matrix names. `itest/matrix.test.mjs` sends the same cells to the real Worker.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;
use wegwijs_edge_api::routes::ROUTES;
use wegwijs_shared::auth::{Decision, Principal, Role, Target, decide};

const MATRIX: &str = include_str!("../authz-matrix.json");
const DEMO_ACCOUNTS: &str = include_str!("../seed/demo-accounts.json");
const ANONYMOUS: &str = "anonymous";

#[derive(Deserialize)]
struct Matrix {
    principals: Vec<String>,
    /// Principal → demo account id (everyone but `anonymous`).
    accounts: BTreeMap<String, String>,
    /// Route → the object its path parameter (or body) names.
    targets: BTreeMap<String, TargetSpec>,
    /// Route → principal → "allow" | "deny" (keys starting with `_` are notes).
    routes: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum TargetSpec {
    /// A resident's record, by account id.
    Resident(String),
    Location(String),
    Account(String),
    /// A session, judged by its owner's account.
    SessionOf(String),
    /// A content item, judged by its location (`None`: agency-wide).
    ContentItem {
        // The id fills the path in matrix.test.mjs; here only the location matters.
        #[allow(dead_code)]
        id: String,
        location_id: Option<String>,
    },
    /// Something of the caller's own named by the path (`/api/me/...`): no object to refuse
    /// beyond the route check. The value fills every path parameter.
    Own(#[allow(dead_code)] String),
    /// An object that belongs to a location (a centre service): `id` goes into the path, the
    /// object is judged by its `location`. (`id` is read by itest/matrix.test.mjs only.)
    Service {
        #[allow(dead_code)]
        id: String,
        location: String,
    },
    /// An activity of the seed, judged by its location.
    Activity(String),
    /// A module of the agency-wide curriculum (a fixture of matrix.test.mjs).
    AuthoringModule(#[allow(dead_code)] String),
    /// A read about a location named by `?location=` (matrix.test.mjs appends it to the path).
    QueryLocation(String),
    /// A learning group or assignment (a fixture of matrix.test.mjs), judged by its `location`.
    LearningObject {
        #[allow(dead_code)]
        id: String,
        location: String,
    },
    /// A learning module (agency-wide) and, for an answer, one of its questions: `id` fills
    /// `{id}`, `question_id` fills `{question_id}` (read by itest/matrix.test.mjs only). A
    /// resident's learning is their own, so the route check is the whole decision.
    LearningModule {
        #[allow(dead_code)]
        id: String,
        #[allow(dead_code)]
        #[serde(default)]
        question_id: Option<String>,
    },
    /// A certificate code to verify (public): no object to refuse.
    CertificateCode(#[allow(dead_code)] String),
}

/// The seeded activities: a target's location comes from the seed, never from a second copy here.
const ACTIVITY_SEED: &str = include_str!("../seed/content/40-activities.sql");

/// The location of a seeded activity: its row starts `('<id>', '<location>', …`.
fn activity_location(id: &str) -> String {
    let start = ACTIVITY_SEED
        .find(&format!("('{id}', '"))
        .unwrap_or_else(|| panic!("target activity {id} is not in the seed"));
    let rest = &ACTIVITY_SEED[start + id.len() + 6..];
    rest[..rest.find('\'').expect("a quoted location")].to_owned()
}

fn matrix() -> Matrix {
    serde_json::from_str(MATRIX).expect("authz-matrix.json does not parse")
}

fn route_keys() -> BTreeSet<String> {
    ROUTES
        .iter()
        .map(|r| format!("{} {}", r.method.as_str(), r.path))
        .collect()
}

/// The demo accounts as the server would load them into a session: role and locations.
fn demo_principals() -> BTreeMap<String, Principal> {
    let demo: Value = serde_json::from_str(DEMO_ACCOUNTS).unwrap();
    let mut out = BTreeMap::new();
    for e in demo["employees"].as_array().unwrap() {
        let id = e["id"].as_str().unwrap().to_owned();
        let mut location_ids: Vec<String> = e["location_ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap().to_owned())
            .collect();
        location_ids.sort();
        let role = Role::parse(e["role"].as_str().unwrap()).unwrap();
        out.insert(
            id.clone(),
            Principal {
                account_id: id,
                role,
                location_ids,
            },
        );
    }
    for r in demo["residents"].as_array().unwrap() {
        let id = r["id"].as_str().unwrap().to_owned();
        out.insert(
            id.clone(),
            Principal {
                account_id: id,
                role: Role::Resident,
                location_ids: vec![r["location_id"].as_str().unwrap().to_owned()],
            },
        );
    }
    out
}

fn resident_location(demo: &BTreeMap<String, Principal>, id: &str) -> String {
    let p = demo
        .get(id)
        .unwrap_or_else(|| panic!("target resident {id} is not a demo account"));
    assert_eq!(p.role, Role::Resident, "target {id} is not a resident");
    p.location_ids[0].clone()
}

fn object_target<'a>(spec: &'a TargetSpec, resident_location: Option<&'a str>) -> Target<'a> {
    match spec {
        TargetSpec::Resident(id) => Target::Resident {
            account_id: id,
            location_id: resident_location.expect("a resident target has a location"),
        },
        TargetSpec::Location(id) | TargetSpec::Service { location: id, .. } => Target::Location(id),
        TargetSpec::Account(id) | TargetSpec::SessionOf(id) => Target::Account(id),
        TargetSpec::ContentItem { location_id, .. } => match location_id {
            Some(id) => Target::Location(id),
            None => Target::AgencyWide,
        },
        TargetSpec::Own(_) | TargetSpec::LearningModule { .. } | TargetSpec::CertificateCode(_) => {
            Target::Route
        }
        TargetSpec::Activity(_) => {
            Target::Location(resident_location.expect("an activity target has a location"))
        }
        TargetSpec::AuthoringModule(_) => Target::AgencyWide,
        TargetSpec::QueryLocation(id) | TargetSpec::LearningObject { location: id, .. } => {
            Target::Location(id)
        }
    }
}

fn verdict(decision: Decision) -> &'static str {
    match decision {
        Decision::Allow => "allow",
        Decision::Unauthenticated | Decision::Forbidden => "deny",
    }
}

fn fail_with(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "authz-matrix.json disagrees:\n  - {}",
        problems.join("\n  - ")
    );
}

#[test]
fn matrix_names_exactly_the_routes_in_the_route_table() {
    let m = matrix();
    let table = route_keys();
    assert_eq!(table.len(), ROUTES.len(), "ROUTES has a duplicate row");
    let file: BTreeSet<String> = m.routes.keys().cloned().collect();
    let mut problems = Vec::new();
    for missing in table.difference(&file) {
        problems.push(format!(
            "route {missing} is in ROUTES but has no entry in authz-matrix.json: add one with a \
             verdict for every principal"
        ));
    }
    for extra in file.difference(&table) {
        problems.push(format!(
            "entry {extra} in authz-matrix.json matches no route in ROUTES (renamed or removed?)"
        ));
    }
    for key in m.targets.keys().filter(|k| !table.contains(*k)) {
        problems.push(format!("target for {key} matches no route in ROUTES"));
    }
    for key in table.iter().filter(|k| k.contains('{')) {
        if !m.targets.contains_key(key) {
            problems.push(format!(
                "route {key} has a path parameter but no entry in \"targets\" naming its object"
            ));
        }
    }
    fail_with(problems);
}

#[test]
fn every_entry_has_a_verdict_for_every_principal() {
    let m = matrix();
    let principals: BTreeSet<&str> = m.principals.iter().map(String::as_str).collect();
    assert_eq!(
        principals.len(),
        m.principals.len(),
        "a principal is listed twice"
    );
    assert!(
        principals.contains(ANONYMOUS),
        "the matrix must cover anonymous callers"
    );
    let with_accounts: BTreeSet<&str> = m.accounts.keys().map(String::as_str).collect();
    let signed_in: BTreeSet<&str> = principals
        .iter()
        .copied()
        .filter(|p| *p != ANONYMOUS)
        .collect();
    assert_eq!(
        with_accounts, signed_in,
        "\"accounts\" must name one demo account per signed-in principal"
    );

    let mut problems = Vec::new();
    for (route, cells) in &m.routes {
        for principal in &principals {
            match cells.get(*principal).map(String::as_str) {
                Some("allow" | "deny") => {}
                Some(other) => problems.push(format!(
                    "{route} × {principal}: {other:?} is neither \"allow\" nor \"deny\""
                )),
                None => problems.push(format!("{route} has no verdict for {principal}")),
            }
        }
        for key in cells.keys().filter(|k| !k.starts_with('_')) {
            if !principals.contains(key.as_str()) {
                problems.push(format!("{route} names unknown principal {key}"));
            }
        }
    }
    fail_with(problems);
}

#[test]
fn principals_mirror_the_demo_accounts_and_cover_every_role() {
    let m = matrix();
    let demo = demo_principals();
    let mut roles = BTreeSet::new();
    for (name, id) in &m.accounts {
        let p = demo
            .get(id)
            .unwrap_or_else(|| panic!("{name} is {id}, which is not a demo account"));
        roles.insert(p.role);
    }
    for role in Role::ALL {
        assert!(
            roles.contains(&role),
            "no principal in the matrix has role {role:?}"
        );
    }
    // The scenario the names promise.
    let at = |name: &str| &demo[&m.accounts[name]];
    let own = at("resident_own");
    let home = &own.location_ids[0];
    assert_ne!(at("resident_other").account_id, own.account_id);
    assert_ne!(&at("resident_other").location_ids[0], home);
    assert!(at("staff_here").location_ids.contains(home));
    assert!(!at("staff_elsewhere").location_ids.contains(home));
    assert!(at("trainer").location_ids.contains(home));
}

/// Every cell against `decide()`: the route-level decision (what the pipeline checks) must never
/// be looser than the file, and the object-level decision on the named object must equal it.
#[test]
fn every_cell_agrees_with_the_policy() {
    let m = matrix();
    let demo = demo_principals();
    let mut problems = Vec::new();
    let mut cells = 0;
    for route in ROUTES {
        let key = format!("{} {}", route.method.as_str(), route.path);
        let Some(expected) = m.routes.get(&key) else {
            continue; // reported by matrix_names_exactly_the_routes_in_the_route_table
        };
        let spec = m.targets.get(&key);
        // A resident is judged by where they live now: look that up in the demo accounts.
        let location = match spec {
            Some(TargetSpec::Resident(id)) => Some(resident_location(&demo, id)),
            Some(TargetSpec::Activity(id)) => Some(activity_location(id)),
            _ => None,
        };
        let has_note = expected.contains_key("_note");
        for name in &m.principals {
            let Some(want) = expected.get(name).map(String::as_str) else {
                continue; // reported by every_entry_has_a_verdict_for_every_principal
            };
            cells += 1;
            let principal = (name != ANONYMOUS).then(|| demo[&m.accounts[name]].clone());
            let route_level = decide(principal.as_ref(), route.action, Target::Route);
            let object_level = match spec {
                Some(spec) => decide(
                    principal.as_ref(),
                    route.action,
                    object_target(spec, location.as_deref()),
                ),
                None => route_level,
            };
            let action = route.action.as_str();
            if name == ANONYMOUS {
                let anonymous_denied = route_level == Decision::Unauthenticated;
                if anonymous_denied != (want == "deny") {
                    problems.push(format!(
                        "{key} × anonymous: file says {want}, but decide(None, {action}, Route) \
                         is {route_level:?}"
                    ));
                }
                continue;
            }
            if route_level == Decision::Unauthenticated || object_level == Decision::Unauthenticated
            {
                problems.push(format!(
                    "{key} × {name}: a signed-in principal got Unauthenticated from decide()"
                ));
            }
            if route_level != Decision::Allow && want != "deny" {
                // The object-level decision can only be stricter: one message is enough.
                problems.push(format!(
                    "{key} × {name}: file says {want}, but the route-level decision for \
                     {action} is {route_level:?}"
                ));
            } else if verdict(object_level) != want {
                let on = match spec {
                    Some(spec) => format!("{:?}", object_target(spec, location.as_deref())),
                    None => "Route".to_owned(),
                };
                problems.push(format!(
                    "{key} × {name}: file says {want}, but decide({}, {action}, {on}) is \
                     {object_level:?}",
                    m.accounts[name]
                ));
            }
            if route_level == Decision::Allow && want == "deny" && !has_note {
                problems.push(format!(
                    "{key} × {name}: allowed by the route check but denied on the object; say \
                     why in the entry's \"_note\""
                ));
            }
        }
    }
    assert!(cells > 0, "no cells checked");
    fail_with(problems);
}
