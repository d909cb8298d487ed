//! Learning: the resident's modules, progress and passport (answers and seen steps go through the
//! offline queue), the public certificate check, and the trainer's draft for the preview.

use wegwijs_shared::learning::localize::ModuleView;
use wegwijs_shared::learning::wire::{
    AnswerInput, AnswerOutcome, LearningOverview, ModuleDraft, ModuleProgress, Passport, SeenInput,
    Verification,
};

use super::{ApiFailure, Sent, encode, get_json, put_queued};

pub async fn learning_overview(language: &str) -> Result<LearningOverview, ApiFailure> {
    get_json(&format!("/api/learning?language={}", encode(language))).await
}

pub fn learning_module_path(module_id: &str) -> String {
    format!("/api/learning/modules/{}", encode(module_id))
}

/// The address the module view is read (and kept offline) at.
pub fn learning_view_path(module_id: &str, language: &str) -> String {
    format!(
        "{}?language={}",
        learning_module_path(module_id),
        encode(language)
    )
}

pub async fn learning_module(module_id: &str, language: &str) -> Result<ModuleView, ApiFailure> {
    get_json(&learning_view_path(module_id, language)).await
}

pub async fn learning_progress(module_id: &str) -> Result<ModuleProgress, ApiFailure> {
    get_json(&format!("{}/progress", learning_module_path(module_id))).await
}

pub fn learning_answer_path(module_id: &str, question_id: &str) -> String {
    format!(
        "{}/answers/{}",
        learning_module_path(module_id),
        encode(question_id)
    )
}

pub fn learning_seen_path(module_id: &str) -> String {
    format!("{}/seen", learning_module_path(module_id))
}

pub async fn learning_answer(
    module_id: &str,
    question_id: &str,
    input: &AnswerInput,
) -> Result<Sent<AnswerOutcome>, ApiFailure> {
    put_queued(
        &learning_answer_path(module_id, question_id),
        input,
        "learning-pending-answer",
    )
    .await
}

pub async fn learning_seen(
    module_id: &str,
    items: Vec<String>,
) -> Result<Sent<ModuleProgress>, ApiFailure> {
    put_queued(
        &learning_seen_path(module_id),
        &SeenInput { items },
        "learning-pending-seen",
    )
    .await
}

pub async fn learning_passport(language: &str) -> Result<Passport, ApiFailure> {
    get_json(&format!(
        "/api/learning/passport?language={}",
        encode(language)
    ))
    .await
}

pub async fn verify_certificate(code: &str, language: &str) -> Result<Verification, ApiFailure> {
    get_json(&format!(
        "/api/verify/{}?language={}",
        encode(code),
        encode(language)
    ))
    .await
}

/// The trainer's whole draft, for "preview as a resident" (localized in the browser).
pub async fn learning_draft(module_id: &str) -> Result<ModuleDraft, ApiFailure> {
    get_json(&format!(
        "/api/learning/authoring/modules/{}",
        encode(module_id)
    ))
    .await
}
