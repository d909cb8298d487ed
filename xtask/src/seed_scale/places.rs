//! The 120 locations along the reception chain (the three demo ones among them), the staff and
//! trainers at each with their past sessions, and the sessions residents sign in with.

use super::sql::V;
use super::{AGENCY, DAY, Location, World, day_time};

/// Municipalities with a centre; a second centre in the same one gets a district name.
const MUNICIPALITIES: [&str; 60] = [
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Arnhem",
    "Haarlem",
    "Enschede",
    "Amersfoort",
    "Zaanstad",
    "Den Bosch",
    "Haarlemmermeer",
    "Zoetermeer",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Ede",
    "Alphen aan den Rijn",
    "Leeuwarden",
    "Alkmaar",
    "Emmen",
    "Delft",
    "Venlo",
    "Deventer",
    "Sittard-Geleen",
    "Helmond",
    "Oss",
    "Amstelveen",
    "Hilversum",
    "Heerlen",
    "Súdwest-Fryslân",
    "Nissewaard",
    "Hengelo",
    "Purmerend",
    "Schiedam",
    "Lelystad",
    "Roosendaal",
    "Leidschendam",
    "Gouda",
    "Hoorn",
    "Vlaardingen",
    "Almelo",
    "Assen",
    "Veenendaal",
    "Capelle aan den IJssel",
    "Katwijk",
    "Zeist",
    "Nieuwegein",
    "Harderwijk",
    "Middelburg",
    "Kerkrade",
    "Heerenveen",
    "Doetinchem",
    "Winterswijk",
];
const DISTRICTS: [&str; 2] = ["Noord", "Zuid"];

const DEVICES: [&str; 6] = [
    "Chrome on Android",
    "Samsung Internet on Android",
    "Safari on iPhone",
    "Firefox on Android",
    "Chrome on Windows",
    "Edge on Windows",
];

/// The three demo locations (already in `demo.sql`) and 117 more: 3 central receptions, 12
/// process receptions, the rest asylum seekers' centres.
pub fn locations(w: &mut World) {
    let demo = [
        (
            "loc-ter-apel",
            "Ter Apel central reception",
            "col",
            "Westerwolde",
            2000,
        ),
        (
            "loc-budel",
            "Budel process reception",
            "pol",
            "Cranendonck",
            800,
        ),
        (
            "loc-zwolle",
            "Zwolle asylum seekers' centre",
            "azc",
            "Zwolle",
            400,
        ),
    ];
    for (id, name, kind, municipality, capacity) in demo {
        w.locations
            .push(Location::new(id, name, kind, municipality, capacity, true));
    }
    for i in 0..117usize {
        let municipality = MUNICIPALITIES[i % MUNICIPALITIES.len()];
        let place = match i / MUNICIPALITIES.len() {
            0 => municipality.to_owned(),
            n => format!("{municipality}-{}", DISTRICTS[n - 1]),
        };
        let slug: String = place
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let (kind, name, capacity) = match i {
            0..2 => (
                "col",
                format!("{place} central reception"),
                w.rng.range(1200, 1800),
            ),
            2..13 => (
                "pol",
                format!("{place} process reception"),
                w.rng.range(400, 800),
            ),
            _ => (
                "azc",
                format!("{place} asylum seekers' centre"),
                w.rng.range(200, 1000),
            ),
        };
        let id = format!("loc-{slug}");
        w.rows.add(
            "locations",
            &[
                V::T(&id),
                V::T(AGENCY),
                V::T(&name),
                V::T(kind),
                V::T(municipality),
                V::T("Europe/Amsterdam"),
                V::I(capacity),
                V::I(w.anchor_ms - 1200 * DAY),
            ],
        );
        w.locations.push(Location::new(
            &id,
            &name,
            kind,
            municipality,
            capacity,
            false,
        ));
    }
}

