//! Residents who arrived over three years at a central reception, moved on to a process
//! reception and then to one or more asylum seekers' centres, with their activation cards,
//! sign-in sessions and procedure stages.

use wegwijs_shared::procedure::ProcedureStage;

use super::places::{session, session_policy};
use super::sql::V;
use super::{Audit, DAY, Resident, Status, World, day_time};

/// Resident languages and how common each is (order of `wegwijs_shared::languages::LANGUAGES`).
pub const LANGUAGE_WEIGHTS: [(&str, u32); 12] = [
    ("en", 2),
    ("nl", 2),
    ("ar", 24),
    ("fa", 10),
    ("ps", 6),
    ("ckb", 5),
    ("ti", 15),
    ("so", 8),
    ("tr", 8),
    ("uk", 12),
    ("ru", 4),
    ("fr", 4),
];

/// Preferred names as staff type them, by the resident's language.
fn first_names(language: &str) -> &'static [&'static str] {
    match language {
        "ar" => &[
            "Ahmad", "Mohammed", "Fatima", "Amina", "Omar", "Layla", "Yusuf", "Huda", "Khaled",
            "Rania", "Samir", "Noor",
        ],
        "fa" | "ps" => &[
            "Ali", "Zahra", "Hamid", "Maryam", "Farid", "Parisa", "Reza", "Nargis", "Shabnam",
            "Wahid",
        ],
        "ckb" => &["Karwan", "Shilan", "Dilshad", "Avin", "Rebwar", "Lana"],
        "ti" => &[
            "Yonas", "Selam", "Dawit", "Helen", "Tesfay", "Mebrat", "Filmon", "Senait", "Kibrom",
            "Luwam",
        ],
        "so" => &["Abdi", "Hodan", "Farah", "Ayaan", "Mahad", "Sagal"],
        "tr" => &["Mehmet", "Elif", "Emre", "Zeynep", "Hasan", "Ayşe"],
        "uk" | "ru" => &[
            "Oksana", "Andriy", "Olena", "Dmytro", "Iryna", "Serhiy", "Natalia", "Taras",
        ],
        "fr" => &["Mamadou", "Aïcha", "Jean", "Fatou", "Ibrahima", "Mariam"],
        _ => &["Grace", "Daniel", "Joseph", "Esther", "Samuel", "Ruth"],
    }
}

/// Where a new arrival goes next: a central reception (mostly Ter Apel), a process reception,
/// then centres weighted by capacity.
fn pick_location(w: &mut World, kind: &str) -> usize {
    let candidates: Vec<usize> = (0..w.locations.len())
        .filter(|&l| w.locations[l].kind == kind)
        .collect();
    if kind == "col" && w.rng.chance(0.6) {
        return 0;
    }
    let weights: Vec<u32> = candidates
        .iter()
        .map(|&l| w.locations[l].capacity as u32)
        .collect();
    candidates[w.rng.weighted(&weights)]
}

pub fn residents(w: &mut World, count: usize) {
    let weights: Vec<u32> = LANGUAGE_WEIGHTS.iter().map(|(_, n)| *n).collect();
    for i in 0..count {
        let id = w.rng.hex(16);
        let number = format!("{}", 2_000_000_000 + i);
        let language = LANGUAGE_WEIGHTS[w.rng.weighted(&weights)].0;
        let name = format!(
            "{} {}.",
            w.rng.pick(first_names(language)),
            (b'A' + w.rng.below(26) as u8) as char
        );
        let arrival = w.anchor_ms - w.rng.range(1, 3 * 365) * DAY + day_time(&mut w.rng);
        // The stays: central reception, mostly a process reception, then one or more centres.
        let mut stays = vec![(pick_location(w, "col"), arrival)];
        let mut t = arrival + w.rng.range(14, 90) * DAY;
        if t < w.anchor_ms && w.rng.chance(0.75) {
            stays.push((pick_location(w, "pol"), t));
            t += w.rng.range(30, 120) * DAY;
        }
        let mut first_centre = true;
        while t < w.anchor_ms && (first_centre || w.rng.chance(0.35)) {
            stays.push((pick_location(w, "azc"), t));
            t += w.rng.range(120, 700) * DAY;
            first_centre = false;
        }
        let recent = w.anchor_ms - arrival < 14 * DAY;
        let status = if recent && w.rng.chance(0.4) || !recent && w.rng.chance(0.03) {
            Status::Pending
        } else if !recent && w.rng.chance(0.09) {
            Status::Disabled
        } else {
            Status::Active
        };
        let activated = (status != Status::Pending)
            .then(|| (arrival + w.rng.range(0, 3 * DAY)).min(w.anchor_ms - 3_600_000));
        let location = stays.last().map_or(0, |s| s.0);
        let resident = Resident {
            id,
            number,
            language,
            location,
            status,
            arrival_ms: arrival,
            activated_ms: activated,
            name,
        };
        write_resident(w, &resident, &stays);
        w.locations[location].residents.push(w.residents.len());
        w.residents.push(resident);
    }
}

fn staff_at(w: &mut World, location: usize) -> String {
    let staff = &w.locations[location].staff;
    staff[w.rng.below(staff.len() as u64) as usize].clone()
}

