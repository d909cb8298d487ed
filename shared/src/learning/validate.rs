//! What a module must be before it is stored. Every problem is a field error whose `field` is the
//! path into the document (`lessons[0].items[2].content.choices[1].label.en`), so the editor can
//! put the message next to the right box; all problems are reported at once.

use std::collections::BTreeSet;

use super::localize::missing_source_texts;
use super::model::{ItemContent, Module, Question, QuestionKind, Texts};
use crate::digcomp::competence;
use crate::languages::language;
use crate::problem::FieldError;

pub const MAX_TITLE_CHARS: usize = 160;
pub const MAX_TEXT_CHARS: usize = 2_000;
pub const MAX_LESSONS: usize = 20;
pub const MAX_ITEMS_PER_LESSON: usize = 40;
pub const MAX_CHOICES: usize = 8;
const MAX_ID_CHARS: usize = 64;

fn err(errors: &mut Vec<FieldError>, field: impl Into<String>, code: &str, message: &str) {
    errors.push(FieldError::new(field, code, message));
}

/// Lowercase ASCII letters, digits and `-`, starting with a letter or digit.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A picture path: same origin, under `/learning/`, plain file name characters, no `..`.
pub fn valid_image(path: &str) -> bool {
    path.starts_with("/learning/")
        && !path.contains("..")
        && path.len() <= 200
        && path[1..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.'))
}

fn valid_audio(url: &str) -> bool {
    valid_image(url)
        || (url.starts_with("https://")
            && url.len() <= 500
            && !url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"'))
}

fn check_texts(errors: &mut Vec<FieldError>, field: &str, texts: &Texts, max_chars: usize) {
    for (lang, text) in texts {
        if language(lang).is_none() {
            err(
                errors,
                format!("{field}.{lang}"),
                "unknown_language",
                "This language is not one of the app's languages.",
            );
        } else if text.chars().count() > max_chars {
            err(
                errors,
                format!("{field}.{lang}"),
                "too_long",
                &format!("At most {max_chars} characters."),
            );
        } else if text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            err(
                errors,
                format!("{field}.{lang}"),
                "control_characters",
                "This text contains characters that cannot be stored.",
            );
        }
    }
}

fn check_question(errors: &mut Vec<FieldError>, at: &str, q: &Question) {
    check_texts(errors, &format!("{at}.prompt"), &q.prompt, MAX_TEXT_CHARS);
    check_texts(
        errors,
        &format!("{at}.explanation"),
        &q.explanation,
        MAX_TEXT_CHARS,
    );
    let n = q.choices.len();
    let correct = q.choices.iter().filter(|c| c.correct).count();
    if !(2..=MAX_CHOICES).contains(&n) {
        err(
            errors,
            format!("{at}.choices"),
            "choice_count",
            &format!("Give between 2 and {MAX_CHOICES} choices."),
        );
    }
    let mut ids = BTreeSet::new();
    for (ci, choice) in q.choices.iter().enumerate() {
        let cat = format!("{at}.choices[{ci}]");
        if !valid_id(&choice.id) || !ids.insert(choice.id.as_str()) {
            err(
                errors,
                format!("{cat}.id"),
                "invalid_id",
                "Each choice needs its own id (a-z, 0-9, -).",
            );
        }
        check_texts(
            errors,
            &format!("{cat}.label"),
            &choice.label,
            MAX_TITLE_CHARS,
        );
        check_texts(
            errors,
            &format!("{cat}.feedback"),
            &choice.feedback,
            MAX_TEXT_CHARS,
        );
        match (&choice.image, q.kind) {
            (None, QuestionKind::Picture) => err(
                errors,
                format!("{cat}.image"),
                "required",
                "Every choice of a picture question needs a picture.",
            ),
            (Some(path), _) if !valid_image(path) => err(
                errors,
                format!("{cat}.image"),
                "invalid_image",
                "Pictures are files under /learning/.",
            ),
            _ => {}
        }
    }
    match q.kind {
        QuestionKind::Single | QuestionKind::Picture if correct != 1 => {
            err(
                errors,
                format!("{at}.choices"),
                "one_correct",
                "Mark exactly one choice as correct.",
            );
        }
        QuestionKind::Multiple if correct == 0 => {
            err(
                errors,
                format!("{at}.choices"),
                "some_correct",
                "Mark at least one choice as correct.",
            );
        }
        QuestionKind::TrueFalse => {
            let ids: BTreeSet<&str> = q.choices.iter().map(|c| c.id.as_str()).collect();
            if n != 2 || ids != BTreeSet::from(["true", "false"]) || correct != 1 {
                err(
                    errors,
                    format!("{at}.choices"),
                    "true_false",
                    "A true/false question has the choices \"true\" and \"false\", one of them correct.",
                );
            }
        }
        _ => {}
    }
}

/// The module as it may be stored, or every problem with it.
pub fn validate(module: &Module) -> Result<Module, Vec<FieldError>> {
    let mut errors = Vec::new();
    let e = &mut errors;
    if !valid_id(&module.id) {
        err(
            e,
            "id",
            "invalid_id",
            "Use lowercase letters, digits and - only.",
        );
    }
    if language(&module.source_language).is_none() {
        err(
            e,
            "source_language",
            "unknown_language",
            "Choose one of the app's languages.",
        );
    }
    if module.competences.is_empty() {
        err(
            e,
            "competences",
            "required",
            "Choose at least one DigComp competence.",
        );
    }
    let mut codes = BTreeSet::new();
    for (i, code) in module.competences.iter().enumerate() {
        if competence(code).is_none() || !codes.insert(code.as_str()) {
            err(
                e,
                format!("competences[{i}]"),
                "unknown_competence",
                "Not a DigComp 2.2 competence (1.1 … 5.4), or given twice.",
            );
        }
    }
    if !(1..=4).contains(&module.level) {
        err(e, "level", "out_of_range", "The level is 1, 2, 3 or 4.");
    }
    if !(1..=600).contains(&module.minutes) {
        err(e, "minutes", "out_of_range", "Between 1 and 600 minutes.");
    }
    if !(1..=100).contains(&module.pass_percent) {
        err(e, "pass_percent", "out_of_range", "Between 1 and 100 %.");
    }
    check_texts(e, "title", &module.title, MAX_TITLE_CHARS);
    check_texts(e, "summary", &module.summary, MAX_TEXT_CHARS);
    if module.lessons.is_empty() || module.lessons.len() > MAX_LESSONS {
        err(
            e,
            "lessons",
            "lesson_count",
            &format!("A module has 1 to {MAX_LESSONS} lessons."),
        );
    }
    let mut ids = BTreeSet::new();
    for (li, lesson) in module.lessons.iter().enumerate() {
        let lat = format!("lessons[{li}]");
        if !valid_id(&lesson.id) || !ids.insert(lesson.id.as_str()) {
            err(
                e,
                format!("{lat}.id"),
                "invalid_id",
                "Each lesson needs its own id (a-z, 0-9, -).",
            );
        }
        check_texts(e, &format!("{lat}.title"), &lesson.title, MAX_TITLE_CHARS);
        if lesson.items.is_empty() || lesson.items.len() > MAX_ITEMS_PER_LESSON {
            err(
                e,
                format!("{lat}.items"),
                "item_count",
                &format!("A lesson has 1 to {MAX_ITEMS_PER_LESSON} steps and questions."),
            );
        }
        for (ii, item) in lesson.items.iter().enumerate() {
            let iat = format!("{lat}.items[{ii}]");
            if !valid_id(&item.id) || !ids.insert(item.id.as_str()) {
                err(
                    e,
                    format!("{iat}.id"),
                    "invalid_id",
                    "Each step and question needs its own id (a-z, 0-9, -).",
                );
            }
            for (lang, url) in &item.audio {
                if language(lang).is_none() || !valid_audio(url) {
                    err(
                        e,
                        format!("{iat}.audio.{lang}"),
                        "invalid_audio",
                        "A recording is a file under /learning/ or an https: address.",
                    );
                }
            }
            let cat = format!("{iat}.content");
            match &item.content {
                ItemContent::Text { text } | ItemContent::TryIt { text } => {
                    check_texts(e, &format!("{cat}.text"), text, MAX_TEXT_CHARS)
                }
                ItemContent::Image { src, alt, caption } => {
                    if !valid_image(src) {
                        err(
                            e,
                            format!("{cat}.src"),
                            "invalid_image",
                            "Pictures are files under /learning/.",
                        );
                    }
                    check_texts(e, &format!("{cat}.alt"), alt, MAX_TITLE_CHARS);
                    check_texts(e, &format!("{cat}.caption"), caption, MAX_TEXT_CHARS);
                }
                ItemContent::Question(q) => check_question(e, &cat, q),
            }
        }
    }
    if module.question_count() == 0 {
        err(
            e,
            "lessons",
            "no_questions",
            "A module needs at least one question to pass.",
        );
    }
    if language(&module.source_language).is_some() {
        for path in missing_source_texts(module) {
            err(
                e,
                path,
                "required",
                "Write this text in the source language.",
            );
        }
    }
    if errors.is_empty() {
        Ok(module.clone())
    } else {
        Err(errors)
    }
}
