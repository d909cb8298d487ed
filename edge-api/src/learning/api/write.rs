//! The residents' learning writes, sent through the app's offline queue: an answer, and steps
//! seen. Phones deliver them late, twice, or out of order; every write here is a merge, so the
//! stored result is the same however they arrive, and at most three D1 round trips are made.

use wegwijs_shared::learning::certificate::generate;
use wegwijs_shared::learning::progress::{attempt_allowed, unknown_items};
use wegwijs_shared::learning::scoring::{AnswerError, grade_in};
use wegwijs_shared::learning::wire::{AnswerInput, AnswerOutcome, SeenInput};
use worker::Response;

use super::read::{asked_language, my_location, not_found, stored_from, stored_statements};
use crate::activities::local_time::local_now;
use crate::auth::secrets::random_bytes;
use crate::db::{batch, changes, database, rows};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::learning::store::{
    self, FinishedAttempt, ModuleRow, NewAnswer, NewCertificate, PlaceRow,
};
use crate::learning::view::{self, finishing};

fn answer_error(error: AnswerError) -> ApiError {
    let field = match error {
        AnswerError::UnknownQuestion => "question_id",
        _ => "choices",
    };
    ApiError::field(field, error.code(), error.to_string())
}

pub async fn answer(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let question_id = ctx.param("question_id")?.to_owned();
    let body: AnswerInput = ctx.json().await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let wanted = asked_language(&ctx)?;
    let location = my_location(&ctx)?;
    let now_ms = ctx.now_ms;
    let db = database(&ctx)?;

    let results = batch(
        &db,
        vec![
            store::published(&db, &id, &me)?,
            store::place(&db, &location, &me)?,
            store::highest_attempt(&db, &me, &id)?,
        ],
    )
    .await?;
    let row = rows::<ModuleRow>(&results[0])?
        .into_iter()
        .next()
        .ok_or_else(not_found)?;
    let module = row.module()?;
    let language = wanted.or_else(|| row.person_language.clone());
    let timezone = rows::<PlaceRow>(&results[1])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "location" })?
        .timezone;
    let highest = rows::<store::Highest>(&results[2])?
        .first()
        .map_or(0, |h| h.highest);
    if !attempt_allowed(body.attempt, highest) {
        return Err(ApiError::field(
            "attempt",
            "attempt_not_allowed",
            format!(
                "Answers may go to attempt 1 to {}; finish the earlier attempt first.",
                (highest + 1).min(100)
            ),
        ));
    }
    let graded = grade_in(&module, &question_id, &body.choices).map_err(answer_error)?;
    // The phone's clock may be wrong or ahead; it never says the answer came from the future.
    let answered_at_ms = if body.answered_at_ms.is_finite() {
        body.answered_at_ms.clamp(0.0, now_ms)
    } else {
        now_ms
    };

    let mut statements = vec![
        store::touch_progress(&db, &me, &id, now_ms)?,
        store::insert_answer(
            &db,
            &NewAnswer {
                account: &me,
                module: &id,
                attempt: body.attempt,
                question_id: &question_id,
                choices: &body.choices,
                correct: graded,
                answered_at_ms,
                now_ms,
            },
        )?,
    ];
    statements.extend(stored_statements(&db, &me, Some(&id))?);
    let results = batch(&db, statements).await?;
    let recorded = changes(&results[1])? == 1;
    let mut stored = stored_from(&results[2..])?.remove(&id).unwrap_or_default();

    if let Some(finish) = finishing(&module, &stored, body.attempt) {
        let mut statements = Vec::new();
        if finish.record_attempt {
            statements.push(store::insert_attempt(
                &db,
                &FinishedAttempt {
                    account: &me,
                    module: &id,
                    attempt: body.attempt,
                    correct: finish.correct,
                    total: finish.total,
                    passed: finish.passed,
                    now_ms,
                },
            )?);
        }
        if finish.issue_certificate {
            let code = generate(random_bytes::<7>()?);
            let issued_on = local_now(&timezone, now_ms)?.date.to_string();
            statements.push(store::insert_certificate(
                &db,
                &NewCertificate {
                    code: &code,
                    account: &me,
                    module: &module,
                    now_ms,
                    issued_on: &issued_on,
                },
            )?);
        }
        let written = statements.len();
        statements.extend(stored_statements(&db, &me, Some(&id))?);
        let results = batch(&db, statements).await?;
        stored = stored_from(&results[written..])?
            .remove(&id)
            .unwrap_or_default();
    }

    // The answer that counts is the stored one: the first to arrive for this attempt.
    let correct = stored
        .answers
        .iter()
        .find(|a| a.attempt == body.attempt && a.question_id == question_id)
        .map_or(graded, |a| a.correct == 1);
    response::json(
        200,
        &AnswerOutcome {
            question_id,
            attempt: body.attempt,
            correct,
            recorded,
            progress: view::module_progress(&module, &stored, language.as_deref())?,
        },
    )
}

pub async fn seen(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let body: SeenInput = ctx.json().await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let wanted = asked_language(&ctx)?;
    let db = database(&ctx)?;
    let row: ModuleRow = crate::db::first(store::published(&db, &id, &me)?)
        .await?
        .ok_or_else(not_found)?;
    let module = row.module()?;
    let language = wanted.or_else(|| row.person_language.clone());
    let unknown = unknown_items(&module, &body.items);
    if !unknown.is_empty() {
        return Err(ApiError::field(
            "items",
            "unknown_item",
            format!(
                "These steps are not part of this module: {}.",
                unknown.join(", ")
            ),
        ));
    }
    let mut statements = Vec::new();
    if !body.items.is_empty() {
        statements.push(store::merge_seen(&db, &me, &id, &body.items, ctx.now_ms)?);
    }
    let written = statements.len();
    statements.extend(stored_statements(&db, &me, Some(&id))?);
    let results = batch(&db, statements).await?;
    let stored = stored_from(&results[written..])?
        .remove(&id)
        .unwrap_or_default();
    response::json(
        200,
        &view::module_progress(&module, &stored, language.as_deref())?,
    )
}
