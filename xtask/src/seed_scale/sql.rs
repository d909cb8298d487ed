//! The scale seed's output: rows collected per table, written as multi-row `INSERT`s in the order
//! foreign keys need, in statements D1 accepts, grouped into files loaded as one batch each.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// D1 refuses statements over 100 KB (`SQLITE_TOOBIG`); stay well under it.
const STATEMENT_BYTES: usize = 90_000;
/// One D1 batch per file; miniflare hangs on a batch of ~48 MB, 17 MB loads in seconds.
const FILE_BYTES: usize = 16_000_000;

/// A value in a row.
pub enum V<'a> {
    T(&'a str),
    I(i64),
    Null,
}

impl V<'_> {
    pub fn opt(text: Option<&str>) -> V<'_> {
        text.map_or(V::Null, V::T)
    }
}

/// A SQL string literal (SQLite: a quote inside is written twice; nothing else is special).
fn push_literal(out: &mut String, text: &str) {
    out.push('\'');
    for c in text.chars() {
        if c == '\'' {
            out.push('\'');
        }
        out.push(c);
    }
    out.push('\'');
}

/// Tables in the order their rows are written: everything a row references comes first.
pub const TABLE_ORDER: [(&str, &str); 30] = [
    (
        "locations",
        "id, agency_id, name, kind, municipality, timezone, capacity, created_at",
    ),
    (
        "accounts",
        "id, role, status, display_name, created_at, updated_at, language",
    ),
    ("employees", "account_id, email, password_hash, totp_secret"),
    ("account_locations", "account_id, location_id"),
    (
        "residents",
        "account_id, resident_number, language, location_id, date_of_birth, pin_hash, \
         procedure_stage, procedure_stage_set_at, procedure_stage_set_by",
    ),
    (
        "resident_moves",
        "resident_id, location_id, from_ms, until_ms, moved_by",
    ),
    (
        "activation_codes",
        "code_hash, account_id, created_at, expires_at, used_at, revoked_at, created_by",
    ),
    (
        "sessions",
        "id, token_hash, account_id, created_at, last_seen_at, idle_ms, absolute_ms, revoked_at, \
         device",
    ),
    (
        "centre_contacts",
        "location_id, address, postal_address, phone, email, version, updated_by, updated_at",
    ),
    (
        "centre_services",
        "id, location_id, kind, name, note, phone, place, hours, exceptions, version, created_by, \
         created_at, updated_by, updated_at",
    ),
    (
        "content_items",
        "id, kind, agency_id, location_id, category, procedure_stage, vacancy_kind, contact, link, \
         source_language, source_revision, published, published_at, version, created_by, \
         created_at, updated_by, updated_at",
    ),
    (
        "content_translations",
        "item_id, language, title, summary, body, status, source_revision, version, updated_by, \
         updated_at",
    ),
    (
        "content_revisions",
        "item_id, language, version, change, snapshot, changed_by, changed_at",
    ),
    ("favourites", "account_id, item_kind, item_id, created_at"),
    ("news_seen", "account_id, seen_at"),
    (
        "activities",
        "id, location_id, recurrence, start_date, end_date, weekday, start_minute, \
         duration_minutes, place, capacity, language, source_language, cancelled, version, \
         created_by, created_at, updated_by, updated_at",
    ),
    (
        "activity_texts",
        "activity_id, language, title, description",
    ),
    (
        "activity_signups",
        "activity_id, occurrence_date, account_id, status, signed_up_at, promoted_at",
    ),
    (
        "learning_groups",
        "id, location_id, name, version, created_by, created_at, updated_at",
    ),
    ("learning_group_members", "group_id, account_id"),
    (
        "learning_assignments",
        "id, module_id, location_id, group_id, account_id, due_on, assigned_by, assigned_at",
    ),
    (
        "learning_progress",
        "account_id, module_id, seen, started_at, updated_at",
    ),
    (
        "learning_answers",
        "account_id, module_id, attempt, question_id, choices, correct, answered_at, received_at",
    ),
    (
        "learning_attempts",
        "account_id, module_id, attempt, correct, total, passed, completed_at",
    ),
    (
        "learning_certificates",
        "code, account_id, module_id, level, competences, title, issued_at, issued_on",
    ),
    (
        "signin_counters",
        "key, failures, window_start_ms, locked_until_ms",
    ),
    ("recovery_codes", "id, account_id, code_hash, used_at"),
    (
        "invites",
        "token_hash, account_id, created_at, expires_at, used_at, created_by",
    ),
    ("single_use_claims", "key, claimed_at"),
    (
        "audit_log",
        "at, actor_id, actor_role, event, resident_id, subject, request_id, detail",
    ),
];

