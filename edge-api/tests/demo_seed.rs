//! The demo seed and the documented demo credentials (`seed/demo-accounts.json`) must agree: every
//! password, PIN and recovery code hash in `seed/demo.sql` verifies against its documented secret.

use serde_json::Value;
use wegwijs_edge_api::auth::secrets::SecretHasher;

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{}/seed/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The PHC strings on the seed's line for `needle`, in order.
fn hashes_on_line_with(sql: &str, table: &str, needle: &str) -> Vec<String> {
    let line = sql
        .lines()
        .find(|l| l.contains(&format!("INSERT INTO {table} ")) && l.contains(needle))
        .unwrap_or_else(|| panic!("no {table} row for {needle}"));
    line.split('\'')
        .filter(|part| part.starts_with("$argon2id$"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn seed_hashes_match_documented_credentials() {
    let sql = read("demo.sql");
    let demo: Value = serde_json::from_str(&read("demo-accounts.json")).unwrap();
    let hasher = SecretHasher::new(None);
    let mut checked = 0;
    for e in demo["employees"].as_array().unwrap() {
        let password = e["password"].as_str().unwrap();
        let hash = &hashes_on_line_with(&sql, "employees", e["email"].as_str().unwrap())[0];
        assert!(hasher.verify(password, hash).unwrap(), "{}", e["email"]);
        let code = e["recovery_code"].as_str().unwrap().replace('-', "");
        let id = format!("'rc-{}'", e["id"].as_str().unwrap());
        let hash = &hashes_on_line_with(&sql, "recovery_codes", &id)[0];
        assert!(hasher.verify(&code, hash).unwrap(), "{id}");
        checked += 2;
    }
    for r in demo["residents"].as_array().unwrap() {
        if let Some(pin) = r["pin"].as_str() {
            let number = format!("'{}'", r["resident_number"].as_str().unwrap());
            let hash = &hashes_on_line_with(&sql, "residents", &number)[0];
            assert!(hasher.verify(pin, hash).unwrap(), "{number}");
            checked += 1;
        }
    }
    assert_eq!(checked, 10);
}
