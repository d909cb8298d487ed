//! The twelve languages Wegwijs is offered in (see the domain notes: the main countries of origin in
//! Dutch reception, plus Dutch and English). A resident's language is one of these codes.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    /// BCP 47 tag, also the `locales/<code>/` folder name.
    pub code: &'static str,
    /// The language's name in its own script, as a picker shows it.
    pub native_name: &'static str,
    pub rtl: bool,
}

pub const LANGUAGES: [Language; 12] = [
    Language {
        code: "en",
        native_name: "English",
        rtl: false,
    },
    Language {
        code: "nl",
        native_name: "Nederlands",
        rtl: false,
    },
    Language {
        code: "ar",
        native_name: "العربية",
        rtl: true,
    },
    Language {
        code: "fa",
        native_name: "فارسی / دری",
        rtl: true,
    },
    Language {
        code: "ps",
        native_name: "پښتو",
        rtl: true,
    },
    Language {
        code: "ckb",
        native_name: "کوردیی ناوەندی",
        rtl: true,
    },
    Language {
        code: "ti",
        native_name: "ትግርኛ",
        rtl: false,
    },
    Language {
        code: "so",
        native_name: "Soomaali",
        rtl: false,
    },
    Language {
        code: "tr",
        native_name: "Türkçe",
        rtl: false,
    },
    Language {
        code: "uk",
        native_name: "Українська",
        rtl: false,
    },
    Language {
        code: "ru",
        native_name: "Русский",
        rtl: false,
    },
    Language {
        code: "fr",
        native_name: "Français",
        rtl: false,
    },
];

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_unique_languages_four_right_to_left() {
        let mut codes: Vec<_> = LANGUAGES.iter().map(|l| l.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 12);
        assert_eq!(LANGUAGES.iter().filter(|l| l.rtl).count(), 4);
        assert_eq!(language("ti").unwrap().native_name, "ትግርኛ");
        assert!(language("xx").is_none());
    }
}
