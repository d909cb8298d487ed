//! The pieces of the editor that deal with one language's text: the title/summary/body fields with
//! a short markup help, the live preview (rendered by the same `wegwijs_shared::richtext` the API
//! renders residents' pages with), and the "someone else changed this" notice of a 409.

use leptos::prelude::*;
use wegwijs_shared::content::TranslationText;
use wegwijs_shared::problem::FieldError;

use crate::api::ApiFailure;
use crate::components::form::{
    ConflictAlert, FieldMessage, FormState, TextField, is_version_conflict,
};
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{field_error, t, tr};

/// One language's text being edited.
#[derive(Clone, Copy)]
pub struct TextDraft {
    pub title: RwSignal<String>,
    pub summary: RwSignal<String>,
    pub body: RwSignal<String>,
}

impl TextDraft {
    pub fn new(text: Option<&TranslationText>) -> Self {
        Self {
            title: RwSignal::new(text.map(|t| t.title.clone()).unwrap_or_default()),
            summary: RwSignal::new(text.map(|t| t.summary.clone()).unwrap_or_default()),
            body: RwSignal::new(text.map(|t| t.body.clone()).unwrap_or_default()),
        }
    }

    pub fn set(self, text: &TranslationText) {
        self.title.set(text.title.clone());
        self.summary.set(text.summary.clone());
        self.body.set(text.body.clone());
    }

    pub fn get(self) -> TranslationText {
        TranslationText {
            title: self.title.get_untracked(),
            summary: self.summary.get_untracked(),
            body: self.body.get_untracked(),
        }
    }
}

/// The API names the text `source.*` when an item is created and `text.*` when a translation is
/// written; the form shows both under `prefix` (`source` or `text`).
pub fn rename_fields(failure: ApiFailure, prefix: &str) -> ApiFailure {
    match failure {
        ApiFailure::Problem(mut problem) => {
            for error in &mut problem.errors {
                for from in ["source.", "text."] {
                    if let Some(rest) = error.field.strip_prefix(from) {
                        error.field = format!("{prefix}.{rest}");
                    }
                }
            }
            ApiFailure::Problem(problem)
        }
        other => other,
    }
}

/// Title, summary and body of one language, each showing its own field error. `prefix` is the
/// API's name for the text (`source` or `text`), `id` keeps two forms on one page apart.
#[component]
pub fn TextFields(
    draft: TextDraft,
    form: FormState,
    prefix: &'static str,
    /// The text's language, so the browser and screen readers treat it as such.
    #[prop(into)]
    lang: Signal<String>,
) -> impl IntoView {
    let (title, summary, body) = match prefix {
        "source" => ("source.title", "source.summary", "source.body"),
        _ => ("text.title", "text.summary", "text.body"),
    };
    view! {
        <div class="text-fields" lang=move || lang.get() dir="auto">
            <TextField id=title label=tr("content-field-title") value=draft.title form required=true/>
            <TextField
                id=summary
                label=tr("content-field-summary")
                value=draft.summary
                form
                hint=tr("content-summary-hint")
            />
            <BodyField id=body draft form/>
        </div>
    }
}

#[component]
fn BodyField(id: &'static str, draft: TextDraft, form: FormState) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let hint_id = hint_id.clone();
        move || match form.message(id) {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    view! {
        <div class="field" class:field-invalid=move || form.message(id).is_some()>
            <label for=id>{t("content-field-body")}</label>
            <div class="hint markup-help" id=hint_id>
                <p>{t("content-markup-help")}</p>
                <ul dir="ltr">
                    <li><code>"## "</code>{t("content-markup-heading")}</li>
                    <li><code>"- "</code>{t("content-markup-list")}</li>
                    <li><code>"**…**"</code>{t("content-markup-bold")}</li>
                    <li><code>"[…](https://…)"</code>{t("content-markup-link")}</li>
                </ul>
            </div>
            <FieldMessage id form/>
            <textarea
                id=id
                name=id
                rows="12"
                required=true
                aria-invalid=move || form.message(id).map(|_| "true")
                aria-describedby=described
                bind:value=draft.body
            ></textarea>
        </div>
    }
}

/// What residents will see: the body rendered by the same code as the API's, or why it cannot be.
#[component]
pub fn Preview(
    draft: TextDraft,
    /// Unique on the page (the source and a translation can both show one).
    id: &'static str,
    #[prop(into)] lang: Signal<String>,
) -> impl IntoView {
    let rendered = Memo::new(move |_| draft.body.with(|b| wegwijs_shared::richtext::render(b)));
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <section class="preview" aria-labelledby=labelled_by data-testid=id>
            <h2 id=heading>{t("content-preview")}</h2>
            <div class="preview-page" lang=move || lang.get() dir="auto">
                <p class="preview-title"><bdi>{move || draft.title.get()}</bdi></p>
                <p class="preview-summary"><bdi>{move || draft.summary.get()}</bdi></p>
                {move || match rendered.get() {
                    Ok(html) => view! { <div class="rich-text" inner_html=html></div> }.into_any(),
                    Err(errors) => view! { <PreviewErrors errors/> }.into_any(),
                }}
            </div>
        </section>
    }
}

#[component]
fn PreviewErrors(errors: Vec<FieldError>) -> impl IntoView {
    view! {
        <ul class="field-errors preview-errors">
            {errors
                .into_iter()
                .map(|e| {
                    view! {
                        <li>
                            <IconSvg icon=Icon::Alert/>
                            " "{field_error(&e.code, &e.message)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The form's alert: for a conflict, what happened and a way to see the other version (the text
/// typed here stays in the form); anything else as the usual form alert.
#[component]
pub fn EditAlert(form: FormState, on_load_theirs: Callback<()>) -> impl IntoView {
    let conflict = move || {
        form.failure
            .with(|f| f.as_ref().is_some_and(is_version_conflict))
    };
    view! {
        <ConflictAlert
            form
            conflict
            message="content-conflict"
            action="content-load-theirs"
            on_action=on_load_theirs
            test_id="content-conflict"
            action_test_id="content-load-theirs"
        />
    }
}

/// The other person's text, shown next to one's own after a conflict; "use theirs" copies it into
/// the form (one's own text is gone only then, on request).
#[component]
pub fn TheirVersion(text: TranslationText, draft: TextDraft) -> impl IntoView {
    let copy = StoredValue::new(text.clone());
    let html = wegwijs_shared::richtext::render_or_escape(&text.body);
    view! {
        <section class="panel their-version" aria-labelledby="their-version-title" data-testid="content-theirs">
            <h2 id="their-version-title">{t("content-their-version")}</h2>
            <p>{t("content-their-version-help")}</p>
            <p class="preview-title"><bdi>{text.title}</bdi></p>
            <p class="preview-summary"><bdi>{text.summary}</bdi></p>
            <div class="rich-text" inner_html=html></div>
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| draft.set(&copy.get_value())
            >
                <IconSvg icon=Icon::Copy/>
                " "{t("content-use-theirs")}
            </button>
        </section>
    }
}
