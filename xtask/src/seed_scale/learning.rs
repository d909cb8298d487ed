//! Digital-skills learning for a fifth of the residents: the seed curriculum's modules (the same
//! documents the demo seed loads), steps seen, answers graded by the app's own rule, finished
//! attempts and certificates; trainers' groups and assignments at every location.

use std::collections::BTreeMap;

use wegwijs_shared::calendar::LocalDate;
use wegwijs_shared::learning::certificate;
use wegwijs_shared::learning::scoring::{grade, passes};
use wegwijs_shared::learning::{Module, Question, QuestionKind};

use super::sql::V;
use super::{Audit, DAY, Status, World, day_time};

const GROUP_NAMES: [&str; 6] = [
    "Tuesday class",
    "Morning group",
    "Women's group",
    "Evening class",
    "Beginners",
    "Job seekers",
];

/// The answer a learner picks: right with probability `skill`, else a plausible wrong one.
fn pick(w: &mut World, q: &Question, skill: f64) -> Vec<String> {
    let right = w.rng.chance(skill);
    let ids: Vec<String> = q.choices.iter().map(|c| c.id.clone()).collect();
    let correct: Vec<String> = q
        .choices
        .iter()
        .filter(|c| c.correct)
        .map(|c| c.id.clone())
        .collect();
    match q.kind {
        QuestionKind::Order if right => ids,
        QuestionKind::Order => ids.into_iter().rev().collect(),
        QuestionKind::Multiple if right => correct,
        QuestionKind::Multiple => ids[..1].to_vec(),
        _ if right => correct[..1].to_vec(),
        _ => {
            let wrong: Vec<String> = ids.into_iter().filter(|id| !correct.contains(id)).collect();
            vec![w.rng.pick(&wrong).clone()]
        }
    }
}

/// One attempt: answers to the first `count` questions from `at` on; returns (correct, time).
fn attempt(
    w: &mut World,
    who: &str,
    m: &Module,
    number: i64,
    count: usize,
    skill: f64,
    mut at: i64,
) -> (u32, i64) {
    let mut right = 0;
    let questions: Vec<(String, Question)> = m
        .questions()
        .map(|(_, item, q)| (item.id.clone(), q.clone()))
        .collect();
    for (id, q) in questions.iter().take(count) {
        let picked = pick(w, q, skill);
        let ok = grade(q, &picked).unwrap_or(false);
        right += u32::from(ok);
        at += w.rng.range(20, 300) * 1000;
        let choices = serde_json::to_string(&picked).unwrap_or_default();
        let received = at + w.rng.range(0, 2000);
        w.rows.add(
            "learning_answers",
            &[
                V::T(who),
                V::T(&m.id),
                V::I(number),
                V::T(id),
                V::T(&choices),
                V::I(i64::from(ok)),
                V::I(at),
                V::I(received),
            ],
        );
    }
    (right, at)
}

/// Returns the learners per location (for groups and the trainers' audit lines).
pub fn progress(w: &mut World, modules: &[Module]) -> BTreeMap<usize, Vec<String>> {
    let mut learners: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for r in 0..w.residents.len() {
        if w.residents[r].status == Status::Pending || !w.rng.chance(0.21) {
            continue;
        }
        let (id, location) = (w.residents[r].id.clone(), w.residents[r].location);
        let since = w.residents[r]
            .activated_ms
            .unwrap_or(w.residents[r].arrival_ms)
            .max(w.anchor_ms - 730 * DAY);
        let count = [1, 1, 1, 1, 2, 2, 3, 3, 4][w.rng.below(9) as usize];
        let mut order: Vec<usize> = (0..modules.len()).collect();
        for k in 0..count {
            let pick = k + w.rng.below((order.len() - k) as u64) as usize;
            order.swap(k, pick);
            let m = &modules[order[k]];
            let span = ((w.anchor_ms - since) / DAY).max(2);
            let started = since + w.rng.range(0, span - 1) * DAY + day_time(&mut w.rng);
            module_progress(w, &id, m, started);
        }
        if w.residents[r].status == Status::Active {
            learners.entry(location).or_default().push(id);
        }
    }
    learners
}

