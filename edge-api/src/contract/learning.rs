//! The residents' learning routes (`crate::learning::api`): their modules, progress, answers and
//! passport, and the public certificate check.

use serde_json::json;
use wegwijs_shared::learning::localize::ModuleView;
use wegwijs_shared::learning::wire::{
    AnswerInput, AnswerOutcome, LearningOverview, ModuleProgress, Passport, SeenInput, Verification,
};

use super::operation::{Operation, op};
use crate::routes::Method::{Get, Put};

const LANGUAGE: &str = "One of the app's twelve language codes (e.g. `ar`); another value is 422 \
                        (`language` / `unknown_language`). Without it the resident's own \
                        language applies. Texts not written in the language come in the \
                        module's source language, each saying which language it is in.";
const MODULE_ID: &str = "A published module's id, e.g. `mod-safe-phone`; a draft is 404.";

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(Get, "/api/learning", "My modules")
            .describe(
                "Every published module with the resident's standing in it. Modules assigned to \
                 the resident (directly or through a group) at their current location come \
                 first, dated before open-ended and earliest due date first; then the rest by \
                 level and title.",
            )
            .query::<String>("language", false, LANGUAGE)
            .ok::<LearningOverview>(200, "The modules.")
            .conditional()
            .problems(&[404]),
        op(
            Get,
            "/api/learning/modules/{id}",
            "A module to work through",
        )
        .describe(
            "The module in one language, correct answers and feedback included: residents \
                 answer offline and get feedback at once; the server grades every answer again. \
                 The ETag depends only on the module's version and the language.",
        )
        .path_param("id", MODULE_ID)
        .query::<String>("language", false, LANGUAGE)
        .ok::<ModuleView>(200, "The module.")
        .conditional(),
        op(
            Get,
            "/api/learning/modules/{id}/progress",
            "My progress in a module",
        )
        .describe("Never cached: the app must see fresh progress whenever it is online.")
        .path_param("id", MODULE_ID)
        .query::<String>("language", false, LANGUAGE)
        .ok::<ModuleProgress>(200, "The progress."),
        op(
            Put,
            "/api/learning/modules/{id}/answers/{question_id}",
            "Answer a question",
        )
        .describe(
            "Sent through the app's offline queue, so it may arrive late, twice or out of order: \
             the first answer to a question in an attempt counts, a later one changes nothing \
             (`recorded: false`). The server grades the answer itself; an answer that does not \
             fit the question is 422 on `choices` (`unknown_choice`, `duplicate_choice`, \
             `one_choice_expected`, `no_choice`, `incomplete_order`), never a wrong answer. A \
             `question_id` that is not a question of the module is 422 (`question_id` / \
             `unknown_question`), not 404. `attempt` may be 1 up to one past the highest attempt \
             with answers, at most 100 (else 422 `attempt` / `attempt_not_allowed`). \
             `answered_at_ms` is clamped to the server's clock. Answering the last question of \
             an attempt finishes it and, at the pass mark, issues the certificate.",
        )
        .path_param("id", MODULE_ID)
        .path_param("question_id", "The question item's id within the module.")
        .query::<String>("language", false, LANGUAGE)
        .body::<AnswerInput>()
        .example(json!({
            "attempt": 1,
            "choices": ["install"],
            "answered_at_ms": 1_767_225_600_000_i64
        }))
        .ok::<AnswerOutcome>(200, "The answer that counts and the progress after it."),
        op(Put, "/api/learning/modules/{id}/seen", "Mark steps as seen")
            .describe(
                "Merged into the steps already seen, so replays and late arrivals change nothing. \
                 An id that is not an item of the module is 422 (`items` / `unknown_item`); an \
                 empty list stores nothing and answers the current progress.",
            )
            .path_param("id", MODULE_ID)
            .query::<String>("language", false, LANGUAGE)
            .body::<SeenInput>()
            .example(json!({ "items": ["sp-lock-why", "sp-lock-picture"] }))
            .ok::<ModuleProgress>(200, "The progress after the merge."),
        op(Get, "/api/learning/passport", "My learning passport")
            .describe(
                "Every certificate of the account (newest first) and, per DigComp competence, the \
                 highest level reached. It follows the account, not the location.",
            )
            .query::<String>("language", false, LANGUAGE)
            .ok::<Passport>(200, "The passport.")
            .conditional(),
        op(Get, "/api/verify/{code}", "Check a certificate")
            .describe(
                "For anyone (an employer, a teacher): the module, its level and competences and \
                 the date issued; never the person, their account or their location. Case, \
                 spaces, dashes and the look-alikes O/0 and I/L/1 are forgiven. A code that \
                 cannot be one is 422 on `code` before any lookup: `length` (not 12 letters and \
                 digits), `character` (a character no code has), `check` (a wrong check \
                 character: a typing error or a made-up code). A well-formed code that was never \
                 issued is 404.",
            )
            .path_param("code", "The certificate code, e.g. `QKGW-Z04K-KGPD`.")
            .query::<String>(
                "language",
                false,
                "One of the app's twelve language codes for the title (else 422); without it, \
                 or when the title is not written in it, the title as issued (in the module's \
                 source language).",
            )
            .ok::<Verification>(200, "The certificate."),
    ]
}
