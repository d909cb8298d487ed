//! Prints the demo accounts' SQL for `seed/demo.sql` from `seed/demo-accounts.json` (the one place
//! the demo credentials are written down). Secrets are hashed exactly as the Worker hashes them.
//!
//! `cargo run -p wegwijs-edge-api --example demo_accounts > /tmp/accounts.sql`

use serde_json::Value;
use wegwijs_edge_api::auth::secrets::{SecretHasher, sha256_hex};
use wegwijs_shared::credentials::activation_code;

fn q(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing in {v}"))
}

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/seed/demo-accounts.json");
    let demo: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("read json"))
        .expect("parse json");
    let hasher = SecretHasher::new(None);
    let created = "1767225600000";
    let mut out = String::new();
    for e in demo["employees"].as_array().expect("employees") {
        let id = q(s(e, "id"));
        out += &format!(
            "INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ({id}, {}, 'active', {}, {created}, {created}) ON CONFLICT (id) DO NOTHING;\n",
            q(s(e, "role")),
            q(s(e, "display_name"))
        );
        out += &format!(
            "INSERT INTO employees (account_id, email, password_hash, totp_secret) VALUES ({id}, {}, {}, {}) ON CONFLICT (account_id) DO NOTHING;\n",
            q(s(e, "email")),
            q(&hasher.hash(s(e, "password")).expect("hash")),
            q(s(e, "totp_secret"))
        );
        for location in e["location_ids"].as_array().expect("location_ids") {
            out += &format!(
                "INSERT INTO account_locations (account_id, location_id) VALUES ({id}, {}) ON CONFLICT DO NOTHING;\n",
                q(location.as_str().expect("location id"))
            );
        }
        let code = s(e, "recovery_code").replace('-', "");
        out += &format!(
            "INSERT INTO recovery_codes (id, account_id, code_hash) VALUES ({}, {id}, {}) ON CONFLICT (id) DO NOTHING;\n",
            q(&format!("rc-{}", s(e, "id"))),
            q(&hasher.hash(&code).expect("hash"))
        );
    }
    for r in demo["residents"].as_array().expect("residents") {
        let id = q(s(r, "id"));
        let pin_hash = r["pin"]
            .as_str()
            .map(|pin| q(&hasher.hash(pin).expect("hash")))
            .unwrap_or_else(|| "NULL".into());
        out += &format!(
            "INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) VALUES ({id}, 'resident', {}, {}, {created}, {created}) ON CONFLICT (id) DO NOTHING;\n",
            q(s(r, "status")),
            q(s(r, "display_name"))
        );
        out += &format!(
            "INSERT INTO residents (account_id, resident_number, language, location_id, pin_hash) VALUES ({id}, {}, {}, {}, {pin_hash}) ON CONFLICT (account_id) DO NOTHING;\n",
            q(s(r, "resident_number")),
            q(s(r, "language")),
            q(s(r, "location_id"))
        );
        out += &format!(
            "INSERT INTO resident_moves (resident_id, location_id, from_ms, moved_by) VALUES ({id}, {}, {created}, 'acct-admin') ON CONFLICT DO NOTHING;\n",
            q(s(r, "location_id"))
        );
        if let Some(code) = r["activation_code"].as_str() {
            let canonical = activation_code("code", code).expect("valid demo code");
            // Valid for 14 days from the moment the seed is loaded.
            out += &format!(
                "INSERT INTO activation_codes (code_hash, account_id, created_at, expires_at, created_by) VALUES ({}, {id}, {created}, CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 1209600000, 'acct-admin') ON CONFLICT (code_hash) DO NOTHING;\n",
                q(&sha256_hex(&canonical))
            );
        }
    }
    print!("{out}");
}
