//! The locale catalogs: every `locales/<lang>/{main,staff}.ftl` parses, and every language has
//! exactly the keys English has in each file (none missing, none extra), for the twelve languages
//! of `shared::languages`. The staff file's keys never repeat main's (the app looks a key up in
//! both).
//! Languages whose translation has not been written yet are listed in `PENDING` and only checked
//! if their file exists.

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use wegwijs_shared::languages::LANGUAGES;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The catalog files of every language: `main` (residents) and `staff` (fetched by lazy areas).
const FILES: &[&str] = &["main", "staff"];

fn keys(code: &str, file: &str) -> Option<BTreeSet<String>> {
    let path = locales().join(code).join(format!("{file}.ftl"));
    let source = std::fs::read_to_string(&path).ok()?;
    let resource = parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    Some(
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => Some(m.id.name.to_owned()),
                Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect(),
    )
}

#[test]
fn staff_keys_never_repeat_main_keys() {
    let main = keys("en", "main").expect("locales/en/main.ftl");
    let staff = keys("en", "staff").expect("locales/en/staff.ftl");
    let both: Vec<_> = main.intersection(&staff).collect();
    assert!(
        both.is_empty(),
        "keys in both main.ftl and staff.ftl: {both:?}"
    );
}

#[test]
fn every_locale_parses_and_matches_english_keys() {
    for file in FILES {
        every_locale_matches_english(file);
    }
}

fn every_locale_matches_english(file: &str) {
    let english = keys("en", file).unwrap_or_else(|| panic!("locales/en/{file}.ftl"));
    assert!(english.len() > 50, "English {file}.ftl looks empty");
    let mut missing_files = Vec::new();
    for lang in LANGUAGES.iter().filter(|l| l.code != "en") {
        let Some(theirs) = keys(lang.code, file) else {
            missing_files.push(lang.code);
            continue;
        };
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(
            missing.is_empty(),
            "{}/{file}.ftl: keys missing: {missing:?}",
            lang.code
        );
        assert!(
            extra.is_empty(),
            "{}/{file}.ftl: keys English lacks: {extra:?}",
            lang.code
        );
        let meta = locales().join(lang.code).join("meta.toml");
        let meta = std::fs::read_to_string(&meta)
            .unwrap_or_else(|_| panic!("{}: meta.toml missing", lang.code));
        assert!(meta.contains("produced_by") && meta.contains("reviewed_by_native_speaker"));
    }
    // Languages still to be translated (English fills in at run time). Shrinks to nothing.
    const PENDING: &[&str] = &[];
    let unexpected: Vec<_> = missing_files
        .iter()
        .filter(|c| !PENDING.contains(c))
        .collect();
    assert!(unexpected.is_empty(), "no {file}.ftl for {unexpected:?}");
}
