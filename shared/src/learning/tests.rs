//! Native tests of the learning rules: grading each question kind, the pass mark, attempts that
//! arrive replayed or out of order, reordering mid-lesson, learner states, per-question figures,
//! certificate codes, validation and language fallback.

use std::collections::BTreeMap;

use super::certificate::{self, CodeError};
use super::localize::{ItemViewContent, complete_languages, localize, pick};
use super::model::*;
use super::progress::*;
use super::scoring::*;
use super::validate::validate;
use super::wire::LearnerState;
use crate::crockford;

fn tx(pairs: &[(&str, &str)]) -> Texts {
    pairs
        .iter()
        .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
        .collect()
}

fn en(text: &str) -> Texts {
    tx(&[("en", text)])
}

fn choice(id: &str, correct: bool) -> Choice {
    Choice {
        id: id.into(),
        label: en(&format!("label {id}")),
        image: None,
        correct,
        feedback: en(&format!("feedback {id}")),
    }
}

fn question(id: &str, kind: QuestionKind, choices: Vec<Choice>) -> Item {
    Item {
        id: id.into(),
        audio: BTreeMap::new(),
        content: ItemContent::Question(Question {
            kind,
            prompt: en(&format!("prompt {id}")),
            choices,
            explanation: Texts::new(),
        }),
    }
}

fn step(id: &str) -> Item {
    Item {
        id: id.into(),
        audio: BTreeMap::new(),
        content: ItemContent::Text {
            text: en(&format!("text {id}")),
        },
    }
}

/// Two lessons: s1, q-single, q-multi | s2, q-tf, q-order, q-pic.
fn module() -> Module {
    let mut pic_a = choice("a", true);
    pic_a.image = Some("/learning/x/a.svg".into());
    let mut pic_b = choice("b", false);
    pic_b.image = Some("/learning/x/b.svg".into());
    let mut t = choice("true", false);
    t.label = Texts::new();
    let mut f = choice("false", true);
    f.label = Texts::new();
    Module {
        id: "mod-test".into(),
        status: ModuleStatus::Published,
        competences: vec!["4.2".into()],
        level: 1,
        minutes: 10,
        pass_percent: 75,
        source_language: "en".into(),
        title: tx(&[("en", "Test"), ("ar", "اختبار")]),
        summary: en("A test module"),
        lessons: vec![
            Lesson {
                id: "l1".into(),
                title: en("One"),
                items: vec![
                    step("s1"),
                    question(
                        "q-single",
                        QuestionKind::Single,
                        vec![choice("a", false), choice("b", true), choice("c", false)],
                    ),
                    question(
                        "q-multi",
                        QuestionKind::Multiple,
                        vec![choice("a", true), choice("b", false), choice("c", true)],
                    ),
                ],
            },
            Lesson {
                id: "l2".into(),
                title: en("Two"),
                items: vec![
                    step("s2"),
                    question("q-tf", QuestionKind::TrueFalse, vec![t, f]),
                    question(
                        "q-order",
                        QuestionKind::Order,
                        vec![
                            choice("first", false),
                            choice("second", false),
                            choice("third", false),
                        ],
                    ),
                    question("q-pic", QuestionKind::Picture, vec![pic_a, pic_b]),
                ],
            },
        ],
    }
}

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn grades_every_kind() {
    let m = module();
    assert_eq!(grade_in(&m, "q-single", &ids(&["b"])), Ok(true));
    assert_eq!(grade_in(&m, "q-single", &ids(&["a"])), Ok(false));
    assert_eq!(grade_in(&m, "q-multi", &ids(&["c", "a"])), Ok(true));
    assert_eq!(
        grade_in(&m, "q-multi", &ids(&["a"])),
        Ok(false),
        "a subset is wrong"
    );
    assert_eq!(
        grade_in(&m, "q-multi", &ids(&["a", "b", "c"])),
        Ok(false),
        "a superset is wrong"
    );
    assert_eq!(grade_in(&m, "q-tf", &ids(&["false"])), Ok(true));
    assert_eq!(grade_in(&m, "q-tf", &ids(&["true"])), Ok(false));
    assert_eq!(
        grade_in(&m, "q-order", &ids(&["first", "second", "third"])),
        Ok(true)
    );
    assert_eq!(
        grade_in(&m, "q-order", &ids(&["second", "first", "third"])),
        Ok(false)
    );
    assert_eq!(grade_in(&m, "q-pic", &ids(&["a"])), Ok(true));
}

