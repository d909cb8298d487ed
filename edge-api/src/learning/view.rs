//! From stored rows to what residents see: one module's progress, a certificate. The rules are the
//! pure ones of `wegwijs_shared::learning::{progress, scoring, passport}`; this only feeds them.

use wegwijs_shared::learning::Module;
use wegwijs_shared::learning::model::Texts;
use wegwijs_shared::learning::passport::certificate_title;
use wegwijs_shared::learning::progress::{current_attempt, facts_from, learner_state, merge_seen};
use wegwijs_shared::learning::scoring::{AttemptScore, score_attempt};
use wegwijs_shared::learning::wire::{
    AttemptResult, Certificate, LearnerState, ModuleProgress, RecordedAnswer,
};

use super::store::{AnswerRow, AttemptRow, CertificateRow, json_list};
use crate::error::ApiError;

/// Everything stored about one account in one module.
#[derive(Default)]
pub struct Stored {
    pub seen: Vec<String>,
    pub answers: Vec<AnswerRow>,
    pub attempts: Vec<AttemptRow>,
    pub certificate: Option<CertificateRow>,
}

/// Where the account stands in the module now.
pub struct Standing {
    /// The attempt to answer in now.
    pub attempt: u32,
    pub score: AttemptScore,
    pub state: LearnerState,
    pub seen: Vec<String>,
}

pub fn standing(module: &Module, stored: &Stored) -> Standing {
    let highest_with_answers = stored.answers.iter().map(|a| a.attempt).max().unwrap_or(0);
    let highest_finished = stored
        .attempts
        .iter()
        .max_by_key(|a| a.attempt)
        .map(|a| (a.attempt, a.passed == 1));
    let attempt = current_attempt(highest_with_answers, highest_finished);
    let score = score_attempt(
        module,
        stored
            .answers
            .iter()
            .filter(|a| a.attempt == attempt)
            .map(|a| (a.question_id.as_str(), a.correct == 1)),
    );
    let passed = stored.certificate.is_some() || stored.attempts.iter().any(|a| a.passed == 1);
    let failed = stored.attempts.iter().filter(|a| a.passed == 0).count() as u32;
    let seen = merge_seen(module, &stored.seen, &[]);
    let state = learner_state(&facts_from(passed, !seen.is_empty(), failed, &score));
    Standing {
        attempt,
        score,
        state,
        seen,
    }
}

pub fn certificate(row: &CertificateRow, language: Option<&str>) -> Result<Certificate, ApiError> {
    let titles: Option<Texts> = row
        .titles
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|e| ApiError::Internal(format!("module title texts: {e}")))?;
    Ok(Certificate {
        code: row.code.clone(),
        module_id: row.module_id.clone(),
        title: certificate_title(titles.as_ref(), language, &row.title, &row.source_language),
        level: row.level,
        competences: json_list(&row.competences, "competences")?,
        issued_on: row.issued_on.clone(),
    })
}

pub fn module_progress(
    module: &Module,
    stored: &Stored,
    language: Option<&str>,
) -> Result<ModuleProgress, ApiError> {
    let now = standing(module, stored);
    // The current attempt's answers in today's question order; answers to questions a trainer
    // removed since do not count, so they are not shown either.
    let answers = module
        .questions()
        .filter_map(|(_, item, _)| {
            stored
                .answers
                .iter()
                .find(|a| a.attempt == now.attempt && a.question_id == item.id)
        })
        .map(|a| {
            Ok(RecordedAnswer {
                question_id: a.question_id.clone(),
                attempt: a.attempt,
                choices: json_list(&a.choices, "choices")?,
                correct: a.correct == 1,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(ModuleProgress {
        module_id: module.id.clone(),
        attempt: now.attempt,
        seen: now.seen,
        answers,
        attempts: stored
            .attempts
            .iter()
            .map(|a| AttemptResult {
                attempt: a.attempt,
                correct: a.correct,
                total: a.total,
                passed: a.passed == 1,
                completed_at_ms: a.completed_at as i64,
            })
            .collect(),
        state: now.state,
        certificate: stored
            .certificate
            .as_ref()
            .map(|c| certificate(c, language))
            .transpose()?,
    })
}
