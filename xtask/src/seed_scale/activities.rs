//! Activities at every location (weekly ones, some ended, and one-offs in the past year and the
//! coming weeks) with their texts, and residents' sign-ups for the last six weeks and the next
//! two, with waiting lists where an occurrence was full.

use wegwijs_shared::calendar::LocalDate;

use super::sql::V;
use super::{Audit, DAY, Status, World};

const TITLES: [(&str, &str, &str); 10] = [
    (
        "Dutch language café",
        "Taalcafé",
        "Practise Dutch over coffee with volunteers.",
    ),
    (
        "Information session: your procedure",
        "Voorlichting: uw procedure",
        "VluchtelingenWerk explains the steps of the asylum procedure.",
    ),
    (
        "Football",
        "Voetbal",
        "Mixed teams on the field behind building C.",
    ),
    (
        "Sewing workshop",
        "Naaiatelier",
        "Repair clothes and learn to use a sewing machine.",
    ),
    (
        "Digital skills",
        "Digitale vaardigheden",
        "Help with your phone, e-mail and apps.",
    ),
    (
        "Women's meeting",
        "Vrouwenbijeenkomst",
        "Meet other women, with a female interpreter.",
    ),
    (
        "Children's play afternoon",
        "Speelmiddag",
        "Games and crafts for children up to 12.",
    ),
    (
        "Cycling lessons",
        "Fietsles",
        "Learn to cycle safely in Dutch traffic.",
    ),
    (
        "Job coaching",
        "Werkcoaching",
        "Your CV, volunteer work and first steps to a job.",
    ),
    (
        "Cooking together",
        "Samen koken",
        "Cook a dish from your country and eat together.",
    ),
];
const PLACES: [&str; 4] = [
    "Living room, building A",
    "Meeting room B0.12",
    "Sports field",
    "Computer room",
];

/// A planned occurrence with the residents who may sign up for it.
struct Occurrence {
    activity: String,
    date: LocalDate,
    capacity: i64,
}

pub fn activities(w: &mut World) {
    let today = LocalDate::from_utc_ms(w.anchor_ms as f64);
    for l in 0..w.locations.len() {
        let slug = w.locations[l].id.trim_start_matches("loc-").to_owned();
        let location_id = w.locations[l].id.clone();
        let mut occurrences = Vec::new();
        for n in 0..22 {
            let id = format!("act-s-{slug}-{n:02}");
            let by = w.locations[l].staff[n % 2].clone();
            let weekly = n < 10;
            let weekday = w.rng.range(1, 5);
            let (start, end) = if weekly {
                let start = today.add_days(-w.rng.range(60, 700));
                let ended = w
                    .rng
                    .chance(0.3)
                    .then(|| start.add_days(w.rng.range(30, 50)).min(today.add_days(-50)));
                (start, ended)
            } else if n < 14 {
                (today.add_days(w.rng.range(1, 30)), None)
            } else {
                (today.add_days(-w.rng.range(1, 365)), None)
            };
            let capacity = w.rng.range(8, 30);
            let (title, title_nl, description) = TITLES[n % TITLES.len()];
            let language = match n % 3 {
                0 => Some("nl"),
                1 => None,
                _ => Some("en"),
            };
            let created =
                w.anchor_ms - today.days_until(start).unsigned_abs() as i64 * DAY - 30 * DAY;
            let cancelled = w.rng.chance(0.05);
            let place = PLACES[w.rng.below(PLACES.len() as u64) as usize];
            let start_s = start.to_string();
            let end_s = end.map(|e| e.to_string());
            w.rows.add(
                "activities",
                &[
                    V::T(&id),
                    V::T(&location_id),
                    V::T(if weekly { "weekly" } else { "once" }),
                    V::T(&start_s),
                    V::opt(end_s.as_deref()),
                    if weekly { V::I(weekday) } else { V::Null },
                    V::I(w.rng.range(18, 32) * 30),
                    V::I(90),
                    V::T(place),
                    V::I(capacity),
                    V::opt(language),
                    V::T("en"),
                    V::I(i64::from(cancelled)),
                    V::I(1),
                    V::T(&by),
                    V::I(created),
                    V::T(&by),
                    V::I(created),
                ],
            );
            w.rows.add(
                "activity_texts",
                &[V::T(&id), V::T("en"), V::T(title), V::T(description)],
            );
            w.rows.add(
                "activity_texts",
                &[V::T(&id), V::T("nl"), V::T(title_nl), V::T("")],
            );
            if cancelled {
                continue;
            }
            let mut dates = Vec::new();
            if weekly {
                let mut d = today.add_days(-42);
                while d <= today.add_days(13) {
                    let on = i64::from(d.weekday().iso()) == weekday
                        && d >= start
                        && end.is_none_or(|e| d <= e);
                    if on {
                        dates.push(d);
                    }
                    d = d.add_days(1);
                }
            } else if start >= today.add_days(-42) && start <= today.add_days(30) {
                dates.push(start);
            }
            occurrences.extend(dates.into_iter().map(|date| Occurrence {
                activity: id.clone(),
                date,
                capacity,
            }));
        }
        signups(w, l, &occurrences);
    }
}

fn signups(w: &mut World, l: usize, occurrences: &[Occurrence]) {
    let people: Vec<String> = w.locations[l]
        .residents
        .iter()
        .filter(|&&r| w.residents[r].status == Status::Active)
        .map(|&r| w.residents[r].id.clone())
        .collect();
    if people.is_empty() {
        return;
    }
    let staff = w.locations[l].staff[0].clone();
    for o in occurrences {
        let wanted = (o.capacity * w.rng.range(30, 115) / 100).min(people.len() as i64);
        let day_ms = o.date.utc_midnight_ms() as i64;
        let date = o.date.to_string();
        let mut taken = std::collections::BTreeSet::new();
        for k in 0..wanted {
            let who = w.rng.below(people.len() as u64) as usize;
            if !taken.insert(who) {
                continue;
            }
            let at = day_ms - w.rng.range(1, 10) * DAY;
            let status = if k < o.capacity {
                "confirmed"
            } else {
                "waiting"
            };
            w.rows.add(
                "activity_signups",
                &[
                    V::T(&o.activity),
                    V::T(&date),
                    V::T(&people[who]),
                    V::T(status),
                    V::I(at),
                    V::Null,
                ],
            );
        }
        // Staff open the participant list of about one past occurrence in four.
        if day_ms < w.anchor_ms && w.rng.chance(0.25) && !taken.is_empty() {
            let subject = format!("activity:{}@{date}", o.activity);
            let request = w.rng.hex(16);
            for &who in &taken {
                let line = Audit::by(&staff, "staff", "activity_participants_read")
                    .resident(&people[who])
                    .subject(&subject);
                w.audit_in(day_ms + 8 * 3_600_000, line, &request);
            }
        }
    }
}
