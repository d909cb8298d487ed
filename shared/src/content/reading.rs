//! Pure rules of reading content: which translation a resident gets, what a coverage cell shows,
//! and the opaque cursors of the paged read endpoints.

use super::{Coverage, TranslationStatus};
use crate::languages::LANGUAGES;

/// What the choice needs to know of one stored translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TranslationMeta<'a> {
    pub language: &'a str,
    pub status: TranslationStatus,
    pub source_revision: i64,
}

/// The translation a resident reads: `index` into the slice given to [`choose_translation`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chosen {
    pub index: usize,
    /// The asked language had no published text; this is the source language's.
    pub fallback: bool,
    /// Made from an older revision of the source text.
    pub outdated: bool,
}

/// The asked language's published text; else the source language's published text (a fallback);
/// else nothing (the item is not shown in this language).
pub fn choose_translation(
    asked: &str,
    source_language: &str,
    source_revision: i64,
    translations: &[TranslationMeta<'_>],
) -> Option<Chosen> {
    let published = |lang: &str| {
        translations
            .iter()
            .position(|t| t.language == lang && t.status == TranslationStatus::Published)
    };
    let (index, fallback) = match published(asked) {
        Some(i) => (i, false),
        None => (published(source_language)?, true),
    };
    Some(Chosen {
        index,
        fallback,
        outdated: translations[index].source_revision < source_revision,
    })
}

/// One cell of the coverage table: the translation's status, or `Outdated` when it was made from an
/// older source text, or `Missing`.
pub fn coverage_cell(source_revision: i64, translation: Option<TranslationMeta<'_>>) -> Coverage {
    match translation {
        None => Coverage::Missing,
        Some(t) if t.source_revision < source_revision => Coverage::Outdated,
        Some(t) => match t.status {
            TranslationStatus::Draft => Coverage::Draft,
            TranslationStatus::Review => Coverage::Review,
            TranslationStatus::Published => Coverage::Published,
        },
    }
}

/// One cell per supported language, in `crate::languages` order.
pub fn coverage_row(
    source_revision: i64,
    translations: &[TranslationMeta<'_>],
) -> Vec<(String, Coverage)> {
    LANGUAGES
        .iter()
        .map(|l| {
            let t = translations.iter().find(|t| t.language == l.code).copied();
            (l.code.to_owned(), coverage_cell(source_revision, t))
        })
        .collect()
}

/// Where a page ends in a list ordered by (sort key descending, id ascending). Encoded as hex of
/// `key:id`, so it is opaque to clients and safe in a query string without escaping.
#[derive(Clone, Debug, PartialEq)]
pub struct Cursor {
    pub key: f64,
    pub id: String,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let raw = format!("{}:{}", self.key, self.id);
        raw.bytes().map(|b| format!("{b:02x}")).collect()
    }

    /// `None` for anything [`Cursor::encode`] did not produce.
    pub fn decode(cursor: &str) -> Option<Cursor> {
        if !cursor.len().is_multiple_of(2) || cursor.len() > 600 {
            return None;
        }
        let bytes = (0..cursor.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(cursor.get(i..i + 2)?, 16).ok())
            .collect::<Option<Vec<u8>>>()?;
        let raw = String::from_utf8(bytes).ok()?;
        let (key, id) = raw.split_once(':')?;
        let key: f64 = key.parse().ok()?;
        if !key.is_finite() || id.is_empty() {
            return None;
        }
        Some(Cursor {
            key,
            id: id.to_owned(),
        })
    }
}

pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 100;

/// The page size asked for, within 1..=100 (default 50); `None` when it is not a number.
pub fn page_limit(asked: Option<&str>) -> Option<usize> {
    match asked.map(str::trim) {
        None | Some("") => Some(DEFAULT_LIMIT),
        Some(n) => n.parse::<usize>().ok().map(|n| n.clamp(1, MAX_LIMIT)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TranslationStatus::*;

    fn meta(language: &str, status: TranslationStatus, rev: i64) -> TranslationMeta<'_> {
        TranslationMeta {
            language,
            status,
            source_revision: rev,
        }
    }

    #[test]
    fn the_asked_language_wins_when_published() {
        let ts = [meta("en", Published, 2), meta("ar", Published, 2)];
        let chosen = choose_translation("ar", "en", 2, &ts).unwrap();
        assert_eq!(
            (chosen.index, chosen.fallback, chosen.outdated),
            (1, false, false)
        );
    }

    #[test]
    fn an_unpublished_or_missing_language_falls_back_to_the_source() {
        let ts = [meta("ar", Review, 2), meta("en", Published, 2)];
        let chosen = choose_translation("ar", "en", 2, &ts).unwrap();
        assert_eq!((chosen.index, chosen.fallback), (1, true));
        let chosen = choose_translation("ti", "en", 2, &ts).unwrap();
        assert_eq!((chosen.index, chosen.fallback), (1, true));
        // Asking for the source language itself is no fallback.
        assert!(!choose_translation("en", "en", 2, &ts).unwrap().fallback);
    }

    #[test]
    fn without_a_published_source_text_nothing_is_shown() {
        let ts = [meta("en", Draft, 1), meta("nl", Published, 1)];
        assert_eq!(choose_translation("ar", "en", 1, &ts), None);
        assert_eq!(choose_translation("nl", "en", 1, &ts).unwrap().index, 1);
        assert_eq!(choose_translation("ar", "en", 1, &[]), None);
    }

    #[test]
    fn a_translation_of_an_older_source_is_outdated_but_shown() {
        let ts = [meta("en", Published, 3), meta("ar", Published, 2)];
        let chosen = choose_translation("ar", "en", 3, &ts).unwrap();
        assert_eq!((chosen.index, chosen.outdated), (1, true));
    }

    #[test]
    fn coverage_covers_every_language_in_order() {
        let ts = [
            meta("ar", Published, 1),
            meta("en", Published, 2),
            meta("nl", Review, 2),
            meta("fa", Draft, 2),
        ];
        let row = coverage_row(2, &ts);
        assert_eq!(row.len(), 12);
        assert_eq!(row[0], ("en".to_string(), Coverage::Published));
        assert_eq!(row[1], ("nl".to_string(), Coverage::Review));
        assert_eq!(row[2], ("ar".to_string(), Coverage::Outdated));
        assert_eq!(row[3], ("fa".to_string(), Coverage::Draft));
        assert_eq!(row[11], ("fr".to_string(), Coverage::Missing));
    }

    #[test]
    fn cursors_round_trip_and_refuse_anything_else() {
        let c = Cursor {
            key: 1_795_910_400_000.0,
            id: "item:with:colons".into(),
        };
        let encoded = c.encode();
        assert!(encoded.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(Cursor::decode(&encoded), Some(c));
        for bad in ["", "zz", "abc", "3a", "6e616e3a78", &"00".repeat(400)] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn limits_are_clamped() {
        assert_eq!(page_limit(None), Some(50));
        assert_eq!(page_limit(Some("0")), Some(1));
        assert_eq!(page_limit(Some("500")), Some(100));
        assert_eq!(page_limit(Some("7")), Some(7));
        assert_eq!(page_limit(Some("many")), None);
    }
}
