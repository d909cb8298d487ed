//! One language's Fluent bundle plus the English one behind it.

use std::cell::RefCell;
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
    lang: &'static Language,
    own: Option<Bundle>,
    english: Rc<Bundle>,
    /// Files a lazy area added (`staff.ftl`): the language's own, or English where it failed.
    /// Added in place, without a re-render: the area renders only once they are in.
    extra: RefCell<Vec<Bundle>>,
    extra_loaded: RefCell<Vec<&'static str>>,
}

impl Catalog {
    pub fn english_only(english: Rc<Bundle>) -> Self {
        Catalog::new(&LANGUAGES[0], None, english)
    }

    /// `source`: the fetched file, or `None` when it could not be had (English then shows).
    pub fn new(lang: &'static Language, source: Option<String>, english: Rc<Bundle>) -> Self {
        Catalog {
            lang,
            own: source.map(|s| bundle(lang, s).0),
            english,
            extra: RefCell::new(Vec::new()),
            extra_loaded: RefCell::new(Vec::new()),
        }
    }

    pub fn language(&self) -> &'static Language {
        self.lang
    }

    pub fn has_extra(&self, file: &str) -> bool {
        self.extra_loaded.borrow().contains(&file)
    }

    /// Add a lazy area's file (`bundles`: the language's own first, English behind it).
    pub fn add_extra(&self, file: &'static str, bundles: Vec<Bundle>) {
        self.extra.borrow_mut().extend(bundles);
        self.extra_loaded.borrow_mut().push(file);
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
        let format = |bundle: &Bundle| {
            let pattern = bundle.get_message(key).and_then(|m| m.value())?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                    .into_owned(),
            )
        };
        // Keys of the extra files never repeat main.ftl's, so their place in the order only
        // matters between a language and English.
        self.own
            .iter()
            .find_map(format)
            .or_else(|| self.extra.borrow().iter().find_map(format))
            .or_else(|| format(&self.english))
    }
}
