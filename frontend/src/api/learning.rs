//! Learning: the resident's modules, progress and passport (answers and seen steps go through the
//! offline queue), the public certificate check, and the trainer's draft for the preview.

use wegwijs_shared::api_paths as paths;
use wegwijs_shared::learning::localize::ModuleView;
use wegwijs_shared::learning::wire::{
    AnswerInput, AnswerOutcome, LearningOverview, ModuleDraft, ModuleProgress, Passport, SeenInput,
    Verification,
};

use super::{ApiFailure, Sent, encode, get_json, put_queued};

pub async fn learning_overview(language: &str) -> Result<LearningOverview, ApiFailure> {
    get_json(&format!(
        "{}?language={}",
        paths::LEARNING,
        encode(language)
    ))
    .await
}

/// The address the module view is read (and kept offline) at.
pub fn learning_view_path(module_id: &str, language: &str) -> String {
    format!(
        "{}?language={}",
        paths::learning_module(module_id),
        encode(language)
    )
}

pub async fn learning_module(module_id: &str, language: &str) -> Result<ModuleView, ApiFailure> {
    get_json(&learning_view_path(module_id, language)).await
}

pub async fn learning_progress(module_id: &str) -> Result<ModuleProgress, ApiFailure> {
    get_json(&paths::learning_module_progress(module_id)).await
}

pub async fn learning_answer(
    module_id: &str,
    question_id: &str,
    input: &AnswerInput,
) -> Result<Sent<AnswerOutcome>, ApiFailure> {
    put_queued(
        &paths::learning_answer(module_id, question_id),
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
        &paths::learning_seen(module_id),
        &SeenInput { items },
        "learning-pending-seen",
    )
    .await
}

pub async fn learning_passport(language: &str) -> Result<Passport, ApiFailure> {
    get_json(&format!(
        "{}?language={}",
        paths::LEARNING_PASSPORT,
        encode(language)
    ))
    .await
}

pub async fn verify_certificate(code: &str, language: &str) -> Result<Verification, ApiFailure> {
    get_json(&format!(
        "{}?language={}",
        paths::verify(code),
        encode(language)
    ))
    .await
}

/// The trainer's whole draft, for "preview as a resident" (localized in the browser).
pub async fn learning_draft(module_id: &str) -> Result<ModuleDraft, ApiFailure> {
    get_json(&paths::authoring_module(module_id)).await
}
