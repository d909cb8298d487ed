//! The learning passport: what a resident has achieved, per DigComp competence. It is built from
//! the account's certificates only, so it follows the person to any location.

use std::collections::BTreeMap;

use super::localize::{Text, pick};
use super::model::Texts;
use super::wire::{Certificate, PassportCompetence};

/// Per competence the highest level reached and the first date that level was reached (a later
/// certificate at the same level does not move the date; a higher level does). Ordered by
/// competence code in DigComp order (`"1.1"` … `"5.4"`, compared numerically per part).
pub fn competences(certificates: &[Certificate]) -> Vec<PassportCompetence> {
    let mut best: BTreeMap<(u32, u32, String), (u8, String)> = BTreeMap::new();
    for cert in certificates {
        for code in &cert.competences {
            let key = sort_key(code);
            match best.get_mut(&key) {
                Some((level, date)) => {
                    if cert.level > *level || (cert.level == *level && cert.issued_on < *date) {
                        *level = cert.level;
                        *date = cert.issued_on.clone();
                    }
                }
                None => {
                    best.insert(key, (cert.level, cert.issued_on.clone()));
                }
            }
        }
    }
    best.into_iter()
        .map(|((_, _, code), (level, achieved_on))| PassportCompetence {
            code,
            level,
            achieved_on,
        })
        .collect()
}

/// `"4.2"` → (4, 2, "4.2"), so `"1.10"` would sort after `"1.9"`; anything else sorts last.
fn sort_key(code: &str) -> (u32, u32, String) {
    let mut parts = code
        .split('.')
        .map(|p| p.parse::<u32>().unwrap_or(u32::MAX));
    let area = parts.next().unwrap_or(u32::MAX);
    let competence = parts.next().unwrap_or(u32::MAX);
    (area, competence, code.to_owned())
}

/// A certificate's title as shown: the module's title in `language` when the module (still) has
/// one, else the title stored when the certificate was issued (in the module's source language).
/// A module edited later never changes what was certified in the source language.
pub fn certificate_title(
    module_titles: Option<&Texts>,
    language: Option<&str>,
    stored: &str,
    source_language: &str,
) -> Text {
    let translated = match (module_titles, language) {
        (Some(titles), Some(lang)) if lang != source_language => {
            Some(pick(titles, lang, source_language)).filter(|t| t.lang == lang)
        }
        _ => None,
    };
    translated.unwrap_or_else(|| Text {
        text: stored.to_owned(),
        lang: source_language.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cert(code: &str, level: u8, competences: &[&str], issued_on: &str) -> Certificate {
        Certificate {
            code: code.into(),
            module_id: format!("mod-{code}"),
            title: Text {
                text: "t".into(),
                lang: "en".into(),
            },
            level,
            competences: competences.iter().map(|c| c.to_string()).collect(),
            issued_on: issued_on.into(),
        }
    }

    fn c(code: &str, level: u8, achieved_on: &str) -> PassportCompetence {
        PassportCompetence {
            code: code.into(),
            level,
            achieved_on: achieved_on.into(),
        }
    }

    #[test]
    fn empty_passport_has_no_competences() {
        assert!(competences(&[]).is_empty());
    }

    #[test]
    fn highest_level_wins_with_the_date_it_was_first_reached() {
        // Newest first, as the API lists them.
        let certs = [
            cert("D", 2, &["4.2"], "2027-03-01"),
            cert("C", 2, &["4.2", "2.1"], "2027-02-01"),
            cert("B", 1, &["4.2"], "2027-01-01"),
            cert("A", 3, &["1.1"], "2026-12-01"),
        ];
        assert_eq!(
            competences(&certs),
            [
                c("1.1", 3, "2026-12-01"),
                c("2.1", 2, "2027-02-01"),
                c("4.2", 2, "2027-02-01"),
            ]
        );
    }

    #[test]
    fn a_lower_level_later_does_not_lower_or_move_anything() {
        let certs = [
            cert("B", 1, &["5.1"], "2027-05-01"),
            cert("A", 2, &["5.1"], "2027-01-01"),
        ];
        assert_eq!(competences(&certs), [c("5.1", 2, "2027-01-01")]);
    }

    #[test]
    fn the_order_of_certificates_does_not_matter() {
        let mut certs = vec![
            cert("A", 1, &["3.1", "1.2"], "2027-01-01"),
            cert("B", 2, &["1.2"], "2027-02-01"),
            cert("C", 2, &["1.2"], "2027-01-15"),
            cert("D", 4, &["5.4"], "2027-03-01"),
        ];
        let forward = competences(&certs);
        certs.reverse();
        assert_eq!(competences(&certs), forward);
        assert_eq!(
            forward,
            [
                c("1.2", 2, "2027-01-15"),
                c("3.1", 1, "2027-01-01"),
                c("5.4", 4, "2027-03-01"),
            ]
        );
    }

    #[test]
    fn codes_sort_numerically() {
        let certs = [cert("A", 1, &["1.10", "1.9", "2.1"], "2027-01-01")];
        let codes: Vec<String> = competences(&certs).into_iter().map(|c| c.code).collect();
        assert_eq!(codes, ["1.9", "1.10", "2.1"]);
    }

    #[test]
    fn title_in_the_asked_language_else_the_stored_one() {
        let titles: Texts = [("en", "Safe phone (edited)"), ("ar", "هاتف آمن")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let ar = certificate_title(Some(&titles), Some("ar"), "Safe phone", "en");
        assert_eq!((ar.text.as_str(), ar.lang.as_str()), ("هاتف آمن", "ar"));
        // No Dutch title: the stored one, not the edited English one.
        let nl = certificate_title(Some(&titles), Some("nl"), "Safe phone", "en");
        assert_eq!((nl.text.as_str(), nl.lang.as_str()), ("Safe phone", "en"));
        // The source language itself: what was certified.
        let en = certificate_title(Some(&titles), Some("en"), "Safe phone", "en");
        assert_eq!(en.text, "Safe phone");
        let none = certificate_title(None, None, "Safe phone", "en");
        assert_eq!(none.text, "Safe phone");
        // A blank translation counts as missing.
        let mut blank = titles.clone();
        blank.insert("fa".into(), "  ".into());
        assert_eq!(
            certificate_title(Some(&blank), Some("fa"), "Safe phone", "en").lang,
            "en"
        );
    }
}
