//! `GET /api/health`: whether the Worker can reach D1 and which migration the database is at.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HealthReport {
    pub status: HealthStatus,
    pub database: DatabaseHealth,
    /// The Worker's package version, so a report can say which build answered.
    pub version: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    Ok,
    Degraded,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DatabaseHealth {
    pub reachable: bool,
    /// File name of the newest applied migration, e.g. `0001_init.sql`; `None` when none is applied.
    pub migration: Option<String>,
}

impl HealthReport {
    /// Healthy only when D1 answered and at least one migration is applied: a reachable but empty
    /// database cannot serve any route.
    pub fn from_database(database: DatabaseHealth, version: impl Into<String>) -> Self {
        let status = if database.reachable && database.migration.is_some() {
            HealthStatus::Ok
        } else {
            HealthStatus::Degraded
        };
        Self {
            status,
            database,
            version: version.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmigrated_database_is_degraded() {
        let report = HealthReport::from_database(
            DatabaseHealth {
                reachable: true,
                migration: None,
            },
            "0.1.0",
        );
        assert_eq!(report.status, HealthStatus::Degraded);
    }

    #[test]
    fn migrated_reachable_database_is_ok() {
        let report = HealthReport::from_database(
            DatabaseHealth {
                reachable: true,
                migration: Some("0001_init.sql".into()),
            },
            "0.1.0",
        );
        assert_eq!(report.status, HealthStatus::Ok);
    }

    #[test]
    fn unreachable_database_is_degraded() {
        let report = HealthReport::from_database(
            DatabaseHealth {
                reachable: false,
                migration: None,
            },
            "0.1.0",
        );
        assert_eq!(report.status, HealthStatus::Degraded);
    }
}
