//! DigComp 2.2 names in the interface language, for the trainers' pages and the residents'
//! learning pages alike: the catalog's `digcomp-N-M` and `digcomp-area-N` keys, else the
//! framework's English title from `wegwijs_shared::digcomp`.

use wegwijs_shared::digcomp::{AREAS, competence};

use crate::i18n::tr_or;

/// A competence's name ("Protecting personal data and privacy" for `4.2`).
pub fn competence_name(code: &str) -> String {
    let english = competence(code).map_or(code, |c| c.title);
    tr_or(&format!("digcomp-{}", code.replace('.', "-")), english)
}

/// An area's name ("Safety" for 4).
pub fn area_name(number: u8) -> String {
    let english = AREAS
        .iter()
        .find(|a| a.number == number)
        .map_or("", |a| a.title);
    tr_or(&format!("digcomp-area-{number}"), english)
}