#[test]
fn refuses_answers_that_do_not_fit() {
    let m = module();
    assert_eq!(
        grade_in(&m, "q-nope", &ids(&["a"])),
        Err(AnswerError::UnknownQuestion)
    );
    assert_eq!(
        grade_in(&m, "s1", &ids(&["a"])),
        Err(AnswerError::UnknownQuestion),
        "a step is no question"
    );
    assert_eq!(
        grade_in(&m, "q-single", &ids(&["z"])),
        Err(AnswerError::UnknownChoice("z".into()))
    );
    assert_eq!(
        grade_in(&m, "q-single", &ids(&["a", "b"])),
        Err(AnswerError::OneChoiceExpected)
    );
    assert_eq!(grade_in(&m, "q-single", &[]), Err(AnswerError::NoChoice));
    assert_eq!(grade_in(&m, "q-multi", &[]), Err(AnswerError::NoChoice));
    assert_eq!(
        grade_in(&m, "q-multi", &ids(&["a", "a"])),
        Err(AnswerError::DuplicateChoice("a".into()))
    );
    assert_eq!(
        grade_in(&m, "q-order", &ids(&["first", "second"])),
        Err(AnswerError::IncompleteOrder(3))
    );
    assert_eq!(
        grade_in(&m, "q-order", &ids(&["first", "first", "third"])),
        Err(AnswerError::DuplicateChoice("first".into()))
    );
    assert_eq!(AnswerError::UnknownQuestion.code(), "unknown_question");
}

#[test]
fn pass_mark_is_exact() {
    assert!(passes(3, 4, 75));
    assert!(!passes(2, 3, 67), "66.6 % is below 67 %");
    assert!(passes(2, 3, 66));
    assert!(!passes(0, 0, 1), "nothing to pass");
    assert!(passes(5, 5, 100));
    assert!(!passes(4, 5, 100));
}

/// What the Worker does in SQL: the first answer per (attempt, question) counts.
fn apply(
    log: &mut BTreeMap<(u32, String), bool>,
    m: &Module,
    attempt: u32,
    q: &str,
    picked: &[&str],
) -> bool {
    let correct = grade_in(m, q, &ids(picked)).expect("valid answer");
    *log.entry((attempt, q.to_owned())).or_insert(correct)
}

fn attempt_score(log: &BTreeMap<(u32, String), bool>, m: &Module, attempt: u32) -> AttemptScore {
    score_attempt(
        m,
        log.iter()
            .filter(|((a, _), _)| *a == attempt)
            .map(|((_, q), ok)| (q.as_str(), *ok)),
    )
}

#[test]
fn replays_and_any_arrival_order_give_the_same_result() {
    let m = module();
    let answers: Vec<(&str, Vec<&str>)> = vec![
        ("q-single", vec!["b"]),
        ("q-multi", vec!["a"]),
        ("q-tf", vec!["false"]),
        ("q-order", vec!["first", "second", "third"]),
        ("q-pic", vec!["a"]),
    ];
    // Every rotation and its reverse, each delivered twice (a lost answer makes the queue resend).
    let mut finals = Vec::new();
    for start in 0..answers.len() {
        for reverse in [false, true] {
            let mut order: Vec<_> = answers
                .iter()
                .cycle()
                .skip(start)
                .take(answers.len())
                .collect();
            if reverse {
                order.reverse();
            }
            let mut log = BTreeMap::new();
            let mut finished_seen = 0;
            for (q, picked) in order.iter().flat_map(|a| [*a, *a]) {
                let before = attempt_score(&log, &m, 1).finished;
                apply(&mut log, &m, 1, q, picked);
                if !before && attempt_score(&log, &m, 1).finished {
                    finished_seen += 1;
                }
            }
            assert_eq!(finished_seen, 1, "the attempt finishes exactly once");
            finals.push(attempt_score(&log, &m, 1));
        }
    }
    assert!(finals.windows(2).all(|w| w[0] == w[1]));
    assert_eq!(
        finals[0],
        AttemptScore {
            correct: 4,
            answered: 5,
            total: 5,
            finished: true,
            passed: true
        }
    );
}

