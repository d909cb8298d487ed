//! The seed curriculum (`edge-api/seed/learning/*.json` → `edge-api/seed/content/50-learning.sql`):
//! the committed SQL is what the generator writes now, every module is valid, and together the
//! modules are a curriculum worth the name: at least 8 modules, all five DigComp areas, every
//! question kind, complete in English, Dutch and Arabic, no id used twice, every picture present,
//! small, self-contained and free of text to translate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use wegwijs_shared::learning::localize::complete_languages;
use wegwijs_shared::learning::{ItemContent, Module, ModuleStatus, QuestionKind};

#[allow(dead_code)]
#[path = "../src/learning_seed.rs"]
mod learning_seed;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

fn modules() -> Vec<Module> {
    learning_seed::load(&root()).unwrap_or_else(|problems| panic!("{problems}"))
}

/// D1 refuses a single SQL statement longer than 100,000 bytes.
const D1_MAX_STATEMENT_BYTES: usize = 100_000;
const MAX_SVG_BYTES: usize = 4 * 1024;
const REQUIRED_LANGUAGES: [&str; 3] = ["en", "nl", "ar"];

#[test]
fn committed_sql_is_what_the_generator_writes() {
    let modules = modules();
    let fresh = learning_seed::sql(&modules).unwrap();
    let path = root().join(learning_seed::OUTPUT);
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run `cargo xtask learning-seed`)", path.display()));
    assert!(
        committed == fresh,
        "{} is stale: run `cargo xtask learning-seed`",
        learning_seed::OUTPUT
    );
    for module in &modules {
        let statement = learning_seed::insert(module).unwrap();
        eprintln!("{}: {} bytes of SQL", module.id, statement.len());
        assert!(
            statement.len() < D1_MAX_STATEMENT_BYTES,
            "{}: {} bytes, more than D1 runs in one statement",
            module.id,
            statement.len()
        );
    }
}

#[test]
fn quotes_are_doubled_in_sql_strings() {
    assert_eq!(learning_seed::quote("it's"), "'it''s'");
    assert_eq!(learning_seed::quote("''"), "''''''");
}

#[test]
fn a_file_with_an_unknown_field_is_refused() {
    let modules = modules();
    let mut doc = serde_json::to_value(&modules[0]).unwrap();
    doc["lessons"][0]["items"][0]["colour"] = serde_json::json!("red");
    let dir = std::env::temp_dir().join(format!("learning-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{}.json", modules[0].id));
    std::fs::write(&path, doc.to_string()).unwrap();
    let error = learning_seed::load_one(&path).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(error.contains("colour"), "{error}");
}

#[test]
fn an_invalid_module_or_a_misnamed_file_is_refused() {
    let modules = modules();
    let mut doc = serde_json::to_value(&modules[0]).unwrap();
    doc["competences"] = serde_json::json!(["9.9"]);
    let dir = std::env::temp_dir().join(format!("learning-seed-invalid-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{}.json", modules[0].id));
    std::fs::write(&path, doc.to_string()).unwrap();
    let invalid = learning_seed::load_one(&path).unwrap_err();
    let misnamed_path = dir.join("mod-other-name.json");
    std::fs::write(&misnamed_path, serde_json::to_string(&modules[0]).unwrap()).unwrap();
    let misnamed = learning_seed::load_one(&misnamed_path).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(invalid.contains("competences[0]"), "{invalid}");
    assert!(misnamed.contains("named after"), "{misnamed}");
}

#[test]
fn curriculum_has_at_least_eight_published_modules_with_unique_ids() {
    let modules = modules();
    assert!(
        modules.len() >= 8,
        "only {} modules in the seed curriculum",
        modules.len()
    );
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for module in &modules {
        assert!(module.id.starts_with("mod-"), "{}", module.id);
        assert_eq!(module.source_language, "en", "{}", module.id);
        assert_eq!(module.status, ModuleStatus::Published, "{}", module.id);
        // A module for beginners: short enough for one sitting, enough questions to mean something.
        assert!(
            (10..=25).contains(&module.minutes),
            "{}: minutes",
            module.id
        );
        assert!(
            module.question_count() >= 4,
            "{}: fewer than 4 questions",
            module.id
        );
        assert!(
            (2..=3).contains(&module.lessons.len()),
            "{}: 2 or 3 lessons",
            module.id
        );
        let ids = std::iter::once(module.id.as_str())
            .chain(module.lessons.iter().map(|l| l.id.as_str()))
            .chain(module.item_ids());
        for id in ids {
            if let Some(other) = seen.insert(id.to_owned(), module.id.clone()) {
                panic!("id {id} is used in both {other} and {}", module.id);
            }
        }
    }
}

