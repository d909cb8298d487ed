//! The twelve languages Wegwijs is offered in: those of the main countries of origin in Dutch
//! reception, plus Dutch and English. A resident's language is one of these codes.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
/// a new phone). Two exceptions: a language change of this person still waiting in the offline
/// queue is their newest choice, so it wins over both (the queue delivers it to the account); and
/// an account without a language (never chosen) takes the device's. Signed out, nothing is synced:
/// the device keeps its own choice.
///
/// `device`: the language chosen on this device, if any; `account`: the session's; `waiting`: the
/// language of this person's newest change still in the queue.
pub fn on_session(device: Option<&str>, account: Option<&str>, waiting: Option<&str>) -> OnSession {
    let known = |code: Option<&str>| code.and_then(language).map(|l| l.code);
    let device = known(device);
    match (known(waiting).or(known(account)), device) {
        (Some(wanted), Some(device)) if wanted == device => OnSession::Keep,
        (Some(wanted), _) => OnSession::Adopt(wanted),
        (None, Some(device)) => OnSession::Save(device),
        (None, None) => OnSession::Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_language_wins_once_signed_in() {
        let adopt = OnSession::Adopt;
        assert_eq!(on_session(Some("en"), Some("ar"), None), adopt("ar"));
        assert_eq!(on_session(None, Some("ar"), None), adopt("ar"));
        assert_eq!(on_session(Some("ar"), Some("ar"), None), OnSession::Keep);
    }

    #[test]
    fn a_waiting_change_of_this_person_is_newer_than_the_account() {
        let adopt = OnSession::Adopt;
        // Chosen on this device, not delivered yet: the device has it already.
        assert_eq!(
            on_session(Some("fa"), Some("ar"), Some("fa")),
            OnSession::Keep
        );
        // Chosen, then the person signed out and someone reset the device: theirs comes back.
        assert_eq!(on_session(Some("en"), Some("ar"), Some("nl")), adopt("nl"));
        assert_eq!(on_session(Some("en"), None, Some("nl")), adopt("nl"));
        assert_eq!(on_session(Some("en"), Some("ar"), Some("xx")), adopt("ar"));
    }

    #[test]
    fn an_account_without_a_language_takes_the_devices() {
        let (save, adopt) = (OnSession::Save, OnSession::Adopt);
        assert_eq!(on_session(Some("uk"), None, None), save("uk"));
        assert_eq!(on_session(None, None, None), OnSession::Keep);
        // Unknown codes count as none on either side.
        assert_eq!(on_session(Some("uk"), Some("xx"), None), save("uk"));
        assert_eq!(on_session(Some("xx"), Some("tr"), None), adopt("tr"));
        assert_eq!(on_session(Some("xx"), None, None), OnSession::Keep);
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
