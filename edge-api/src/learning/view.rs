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

pub struct Finish {
    pub record_attempt: bool,
    pub issue_certificate: bool,
    pub correct: u32,
    pub total: u32,
    pub passed: bool,
}

/// What is still to be written when `attempt` is finished: its attempt row (unless stored), and a
/// certificate when it passed and there is none yet. A request that died between the answer and
/// these writes is repaired by the next answer or replay. `None` when nothing is to be done.
pub fn finishing(module: &Module, stored: &Stored, attempt: u32) -> Option<Finish> {
    let score = score_attempt(
        module,
        stored
            .answers
            .iter()
            .filter(|a| a.attempt == attempt)
            .map(|a| (a.question_id.as_str(), a.correct == 1)),
    );
    if !score.finished {
        return None;
    }
    let recorded = stored.attempts.iter().find(|a| a.attempt == attempt);
    // A recorded attempt keeps its verdict, even if the module changed since.
    let passed = recorded.map_or(score.passed, |a| a.passed == 1);
    let finish = Finish {
        record_attempt: recorded.is_none(),
        issue_certificate: passed && stored.certificate.is_none(),
        correct: score.correct,
        total: score.total,
        passed,
    };
    (finish.record_attempt || finish.issue_certificate).then_some(finish)
}

#[cfg(test)]
mod tests {
    use wegwijs_shared::learning::{
        Choice, Item, ItemContent, Lesson, ModuleStatus, Question, QuestionKind,
    };

    use super::*;

    fn texts(en: &str) -> Texts {
        [("en".to_owned(), en.to_owned())].into_iter().collect()
    }

    fn question(id: &str) -> Item {
        let choice = |id: &str, correct| Choice {
            id: id.into(),
            label: texts(id),
            image: None,
            correct,
            feedback: Texts::new(),
        };
        Item {
            id: id.into(),
            audio: Texts::new(),
            content: ItemContent::Question(Question {
                kind: QuestionKind::Single,
                prompt: texts("?"),
                choices: vec![choice("a", true), choice("b", false)],
                explanation: Texts::new(),
            }),
        }
    }

    fn step(id: &str) -> Item {
        Item {
            id: id.into(),
            audio: Texts::new(),
            content: ItemContent::Text { text: texts(id) },
        }
    }

    /// Four questions, pass mark 75 %: three right pass.
    fn module() -> Module {
        Module {
            id: "mod-t".into(),
            status: ModuleStatus::Published,
            competences: vec!["4.2".into()],
            level: 1,
            minutes: 10,
            pass_percent: 75,
            source_language: "en".into(),
            title: texts("T"),
            summary: Texts::new(),
            lessons: vec![Lesson {
                id: "l".into(),
                title: texts("L"),
                items: vec![
                    step("s1"),
                    question("q1"),
                    question("q2"),
                    step("s2"),
                    question("q3"),
                    question("q4"),
                ],
            }],
        }
    }