fn write_resident(w: &mut World, r: &Resident, stays: &[(usize, i64)]) {
    let registrar = staff_at(w, stays[0].0);
    let account_language = w.rng.chance(0.3).then_some(r.language);
    w.rows.add(
        "accounts",
        &[
            V::T(&r.id),
            V::T("resident"),
            V::T(r.status.as_str()),
            V::T(&r.name),
            V::I(r.arrival_ms),
            V::I(r.activated_ms.unwrap_or(r.arrival_ms)),
            V::opt(account_language),
        ],
    );
    let born = w.rng.chance(0.85).then(|| {
        format!(
            "{}-{:02}-{:02}",
            w.rng.range(1960, 2024),
            w.rng.range(1, 12),
            w.rng.range(1, 28)
        )
    });
    let pin = match r.status {
        Status::Pending => None,
        _ => Some(w.hashes.resident_pins[pin_index(&r.number)].0.clone()),
    };
    let (current, since) = *stays.last().unwrap_or(&(0, r.arrival_ms));
    let stage = w
        .rng
        .chance(0.65)
        .then(|| stage_for(w, w.locations[current].kind));
    let stage_at = since + w.rng.range(1, 10) * DAY;
    let stage_by = staff_at(w, current);
    let stage_set = stage.filter(|_| stage_at < w.anchor_ms);
    w.rows.add(
        "residents",
        &[
            V::T(&r.id),
            V::T(&r.number),
            V::T(r.language),
            V::T(&w.locations[current].id.clone()),
            V::opt(born.as_deref()),
            V::opt(pin.as_deref()),
            V::opt(stage_set.map(|s| s.code())),
            stage_set.map_or(V::Null, |_| V::I(stage_at)),
            V::opt(stage_set.map(|_| stage_by.as_str())),
        ],
    );
    if let Some(stage) = stage_set {
        w.audit_at(
            stage_at,
            Audit::by(&stage_by, "staff", "procedure_stage_set")
                .resident(&r.id)
                .detail(format!("from=none to={}", stage.code())),
        );
    }
    w.audit_at(
        r.arrival_ms,
        Audit::by(&registrar, "staff", "resident_created").resident(&r.id),
    );
    w.audit_at(
        r.arrival_ms,
        Audit::by(&registrar, "staff", "activation_card_issued").resident(&r.id),
    );
    for (k, &(location, from)) in stays.iter().enumerate() {
        let until = stays.get(k + 1).map(|s| s.1);
        let by = if k == 0 {
            registrar.clone()
        } else {
            staff_at(w, location)
        };
        let loc_id = w.locations[location].id.clone();
        w.rows.add(
            "resident_moves",
            &[
                V::T(&r.id),
                V::T(&loc_id),
                V::I(from),
                until.map_or(V::Null, V::I),
                V::T(&by),
            ],
        );
        if k > 0 {
            let before = w.locations[stays[k - 1].0].id.clone();
            w.audit_at(
                from,
                Audit::by(&by, "staff", "resident_moved")
                    .resident(&r.id)
                    .detail(format!("from={before} to={loc_id}")),
            );
        }
    }
    cards(w, r, &registrar);
    if r.status == Status::Active {
        let policy = session_policy("resident");
        if w.rng.chance(0.4) {
            let created = w.anchor_ms - w.rng.range(1, 20) * DAY + day_time(&mut w.rng);
            let seen = (w.anchor_ms - w.rng.range(0, 5) * DAY - w.rng.range(0, 20) * 3_600_000)
                .max(created);
            session(w, &r.id, created, seen, policy, None);
        }
        if w.rng.chance(0.3) {
            let created = r.activated_ms.unwrap_or(r.arrival_ms) + w.rng.range(0, 30) * DAY;
            if created < w.anchor_ms - DAY {
                let revoked = created + w.rng.range(1, 20) * DAY;
                session(w, &r.id, created, revoked, policy, Some(revoked));
            }
        }
    }
}

/// The card handed out at registration, and for some a replacement after a lost letter or PIN.
fn cards(w: &mut World, r: &Resident, registrar: &str) {
    let mut issued = r.arrival_ms;
    if w.rng.chance(0.08) {
        let replaced = issued + w.rng.range(1, 3) * DAY;
        let hash = w.rng.hex(32);
        w.rows.add(
            "activation_codes",
            &[
                V::T(&hash),
                V::T(&r.id),
                V::I(issued),
                V::I(issued + 14 * DAY),
                V::Null,
                V::I(replaced),
                V::T(registrar),
            ],
        );
        w.audit_at(
            replaced,
            Audit::by(registrar, "staff", "activation_card_issued").resident(&r.id),
        );
        issued = replaced;
    }
    let hash = w.rng.hex(32);
    let used = r.activated_ms.map(|a| a.max(issued + 60_000));
    w.rows.add(
        "activation_codes",
        &[
            V::T(&hash),
            V::T(&r.id),
            V::I(issued),
            V::I(issued + 14 * DAY),
            used.map_or(V::Null, V::I),
            V::Null,
            V::T(registrar),
        ],
    );
    if let Some(at) = used.filter(|&at| at < w.anchor_ms) {
        w.audit_at(
            at,
            Audit::by(&r.id, "resident", "activated").resident(&r.id),
        );
    }
}

/// Which of the precomputed PINs a resident number has: even numbers the first, odd the second.
pub fn pin_index(number: &str) -> usize {
    number.bytes().last().map_or(0, |d| usize::from(d % 2))
}

fn stage_for(w: &mut World, kind: &str) -> ProcedureStage {
    use ProcedureStage::*;
    let options: &[ProcedureStage] = match kind {
        "col" => &[Application, CentralReception],
        "pol" => &[RestAndPreparation, GeneralProcedure],
        _ => &[
            GeneralProcedure,
            ExtendedProcedure,
            PermitGranted,
            Appeal,
            Departure,
        ],
    };
    *w.rng.pick(options)
}
