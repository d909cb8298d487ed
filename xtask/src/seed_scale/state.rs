//! The state folder: making it fresh, the demo seed and its hashes the scale accounts share,
//! loading the generated batches, and the manifest of who signs in with what.

use std::path::{Path, PathBuf};
use std::process::Command;

use wegwijs_shared::calendar::LocalDate;

use super::sql::TABLE_ORDER;
use super::{Hashes, Status, World, people, places};

/// A new state folder: an existing one is replaced only when it holds nothing but an earlier
/// state (wrangler's `v3`, this command's files), never a folder someone chose for other things.
pub fn prepare(persist: &Path) -> Result<(), String> {
    if persist.exists() {
        let ours = ["v3", "sql", "scale-manifest.json"];
        let entries =
            std::fs::read_dir(persist).map_err(|e| format!("{}: {e}", persist.display()))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !ours.contains(&name.as_str()) {
                return Err(format!(
                    "{} holds {name}, which is no wrangler state: choose another --persist-to",
                    persist.display()
                ));
            }
        }
        std::fs::remove_dir_all(persist).map_err(|e| format!("{}: {e}", persist.display()))?;
    }
    std::fs::create_dir_all(persist).map_err(|e| format!("{}: {e}", persist.display()))
}

/// The demo seed as `scripts/seed.sh` loads it: `demo.sql`, then `content/*.sql` in name order.
pub fn demo_seed(root: &Path) -> Result<String, String> {
    let dir = root.join("edge-api/seed/content");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let mut out = String::new();
    for file in std::iter::once(root.join("edge-api/seed/demo.sql")).chain(files) {
        out += &std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        out.push('\n');
    }
    Ok(out)
}

/// The `n`-th quoted literal on the line of `demo.sql` that inserts into `table` for `account`.
fn demo_literal(demo: &str, table: &str, account: &str, n: usize) -> Result<String, String> {
    let line = demo
        .lines()
        .find(|l| {
            l.starts_with(&format!("INSERT INTO {table} "))
                && l.contains(&format!("VALUES ('{account}'"))
        })
        .ok_or_else(|| format!("demo.sql has no {table} row for {account}"))?;
    let values = &line[line.find("VALUES (").map_or(0, |i| i + 8)..];
    values
        .split('\'')
        .skip(1)
        .step_by(2)
        .nth(n)
        .map(str::to_owned)
        .ok_or_else(|| format!("demo.sql: {table} row of {account} has no value {n}"))
}

pub fn demo_hashes(root: &Path) -> Result<Hashes, String> {
    let path = root.join("edge-api/seed/demo.sql");
    let demo = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let json_path = root.join("edge-api/seed/demo-accounts.json");
    let text =
        std::fs::read_to_string(&json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let accounts: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let pin = |id: &str| -> Result<String, String> {
        accounts["residents"]
            .as_array()
            .and_then(|list| list.iter().find(|r| r["id"] == id))
            .and_then(|r| r["pin"].as_str())
            .map(str::to_owned)
            .ok_or_else(|| format!("demo-accounts.json has no PIN for {id}"))
    };
    let resident = |id: &str| -> Result<(String, String), String> {
        Ok((demo_literal(&demo, "residents", id, 4)?, pin(id)?))
    };
    Ok(Hashes {
        resident_pins: [resident("acct-res-amal")?, resident("acct-res-dawit")?],
        staff_password: demo_literal(&demo, "employees", "acct-staff-zwolle", 2)?,
        staff_totp: demo_literal(&demo, "employees", "acct-staff-zwolle", 3)?,
        trainer_password: demo_literal(&demo, "employees", "acct-trainer-zwolle", 2)?,
        trainer_totp: demo_literal(&demo, "employees", "acct-trainer-zwolle", 3)?,
    })
}

/// Who to sign in as, per location: staff and trainer e-mails (the demo accounts' credentials, by
/// id), and some active residents with their PINs.
pub fn manifest(
    w: &World,
    learners: &std::collections::BTreeMap<usize, Vec<String>>,
    pins: &[(String, String); 2],
) -> Result<String, String> {
    let email = |id: &str| places::email(id);
    let locations: Vec<serde_json::Value> = w
        .locations
        .iter()
        .enumerate()
        .map(|(l, loc)| {
            let sample: Vec<serde_json::Value> = loc
                .residents
                .iter()
                .map(|&r| &w.residents[r])
                .filter(|r| r.status == Status::Active)
                .take(20)
                .map(|r| serde_json::json!({ "id": r.id, "resident_number": r.number, "pin": pins[people::pin_index(&r.number)].1 }))
                .collect();
            serde_json::json!({
                "id": loc.id, "kind": loc.kind, "residents": loc.residents.len(),
                "learners": learners.get(&l).map_or(0, Vec::len),
                "staff": loc.staff.iter().map(|s| email(s)).collect::<Vec<_>>(),
                "trainers": loc.trainers.iter().map(|t| email(t)).collect::<Vec<_>>(),
                "active_residents": sample,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "today": LocalDate::from_utc_ms(w.anchor_ms as f64).to_string(),
        "staff_credentials_of": "acct-staff-zwolle",
        "trainer_credentials_of": "acct-trainer-zwolle",
        "admin": "acct-admin",
        "locations": locations,
    });
    serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())
}

pub fn wrangler(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new(root.join("node_modules/.bin/wrangler"))
        .args(args)
        .current_dir(root)
        .env("WRANGLER_SEND_METRICS", "false")
        .env("WRANGLER_SEND_ERROR_REPORTS", "false")
        .env("CLOUDFLARE_CF_FETCH_ENABLED", "false")
        .env("CI", "true")
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("wrangler: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "wrangler {} failed:\n{stdout}\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// The database id the local state is keyed by (miniflare names the SQLite file after it).
fn database_id(root: &Path) -> Result<String, String> {
    let path = root.join("wrangler.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .find_map(|l| l.trim().strip_prefix("database_id"))
        .and_then(|rest| rest.split('"').nth(1))
        .map(str::to_owned)
        .ok_or_else(|| "wrangler.toml has no database_id".to_owned())
}

/// Runs `load.mjs` (one batch per file, see there why not wrangler) and reports per file and the
/// row count of every table, read back from the state.
pub fn load(root: &Path, persist: &Path, files: &[PathBuf]) -> Result<String, String> {
    let tables: Vec<&str> = TABLE_ORDER.iter().map(|(t, _)| *t).collect();
    let mut args = vec![
        root.join("xtask/src/seed_scale/load.mjs")
            .to_string_lossy()
            .into_owned(),
        persist.join("v3/d1").to_string_lossy().into_owned(),
        database_id(root)?,
        tables.join(","),
    ];
    args.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
    let output = Command::new("node")
        .args(&args)
        .current_dir(root)
        .env("CLOUDFLARE_CF_FETCH_ENABLED", "false")
        .output()
        .map_err(|e| format!("node: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        return Err(format!(
            "loading failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let mut report = String::new();
    for line in stdout.lines() {
        let json: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("loader said {line:?}: {e}"))?;
        if let Some(counts) = json.get("counts") {
            report += "rows per table:\n";
            let mut total = 0;
            for table in &tables {
                let n = counts[*table].as_u64().unwrap_or(0);
                total += n;
                report += &format!("  {table:<24} {n:>9}\n");
            }
            report += &format!("  {:<24} {total:>9}", "total");
        } else {
            println!(
                "loaded {} ({} statements) in {:.1} s",
                json["file"].as_str().unwrap_or("?"),
                json["statements"],
                json["ms"].as_f64().unwrap_or(0.0) / 1000.0
            );
        }
    }
    Ok(report)
}
