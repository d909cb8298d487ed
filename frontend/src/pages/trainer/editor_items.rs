//! The editor's outline: lessons, their steps and questions, and a question's choices, each with
//! Move up / Move down / Remove buttons (no drag-only interface). Adding a step or question gives
//! it a fresh id; ids never change afterwards, so residents' progress stays attached when things
//! move.

use std::collections::BTreeSet;

use leptos::prelude::*;
use wegwijs_shared::learning::{
    Choice, Item, ItemContent, Lesson, Module, Question, QuestionKind, Texts,
};

use super::editor_texts::{
    Draft, PathErrors, PlainField, TextAt, TextsField, choice_path, field_id, item_path,
    lesson_path,
};
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{t, t_args, tr};

/// What the "Add" menu of a lesson offers.
const ADDABLE: [(&str, &str); 8] = [
    ("text", "trainer-kind-text"),
    ("image", "trainer-kind-image"),
    ("try_it", "trainer-kind-try-it"),
    ("single", "trainer-kind-single"),
    ("multiple", "trainer-kind-multiple"),
    ("true_false", "trainer-kind-true-false"),
    ("order", "trainer-kind-order"),
    ("picture", "trainer-kind-picture"),
];

fn all_ids(m: &Module) -> BTreeSet<String> {
    m.lessons
        .iter()
        .flat_map(|l| std::iter::once(l.id.clone()).chain(l.items.iter().map(|i| i.id.clone())))
        .collect()
}

/// `prefix-N` with the smallest N not used anywhere in the module.
pub fn fresh_id(m: &Module, prefix: &str) -> String {
    let used = all_ids(m);
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !used.contains(id))
        .unwrap_or_default()
}

fn fresh_choice_id(q: &Question) -> String {
    ('a'..='z')
        .map(String::from)
        .find(|id| q.choices.iter().all(|c| &c.id != id))
        .unwrap_or_else(|| format!("c{}", q.choices.len() + 1))
}

fn empty_choice(id: &str) -> Choice {
    Choice {
        id: id.to_owned(),
        label: Texts::new(),
        image: None,
        correct: false,
        feedback: Texts::new(),
    }
}

fn new_content(kind: &str) -> ItemContent {
    let question = |kind: QuestionKind| {
        let choices = if kind == QuestionKind::TrueFalse {
            vec![empty_choice("true"), empty_choice("false")]
        } else {
            vec![empty_choice("a"), empty_choice("b")]
        };
        ItemContent::Question(Question {
            kind,
            prompt: Texts::new(),
            choices,
            explanation: Texts::new(),
        })
    };
    match kind {
        "image" => ItemContent::Image {
            src: String::new(),
            alt: Texts::new(),
            caption: Texts::new(),
        },
        "try_it" => ItemContent::TryIt { text: Texts::new() },
        "single" => question(QuestionKind::Single),
        "multiple" => question(QuestionKind::Multiple),
        "true_false" => question(QuestionKind::TrueFalse),
        "order" => question(QuestionKind::Order),
        "picture" => question(QuestionKind::Picture),
        _ => ItemContent::Text { text: Texts::new() },
    }
}

pub fn new_lesson(m: &Module) -> Lesson {
    Lesson {
        id: fresh_id(m, "lesson"),
        title: Texts::new(),
        items: Vec::new(),
    }
}

fn kind_label(content: &ItemContent) -> String {
    tr(match content {
        ItemContent::Text { .. } => "trainer-kind-text",
        ItemContent::Image { .. } => "trainer-kind-image",
        ItemContent::TryIt { .. } => "trainer-kind-try-it",
        ItemContent::Question(q) => match q.kind {
            QuestionKind::Single => "trainer-kind-single",
            QuestionKind::Multiple => "trainer-kind-multiple",
            QuestionKind::TrueFalse => "trainer-kind-true-false",
            QuestionKind::Order => "trainer-kind-order",
            QuestionKind::Picture => "trainer-kind-picture",
        },
    })
}

