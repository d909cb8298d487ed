//! The phone's side of a module: the player gets a [`ModuleView`] (one language), but grading and
//! "where to continue" are defined on the [`Module`] document. [`module_of`] turns the view back
//! into a one-language module so the phone runs exactly the rules the server runs
//! ([`super::scoring::grade`], [`super::progress::resume_point`], [`super::scoring::score_attempt`]).
//!
//! Answers and seen steps given offline wait in the write queue; [`apply_answer`] and
//! [`apply_seen`] fold them into the last progress the server sent, so a reload offline shows
//! everything the resident did, with the same merge rules the server applies on arrival.

use std::collections::BTreeMap;

use super::localize::{ItemViewContent, ModuleView, Text};
use super::model::{Choice, Item, ItemContent, Lesson, Module, ModuleStatus, Question, Texts};
use super::progress::{LearnerFacts, learner_state, merge_seen};
use super::scoring::{grade, score_attempt};
use super::wire::{AnswerInput, AttemptResult, LearnerState, ModuleProgress, RecordedAnswer};

fn texts(text: &Text) -> Texts {
    let mut map = BTreeMap::new();
    if !text.text.is_empty() {
        map.insert(text.lang.clone(), text.text.clone());
    }
    map
}

fn opt_texts(text: &Option<Text>) -> Texts {
    text.as_ref().map(texts).unwrap_or_default()
}

/// The question of a view's item, as the document has it (for [`grade`]).
pub fn question_of(content: &ItemViewContent) -> Option<Question> {
    let ItemViewContent::Question {
        kind,
        prompt,
        choices,
        explanation,
    } = content
    else {
        return None;
    };
    Some(Question {
        kind: *kind,
        prompt: texts(prompt),
        choices: choices
            .iter()
            .map(|c| Choice {
                id: c.id.clone(),
                label: texts(&c.label),
                image: c.image.clone(),
                correct: c.correct,
                feedback: opt_texts(&c.feedback),
            })
            .collect(),
        explanation: opt_texts(explanation),
    })
}

