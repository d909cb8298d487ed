//! The stages of the Dutch asylum procedure as a resident lives them (after COA's and the IND's
//! public descriptions, 2026-11):
//! staff set a resident's current stage, and "My procedure" shows where they are and what can come
//! next, with the articles linked to that stage.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProcedureStage {
    /// Applying at the IND application centre; the aliens police register identity.
    Application,
    /// The first days at the central reception location (COL): registration, TB screening, medical intake.
    CentralReception,
    /// About a week at a process reception location (POL): information, a lawyer, medical advice.
    RestAndPreparation,
    /// The general asylum procedure (about 8 working days): interviews, corrections, decision.
    GeneralProcedure,
    /// The IND needs more time (months).
    ExtendedProcedure,
    /// A permit was granted: status holder, linked to a municipality for housing.
    PermitGranted,
    /// A rejection and an appeal to the court.
    Appeal,
    /// A final rejection: leaving the Netherlands, with the DT&V.
    Departure,
}

impl ProcedureStage {
    pub const ALL: [ProcedureStage; 8] = [
        ProcedureStage::Application,
        ProcedureStage::CentralReception,
        ProcedureStage::RestAndPreparation,
        ProcedureStage::GeneralProcedure,
        ProcedureStage::ExtendedProcedure,
        ProcedureStage::PermitGranted,
        ProcedureStage::Appeal,
        ProcedureStage::Departure,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProcedureStage::Application => "application",
            ProcedureStage::CentralReception => "central_reception",
            ProcedureStage::RestAndPreparation => "rest_and_preparation",
            ProcedureStage::GeneralProcedure => "general_procedure",
            ProcedureStage::ExtendedProcedure => "extended_procedure",
            ProcedureStage::PermitGranted => "permit_granted",
            ProcedureStage::Appeal => "appeal",
            ProcedureStage::Departure => "departure",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// What can happen after this stage. The general procedure has three outcomes; an appeal ends
    /// in a permit or in departure; a permit and departure end the procedure.
    pub fn next(self) -> &'static [ProcedureStage] {
        use ProcedureStage::*;
        match self {
            Application => &[CentralReception],
            CentralReception => &[RestAndPreparation],
            RestAndPreparation => &[GeneralProcedure],
            GeneralProcedure => &[PermitGranted, ExtendedProcedure, Appeal],
            ExtendedProcedure => &[PermitGranted, Appeal],
            Appeal => &[PermitGranted, Departure],
            PermitGranted | Departure => &[],
        }
    }
}

/// `GET /api/me/procedure` (a resident's own) and the body of `PUT /api/residents/{id}/procedure-stage`'s answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProcedureView {
    /// `None` until staff set it.
    pub stage: Option<ProcedureStage>,
    pub next: Vec<ProcedureStage>,
    pub set_at: Option<f64>,
}

// Part of `Resident` (which is `Eq`); the time is a float, but equality on it is still exact.
impl Eq for ProcedureView {}

impl ProcedureView {
    /// The view of a stored stage code (an unknown code reads as "not set").
    pub fn of(stage_code: Option<&str>, set_at: Option<f64>) -> Self {
        let stage = stage_code.and_then(ProcedureStage::from_code);
        ProcedureView {
            stage,
            next: stage.map(|s| s.next().to_vec()).unwrap_or_default(),
            set_at: stage.and(set_at),
        }
    }
}

/// `PUT /api/residents/{id}/procedure-stage`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SetProcedureStage {
    pub stage: ProcedureStage,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_match_serde() {
        for stage in ProcedureStage::ALL {
            assert_eq!(ProcedureStage::from_code(stage.code()), Some(stage));
            assert_eq!(
                serde_json::to_string(&stage).unwrap(),
                format!("\"{}\"", stage.code())
            );
        }
        assert_eq!(ProcedureStage::from_code("decision"), None);
    }

    #[test]
    fn a_view_names_what_can_come_next() {
        let view = ProcedureView::of(Some("general_procedure"), Some(5.0));
        assert_eq!(view.stage, Some(ProcedureStage::GeneralProcedure));
        assert_eq!(view.next.len(), 3);
        assert_eq!(view.set_at, Some(5.0));
        assert_eq!(ProcedureView::of(None, None), ProcedureView::default());
        assert_eq!(ProcedureView::of(Some("nonsense"), Some(5.0)).set_at, None);
    }

    #[test]
    fn every_stage_but_the_two_ends_leads_somewhere_reachable() {
        for stage in ProcedureStage::ALL {
            let ends = matches!(
                stage,
                ProcedureStage::PermitGranted | ProcedureStage::Departure
            );
            assert_eq!(stage.next().is_empty(), ends, "{stage:?}");
            assert!(!stage.next().contains(&stage), "{stage:?} leads to itself");
        }
    }
}
