//! Progress that arrives from phones that were offline: replayed, late, or out of order. Every
//! rule here is a merge that gives the same result whatever the order and however often a write
//! arrives (seen steps are a set; the first answer per question and attempt counts; an attempt
//! is finished when all its questions are answered, whichever arrived last).

use std::collections::BTreeSet;

use super::localize::pick;
use super::model::{ItemContent, Module};
use super::scoring::{AttemptScore, percent};
use super::wire::{LearnerState, QuestionStat, StateCounts};

/// The union of what was seen and what arrives, in a stable order, keeping only ids that exist in
/// the module now (so a forged or stale id cannot grow the row without bound).
pub fn merge_seen(module: &Module, stored: &[String], incoming: &[String]) -> Vec<String> {
    let known: BTreeSet<&str> = stored.iter().chain(incoming).map(String::as_str).collect();
    module
        .item_ids()
        .filter(|id| known.contains(id))
        .map(str::to_owned)
        .collect()
}

/// Ids in `incoming` that are not items of the module: the API refuses those (422).
pub fn unknown_items<'a>(module: &Module, incoming: &'a [String]) -> Vec<&'a str> {
    let ids: BTreeSet<&str> = module.item_ids().collect();
    incoming
        .iter()
        .map(String::as_str)
        .filter(|id| !ids.contains(id))
        .collect()
}

/// Whether an answer may be given in `attempt`: any attempt up to the one after the highest that
/// already has answers (a phone that finished attempt 1 offline and went on with attempt 2 may
/// deliver them in any order), and at most 100.
pub fn attempt_allowed(attempt: u32, highest_with_answers: u32) -> bool {
    (1..=100).contains(&attempt) && attempt <= highest_with_answers + 1
}

/// The attempt to answer in now: the highest with answers, or the next one if that one is
/// finished without passing. After a pass it stays at the passed attempt.
pub fn current_attempt(highest_with_answers: u32, highest_finished: Option<(u32, bool)>) -> u32 {
    match highest_finished {
        Some((n, false)) if n >= highest_with_answers => n + 1,
        _ => highest_with_answers.max(1),
    }
}

/// Facts about one learner in one module, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LearnerFacts {
    pub passed: bool,
    pub seen_any: bool,
    /// Finished attempts that did not pass.
    pub failed_attempts: u32,
    /// The current attempt's answers so far.
    pub current_answered: u32,
    pub current_correct: u32,
}

/// How many wrong answers in the current attempt make "needs help" before it is finished.
pub const NEEDS_HELP_MIN_ANSWERED: u32 = 3;

/// Not started, in progress, completed (passed), or needs help: a finished attempt below the pass
/// mark without a pass since, or at least [`NEEDS_HELP_MIN_ANSWERED`] answers of which fewer than
/// half are right. Trainers see it on the dashboard; nobody else does.
pub fn learner_state(facts: &LearnerFacts) -> LearnerState {
    if facts.passed {
        LearnerState::Completed
    } else if facts.failed_attempts > 0
        || (facts.current_answered >= NEEDS_HELP_MIN_ANSWERED
            && facts.current_correct * 2 < facts.current_answered)
    {
        LearnerState::NeedsHelp
    } else if facts.seen_any || facts.current_answered > 0 {
        LearnerState::InProgress
    } else {
        LearnerState::NotStarted
    }
}

/// Where to continue: the first item (in today's order) that is neither seen nor an answered
/// question. `None` when everything is done. Reordering moves the resume point with the items.
pub fn resume_point(
    module: &Module,
    seen: &[String],
    answered: &[String],
) -> Option<(usize, usize)> {
    module.lessons.iter().enumerate().find_map(|(l, lesson)| {
        lesson.items.iter().enumerate().find_map(|(i, item)| {
            let done = match item.content {
                ItemContent::Question(_) => answered.contains(&item.id),
                _ => seen.contains(&item.id),
            };
            (!done).then_some((l, i))
        })
    })
}

/// Whether a due date (YYYY-MM-DD) has passed on local date `today` without completion.
pub fn overdue(due_on: Option<&str>, today: &str, state: LearnerState) -> bool {
    state != LearnerState::Completed && due_on.is_some_and(|due| due < today)
}

/// One recorded answer, for the per-question figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerFact<'a> {
    pub question_id: &'a str,
    pub correct: bool,
}

/// Per question of the module (in today's order): how many answers (first per attempt) and how
/// many were right. Answers to removed questions are left out.
pub fn question_stats<'a>(
    module: &Module,
    language: &str,
    answers: impl IntoIterator<Item = AnswerFact<'a>>,
) -> Vec<QuestionStat> {
    let answers: Vec<AnswerFact<'a>> = answers.into_iter().collect();
    let src = module.source_language.as_str();
    module
        .questions()
        .map(|(lesson, item, q)| {
            let mine = answers.iter().filter(|a| a.question_id == item.id);
            let (answered, correct) =
                mine.fold((0u32, 0u32), |(n, c), a| (n + 1, c + u32::from(a.correct)));
            QuestionStat {
                question_id: item.id.clone(),
                lesson_title: pick(&lesson.title, language, src),
                prompt: pick(&q.prompt, language, src),
                answered,
                correct,
                percent_correct: (answered > 0).then(|| percent(correct, answered)),
            }
        })
        .collect()
}

/// The dashboard's totals from `(state, overdue)` per learner.
pub fn count_states(rows: impl IntoIterator<Item = (LearnerState, bool)>) -> StateCounts {
    let mut counts = StateCounts::default();
    for (state, overdue) in rows {
        match state {
            LearnerState::NotStarted => counts.not_started += 1,
            LearnerState::InProgress => counts.in_progress += 1,
            LearnerState::Completed => counts.completed += 1,
            LearnerState::NeedsHelp => counts.needs_help += 1,
        }
        counts.overdue += u32::from(overdue);
    }
    counts
}

/// The facts for [`learner_state`] from a score of the current attempt.
pub fn facts_from(
    passed: bool,
    seen_any: bool,
    failed_attempts: u32,
    current: &AttemptScore,
) -> LearnerFacts {
    LearnerFacts {
        passed,
        seen_any,
        failed_attempts,
        current_answered: current.answered,
        current_correct: current.correct,
    }
}