/// Rows per table, each already written as a `(…)` tuple.
#[derive(Default)]
pub struct Rows {
    tables: BTreeMap<&'static str, Vec<String>>,
}

impl Rows {
    pub fn add(&mut self, table: &'static str, values: &[V<'_>]) {
        debug_assert!(
            TABLE_ORDER.iter().any(|(t, _)| *t == table),
            "unknown table {table}"
        );
        let mut tuple = String::with_capacity(64);
        tuple.push('(');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                tuple.push_str(", ");
            }
            match v {
                V::T(t) => push_literal(&mut tuple, t),
                V::I(n) => {
                    let _ = write!(tuple, "{n}");
                }
                V::Null => tuple.push_str("NULL"),
            }
        }
        tuple.push(')');
        self.tables.entry(table).or_default().push(tuple);
    }

    /// Writes every table's rows as statements into `dir/scale-NN.json` files (a JSON array of
    /// statements each, one D1 batch per file); returns the files in load order.
    pub fn write(self, dir: &Path) -> Result<Vec<PathBuf>, String> {
        let mut files = Vec::new();
        let mut batch: Vec<String> = Vec::new();
        let mut batch_bytes = 0;
        let flush = |batch: &mut Vec<String>, files: &mut Vec<PathBuf>| -> Result<(), String> {
            let path = dir.join(format!("scale-{:02}.json", files.len()));
            let json = serde_json::to_string(batch).map_err(|e| e.to_string())?;
            std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push(path);
            batch.clear();
            Ok(())
        };
        let mut tables = self.tables;
        for (table, columns) in TABLE_ORDER {
            let Some(rows) = tables.remove(table) else {
                continue;
            };
            let head = format!("INSERT INTO {table} ({columns}) VALUES\n");
            let mut statement = String::new();
            for row in rows {
                if !statement.is_empty() && statement.len() + row.len() + 2 > STATEMENT_BYTES {
                    batch_bytes += statement.len();
                    batch.push(std::mem::take(&mut statement));
                    if batch_bytes > FILE_BYTES {
                        flush(&mut batch, &mut files)?;
                        batch_bytes = 0;
                    }
                }
                if statement.is_empty() {
                    statement.push_str(&head);
                } else {
                    statement.push_str(",\n");
                }
                statement.push_str(&row);
            }
            if !statement.is_empty() {
                batch_bytes += statement.len();
                batch.push(statement);
            }
        }
        if let Some((table, _)) = tables.into_iter().next() {
            return Err(format!(
                "rows for {table}, which has no place in TABLE_ORDER"
            ));
        }
        if !batch.is_empty() {
            flush(&mut batch, &mut files)?;
        }
        Ok(files)
    }
}

/// xorshift64*: small, fast and the same on every machine, so a seed gives the same agency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // Any non-zero state works; mix the seed so nearby seeds differ at once.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// An index by weight.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        let mut at = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if at < u64::from(w) {
                return i;
            }
            at -= u64::from(w);
        }
        weights.len() - 1
    }

    /// `bytes` random bytes as lowercase hex (ids like `random_id`, SHA-256-shaped hashes).
    pub fn hex(&mut self, bytes: usize) -> String {
        let mut out = String::with_capacity(bytes * 2);
        for _ in 0..bytes.div_ceil(8) {
            let _ = write!(out, "{:016x}", self.next());
        }
        out.truncate(bytes * 2);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_stay_under_the_d1_limit_and_quote_text() {
        let mut rows = Rows::default();
        let long = "x".repeat(1000);
        for i in 0..500 {
            rows.add("news_seen", &[V::T(&format!("it's {i} {long}")), V::I(i)]);
        }
        let dir = std::env::temp_dir().join(format!("seed-scale-sql-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let files = rows.write(&dir).unwrap();
        let text = std::fs::read_to_string(&files[0]).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let statements: Vec<String> = serde_json::from_str(&text).unwrap();
        assert!(statements.len() > 1);
        assert!(
            statements
                .iter()
                .all(|s| s.len() < 100_000 && s.starts_with("INSERT INTO news_seen"))
        );
        assert_eq!(statements.concat().matches("'it''s").count(), 500);
    }

    #[test]
    fn the_generator_is_deterministic_and_in_range() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..1000 {
            let x = a.range(3, 9);
            assert_eq!(x, b.range(3, 9));
            assert!((3..=9).contains(&x));
        }
        assert_eq!(a.hex(16).len(), 32);
    }
}
