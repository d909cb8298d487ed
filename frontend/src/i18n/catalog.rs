//! One language's Fluent bundle plus the English one behind it.

use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;
use wegwijs_shared::languages::{LANGUAGES, Language};

use super::ENGLISH_FTL;

pub type Bundle = FluentBundle<FluentResource>;

/// A Fluent argument: text, or a number (which also picks the plural form).
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Str(value.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Num(value as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// Parse `source` into a bundle for `lang`. Entries that parse are kept even when others do not;
/// the error count tells the caller whether the file looks corrupt.
pub fn bundle(lang: &Language, source: String) -> (Bundle, usize) {
    let (resource, errors) = match FluentResource::try_new(source) {
        Ok(resource) => (resource, 0),
        Err((resource, errors)) => (resource, errors.len()),
    };
    let id: LanguageIdentifier = lang.code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Bidi isolation of arguments (names, numbers, codes) only matters inside right-to-left text;
    // in left-to-right languages the marks would only get in the way of copying and searching.
    bundle.set_use_isolating(lang.rtl);
    let _ = bundle.add_resource(resource);
    (bundle, errors)
}

pub fn english() -> Bundle {
    bundle(&LANGUAGES[0], ENGLISH_FTL.to_owned()).0
}

pub struct Catalog {
    own: Option<Bundle>,
    english: Rc<Bundle>,
}

impl Catalog {
    pub fn english_only(english: Rc<Bundle>) -> Self {
        Catalog { own: None, english }
    }

    /// `source`: the fetched file, or `None` when it could not be had (English then shows).
    pub fn new(lang: &Language, source: Option<String>, english: Rc<Bundle>) -> Self {
        Catalog {
            own: source.map(|s| bundle(lang, s).0),
            english,
        }
    }

    pub fn english(&self) -> Rc<Bundle> {
        self.english.clone()
    }

    /// The chosen language's text, else English, else the key itself (never a broken page).
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.lookup(key, args).unwrap_or_else(|| key.to_owned())
    }

    /// The text for `key` if any catalog has it.
    pub fn lookup(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut out = FluentArgs::new();
            for (name, value) in args {
                let value = match value {
                    Arg::Str(s) => FluentValue::from(s.clone()),
                    Arg::Num(n) => FluentValue::from(*n),
                };
                out.set(*name, value);
            }
            out
        });
        for bundle in self.own.iter().chain(std::iter::once(&*self.english)) {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return Some(
                    bundle
                        .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                        .into_owned(),
                );
            }
        }
        None
    }
}
