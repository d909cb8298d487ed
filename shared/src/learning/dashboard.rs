//! The trainer's dashboard for one module at one location, assembled from the stored rows with the
//! rules of [`super::progress`] and [`super::scoring`]. The Worker reads the rows in one batch and
//! calls [`build`]; everything that decides a number is here and tested natively.

use super::localize::pick;
use super::model::Module;
use super::progress::{
    AnswerFact, count_states, current_attempt, facts_from, learner_state, overdue, question_stats,
};
use super::scoring::{percent, score_attempt};
use super::wire::{Dashboard, LearnerRow};

/// A resident the dashboard lists (assigned, or with any progress), in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnerIn {
    pub account_id: String,
    pub display_name: String,
    pub assigned: bool,
    /// The earliest due date among the assignments that reach them.
    pub due_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeenIn {
    pub account_id: String,
    pub seen: Vec<String>,
    pub updated_at_ms: i64,
}

/// One stored answer (the first per question and attempt).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerIn {
    pub account_id: String,
    pub attempt: u32,
    pub question_id: String,
    pub correct: bool,
    pub received_at_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptIn {
    pub account_id: String,
    pub attempt: u32,
    pub correct: u32,
    pub total: u32,
    pub passed: bool,
    pub completed_at_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateIn {
    pub account_id: String,
    pub issued_on: String,
    pub issued_at_ms: i64,
}

/// Everything stored about one module at one location.
pub struct DashboardIn<'a> {
    pub module: &'a Module,
    pub location_id: &'a str,
    pub language: &'a str,
    /// The location's local date (YYYY-MM-DD), for "overdue".
    pub today: &'a str,
    pub learners: &'a [LearnerIn],
    pub seen: &'a [SeenIn],
    /// Answers of the location's current residents only.
    pub answers: &'a [AnswerIn],
    pub attempts: &'a [AttemptIn],
    pub certificates: &'a [CertificateIn],
}

fn row(input: &DashboardIn<'_>, learner: &LearnerIn) -> LearnerRow {
    let me = learner.account_id.as_str();
    let module = input.module;
    let answers: Vec<&AnswerIn> = input
        .answers
        .iter()
        .filter(|a| a.account_id == me)
        .collect();
    let attempts: Vec<&AttemptIn> = input
        .attempts
        .iter()
        .filter(|a| a.account_id == me)
        .collect();
    let seen = input.seen.iter().find(|s| s.account_id == me);
    let certificate = input.certificates.iter().find(|c| c.account_id == me);

    let highest_with_answers = answers.iter().map(|a| a.attempt).max().unwrap_or(0);
    let highest_finished = attempts
        .iter()
        .max_by_key(|a| a.attempt)
        .map(|a| (a.attempt, a.passed));
    let current = current_attempt(highest_with_answers, highest_finished);
    let score = score_attempt(
        module,
        answers
            .iter()
            .filter(|a| a.attempt == current)
            .map(|a| (a.question_id.as_str(), a.correct)),
    );
    let passed = certificate.is_some() || attempts.iter().any(|a| a.passed);
    let failed = attempts.iter().filter(|a| !a.passed).count() as u32;
    let seen_any = seen.is_some_and(|s| !s.seen.is_empty());
    let state = learner_state(&facts_from(passed, seen_any, failed, &score));
    let last_activity_ms = answers
        .iter()
        .map(|a| a.received_at_ms)
        .chain(attempts.iter().map(|a| a.completed_at_ms))
        .chain(seen.map(|s| s.updated_at_ms))
        .chain(certificate.map(|c| c.issued_at_ms))
        .max();
    LearnerRow {
        account_id: learner.account_id.clone(),
        display_name: learner.display_name.clone(),
        state,
        assigned: learner.assigned,
        due_on: learner.due_on.clone(),
        overdue: overdue(learner.due_on.as_deref(), input.today, state),
        attempts: attempts.len() as u32,
        answered: score.answered,
        questions: module.question_count(),
        best_percent: attempts.iter().map(|a| percent(a.correct, a.total)).max(),
        completed_on: certificate.map(|c| c.issued_on.clone()),
        last_activity_ms,
    }
}

