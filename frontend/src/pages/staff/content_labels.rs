//! Names of the content editor's choices (kinds, categories, stages, statuses) in the person's
//! language, and the codes the editor's selects carry (the same as the wire names).

use wegwijs_shared::content::{Category, ContentKind, Coverage, TranslationStatus, VacancyKind};
use wegwijs_shared::procedure::ProcedureStage;

use crate::components::icons::Icon;
use crate::components::labels::location_name;
use crate::i18n::tr;

pub const KINDS: [ContentKind; 3] = [
    ContentKind::Article,
    ContentKind::News,
    ContentKind::Vacancy,
];

pub const CATEGORIES: [Category; 6] = [
    Category::AsylumProcedure,
    Category::RightsObligations,
    Category::HealthCare,
    Category::Safety,
    Category::DailyLife,
    Category::LearningWork,
];

pub const VACANCY_KINDS: [VacancyKind; 2] = [VacancyKind::Paid, VacancyKind::Volunteer];

pub const STATUSES: [TranslationStatus; 3] = [
    TranslationStatus::Draft,
    TranslationStatus::Review,
    TranslationStatus::Published,
];

pub fn kind_code(kind: ContentKind) -> &'static str {
    crate::api::kind_code(kind)
}

pub fn kind_from(code: &str) -> Option<ContentKind> {
    KINDS.into_iter().find(|k| kind_code(*k) == code)
}

pub fn kind_label(kind: ContentKind) -> String {
    tr(&format!("content-kind-{}", kind_code(kind)))
}

pub fn category_code(category: Category) -> &'static str {
    match category {
        Category::AsylumProcedure => "asylum_procedure",
        Category::RightsObligations => "rights_obligations",
        Category::HealthCare => "health_care",
        Category::Safety => "safety",
        Category::DailyLife => "daily_life",
        Category::LearningWork => "learning_work",
    }
}

pub fn category_from(code: &str) -> Option<Category> {
    CATEGORIES.into_iter().find(|c| category_code(*c) == code)
}

pub fn category_label(category: Category) -> String {
    tr(&format!("content-category-{}", category_code(category)))
}

pub fn vacancy_code(kind: VacancyKind) -> &'static str {
    match kind {
        VacancyKind::Paid => "paid",
        VacancyKind::Volunteer => "volunteer",
    }
}

pub fn vacancy_from(code: &str) -> Option<VacancyKind> {
    VACANCY_KINDS.into_iter().find(|k| vacancy_code(*k) == code)
}

pub fn vacancy_label(kind: VacancyKind) -> String {
    tr(&format!("content-vacancy-{}", vacancy_code(kind)))
}

pub fn stage_label(stage: ProcedureStage) -> String {
    tr(&format!("content-stage-{}", stage.code()))
}

pub fn status_code(status: TranslationStatus) -> &'static str {
    match status {
        TranslationStatus::Draft => "draft",
        TranslationStatus::Review => "review",
        TranslationStatus::Published => "published",
    }
}

pub fn status_from(code: &str) -> Option<TranslationStatus> {
    STATUSES.into_iter().find(|s| status_code(*s) == code)
}

pub fn status_label(status: TranslationStatus) -> String {
    tr(&format!("content-status-{}", status_code(status)))
}

/// A coverage cell's word and icon: never colour alone.
pub fn coverage_label(coverage: Coverage) -> (String, Icon) {
    let (code, icon) = match coverage {
        Coverage::Missing => ("missing", Icon::Alert),
        Coverage::Draft => ("draft", Icon::Edit),
        Coverage::Review => ("review", Icon::Log),
        Coverage::Published => ("published", Icon::Check),
        Coverage::Outdated => ("outdated", Icon::Retry),
    };
    (tr(&format!("content-coverage-{code}")), icon)
}

pub fn coverage_class(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Missing => "coverage coverage-missing",
        Coverage::Draft => "coverage coverage-draft",
        Coverage::Review => "coverage coverage-review",
        Coverage::Published => "coverage coverage-published",
        Coverage::Outdated => "coverage coverage-outdated",
    }
}

/// "All locations" for an agency-wide item, else the location's name.
pub fn location_label(
    directory: &wegwijs_shared::locations::LocationDirectory,
    id: Option<&str>,
) -> String {
    match id {
        None => tr("content-all-locations"),
        Some(id) => location_name(directory, id),
    }
}