/// Two staff and one trainer per location (the demo employees' passwords and TOTP secrets, see
/// the module doc of `seed_scale`), a few regional staff at three locations, two more admins.
pub fn employees(w: &mut World) {
    let created = w.anchor_ms - 1100 * DAY;
    for l in 0..w.locations.len() {
        let slug = w.locations[l].id.trim_start_matches("loc-").to_owned();
        for (role, n) in [("staff", 1), ("staff", 2), ("trainer", 1)] {
            let id = format!("acct-{role}{n}-{slug}");
            let email = email(&id);
            let name = format!(
                "{} {}",
                if role == "staff" { "Staff" } else { "Trainer" },
                w.locations[l].name
            );
            employee(w, &id, role, &name, &email, created);
            w.rows.add(
                "account_locations",
                &[V::T(&id), V::T(&w.locations[l].id.clone())],
            );
            let list = if role == "staff" {
                &mut w.locations[l].staff
            } else {
                &mut w.locations[l].trainers
            };
            list.push(id);
        }
    }
    for r in 0..20 {
        let id = format!("acct-staff-region-{r:02}");
        employee(
            w,
            &id,
            "staff",
            &format!("Regional staff {r}"),
            &email(&id),
            created,
        );
        for k in 0..3 {
            let l = (r * 6 + k * 2) % w.locations.len();
            w.rows.add(
                "account_locations",
                &[V::T(&id), V::T(&w.locations[l].id.clone())],
            );
        }
    }
    for a in 1..=2 {
        let id = format!("acct-admin-{a}");
        employee(w, &id, "admin", &format!("Admin {a}"), &email(&id), created);
        w.admins.push(id);
    }
}

fn employee(w: &mut World, id: &str, role: &str, name: &str, email: &str, created: i64) {
    w.rows.add(
        "accounts",
        &[
            V::T(id),
            V::T(role),
            V::T("active"),
            V::T(name),
            V::I(created),
            V::I(created),
            V::Null,
        ],
    );
    let (hash, secret) = match role {
        "trainer" => (&w.hashes.trainer_password, &w.hashes.trainer_totp),
        _ => (&w.hashes.staff_password, &w.hashes.staff_totp),
    };
    w.rows.add(
        "employees",
        &[V::T(id), V::T(email), V::T(hash), V::T(secret)],
    );
    // A few ended sessions each: staff sign in every working day and their sessions expire.
    let policy = session_policy(role);
    for _ in 0..w.rng.range(1, 3) {
        let at = w.anchor_ms - w.rng.range(1, 60) * DAY + day_time(&mut w.rng);
        let ended = at + w.rng.range(10, 200) * 60_000;
        session(w, id, at, ended, policy, None);
    }
}

/// A scale employee's e-mail address from their id: `acct-staff1-ter-apel` signs in as
/// `staff1.ter-apel@scale.wegwijs.example`.
pub fn email(id: &str) -> String {
    id.trim_start_matches("acct-").replacen('-', ".", 1) + "@scale.wegwijs.example"
}

pub fn session_policy(role: &str) -> (i64, i64) {
    const MINUTE: i64 = 60_000;
    match role {
        "resident" => (7 * DAY, 30 * DAY),
        "trainer" => (120 * MINUTE, 720 * MINUTE),
        "staff" => (30 * MINUTE, 720 * MINUTE),
        _ => (15 * MINUTE, 480 * MINUTE),
    }
}

pub fn session(
    w: &mut World,
    account: &str,
    created: i64,
    last_seen: i64,
    (idle, absolute): (i64, i64),
    revoked: Option<i64>,
) {
    let (id, token_hash) = (w.rng.hex(16), w.rng.hex(32));
    let device = *w.rng.pick(&DEVICES);
    w.rows.add(
        "sessions",
        &[
            V::T(&id),
            V::T(&token_hash),
            V::T(account),
            V::I(created),
            V::I(last_seen),
            V::I(idle),
            V::I(absolute),
            revoked.map_or(V::Null, V::I),
            V::T(device),
        ],
    );
}