    fn answer(attempt: u32, q: &str, correct: bool) -> AnswerRow {
        AnswerRow {
            module_id: "mod-t".into(),
            attempt,
            question_id: q.into(),
            choices: if correct { r#"["a"]"# } else { r#"["b"]"# }.into(),
            correct: u8::from(correct),
        }
    }

    fn attempt(n: u32, correct: u32, passed: bool) -> AttemptRow {
        AttemptRow {
            module_id: "mod-t".into(),
            attempt: n,
            correct,
            total: 4,
            passed: u8::from(passed),
            completed_at: 1.0,
        }
    }

    fn certificate() -> CertificateRow {
        CertificateRow {
            code: "AAAA-BBBB-CCCC".into(),
            module_id: "mod-t".into(),
            level: 1,
            competences: r#"["4.2"]"#.into(),
            title: "T".into(),
            issued_on: "2026-12-01".into(),
            titles: Some(r#"{"en":"T (edited)","ar":"ت"}"#.into()),
            source_language: "en".into(),
        }
    }

    fn all(attempt: u32, right: [bool; 4]) -> Vec<AnswerRow> {
        ["q1", "q2", "q3", "q4"]
            .iter()
            .zip(right)
            .map(|(q, ok)| answer(attempt, q, ok))
            .collect()
    }

    #[test]
    fn an_unfinished_attempt_needs_nothing_written() {
        let stored = Stored {
            answers: vec![answer(1, "q1", true), answer(1, "q3", true)],
            ..Stored::default()
        };
        assert!(finishing(&module(), &stored, 1).is_none());
    }

    #[test]
    fn a_finished_pass_records_the_attempt_and_a_certificate() {
        let stored = Stored {
            answers: all(1, [true, true, true, false]),
            ..Stored::default()
        };
        let f = finishing(&module(), &stored, 1).expect("finished");
        assert!(f.record_attempt && f.issue_certificate && f.passed);
        assert_eq!((f.correct, f.total), (3, 4));
    }

    #[test]
    fn a_finished_fail_records_the_attempt_only_and_once() {
        let mut stored = Stored {
            answers: all(1, [true, true, false, false]),
            ..Stored::default()
        };
        let f = finishing(&module(), &stored, 1).expect("finished");
        assert!(f.record_attempt && !f.issue_certificate && !f.passed);
        stored.attempts.push(attempt(1, 2, false));
        assert!(
            finishing(&module(), &stored, 1).is_none(),
            "already recorded"
        );
    }

    #[test]
    fn a_pass_recorded_without_its_certificate_is_repaired() {
        // The request died between the attempt row and the certificate.
        let stored = Stored {
            answers: all(1, [true; 4]),
            attempts: vec![attempt(1, 4, true)],
            ..Stored::default()
        };
        let f = finishing(&module(), &stored, 1).expect("repair");
        assert!(!f.record_attempt && f.issue_certificate);
    }

    #[test]
    fn a_recorded_attempt_keeps_its_verdict_after_the_module_changed() {
        // Recorded as failed; with a question removed since, a re-score would pass.
        let mut m = module();
        m.lessons[0].items.retain(|i| i.id != "q4");
        let stored = Stored {
            answers: all(1, [true, true, true, false]),
            attempts: vec![attempt(1, 3, false)],
            ..Stored::default()
        };
        assert!(finishing(&m, &stored, 1).is_none());
    }

    #[test]
    fn a_later_pass_does_not_issue_a_second_certificate() {
        let stored = Stored {
            answers: [all(1, [true; 4]), all(2, [true; 4])].concat(),
            attempts: vec![attempt(1, 4, true)],
            certificate: Some(certificate()),
            ..Stored::default()
        };
        let f = finishing(&module(), &stored, 2).expect("attempt 2 is recorded");
        assert!(f.record_attempt && f.passed && !f.issue_certificate);
    }

    #[test]
    fn progress_shows_the_current_attempt_in_todays_order() {
        let stored = Stored {
            seen: vec!["s2".into(), "gone".into(), "s1".into()],
            answers: [
                all(1, [false, false, true, false]),
                vec![answer(2, "q3", true), answer(2, "q1", false)],
                vec![answer(2, "removed-question", true)],
            ]
            .concat(),
            attempts: vec![attempt(1, 1, false)],
            certificate: None,
        };
        let p = module_progress(&module(), &stored, None).unwrap();
        assert_eq!(p.attempt, 2);
        assert_eq!(p.seen, ["s1", "s2"], "module order; unknown ids dropped");
        let answered: Vec<(&str, bool)> = p
            .answers
            .iter()
            .map(|a| (a.question_id.as_str(), a.correct))
            .collect();
        assert_eq!(answered, [("q1", false), ("q3", true)]);
        assert_eq!(p.answers[0].choices, ["b"]);
        assert_eq!(p.state, LearnerState::NeedsHelp, "a failed attempt");
        assert_eq!(p.attempts.len(), 1);
        assert!(p.certificate.is_none());
    }

    #[test]
    fn after_a_pass_progress_stays_on_the_passed_attempt() {
        let stored = Stored {
            answers: all(1, [true; 4]),
            attempts: vec![attempt(1, 4, true)],
            certificate: Some(certificate()),
            ..Stored::default()
        };
        let p = module_progress(&module(), &stored, Some("ar")).unwrap();
        assert_eq!((p.attempt, p.state), (1, LearnerState::Completed));
        let cert = p.certificate.unwrap();
        assert_eq!(
            (cert.title.text.as_str(), cert.title.lang.as_str()),
            ("ت", "ar")
        );
        assert_eq!(cert.competences, ["4.2"]);
        let now = standing(&module(), &stored);
        assert_eq!((now.score.answered, now.score.total), (4, 4));
    }

    #[test]
    fn nothing_stored_is_not_started() {
        let now = standing(&module(), &Stored::default());
        assert_eq!((now.attempt, now.state), (1, LearnerState::NotStarted));
    }
}
