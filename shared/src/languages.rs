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

/// What a device does with its language when it learns who is signed in (at sign-in, or when the
/// app opens with a session).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnSession {
    /// Nothing to do.
    Keep,
    /// Switch the device to the account's language.
    Adopt(&'static str),
    /// Save the device's language on the account (it has none yet).
    Save(&'static str),
}

/// The rule: the language is the person's, so once they are signed in **the account's language
/// wins** over whatever this device was set to (someone else may have used it signed out, or it is
/// a new phone). Two exceptions: while a language change of this person is still waiting in the
/// offline queue, the device holds the newer choice and keeps it (the queue delivers it); and an
/// account without a language (an employee who never chose) takes the device's. Signed out,
/// nothing is synced: the device keeps its own choice.
///
/// `device`: the language remembered on this device, if one was chosen; `account`: the session's.
pub fn on_session(device: Option<&str>, account: Option<&str>, change_waiting: bool) -> OnSession {
    let device = device.and_then(language).map(|l| l.code);
    match (account.and_then(language).map(|l| l.code), device) {
        _ if change_waiting => OnSession::Keep,
        (Some(account), Some(device)) if account == device => OnSession::Keep,
        (Some(account), _) => OnSession::Adopt(account),
        (None, Some(device)) => OnSession::Save(device),
        (None, None) => OnSession::Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_language_wins_once_signed_in() {
        assert_eq!(
            on_session(Some("en"), Some("ar"), false),
            OnSession::Adopt("ar")
        );
        assert_eq!(on_session(None, Some("ar"), false), OnSession::Adopt("ar"));
        assert_eq!(on_session(Some("ar"), Some("ar"), false), OnSession::Keep);
    }

    #[test]
    fn a_waiting_change_of_this_person_is_newer_than_the_account() {
        assert_eq!(on_session(Some("fa"), Some("ar"), true), OnSession::Keep);
    }

    #[test]
    fn an_account_without_a_language_takes_the_devices() {
        assert_eq!(on_session(Some("uk"), None, false), OnSession::Save("uk"));
        assert_eq!(on_session(None, None, false), OnSession::Keep);
        // Unknown codes count as none on either side.
        assert_eq!(
            on_session(Some("uk"), Some("xx"), false),
            OnSession::Save("uk")
        );
        assert_eq!(
            on_session(Some("xx"), Some("tr"), false),
            OnSession::Adopt("tr")
        );
        assert_eq!(on_session(Some("xx"), None, false), OnSession::Keep);
    }

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