pub fn build(input: &DashboardIn<'_>) -> Dashboard {
    let learners: Vec<LearnerRow> = input.learners.iter().map(|l| row(input, l)).collect();
    let questions = question_stats(
        input.module,
        input.language,
        input.answers.iter().map(|a| AnswerFact {
            question_id: &a.question_id,
            correct: a.correct,
        }),
    );
    let counts = count_states(learners.iter().map(|l| (l.state, l.overdue)));
    Dashboard {
        module_id: input.module.id.clone(),
        title: pick(
            &input.module.title,
            input.language,
            &input.module.source_language,
        ),
        location_id: input.location_id.to_owned(),
        learners,
        questions,
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learning::model::{
        Choice, Item, ItemContent, Lesson, ModuleStatus, Question, QuestionKind, Texts,
    };
    use crate::learning::wire::LearnerState;

    fn texts(en: &str) -> Texts {
        [("en".to_owned(), en.to_owned())].into()
    }

    fn question(id: &str) -> Item {
        Item {
            id: id.into(),
            audio: Texts::new(),
            content: ItemContent::Question(Question {
                kind: QuestionKind::TrueFalse,
                prompt: texts(&format!("Prompt {id}")),
                choices: ["true", "false"]
                    .into_iter()
                    .map(|c| Choice {
                        id: c.into(),
                        label: Texts::new(),
                        image: None,
                        correct: c == "true",
                        feedback: Texts::new(),
                    })
                    .collect(),
                explanation: Texts::new(),
            }),
        }
    }

    /// Four questions, pass mark 75 %.
    fn module() -> Module {
        Module {
            id: "mod-t".into(),
            status: ModuleStatus::Published,
            competences: vec!["4.2".into()],
            level: 1,
            minutes: 10,
            pass_percent: 75,
            source_language: "en".into(),
            title: [("en".into(), "Safe".into()), ("ar".into(), "آمن".into())].into(),
            summary: Texts::new(),
            lessons: vec![Lesson {
                id: "l1".into(),
                title: texts("Lesson"),
                items: vec![
                    Item {
                        id: "t1".into(),
                        audio: Texts::new(),
                        content: ItemContent::Text {
                            text: texts("Read"),
                        },
                    },
                    question("q1"),
                    question("q2"),
                    question("q3"),
                    question("q4"),
                ],
            }],
        }
    }

    fn learner(id: &str, due: Option<&str>) -> LearnerIn {
        LearnerIn {
            account_id: id.into(),
            display_name: id.to_uppercase(),
            assigned: due.is_some(),
            due_on: due.map(str::to_owned),
        }
    }

    fn answer(who: &str, attempt: u32, q: &str, correct: bool) -> AnswerIn {
        AnswerIn {
            account_id: who.into(),
            attempt,
            question_id: q.into(),
            correct,
            received_at_ms: 100 + i64::from(attempt),
        }
    }

    fn attempt(who: &str, n: u32, correct: u32, passed: bool) -> AttemptIn {
        AttemptIn {
            account_id: who.into(),
            attempt: n,
            correct,
            total: 4,
            passed,
            completed_at_ms: 200 + i64::from(n),
        }
    }

    #[test]
    fn states_overdue_and_question_figures() {
        let m = module();
        let learners = [
            learner("a", Some("2026-11-01")), // nothing yet, overdue
            learner("b", Some("2026-11-01")), // passed: never overdue
            learner("c", None),               // failed attempt 1, on attempt 2
            learner("d", Some("2026-12-31")), // seen a step only
            learner("e", None),               // three answers, two wrong
        ];
        let answers = [
            answer("b", 1, "q1", true),
            answer("b", 1, "q2", true),
            answer("b", 1, "q3", true),
            answer("b", 1, "q4", false),
            answer("c", 1, "q1", false),
            answer("c", 1, "q2", false),
            answer("c", 1, "q3", true),
            answer("c", 1, "q4", false),
            answer("c", 2, "q1", true),
            answer("e", 1, "q1", false),
            answer("e", 1, "q2", false),
            answer("e", 1, "q3", true),
            // A question the trainer removed since: not counted anywhere.
            answer("e", 1, "gone", true),
        ];
        let attempts = [attempt("b", 1, 3, true), attempt("c", 1, 1, false)];
        let certificates = [CertificateIn {
            account_id: "b".into(),
            issued_on: "2026-11-20".into(),
            issued_at_ms: 300,
        }];
        let seen = [SeenIn {
            account_id: "d".into(),
            seen: vec!["t1".into()],
            updated_at_ms: 50,
        }];
        let d = build(&DashboardIn {
            module: &m,
            location_id: "loc-zwolle",
            language: "ar",
            today: "2026-11-30",
            learners: &learners,
            seen: &seen,
            answers: &answers,
            attempts: &attempts,
            certificates: &certificates,
        });
        assert_eq!(d.title.text, "آمن");
        let by = |id: &str| d.learners.iter().find(|l| l.account_id == id).unwrap();
        let states: Vec<LearnerState> = d.learners.iter().map(|l| l.state).collect();
        assert_eq!(
            states,
            [
                LearnerState::NotStarted,
                LearnerState::Completed,
                LearnerState::NeedsHelp,
                LearnerState::InProgress,
                LearnerState::NeedsHelp,
            ]
        );
        assert!(by("a").overdue);
        assert!(!by("b").overdue && !by("c").overdue && !by("d").overdue);
        assert_eq!(by("a").last_activity_ms, None);
        assert_eq!(by("b").completed_on.as_deref(), Some("2026-11-20"));
        assert_eq!(by("b").best_percent, Some(75));
        assert_eq!(by("b").last_activity_ms, Some(300));
        assert_eq!((by("b").answered, by("b").questions), (4, 4));
        // Attempt 1 failed: c now answers attempt 2, one answer so far.
        assert_eq!((by("c").attempts, by("c").answered), (1, 1));
        assert_eq!(by("c").best_percent, Some(25));
        assert_eq!(by("e").answered, 3);
        assert_eq!(by("d").last_activity_ms, Some(50));

        let q: Vec<(u32, u32, Option<u32>)> = d
            .questions
            .iter()
            .map(|q| (q.answered, q.correct, q.percent_correct))
            .collect();
        assert_eq!(
            q,
            [
                (4, 2, Some(50)), // b ✓, c1 ✗, c2 ✓, e ✗
                (3, 1, Some(33)),
                (3, 3, Some(100)),
                (2, 0, Some(0)),
            ]
        );
        assert_eq!(d.questions[0].prompt.text, "Prompt q1");
        assert_eq!(d.questions[0].prompt.lang, "en", "falls back to the source");

        assert_eq!(d.counts.not_started, 1);
        assert_eq!(d.counts.completed, 1);
        assert_eq!(d.counts.in_progress, 1);
        assert_eq!(d.counts.needs_help, 2);
        assert_eq!(d.counts.overdue, 1);
    }

    #[test]
    fn a_pass_without_a_certificate_yet_still_counts_as_completed() {
        let m = module();
        let learners = [learner("x", Some("2026-01-01"))];
        let attempts = [attempt("x", 1, 4, true)];
        let d = build(&DashboardIn {
            module: &m,
            location_id: "l",
            language: "en",
            today: "2026-11-30",
            learners: &learners,
            seen: &[],
            answers: &[],
            attempts: &attempts,
            certificates: &[],
        });
        assert_eq!(d.learners[0].state, LearnerState::Completed);
        assert!(!d.learners[0].overdue);
        assert_eq!(d.learners[0].completed_on, None);
        assert!(d.questions.iter().all(|q| q.percent_correct.is_none()));
    }
}
