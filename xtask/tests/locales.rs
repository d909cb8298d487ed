//! The locale catalogs: every `locales/<lang>/main.ftl` parses, and every language has exactly the
//! keys English has (none missing, none extra), for the twelve languages of `shared::languages`.
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

fn keys(code: &str) -> Option<BTreeSet<String>> {
    let path = locales().join(code).join("main.ftl");
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
fn every_locale_parses_and_matches_english_keys() {
    let english = keys("en").expect("locales/en/main.ftl");
    assert!(english.len() > 50, "English catalog looks empty");
    let mut missing_files = Vec::new();
    for lang in LANGUAGES.iter().filter(|l| l.code != "en") {
        let Some(theirs) = keys(lang.code) else {
            missing_files.push(lang.code);
            continue;
        };
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{}: keys missing: {missing:?}", lang.code);
        assert!(extra.is_empty(), "{}: keys English lacks: {extra:?}", lang.code);
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
    assert!(unexpected.is_empty(), "no main.ftl for {unexpected:?}");
}