#[test]
fn a_second_try_never_changes_the_first_answer() {
    let m = module();
    let mut log = BTreeMap::new();
    assert!(!apply(&mut log, &m, 1, "q-single", &["a"]));
    assert!(
        !apply(&mut log, &m, 1, "q-single", &["b"]),
        "the wrong first answer stands"
    );
    assert!(
        apply(&mut log, &m, 2, "q-single", &["b"]),
        "a new attempt is a new start"
    );
}

#[test]
fn removed_questions_stop_counting_and_added_ones_must_be_answered() {
    let mut m = module();
    let answers = [
        ("q-single", true),
        ("q-multi", true),
        ("q-tf", true),
        ("q-order", true),
        ("q-pic", false),
    ];
    assert_eq!(score_attempt(&m, answers).correct, 4);
    // The trainer removes the picture question: the attempt is finished with 4 of 4.
    m.lessons[1].items.pop();
    let s = score_attempt(&m, answers);
    assert_eq!(
        (s.correct, s.total, s.finished, s.passed),
        (4, 4, true, true)
    );
    // And adds a new one: not finished until it is answered.
    m.lessons[0].items.push(question(
        "q-new",
        QuestionKind::Single,
        vec![choice("a", true), choice("b", false)],
    ));
    let s = score_attempt(&m, answers);
    assert_eq!((s.answered, s.total, s.finished), (4, 5, false));
}

#[test]
fn seen_steps_merge_as_a_set_in_document_order() {
    let m = module();
    let a = merge_seen(&m, &ids(&["s2"]), &ids(&["s1", "s2"]));
    let b = merge_seen(&m, &ids(&["s1", "s2"]), &ids(&["s2"]));
    assert_eq!(a, ids(&["s1", "s2"]));
    assert_eq!(a, b);
    assert_eq!(merge_seen(&m, &a, &a), a, "a replay changes nothing");
    assert_eq!(
        merge_seen(&m, &ids(&["gone"]), &ids(&["s1"])),
        ids(&["s1"]),
        "ids no longer in the module are dropped"
    );
    assert_eq!(unknown_items(&m, &ids(&["s1", "x", "q-tf"])), vec!["x"]);
}

#[test]
fn attempts_may_arrive_out_of_order_but_not_run_ahead() {
    assert!(attempt_allowed(1, 0));
    assert!(!attempt_allowed(2, 0));
    assert!(
        attempt_allowed(2, 1),
        "attempt 2 may arrive before attempt 1 is finished on the server"
    );
    assert!(attempt_allowed(1, 2), "a late answer of attempt 1");
    assert!(!attempt_allowed(0, 5));
    assert!(!attempt_allowed(101, 100));
    assert_eq!(current_attempt(0, None), 1);
    assert_eq!(current_attempt(1, None), 1);
    assert_eq!(
        current_attempt(1, Some((1, false))),
        2,
        "after a fail, the next attempt"
    );
    assert_eq!(
        current_attempt(1, Some((1, true))),
        1,
        "after a pass it stays"
    );
    assert_eq!(current_attempt(2, Some((1, false))), 2);
}

#[test]
fn resume_point_follows_items_when_a_trainer_reorders() {
    let mut m = module();
    let seen = ids(&["s1"]);
    let answered = ids(&["q-single"]);
    assert_eq!(
        resume_point(&m, &seen, &answered),
        Some((0, 2)),
        "q-multi is next"
    );
    // Move q-multi to the end of lesson 2 mid-lesson: the resident continues at s2's lesson,
    // nothing answered is asked again.
    let q = m.lessons[0].items.remove(2);
    m.lessons[1].items.push(q);
    assert_eq!(resume_point(&m, &seen, &answered), Some((1, 0)));
    let all = ids(&["s1", "s2"]);
    let done = ids(&["q-single", "q-multi", "q-tf", "q-order", "q-pic"]);
    assert_eq!(resume_point(&m, &all, &done), None);
}

