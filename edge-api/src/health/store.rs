use serde::Deserialize;
use wegwijs_shared::health::DatabaseHealth;
use worker::Env;

#[derive(Deserialize)]
struct MigrationRow {
    name: String,
}

/// Reads the newest row of wrangler's `d1_migrations` table. Only if that fails (no binding, D1
/// down, or no migration ever applied) does a second, trivial query tell "unreachable" from
/// "reachable but not migrated". Errors are the answer here, not something to propagate.
pub async fn database_health(env: &Env) -> DatabaseHealth {
    let Ok(db) = env.d1("DB") else {
        return DatabaseHealth {
            reachable: false,
            migration: None,
        };
    };
    let newest = db
        .prepare("SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1")
        .first::<MigrationRow>(None)
        .await;
    match newest {
        Ok(row) => DatabaseHealth {
            reachable: true,
            migration: row.map(|r| r.name),
        },
        Err(_) => {
            let reachable = db
                .prepare("SELECT 1 AS one")
                .first::<serde_json::Value>(None)
                .await
                .is_ok();
            DatabaseHealth {
                reachable,
                migration: None,
            }
        }
    }
}
