//! The rules a staff write must pass before anything is stored. Each returns the cleaned value
//! (trimmed, meaningless fields dropped) or every field error at once, named by its JSON path
//! (`fields.category`, `source.title`, `text.body`) so the editor can show each next to its field.

use super::{ContentKind, ItemFields, NewItem, TranslationInput, TranslationText, UpdateItem};
use crate::languages::language;
use crate::problem::FieldError;
use crate::richtext;
use crate::text::{optional_text, required_text};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_SUMMARY_CHARS: usize = 300;
pub const MAX_CONTACT_CHARS: usize = 300;
pub const MAX_LINK_CHARS: usize = 2_000;
pub const MAX_ID_CHARS: usize = 100;

fn join(prefix: &str, field: &str) -> String {
    format!("{prefix}.{field}")
}

/// A language code from `crate::languages`, or an error on `field`.
pub fn check_language(field: &str, code: &str) -> Result<(), FieldError> {
    match language(code) {
        Some(_) => Ok(()),
        None => Err(FieldError::new(
            field,
            "unknown_language",
            "Choose one of the twelve languages.",
        )),
    }
}

/// The item-level link: a whole web address, e-mail or phone number (app paths belong in the body).
fn check_link(field: &str, link: &str) -> Result<(), FieldError> {
    let lower = link.to_ascii_lowercase();
    let scheme_ok = ["https://", "mailto:", "tel:"]
        .iter()
        .any(|s| lower.starts_with(s));
    if scheme_ok && richtext::link_allowed(link) {
        Ok(())
    } else {
        Err(FieldError::new(
            field,
            "link_not_allowed",
            "Use a web address starting with https://, an e-mail address as mailto:… or a phone \
             number as tel:….",
        ))
    }
}

impl ItemFields {
    pub fn validate(&self, prefix: &str) -> Result<ItemFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push = |e: FieldError| errors.push(e);
        let article = self.kind == ContentKind::Article;
        let vacancy = self.kind == ContentKind::Vacancy;
        if article && self.category.is_none() {
            push(FieldError::new(
                join(prefix, "category"),
                "required",
                "Choose the category this article belongs in.",
            ));
        }
        if vacancy && self.vacancy_kind.is_none() {
            push(FieldError::new(
                join(prefix, "vacancy_kind"),
                "required",
                "Say whether this is paid work or volunteer work.",
            ));
        }
        let location_id = match self.location_id.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) if id.chars().count() > MAX_ID_CHARS => {
                push(FieldError::new(
                    join(prefix, "location_id"),
                    "unknown_location",
                    "This location does not exist.",
                ));
                None
            }
            Some(id) => Some(id.to_owned()),
        };
        let contact = optional_text(
            &join(prefix, "contact"),
            self.contact.as_deref().unwrap_or(""),
            MAX_CONTACT_CHARS,
        )
        .unwrap_or_else(|e| {
            push(e);
            None
        });
        let link = optional_text(
            &join(prefix, "link"),
            self.link.as_deref().unwrap_or(""),
            MAX_LINK_CHARS,
        )
        .unwrap_or_else(|e| {
            push(e);
            None
        });
        if let Some(link) = &link
            && let Err(e) = check_link(&join(prefix, "link"), link)
        {
            push(e);
        }
        if let Err(e) = check_language(&join(prefix, "source_language"), &self.source_language) {
            push(e);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // Fields of another kind mean nothing for this one; dropping them keeps reads simple.
        Ok(ItemFields {
            kind: self.kind,
            location_id,
            category: self.category.filter(|_| article),
            procedure_stage: self.procedure_stage.filter(|_| article),
            vacancy_kind: self.vacancy_kind.filter(|_| vacancy),
            contact,
            link,
            source_language: self.source_language.clone(),
        })
    }
}

impl TranslationText {
    pub fn validate(&self, prefix: &str) -> Result<TranslationText, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = required_text(&join(prefix, "title"), &self.title, MAX_TITLE_CHARS)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let summary = optional_text(&join(prefix, "summary"), &self.summary, MAX_SUMMARY_CHARS)
            .map_err(|e| errors.push(e))
            .unwrap_or_default()
            .unwrap_or_default();
        if let Err(body_errors) = richtext::validate(&join(prefix, "body"), &self.body) {
            errors.extend(body_errors);
        }
        if errors.is_empty() {
            Ok(TranslationText {
                title,
                summary,
                body: self.body.trim().to_owned(),
            })
        } else {
            Err(errors)
        }
    }
}

fn both<A, B>(
    a: Result<A, Vec<FieldError>>,
    b: Result<B, Vec<FieldError>>,
) -> Result<(A, B), Vec<FieldError>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err([a.err(), b.err()].into_iter().flatten().flatten().collect()),
    }
}

fn check_version(version: i64, min: i64) -> Result<(), Vec<FieldError>> {
    if version >= min {
        Ok(())
    } else {
        Err(vec![FieldError::new(
            "version",
            "invalid_version",
            "Send the version you edited, as it came from the server.",
        )])
    }
}

