//! A language as the pages show it: by its own name (`العربية`, not "Arabic") and in its own
//! writing direction, for texts whose language can differ from the page's (a fallback text, a
//! translation, a resident's chosen language).

use wegwijs_shared::languages::language;

use crate::i18n::tr;

/// A language's own name, or the code when the app does not know it.
pub fn language_name(code: &str) -> String {
    language(code).map_or_else(|| code.to_owned(), |l| l.native_name.to_owned())
}

/// `rtl` or `ltr` for text written in `code`.
pub fn dir_of(code: &str) -> &'static str {
    if language(code).is_some_and(|l| l.rtl) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The language an activity is held in, by its own name, or "no language needed".
pub fn held_in(code: Option<&str>) -> String {
    match code.and_then(language) {
        Some(l) => l.native_name.to_owned(),
        None => tr("activities-no-language-needed"),
    }
}