#[test]
fn learner_states() {
    let f = |passed, seen_any, failed_attempts, current_answered, current_correct| LearnerFacts {
        passed,
        seen_any,
        failed_attempts,
        current_answered,
        current_correct,
    };
    assert_eq!(
        learner_state(&f(false, false, 0, 0, 0)),
        LearnerState::NotStarted
    );
    assert_eq!(
        learner_state(&f(false, true, 0, 0, 0)),
        LearnerState::InProgress
    );
    assert_eq!(
        learner_state(&f(false, false, 0, 2, 0)),
        LearnerState::InProgress,
        "too few answers to judge"
    );
    assert_eq!(
        learner_state(&f(false, false, 0, 3, 1)),
        LearnerState::NeedsHelp
    );
    assert_eq!(
        learner_state(&f(false, false, 0, 4, 2)),
        LearnerState::InProgress,
        "half right is fine"
    );
    assert_eq!(
        learner_state(&f(false, true, 1, 0, 0)),
        LearnerState::NeedsHelp,
        "failed once"
    );
    assert_eq!(
        learner_state(&f(true, true, 1, 0, 0)),
        LearnerState::Completed
    );
    assert!(overdue(
        Some("2026-11-27"),
        "2026-11-28",
        LearnerState::InProgress
    ));
    assert!(
        !overdue(Some("2026-11-28"), "2026-11-28", LearnerState::InProgress),
        "due today is not late"
    );
    assert!(!overdue(
        Some("2026-11-01"),
        "2026-11-28",
        LearnerState::Completed
    ));
    assert!(!overdue(None, "2026-11-28", LearnerState::NotStarted));
    let counts = count_states([
        (LearnerState::NotStarted, true),
        (LearnerState::Completed, false),
        (LearnerState::NeedsHelp, true),
    ]);
    assert_eq!(
        (
            counts.not_started,
            counts.completed,
            counts.needs_help,
            counts.in_progress,
            counts.overdue
        ),
        (1, 1, 1, 0, 2)
    );
}

#[test]
fn question_stats_count_each_answer_once_and_skip_removed_questions() {
    let m = module();
    let facts = [
        AnswerFact {
            question_id: "q-single",
            correct: true,
        },
        AnswerFact {
            question_id: "q-single",
            correct: false,
        },
        AnswerFact {
            question_id: "q-single",
            correct: false,
        },
        AnswerFact {
            question_id: "q-tf",
            correct: true,
        },
        AnswerFact {
            question_id: "q-removed",
            correct: true,
        },
    ];
    let stats = question_stats(&m, "ar", facts);
    assert_eq!(stats.len(), 5);
    assert_eq!(
        (
            stats[0].answered,
            stats[0].correct,
            stats[0].percent_correct
        ),
        (3, 1, Some(33))
    );
    assert_eq!(stats[1].percent_correct, None, "nobody answered q-multi");
    assert_eq!(stats[2].question_id, "q-tf");
    assert_eq!(stats[2].percent_correct, Some(100));
    assert_eq!(
        stats[0].prompt.lang, "en",
        "falls back to the source language"
    );
}

