//! Grading one answer and scoring an attempt. The server grades every answer itself (the phone's
//! own grading only gives immediate feedback); an answer that does not fit the question is an
//! error, never a wrong answer, so a broken or forged submission cannot lower anyone's score.

use std::collections::BTreeSet;

use super::model::{Module, Question, QuestionKind};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("the question is not part of this module")]
    UnknownQuestion,
    #[error("choice {0:?} is not one of this question's choices")]
    UnknownChoice(String),
    #[error("choice {0:?} is given twice")]
    DuplicateChoice(String),
    #[error("this question takes exactly one choice")]
    OneChoiceExpected,
    #[error("pick at least one choice")]
    NoChoice,
    #[error("put every step in order: all {0} choices, each once")]
    IncompleteOrder(usize),
}

impl AnswerError {
    /// The field-error code the API sends.
    pub fn code(&self) -> &'static str {
        match self {
            AnswerError::UnknownQuestion => "unknown_question",
            AnswerError::UnknownChoice(_) => "unknown_choice",
            AnswerError::DuplicateChoice(_) => "duplicate_choice",
            AnswerError::OneChoiceExpected => "one_choice_expected",
            AnswerError::NoChoice => "no_choice",
            AnswerError::IncompleteOrder(_) => "incomplete_order",
        }
    }
}

/// Whether `picked` answers `question` correctly; an error when it is no valid answer at all.
pub fn grade(question: &Question, picked: &[String]) -> Result<bool, AnswerError> {
    let mut distinct = BTreeSet::new();
    for id in picked {
        if !question.choices.iter().any(|c| &c.id == id) {
            return Err(AnswerError::UnknownChoice(id.clone()));
        }
        if !distinct.insert(id.as_str()) {
            return Err(AnswerError::DuplicateChoice(id.clone()));
        }
    }
    match question.kind {
        QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Picture => {
            let [id] = picked else {
                return Err(if picked.is_empty() {
                    AnswerError::NoChoice
                } else {
                    AnswerError::OneChoiceExpected
                });
            };
            Ok(question.choices.iter().any(|c| &c.id == id && c.correct))
        }
        QuestionKind::Multiple => {
            if picked.is_empty() {
                return Err(AnswerError::NoChoice);
            }
            let right: BTreeSet<&str> = question
                .choices
                .iter()
                .filter(|c| c.correct)
                .map(|c| c.id.as_str())
                .collect();
            Ok(right == distinct)
        }
        QuestionKind::Order => {
            if picked.len() != question.choices.len() {
                return Err(AnswerError::IncompleteOrder(question.choices.len()));
            }
            Ok(question
                .choices
                .iter()
                .zip(picked)
                .all(|(choice, id)| &choice.id == id))
        }
    }
}

/// Grades an answer to the question with id `question_id` of `module`.
pub fn grade_in(
    module: &Module,
    question_id: &str,
    picked: &[String],
) -> Result<bool, AnswerError> {
    let question = module
        .question(question_id)
        .ok_or(AnswerError::UnknownQuestion)?;
    grade(question, picked)
}

/// The pass mark: at least `pass_percent` % of `total`, computed in integers so 2 of 3 at 67 %
/// fails and 3 of 4 at 75 % passes, exactly.
pub fn passes(correct: u32, total: u32, pass_percent: u8) -> bool {
    total > 0 && u64::from(correct) * 100 >= u64::from(pass_percent) * u64::from(total)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttemptScore {
    pub correct: u32,
    pub answered: u32,
    /// The module's questions now.
    pub total: u32,
    /// Every current question has an answer.
    pub finished: bool,
    pub passed: bool,
}

/// Scores one attempt from its recorded `(question_id, correct)` answers. Answers to questions no
/// longer in the module (a trainer removed them) do not count; a question added meanwhile has to
/// be answered before the attempt is finished.
pub fn score_attempt<'a>(
    module: &Module,
    answers: impl IntoIterator<Item = (&'a str, bool)>,
) -> AttemptScore {
    let answers: Vec<(&str, bool)> = answers.into_iter().collect();
    let mut correct = 0;
    let mut answered = 0;
    let mut total = 0;
    for (_, item, _) in module.questions() {
        total += 1;
        if let Some((_, ok)) = answers.iter().find(|(id, _)| *id == item.id) {
            answered += 1;
            correct += u32::from(*ok);
        }
    }
    let finished = total > 0 && answered == total;
    AttemptScore {
        correct,
        answered,
        total,
        finished,
        passed: finished && passes(correct, total, module.pass_percent),
    }
}

/// `correct * 100 / total` rounded down (0 when there is nothing to count).
pub fn percent(correct: u32, total: u32) -> u32 {
    (correct * 100).checked_div(total).unwrap_or(0)
}