/// Move up, Move down and Remove for one entry of a list. `id_base` keeps the buttons' ids stable
/// per entry, so focus can follow the entry to its new place.
#[component]
fn MoveButtons(
    draft: Draft,
    /// The entry's position and the list's length.
    index: usize,
    len: usize,
    /// The entry's stable id (lesson, item or choice id), for focus after a move.
    key: String,
    /// Which list: swaps entries `a` and `b` of it.
    swap: impl Fn(&mut Module, usize, usize) + Copy + 'static,
    remove: impl Fn(&mut Module, usize) + Copy + 'static,
    #[prop(into)] name: String,
) -> impl IntoView {
    let up_id = format!("up-{key}");
    let down_id = format!("down-{key}");
    let name_up = name.clone();
    let name_down = name.clone();
    let move_to = move |to: usize, focus: String| {
        draft.focus.set(Some(focus));
        draft.change(|m| swap(m, index, to));
    };
    let (up_focus, down_focus) = (up_id.clone(), down_id.clone());
    view! {
        <div class="outline-actions">
            <button type="button" class="button button-small button-secondary" id=up_id
                disabled={index == 0} data-testid="trainer-move-up"
                aria-label=move || format!("{} — {}", tr("trainer-move-up"), name_up)
                on:click=move |_| move_to(index - 1, up_focus.clone())>
                <IconSvg icon=Icon::ArrowUp/>" "{t("trainer-move-up")}
            </button>
            <button type="button" class="button button-small button-secondary" id=down_id
                disabled={index + 1 >= len} data-testid="trainer-move-down"
                aria-label=move || format!("{} — {}", tr("trainer-move-down"), name_down)
                on:click=move |_| move_to(index + 1, down_focus.clone())>
                <IconSvg icon=Icon::ArrowDown/>" "{t("trainer-move-down")}
            </button>
            <button type="button" class="button button-small button-secondary" data-testid="trainer-remove"
                aria-label=move || format!("{} — {}", tr("trainer-remove"), name)
                on:click=move |_| draft.change(|m| remove(m, index))>
                <IconSvg icon=Icon::Trash/>" "{t("trainer-remove")}
            </button>
        </div>
    }
}

/// Every lesson, rebuilt when the module's shape changes.
#[component]
pub fn Outline(draft: Draft) -> impl IntoView {
    let lessons_path = "lessons".to_owned();
    view! {
        <section class="outline" aria-labelledby="trainer-lessons-title" id=field_id("lessons")>
            <h2 id="trainer-lessons-title">{t("trainer-lessons-title")}</h2>
            <PathErrors draft path=lessons_path id=field_id("lessons")/>
            {move || {
                draft.shape.get();
                let lessons = draft.doc.with_untracked(|m| m.lessons.iter().map(|l| l.id.clone()).collect::<Vec<_>>());
                let len = lessons.len();
                view! {
                    <ol class="plain outline-lessons">
                        {lessons.into_iter().enumerate().map(|(l, key)| view! { <LessonEditor draft l len key/> }).collect_view()}
                    </ol>
                }
            }}
            <button type="button" class="button button-secondary" data-testid="trainer-add-lesson"
                on:click=move |_| draft.change(|m| { let lesson = new_lesson(m); m.lessons.push(lesson); })>
                <IconSvg icon=Icon::Plus/>" "{t("trainer-add-lesson")}
            </button>
        </section>
    }
}