#[test]
fn competences_cover_all_five_digcomp_areas() {
    let areas: BTreeSet<String> = modules()
        .iter()
        .flat_map(|m| m.competences.iter())
        .filter_map(|code| code.split('.').next().map(str::to_owned))
        .collect();
    let wanted: BTreeSet<String> = (1..=5).map(|n| n.to_string()).collect();
    assert_eq!(areas, wanted, "DigComp areas covered");
}

#[test]
fn every_question_kind_is_used() {
    let used: BTreeSet<String> = modules()
        .iter()
        .flat_map(|m| m.questions().map(|(_, _, q)| format!("{:?}", q.kind)))
        .collect();
    for kind in [
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::TrueFalse,
        QuestionKind::Order,
        QuestionKind::Picture,
    ] {
        assert!(used.contains(&format!("{kind:?}")), "no {kind:?} question");
    }
}

#[test]
fn every_module_is_complete_in_english_dutch_and_arabic() {
    let mut incomplete = Vec::new();
    for module in modules() {
        let complete = complete_languages(&module);
        eprintln!(
            "{}: {} questions, complete in {}",
            module.id,
            module.question_count(),
            complete.join(" ")
        );
        for lang in REQUIRED_LANGUAGES {
            if !complete.iter().any(|l| l == lang) {
                incomplete.push(format!("{} in {lang}", module.id));
            }
        }
    }
    assert!(incomplete.is_empty(), "incomplete: {incomplete:?}");
}

fn images(module: &Module) -> Vec<&str> {
    let mut paths = Vec::new();
    for lesson in &module.lessons {
        for item in &lesson.items {
            match &item.content {
                ItemContent::Image { src, .. } => paths.push(src.as_str()),
                ItemContent::Question(q) => {
                    paths.extend(q.choices.iter().filter_map(|c| c.image.as_deref()))
                }
                _ => {}
            }
        }
    }
    paths
}

fn check_svg(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let lower = text.to_lowercase();
    let problem = if path.extension().is_none_or(|e| e != "svg") {
        Some("not an SVG (the seed's pictures are drawn as SVG)".to_owned())
    } else if text.len() > MAX_SVG_BYTES {
        Some(format!("{} bytes (at most {MAX_SVG_BYTES})", text.len()))
    } else if !lower.contains("viewbox=") {
        Some("no viewBox".to_owned())
    } else if lower.contains("<script")
        // Event handler attributes such as onload="…".
        || lower
            .split_whitespace()
            .any(|w| w.starts_with("on") && w.contains('='))
    {
        Some("script".to_owned())
    } else if lower.contains("<text") {
        Some("text inside the picture (it would need translating)".to_owned())
    } else if lower.contains("href=\"http")
        || lower.contains("url(http")
        || lower.contains("<image")
        || lower.contains("@import")
    {
        Some("an external reference".to_owned())
    } else {
        None
    };
    match problem {
        Some(p) => Err(format!("{}: {p}", path.display())),
        None => Ok(()),
    }
}

#[test]
fn every_picture_exists_under_public_and_is_a_small_self_contained_svg() {
    let public = root().join("public");
    let mut problems = Vec::new();
    for module in modules() {
        for src in images(&module) {
            let file = public.join(src.trim_start_matches('/'));
            if !file.is_file() {
                problems.push(format!("{}: {src} does not exist under public/", module.id));
            } else if let Err(p) = check_svg(&file) {
                problems.push(p);
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn svg_check_refuses_scripts_text_and_external_references() {
    let dir = std::env::temp_dir().join(format!("learning-svg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ok = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#;
    let cases = [
        (ok, true),
        (
            &ok.replace("<rect", "<script>x</script><rect") as &str,
            false,
        ),
        (&ok.replace("<rect", "<text>Hi</text><rect"), false),
        (&ok.replace(" viewBox=\"0 0 10 10\"", ""), false),
        (&ok.replace("<rect", "<rect onload=\"x()\""), false),
        (
            &ok.replace("<rect", "<use href=\"https://example.org/a.svg#b\"/><rect"),
            false,
        ),
    ];
    for (i, (svg, good)) in cases.iter().enumerate() {
        let path = dir.join(format!("{i}.svg"));
        std::fs::write(&path, svg).unwrap();
        assert_eq!(check_svg(&path).is_ok(), *good, "case {i}: {svg}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