/// The view as a module document (texts keyed by the language each is in). Ids, order, kinds and
/// correct answers are the same as the server's document, which is all the rules look at.
pub fn module_of(view: &ModuleView) -> Module {
    Module {
        id: view.id.clone(),
        status: ModuleStatus::Published,
        competences: view.competences.clone(),
        level: view.level,
        minutes: view.minutes,
        pass_percent: view.pass_percent,
        source_language: view.title.lang.clone(),
        title: texts(&view.title),
        summary: texts(&view.summary),
        lessons: view
            .lessons
            .iter()
            .map(|l| Lesson {
                id: l.id.clone(),
                title: texts(&l.title),
                items: l
                    .items
                    .iter()
                    .map(|i| Item {
                        id: i.id.clone(),
                        audio: BTreeMap::new(),
                        content: match &i.content {
                            ItemViewContent::Text { text } => {
                                ItemContent::Text { text: texts(text) }
                            }
                            ItemViewContent::TryIt { text } => {
                                ItemContent::TryIt { text: texts(text) }
                            }
                            ItemViewContent::Image { src, alt, caption } => ItemContent::Image {
                                src: src.clone(),
                                alt: texts(alt),
                                caption: opt_texts(caption),
                            },
                            other => ItemContent::Question(
                                question_of(other).expect("only questions are left"),
                            ),
                        },
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A small, stable hash (FNV-1a): the same question shows the same shuffle on every visit.
fn hash(seed: &str) -> u64 {
    seed.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The order an `Order` question starts in: shuffled deterministically by `seed` (question id and
/// attempt), and never already correct (that would give the answer away).
pub fn order_start(correct_order: &[String], seed: &str) -> Vec<String> {
    let mut ids = correct_order.to_vec();
    let mut state = hash(seed);
    for i in (1..ids.len()).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        ids.swap(i, j);
    }
    if ids.len() > 1 && ids == correct_order {
        ids.rotate_left(1);
    }
    ids
}

/// The state of `progress` after its answers changed, as the server computes it.
fn restate(module: &Module, progress: &mut ModuleProgress) {
    let passed = progress.attempts.iter().any(|a| a.passed);
    let score = score_attempt(
        module,
        progress
            .answers
            .iter()
            .map(|a| (a.question_id.as_str(), a.correct)),
    );
    progress.state = learner_state(&LearnerFacts {
        passed,
        seen_any: !progress.seen.is_empty(),
        failed_attempts: progress.attempts.iter().filter(|a| !a.passed).count() as u32,
        current_answered: if passed { 0 } else { score.answered },
        current_correct: if passed { 0 } else { score.correct },
    });
}

/// Folds one answer (given on this phone, maybe still waiting in the queue) into `progress`: the
/// first answer per question and attempt counts, an answer for an older attempt changes nothing,
/// and an attempt whose questions are all answered is finished (the next one begins when it did
/// not pass). Returns whether the answer was correct, or `None` when it did not count.
pub fn apply_answer(
    module: &Module,
    progress: &mut ModuleProgress,
    question_id: &str,
    input: &AnswerInput,
) -> Option<bool> {
    if input.attempt != progress.attempt
        || progress.attempts.iter().any(|a| a.passed)
        || progress
            .answers
            .iter()
            .any(|a| a.question_id == question_id)
    {
        return None;
    }
    let correct = grade(module.question(question_id)?, &input.choices).ok()?;
    progress.answers.push(RecordedAnswer {
        question_id: question_id.to_owned(),
        attempt: input.attempt,
        choices: input.choices.clone(),
        correct,
    });
    let score = score_attempt(
        module,
        progress
            .answers
            .iter()
            .map(|a| (a.question_id.as_str(), a.correct)),
    );
    if score.finished {
        progress.attempts.push(AttemptResult {
            attempt: input.attempt,
            correct: score.correct,
            total: score.total,
            passed: score.passed,
            completed_at_ms: input.answered_at_ms as i64,
        });
        if !score.passed {
            progress.attempt += 1;
            progress.answers.clear();
        }
    }
    restate(module, progress);
    Some(correct)
}

/// Folds seen steps into `progress` (a set; unknown ids are dropped).
pub fn apply_seen(module: &Module, progress: &mut ModuleProgress, items: &[String]) {
    progress.seen = merge_seen(module, &progress.seen, items);
    restate(module, progress);
}

/// Progress before anything was recorded (a preview, or a first visit offline).
pub fn empty_progress(module_id: &str) -> ModuleProgress {
    ModuleProgress {
        module_id: module_id.to_owned(),
        attempt: 1,
        seen: Vec::new(),
        answers: Vec::new(),
        attempts: Vec::new(),
        state: LearnerState::NotStarted,
        certificate: None,
    }
}

/// The finished attempt the end screen reports: the passed one if any, else the latest.
pub fn last_result(progress: &ModuleProgress) -> Option<&AttemptResult> {
    progress
        .attempts
        .iter()
        .find(|a| a.passed)
        .or(progress.attempts.last())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learning::localize::localize;
    use crate::learning::model::QuestionKind;
    use crate::learning::progress::resume_point;

    fn t(s: &str) -> Texts {
        BTreeMap::from([("en".to_owned(), s.to_owned())])
    }

    fn choice(id: &str, correct: bool) -> Choice {
        Choice {
            id: id.into(),
            label: t(id),
            image: None,
            correct,
            feedback: t(&format!("because {id}")),
        }
    }

    fn question(id: &str, kind: QuestionKind, choices: Vec<Choice>) -> Item {
        Item {
            id: id.into(),
            audio: BTreeMap::new(),
            content: ItemContent::Question(Question {
                kind,
                prompt: t("?"),
                choices,
                explanation: t("why"),
            }),
        }
    }

    fn module() -> Module {
        Module {
            id: "mod-x".into(),
            status: ModuleStatus::Published,
            competences: vec!["4.2".into()],
            level: 1,
            minutes: 5,
            pass_percent: 50,
            source_language: "en".into(),
            title: t("Title"),
            summary: t("Sum"),
            lessons: vec![Lesson {
                id: "l1".into(),
                title: t("Lesson"),
                items: vec![
                    Item {
                        id: "s1".into(),
                        audio: BTreeMap::new(),
                        content: ItemContent::Text { text: t("Hello") },
                    },
                    question(
                        "q1",
                        QuestionKind::Single,
                        vec![choice("a", true), choice("b", false)],
                    ),
                    question(
                        "q2",
                        QuestionKind::Order,
                        vec![choice("x", false), choice("y", false), choice("z", false)],
                    ),
                ],
            }],
        }
    }

    fn answer(attempt: u32, choices: &[&str]) -> AnswerInput {
        AnswerInput {
            attempt,
            choices: choices.iter().map(|c| c.to_string()).collect(),
            answered_at_ms: 1000.0,
        }
    }

    #[test]
    fn the_view_grades_like_the_document() {
        let doc = module();
        let back = module_of(&localize(&doc, 3, "ar"));
        for (_, item, q) in doc.questions() {
            let mine = back.question(&item.id).unwrap();
            assert_eq!(mine.kind, q.kind);
            for picked in [
                vec!["a"],
                vec!["b"],
                vec!["x", "y", "z"],
                vec!["z", "y", "x"],
            ] {
                let picked: Vec<String> = picked.into_iter().map(String::from).collect();
                assert_eq!(grade(mine, &picked), grade(q, &picked));
            }
        }
        assert_eq!(
            resume_point(&back, &["s1".into()], &[]),
            resume_point(&doc, &["s1".into()], &[])
        );
    }

    #[test]
    fn order_starts_shuffled_and_never_correct() {
        let ids: Vec<String> = ["x", "y", "z"].iter().map(|s| s.to_string()).collect();
        for seed in ["q1#1", "q1#2", "q2#1", "", "abc"] {
            let start = order_start(&ids, seed);
            assert_ne!(start, ids, "seed {seed}");
            let mut sorted = start.clone();
            sorted.sort();
            assert_eq!(sorted, ids);
            assert_eq!(start, order_start(&ids, seed), "stable");
        }
        let two: Vec<String> = vec!["a".into(), "b".into()];
        assert_eq!(order_start(&two, "q"), vec!["b".to_owned(), "a".to_owned()]);
    }

    #[test]
    fn a_failed_attempt_starts_the_next_and_a_pass_stays() {
        let doc = module();
        let mut p = empty_progress("mod-x");
        assert_eq!(
            apply_answer(&doc, &mut p, "q1", &answer(1, &["b"])),
            Some(false)
        );
        // A second answer to the same question in the same attempt does not count.
        assert_eq!(apply_answer(&doc, &mut p, "q1", &answer(1, &["a"])), None);
        assert_eq!(
            apply_answer(&doc, &mut p, "q2", &answer(1, &["y", "x", "z"])),
            Some(false)
        );
        assert_eq!(p.attempt, 2);
        assert!(p.answers.is_empty());
        assert_eq!(p.attempts.len(), 1);
        assert!(!p.attempts[0].passed);
        assert_eq!(p.state, LearnerState::NeedsHelp);
        // A late replay of attempt 1 changes nothing.
        assert_eq!(apply_answer(&doc, &mut p, "q1", &answer(1, &["a"])), None);
        assert_eq!(
            apply_answer(&doc, &mut p, "q1", &answer(2, &["a"])),
            Some(true)
        );
        assert_eq!(p.state, LearnerState::NeedsHelp);
        assert_eq!(
            apply_answer(&doc, &mut p, "q2", &answer(2, &["x", "y", "z"])),
            Some(true)
        );
        assert_eq!(p.attempt, 2);
        assert_eq!(p.state, LearnerState::Completed);
        assert_eq!(
            last_result(&p).map(|a| (a.correct, a.passed)),
            Some((2, true))
        );
        assert_eq!(apply_answer(&doc, &mut p, "q1", &answer(3, &["a"])), None);
    }

    #[test]
    fn seen_is_a_set_of_known_items() {
        let doc = module();
        let mut p = empty_progress("mod-x");
        apply_seen(&doc, &mut p, &["s1".into(), "nope".into()]);
        apply_seen(&doc, &mut p, &["s1".into()]);
        assert_eq!(p.seen, vec!["s1".to_owned()]);
        assert_eq!(p.state, LearnerState::InProgress);
    }

    #[test]
    fn invalid_answers_do_not_count() {
        let doc = module();
        let mut p = empty_progress("mod-x");
        assert_eq!(
            apply_answer(&doc, &mut p, "q1", &answer(1, &["a", "b"])),
            None
        );
        assert_eq!(apply_answer(&doc, &mut p, "q9", &answer(1, &["a"])), None);
        assert!(p.answers.is_empty());
    }
}