fn module_progress(w: &mut World, who: &str, m: &Module, started: i64) {
    let items: Vec<String> = m.item_ids().map(str::to_owned).collect();
    let total = m.question_count();
    let state = w.rng.below(100);
    let (seen_count, answered) = match state {
        0..45 => (items.len(), total as usize),
        45..80 => (
            w.rng.range(2, items.len() as i64 - 1) as usize,
            w.rng.range(1, i64::from(total) - 1) as usize,
        ),
        _ => (w.rng.range(1, 3) as usize, 0),
    };
    let mut seen: Vec<&String> = items.iter().take(seen_count).collect();
    seen.sort();
    let seen = serde_json::to_string(&seen).unwrap_or_default();
    let (right, mut at) = attempt(w, who, m, 1, answered, 0.8, started);
    let mut last = at.max(started + 60_000);
    if answered == total as usize {
        let mut passed = passes(right, total, m.pass_percent);
        w.rows.add(
            "learning_attempts",
            &[
                V::T(who),
                V::T(&m.id),
                V::I(1),
                V::I(i64::from(right)),
                V::I(i64::from(total)),
                V::I(i64::from(passed)),
                V::I(at),
            ],
        );
        if !passed && w.rng.chance(0.6) {
            let (right, done) = attempt(w, who, m, 2, total as usize, 0.95, at + DAY);
            passed = passes(right, total, m.pass_percent);
            w.rows.add(
                "learning_attempts",
                &[
                    V::T(who),
                    V::T(&m.id),
                    V::I(2),
                    V::I(i64::from(right)),
                    V::I(i64::from(total)),
                    V::I(i64::from(passed)),
                    V::I(done),
                ],
            );
            at = done;
            last = done;
        }
        if passed {
            let mut random = [0u8; 7];
            random.copy_from_slice(&w.rng.next().to_be_bytes()[..7]);
            let code = certificate::generate(random);
            let competences = serde_json::to_string(&m.competences).unwrap_or_default();
            let title = m.title.get(&m.source_language).cloned().unwrap_or_default();
            let on = LocalDate::from_utc_ms(at as f64).to_string();
            w.rows.add(
                "learning_certificates",
                &[
                    V::T(&code),
                    V::T(who),
                    V::T(&m.id),
                    V::I(i64::from(m.level)),
                    V::T(&competences),
                    V::T(&title),
                    V::I(at),
                    V::T(&on),
                ],
            );
        }
    }
    w.rows.add(
        "learning_progress",
        &[
            V::T(who),
            V::T(&m.id),
            V::T(&seen),
            V::I(started),
            V::I(last),
        ],
    );
}

/// Groups of learners per location with module assignments, individual assignments for a few, and
/// the trainers' reads of learner lists and the dashboard (audited).
pub fn groups(w: &mut World, modules: &[Module], learners: &BTreeMap<usize, Vec<String>>) {
    let today = LocalDate::from_utc_ms(w.anchor_ms as f64);
    for (&l, people) in learners {
        let trainer = w.locations[l].trainers[0].clone();
        let slug = w.locations[l].id.trim_start_matches("loc-").to_owned();
        let location_id = w.locations[l].id.clone();
        let created = w.anchor_ms - w.rng.range(30, 300) * DAY;
        for (g, name) in GROUP_NAMES.iter().enumerate().take(1 + people.len() / 60) {
            let id = format!("grp-s-{slug}-{g}");
            w.rows.add(
                "learning_groups",
                &[
                    V::T(&id),
                    V::T(&location_id),
                    V::T(name),
                    V::I(1),
                    V::T(&trainer),
                    V::I(created),
                    V::I(created),
                ],
            );
            let mut members = std::collections::BTreeSet::new();
            for _ in 0..w.rng.range(6, 15) {
                members.insert(w.rng.below(people.len() as u64) as usize);
            }
            for &p in &members {
                w.rows
                    .add("learning_group_members", &[V::T(&id), V::T(&people[p])]);
            }
            for a in 0..w.rng.range(1, 3) {
                let module = &modules[w.rng.below(modules.len() as u64) as usize].id;
                let due = today.add_days(w.rng.range(-30, 30)).to_string();
                let aid = format!("asg-s-{slug}-{g}-{a}");
                w.rows.add(
                    "learning_assignments",
                    &[
                        V::T(&aid),
                        V::T(module),
                        V::T(&location_id),
                        V::T(&id),
                        V::Null,
                        V::T(&due),
                        V::T(&trainer),
                        V::I(created + DAY),
                    ],
                );
            }
        }
        for (k, who) in people.iter().enumerate() {
            if w.rng.chance(0.03) {
                let module = &modules[w.rng.below(modules.len() as u64) as usize].id;
                let aid = format!("asg-s-{slug}-p{k}");
                w.rows.add(
                    "learning_assignments",
                    &[
                        V::T(&aid),
                        V::T(module),
                        V::T(&location_id),
                        V::Null,
                        V::T(who),
                        V::Null,
                        V::T(&trainer),
                        V::I(created),
                    ],
                );
            }
        }
        // A year of reads: the learner list now and then (one line per learner shown), the
        // dashboard of a module every other week.
        for _ in 0..4 {
            let at = w.anchor_ms - w.rng.range(1, 364) * DAY + day_time(&mut w.rng);
            let request = w.rng.hex(16);
            for who in people {
                w.audit_in(
                    at,
                    Audit::by(&trainer, "trainer", "learners_listed")
                        .resident(who)
                        .subject(&location_id),
                    &request,
                );
            }
        }
        for _ in 0..26 {
            let at = w.anchor_ms - w.rng.range(1, 364) * DAY + day_time(&mut w.rng);
            let m = modules[w.rng.below(modules.len() as u64) as usize]
                .id
                .clone();
            let line = Audit::by(&trainer, "trainer", "learner_progress_read")
                .subject(&m)
                .detail(format!("module={m} location={location_id}"));
            w.audit_at(at, line);
        }
    }
}
