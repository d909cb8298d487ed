//! A year of audit lines: what the other generators recorded (registrations, cards, activations,
//! moves, stage changes, participant and learner reads) plus the everyday traffic the app audits:
//! sign-ins and their failures, sign-outs, staff reading and listing residents. Written in time
//! order, so ids grow with `at` as they do in the app.

use super::sql::V;
use super::{Audit, DAY, Status, World, day_time};

pub fn traffic(w: &mut World) {
    let year = w.anchor_ms - 365 * DAY;
    let when = |w: &mut World| year + w.rng.range(0, 364) * DAY + day_time(&mut w.rng);
    for r in 0..w.residents.len() {
        if w.residents[r].status != Status::Active {
            continue;
        }
        let id = w.residents[r].id.clone();
        for _ in 0..w.rng.range(0, 8) {
            let at = when(w);
            if w.rng.chance(0.05) {
                let failed = Audit::anonymous("sign_in_failed")
                    .resident(&id)
                    .detail("resident_sign_in".into());
                w.audit_at(at - 60_000, failed);
            }
            w.audit_at(at, Audit::by(&id, "resident", "sign_in").resident(&id));
            if w.rng.chance(0.08) {
                let out = at + w.rng.range(1, 600) * 60_000;
                w.audit_at(out, Audit::by(&id, "resident", "sign_out"));
            }
        }
        if w.rng.chance(0.004) {
            let locked = Audit::anonymous("locked_out")
                .resident(&id)
                .detail("resident_sign_in".into());
            let at = when(w);
            w.audit_at(at, locked);
        }
    }
    for l in 0..w.locations.len() {
        let staff = w.locations[l].staff.clone();
        let trainers = w.locations[l].trainers.clone();
        for (who, role) in staff
            .iter()
            .map(|s| (s, "staff"))
            .chain(trainers.iter().map(|t| (t, "trainer")))
        {
            for _ in 0..w.rng.range(150, 220) {
                let at = when(w);
                if w.rng.chance(0.03) {
                    w.audit_at(
                        at - 60_000,
                        Audit::anonymous("sign_in_failed")
                            .subject(who)
                            .detail("staff_sign_in".into()),
                    );
                }
                w.audit_at(at, Audit::by(who, role, "sign_in"));
                if w.rng.chance(0.4) {
                    let out = at + w.rng.range(5, 400) * 60_000;
                    w.audit_at(out, Audit::by(who, role, "sign_out"));
                }
            }
            if w.rng.chance(0.2) {
                let line =
                    Audit::by(who, role, "permission_denied").detail("action=ManageContent".into());
                let at = when(w);
                w.audit_at(at, line);
            }
        }
        staff_reads(w, l, &staff);
    }
    for admin in w.admins.clone() {
        for _ in 0..200 {
            let at = when(w);
            w.audit_at(at, Audit::by(&admin, "admin", "sign_in"));
        }
        for _ in 0..30 {
            let l = w.rng.below(w.locations.len() as u64) as usize;
            let staff = w.locations[l].staff[0].clone();
            let line = Audit::by(&admin, "admin", "account_updated")
                .subject(&staff)
                .detail("locations".into());
            let at = when(w);
            w.audit_at(at, line);
        }
    }
}

/// Staff open residents' pages and, now and then, the whole list (one line per resident shown,
/// at most the list's 500).
fn staff_reads(w: &mut World, l: usize, staff: &[String]) {
    let here = w.locations[l].residents.clone();
    if here.is_empty() {
        return;
    }
    for who in staff {
        for _ in 0..w.rng.range(100, 200) {
            let r = here[w.rng.below(here.len() as u64) as usize];
            let resident = w.residents[r].id.clone();
            let at = w.anchor_ms - w.rng.range(1, 364) * DAY + day_time(&mut w.rng);
            w.audit_at(
                at,
                Audit::by(who, "staff", "resident_read").resident(&resident),
            );
        }
        let lists = 1 + here.len() / 400;
        for _ in 0..lists {
            let at = w.anchor_ms - w.rng.range(1, 364) * DAY + day_time(&mut w.rng);
            let request = w.rng.hex(16);
            for &r in here.iter().take(500) {
                let resident = w.residents[r].id.clone();
                w.audit_in(
                    at,
                    Audit::by(who, "staff", "resident_listed").resident(&resident),
                    &request,
                );
            }
        }
    }
}

/// The lines in time order as `audit_log` rows.
pub fn write(w: &mut World) {
    let mut lines = std::mem::take(&mut w.audit);
    lines.sort_by_key(|(at, ..)| *at);
    for (at, line, request) in &lines {
        w.rows.add(
            "audit_log",
            &[
                V::I(*at),
                V::opt(line.actor.as_deref()),
                V::opt(line.role),
                V::T(line.event),
                V::opt(line.resident.as_deref()),
                V::opt(line.subject.as_deref()),
                V::T(request),
                V::opt(line.detail.as_deref()),
            ],
        );
    }
}