#[component]
fn LessonEditor(draft: Draft, l: usize, len: usize, key: String) -> impl IntoView {
    let heading_id = format!("{}-heading", field_id(&lesson_path(l)));
    let number = t_args("trainer-path-lesson", &[("n", (l + 1).into())]);
    let items: Vec<String> = draft
        .doc
        .with_untracked(|m| m.lessons[l].items.iter().map(|i| i.id.clone()).collect());
    let count = items.len();
    let add_kind = RwSignal::new("text".to_owned());
    let add_id = format!("add-kind-{key}");
    view! {
        <li class="outline-lesson card" id=field_id(&lesson_path(l)) data-testid="trainer-lesson">
            <h3 id=heading_id>{number.clone()}</h3>
            <MoveButtons draft index=l len key=key.clone() name=number
                swap=|m, a, b| m.lessons.swap(a, b)
                remove=|m, i| { m.lessons.remove(i); }/>
            <PathErrors draft path=format!("{}.id", lesson_path(l)) id=field_id(&format!("{}.id", lesson_path(l)))/>
            <TextsField draft at=TextAt::LessonTitle(l) label=tr("trainer-field-lesson-title") required=true/>
            <PathErrors draft path=format!("{}.items", lesson_path(l)) id=field_id(&format!("{}.items", lesson_path(l)))/>
            <ol class="plain outline-items">
                {items.into_iter().enumerate().map(|(i, key)| view! { <ItemEditor draft l i len=count key/> }).collect_view()}
            </ol>
            <div class="outline-add">
                <div class="field">
                    <label for=add_id.clone()>{t("trainer-add-what")}</label>
                    <select id=add_id bind:value=add_kind data-testid="trainer-add-kind">
                        {ADDABLE.into_iter().map(|(value, label)| view! { <option value=value>{t(label)}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button button-secondary" data-testid="trainer-add-item"
                    on:click=move |_| {
                        let kind = add_kind.get_untracked();
                        draft.change(|m| {
                            let prefix = if kind.contains("text") || kind == "try_it" || kind == "image" { "step" } else { "question" };
                            let id = fresh_id(m, prefix);
                            m.lessons[l].items.push(Item { id, audio: Texts::new(), content: new_content(&kind) });
                        });
                    }>
                    <IconSvg icon=Icon::Plus/>" "{t("trainer-add-item")}
                </button>
            </div>
        </li>
    }
}

#[component]
fn ItemEditor(draft: Draft, l: usize, i: usize, len: usize, key: String) -> impl IntoView {
    let path = item_path(l, i);
    let heading_id = format!("{}-heading", field_id(&path));
    let content = draft
        .doc
        .with_untracked(|m| m.lessons[l].items[i].content.clone());
    let kind = kind_label(&content);
    let heading = format!(
        "{} · {kind}",
        t_args("trainer-path-item", &[("n", (i + 1).into())])
    );
    let item_key = key.clone();
    let body = match content {
        ItemContent::Text { .. } => view! {
            <TextsField draft at=TextAt::StepText(l, i) label=tr("trainer-field-text") multiline=true required=true/>
        }
        .into_any(),
        ItemContent::TryIt { .. } => view! {
            <TextsField draft at=TextAt::StepText(l, i) label=tr("trainer-field-try-it") multiline=true required=true/>
        }
        .into_any(),
        ItemContent::Image { src, .. } => view! {
            <PlainField draft path=format!("{path}.content.src") label=tr("trainer-field-image") value=src
                hint=tr("trainer-image-hint")
                set=move |m, v| if let Some(ItemContent::Image { src, .. }) = m.lessons.get_mut(l).and_then(|x| x.items.get_mut(i)).map(|x| &mut x.content) { *src = v; }/>
            <TextsField draft at=TextAt::Alt(l, i) label=tr("trainer-field-alt") required=true/>
            <TextsField draft at=TextAt::Caption(l, i) label=tr("trainer-field-caption")/>
        }
        .into_any(),
        ItemContent::Question(q) => view! { <QuestionEditor draft l i q/> }.into_any(),
    };
    view! {
        <li class="outline-item" id=field_id(&path) data-testid="trainer-item" data-item=item_key>
            <h4 id=heading_id>{heading.clone()}</h4>
            <MoveButtons draft index=i len key name=heading
                swap=move |m, a, b| m.lessons[l].items.swap(a, b)
                remove=move |m, x| { m.lessons[l].items.remove(x); }/>
            <PathErrors draft path=format!("{path}.id") id=field_id(&format!("{path}.id"))/>
            {body}
        </li>
    }
}

fn question_mut(m: &mut Module, l: usize, i: usize) -> Option<&mut Question> {
    match m
        .lessons
        .get_mut(l)
        .and_then(|x| x.items.get_mut(i))
        .map(|x| &mut x.content)
    {
        Some(ItemContent::Question(q)) => Some(q),
        _ => None,
    }
}

#[component]
fn QuestionEditor(draft: Draft, l: usize, i: usize, q: Question) -> impl IntoView {
    let choices_path = format!("{}.content.choices", item_path(l, i));
    let legend_id = format!("{}-legend", field_id(&choices_path));
    let kind = q.kind;
    let len = q.choices.len();
    let hint = match kind {
        QuestionKind::Single | QuestionKind::Picture => "trainer-choices-hint-one",
        QuestionKind::Multiple => "trainer-choices-hint-some",
        QuestionKind::TrueFalse => "trainer-choices-hint-true-false",
        QuestionKind::Order => "trainer-choices-hint-order",
    };
    let fixed = kind == QuestionKind::TrueFalse;
    view! {
        <TextsField draft at=TextAt::Prompt(l, i) label=tr("trainer-field-prompt") multiline=true required=true/>
        <fieldset class="choices" id=field_id(&choices_path) aria-describedby=format!("{legend_id}-hint")>
            <legend id=legend_id.clone()>{t("trainer-choices")}</legend>
            <p class="hint" id=format!("{legend_id}-hint")>{t(hint)}</p>
            <PathErrors draft path=choices_path.clone() id=field_id(&choices_path)/>
            <ol class="plain">
                {q.choices.into_iter().enumerate().map(|(c, choice)| view! { <ChoiceEditor draft l i c len kind choice fixed/> }).collect_view()}
            </ol>
            {(!fixed).then(|| view! {
                <button type="button" class="button button-secondary button-small" data-testid="trainer-add-choice"
                    on:click=move |_| draft.change(|m| if let Some(q) = question_mut(m, l, i) { let id = fresh_choice_id(q); q.choices.push(empty_choice(&id)); })>
                    <IconSvg icon=Icon::Plus/>" "{t("trainer-add-choice")}
                </button>
            })}
        </fieldset>
        <TextsField draft at=TextAt::Explanation(l, i) label=tr("trainer-field-explanation") multiline=true/>
    }
}

#[component]
fn ChoiceEditor(
    draft: Draft,
    l: usize,
    i: usize,
    c: usize,
    len: usize,
    kind: QuestionKind,
    choice: Choice,
    fixed: bool,
) -> impl IntoView {
    let path = choice_path(l, i, c);
    let correct_id = format!("{}-correct", field_id(&path));
    let name = t_args("trainer-path-choice", &[("n", (c + 1).into())]);
    let one = matches!(
        kind,
        QuestionKind::Single | QuestionKind::Picture | QuestionKind::TrueFalse
    );
    let group = format!("correct-{}", field_id(&item_path(l, i)));
    let label = if kind == QuestionKind::TrueFalse {
        tr(if choice.id == "true" {
            "trainer-true"
        } else {
            "trainer-false"
        })
    } else {
        name.clone()
    };
    let key = format!("{}-{}-{}", l, i, choice.id);
    let correct_label = format!("{} — {}", tr("trainer-correct"), label);
    view! {
        <li class="editor-choice" id=field_id(&path) data-testid="trainer-choice">
            <p class="choice-name">{label}</p>
            {(!fixed).then(|| view! {
                <MoveButtons draft index=c len key name=name.clone()
                    swap=move |m, a, b| if let Some(q) = question_mut(m, l, i) { q.choices.swap(a, b); }
                    remove=move |m, x| if let Some(q) = question_mut(m, l, i) { q.choices.remove(x); }/>
            })}
            <PathErrors draft path=format!("{path}.id") id=field_id(&format!("{path}.id"))/>
            {(kind != QuestionKind::TrueFalse).then(|| view! {
                <TextsField draft at=TextAt::ChoiceLabel(l, i, c) label=tr(if kind == QuestionKind::Picture { "trainer-field-picture-description" } else { "trainer-field-label" }) required=true/>
            })}
            {(kind == QuestionKind::Picture).then(|| view! {
                <PlainField draft path=format!("{path}.image") label=tr("trainer-field-image") value=choice.image.clone().unwrap_or_default()
                    hint=tr("trainer-image-hint")
                    set=move |m, v| if let Some(choice) = question_mut(m, l, i).and_then(|q| q.choices.get_mut(c)) { choice.image = (!v.trim().is_empty()).then_some(v); }/>
            })}
            {(kind != QuestionKind::Order).then(|| view! {
                <div class="check">
                    <input type=if one { "radio" } else { "checkbox" } id=correct_id.clone() name=group
                        checked=choice.correct data-testid="trainer-correct"
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            draft.doc.update(|m| if let Some(q) = question_mut(m, l, i) {
                                for (n, choice) in q.choices.iter_mut().enumerate() {
                                    if n == c { choice.correct = on; } else if one { choice.correct = false; }
                                }
                            });
                        }/>
                    <label for=correct_id>{correct_label}</label>
                </div>
            })}
            {(kind != QuestionKind::Order).then(|| view! {
                <TextsField draft at=TextAt::ChoiceFeedback(l, i, c) label=tr("trainer-field-feedback")/>
            })}
        </li>
    }
}