#[test]
fn certificate_codes_round_trip_and_forgive_typing() {
    let code = certificate::generate([1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(code.len(), 14);
    assert_eq!(code.matches('-').count(), 2);
    assert_eq!(certificate::normalize(&code), Ok(code.clone()));
    let sloppy = code.to_lowercase().replace('-', " ");
    assert_eq!(certificate::normalize(&sloppy), Ok(code.clone()));
    assert_eq!(
        certificate::normalize("0000-0000-0000"),
        Ok("0000-0000-0000".into())
    );
    assert_eq!(
        certificate::normalize("oooo-oooo-oooo"),
        Ok("0000-0000-0000".into()),
        "O reads as 0"
    );
    assert_eq!(
        certificate::normalize("0000-0000-000"),
        Err(CodeError::Length)
    );
    assert_eq!(
        certificate::normalize("0000-0000-000U"),
        Err(CodeError::Character('U'))
    );
    assert_eq!(
        certificate::normalize("<script>"),
        Err(CodeError::Character('<'))
    );
    assert_ne!(
        certificate::generate([9, 9, 9, 9, 9, 9, 9]),
        certificate::generate([9, 9, 9, 9, 9, 9, 8])
    );
}

#[test]
fn every_single_character_change_is_caught() {
    for seed in 0u8..8 {
        let code =
            certificate::generate([seed, seed.wrapping_mul(37), 200, 3, seed ^ 0x5a, 77, seed]);
        let chars: Vec<char> = code.chars().collect();
        for (i, original) in chars.iter().enumerate() {
            if *original == '-' {
                continue;
            }
            for replacement in (0..32).map(crockford::symbol).filter(|c| c != original) {
                let mut forged = chars.clone();
                forged[i] = replacement;
                let forged: String = forged.into_iter().collect();
                assert_eq!(
                    certificate::normalize(&forged),
                    Err(CodeError::Check),
                    "{forged}"
                );
            }
        }
    }
}

#[test]
fn a_valid_module_passes_and_problems_name_their_path() {
    let m = module();
    assert_eq!(validate(&m), Ok(m.clone()));

    let mut bad = module();
    bad.competences = vec!["9.9".into()];
    bad.level = 5;
    bad.lessons[0].items[0].id = "q-single".into();
    if let ItemContent::Question(q) = &mut bad.lessons[1].items[1].content {
        q.choices[0].id = "yes".into();
    }
    if let ItemContent::Question(q) = &mut bad.lessons[0].items[1].content {
        q.choices[0].correct = true;
        q.choices[1].label = Texts::new();
    }
    if let ItemContent::Question(q) = &mut bad.lessons[1].items[3].content {
        q.choices[0].image = Some("https://evil.example/x.png".into());
    }
    let errors = validate(&bad).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    for expected in [
        "competences[0]",
        "level",
        "lessons[0].items[1].id",
        "lessons[1].items[1].content.choices",
        "lessons[0].items[1].content.choices",
        "lessons[0].items[1].content.choices[1].label.en",
        "lessons[1].items[3].content.choices[0].image",
    ] {
        assert!(
            fields.contains(&expected),
            "{expected} missing in {fields:?}"
        );
    }
}

#[test]
fn unknown_languages_and_a_module_without_questions_are_refused() {
    let mut m = module();
    m.title.insert("xx".into(), "?".into());
    m.lessons.truncate(1);
    m.lessons[0].items.truncate(1);
    let fields: Vec<String> = validate(&m)
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert!(fields.contains(&"title.xx".to_owned()));
    assert!(fields.contains(&"lessons".to_owned()));
}

#[test]
fn localize_falls_back_per_text_and_marks_the_language() {
    let m = module();
    let view = localize(&m, 3, "ar");
    assert_eq!(view.title.text, "اختبار");
    assert_eq!(view.title.lang, "ar");
    assert_eq!(
        view.summary.lang, "en",
        "no Arabic summary: the English one, marked"
    );
    assert_eq!(view.version, 3);
    let ItemViewContent::Question {
        choices,
        explanation,
        ..
    } = &view.lessons[1].items[1].content
    else {
        panic!("q-tf is a question");
    };
    assert_eq!(
        choices[0].label.text, "",
        "true/false labels may stay empty"
    );
    assert!(explanation.is_none());
    assert_eq!(pick(&Texts::new(), "ar", "en").text, "");
}

#[test]
fn complete_languages_need_every_source_text() {
    let m = module();
    assert_eq!(complete_languages(&m), vec!["en".to_owned()]);
    let mut all_nl = m.clone();
    fn add_nl(t: &mut Texts) {
        if let Some(en) = t.get("en").cloned() {
            t.insert("nl".into(), format!("{en} (nl)"));
        }
    }
    add_nl(&mut all_nl.title);
    add_nl(&mut all_nl.summary);
    for lesson in &mut all_nl.lessons {
        add_nl(&mut lesson.title);
        for item in &mut lesson.items {
            match &mut item.content {
                ItemContent::Text { text } | ItemContent::TryIt { text } => add_nl(text),
                ItemContent::Image { alt, caption, .. } => {
                    add_nl(alt);
                    add_nl(caption);
                }
                ItemContent::Question(q) => {
                    add_nl(&mut q.prompt);
                    add_nl(&mut q.explanation);
                    for c in &mut q.choices {
                        add_nl(&mut c.label);
                        add_nl(&mut c.feedback);
                    }
                }
            }
        }
    }
    assert_eq!(
        complete_languages(&all_nl),
        vec!["en".to_owned(), "nl".to_owned()]
    );
}
