//! "My centre" for the generated locations (the demo ones have theirs in the demo seed): contacts
//! and five services with weekly hours and a holiday, in the shapes of `wegwijs_shared::hours`.

use wegwijs_shared::calendar::LocalDate;
use wegwijs_shared::hours::{HoursException, TimeRange, WeeklyHours};

use super::sql::V;
use super::{DAY, World};

/// Contacts and five services for each generated location.
pub fn centre(w: &mut World) {
    let admin = w.admins[0].clone();
    let weekdays = |ranges: Vec<TimeRange>| WeeklyHours {
        monday: ranges.clone(),
        tuesday: ranges.clone(),
        wednesday: ranges.clone(),
        thursday: ranges.clone(),
        friday: ranges,
        saturday: vec![],
        sunday: vec![],
    };
    let year = LocalDate::from_utc_ms(w.anchor_ms as f64).ymd().0;
    let christmas = vec![HoursException {
        date: format!("{year}-12-25"),
        ranges: vec![],
        reason: "Christmas Day".into(),
    }];
    let services = [
        (
            "reception_desk",
            "Reception desk",
            weekdays(vec![
                TimeRange {
                    opens: 540,
                    closes: 750,
                },
                TimeRange {
                    opens: 810,
                    closes: 1020,
                },
            ]),
        ),
        (
            "medical_practice",
            "GZA health centre",
            weekdays(vec![TimeRange {
                opens: 510,
                closes: 630,
            }]),
        ),
        (
            "mail",
            "",
            weekdays(vec![TimeRange {
                opens: 810,
                closes: 930,
            }]),
        ),
        (
            "allowance",
            "Weekly allowance",
            weekdays(vec![TimeRange {
                opens: 600,
                closes: 720,
            }]),
        ),
        (
            "laundry",
            "Laundry",
            weekdays(vec![TimeRange {
                opens: 480,
                closes: 1260,
            }]),
        ),
    ];
    let at = w.anchor_ms - 200 * DAY;
    for l in 0..w.locations.len() {
        if w.locations[l].demo {
            continue;
        }
        let (id, name) = (w.locations[l].id.clone(), w.locations[l].name.clone());
        let address = format!(
            "{name}\nVoorbeeldweg {l}\n{} {}",
            1000 + l * 37,
            w.locations[l].municipality
        );
        let email = format!("{}@scale.wegwijs.example", id.trim_start_matches("loc-"));
        let phone = format!("+31 6 0000 {:04}", 1000 + l);
        w.rows.add(
            "centre_contacts",
            &[
                V::T(&id),
                V::T(&address),
                V::T(""),
                V::T(&phone),
                V::T(&email),
                V::I(1),
                V::T(&admin),
                V::I(at),
            ],
        );
        for (k, (kind, service, hours)) in services.iter().enumerate() {
            let hours = serde_json::to_string(hours).unwrap_or_default();
            let exceptions = serde_json::to_string(&christmas).unwrap_or_default();
            let sid = format!("svc-s-{}-{k}", id.trim_start_matches("loc-"));
            w.rows.add(
                "centre_services",
                &[
                    V::T(&sid),
                    V::T(&id),
                    V::T(kind),
                    V::T(service),
                    V::T(""),
                    V::T(""),
                    V::T("Main building"),
                    V::T(&hours),
                    V::T(&exceptions),
                    V::I(1),
                    V::T(&admin),
                    V::I(at),
                    V::T(&admin),
                    V::I(at),
                ],
            );
        }
    }
}