impl NewItem {
    pub fn validate(&self) -> Result<NewItem, Vec<FieldError>> {
        let (fields, source) = both(
            self.fields.validate("fields"),
            self.source.validate("source"),
        )?;
        Ok(NewItem { fields, source })
    }
}

impl UpdateItem {
    pub fn validate(&self) -> Result<UpdateItem, Vec<FieldError>> {
        let (fields, ()) = both(
            self.fields.validate("fields"),
            check_version(self.version, 1),
        )?;
        Ok(UpdateItem {
            fields,
            version: self.version,
        })
    }
}

impl TranslationInput {
    /// `language` is the path's; `version` 0 creates the translation.
    pub fn validate(&self, language: &str) -> Result<TranslationInput, Vec<FieldError>> {
        let language_ok = check_language("language", language).map_err(|e| vec![e]);
        let (text, ()) = both(self.text.validate("text"), check_version(self.version, 0))?;
        language_ok?;
        Ok(TranslationInput {
            text,
            status: self.status,
            version: self.version,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Category, TranslationStatus, VacancyKind};
    use crate::procedure::ProcedureStage;

    fn fields(kind: ContentKind) -> ItemFields {
        ItemFields {
            kind,
            location_id: Some(" loc-zwolle ".into()),
            category: Some(Category::HealthCare),
            procedure_stage: Some(ProcedureStage::Application),
            vacancy_kind: Some(VacancyKind::Volunteer),
            contact: Some("  ".into()),
            link: Some("https://www.coa.nl".into()),
            source_language: "nl".into(),
        }
    }

    fn text() -> TranslationText {
        TranslationText {
            title: " Huisarts ".into(),
            summary: "".into(),
            body: "## Wanneer\n\nBel [112](tel:112).\n".into(),
        }
    }

    fn fields_of(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_valid_article_is_cleaned() {
        let new = NewItem {
            fields: fields(ContentKind::Article),
            source: text(),
        }
        .validate()
        .unwrap();
        assert_eq!(new.fields.location_id.as_deref(), Some("loc-zwolle"));
        assert_eq!(new.fields.contact, None);
        assert_eq!(new.fields.vacancy_kind, None, "not a vacancy");
        assert_eq!(new.source.title, "Huisarts");
        assert_eq!(new.source.body, "## Wanneer\n\nBel [112](tel:112).");
    }

    #[test]
    fn news_keeps_no_article_or_vacancy_fields() {
        let mut f = fields(ContentKind::News);
        f.location_id = Some("".into());
        let clean = f.validate("fields").unwrap();
        assert_eq!(
            (clean.category, clean.procedure_stage, clean.vacancy_kind),
            (None, None, None)
        );
        assert_eq!(clean.location_id, None, "blank is agency-wide");
    }

    #[test]
    fn every_bad_field_is_named_with_its_path() {
        let mut f = fields(ContentKind::Article);
        f.category = None;
        f.link = Some("javascript:alert(1)".into());
        f.source_language = "xx".into();
        let bad = NewItem {
            fields: f,
            source: TranslationText {
                title: "t".repeat(201),
                summary: "s".repeat(301),
                body: "<script>x</script>".into(),
            },
        };
        assert_eq!(
            fields_of(bad.validate().unwrap_err()),
            [
                ("fields.category".to_string(), "required".to_string()),
                ("fields.link".into(), "link_not_allowed".into()),
                ("fields.source_language".into(), "unknown_language".into()),
                ("source.title".into(), "too_long".into()),
                ("source.summary".into(), "too_long".into()),
                ("source.body".into(), "html_not_allowed".into()),
            ]
        );
    }

    #[test]
    fn vacancies_need_a_kind_and_links_a_whole_address() {
        let mut f = fields(ContentKind::Vacancy);
        f.vacancy_kind = None;
        f.link = Some("/centre".into());
        assert_eq!(
            fields_of(f.validate("fields").unwrap_err()),
            [
                ("fields.vacancy_kind".to_string(), "required".to_string()),
                ("fields.link".into(), "link_not_allowed".into()),
            ]
        );
        let mut f = fields(ContentKind::Vacancy);
        f.link = Some("mailto:werk@coa.nl".into());
        assert!(f.validate("fields").is_ok());
    }

    #[test]
    fn translations_check_language_text_and_version() {
        let input = TranslationInput {
            text: text(),
            status: TranslationStatus::Review,
            version: 0,
        };
        assert!(input.validate("ti").is_ok());
        assert_eq!(
            fields_of(input.validate("zz").unwrap_err()),
            [("language".to_string(), "unknown_language".to_string())]
        );
        let bad = TranslationInput {
            text: TranslationText {
                title: " ".into(),
                summary: "".into(),
                body: "".into(),
            },
            status: TranslationStatus::Draft,
            version: -1,
        };
        assert_eq!(
            fields_of(bad.validate("ar").unwrap_err()),
            [
                ("text.title".to_string(), "required".to_string()),
                ("text.body".into(), "required".into()),
                ("version".into(), "invalid_version".into()),
            ]
        );
    }

    #[test]
    fn an_update_names_a_real_version() {
        let update = UpdateItem {
            fields: fields(ContentKind::Article),
            version: 0,
        };
        assert_eq!(update.validate().unwrap_err()[0].field, "version");
    }
}
