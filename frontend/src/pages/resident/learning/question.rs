//! One question on the player's screen. Single, true/false and picture questions answer with one
//! press of a choice; multiple choice with check boxes and "Check"; order questions with Move up /
//! Move down per row (no dragging needed) and "Check". Feedback comes at once, graded on the phone
//! with `scoring::grade`; the answer itself is sent by the player.

use leptos::prelude::*;
use wegwijs_shared::learning::QuestionKind;
use wegwijs_shared::learning::local::{order_start, question_of};
use wegwijs_shared::learning::localize::{ChoiceView, ItemViewContent, Text};
use wegwijs_shared::learning::scoring::grade;

use super::text_span;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{Arg, t, t_args, tr};

/// A choice's label; true/false questions with empty labels say True and False in the reader's
/// language.
fn label_of(kind: QuestionKind, c: &ChoiceView) -> Text {
    if kind == QuestionKind::TrueFalse && c.label.text.trim().is_empty() {
        let key = if c.id == "true" {
            "learning-true"
        } else {
            "learning-false"
        };
        let lang = crate::i18n::use_i18n().language().code.to_owned();
        return Text {
            text: tr(key),
            lang,
        };
    }
    c.label.clone()
}

#[component]
pub fn QuestionCard(
    question_id: String,
    kind: QuestionKind,
    prompt: Text,
    choices: Vec<ChoiceView>,
    explanation: Option<Text>,
    attempt: u32,
    /// The answer given in this attempt, if any.
    given: RwSignal<Option<Vec<String>>>,
    on_answer: Callback<Vec<String>>,
) -> impl IntoView {
    let content = ItemViewContent::Question {
        kind,
        prompt: prompt.clone(),
        choices: choices.clone(),
        explanation: explanation.clone(),
    };
    let question = StoredValue::new(question_of(&content).expect("a question"));
    let choices = StoredValue::new(choices);
    let answered = move || given.get().is_some();
    let picked_now =
        move |id: &str| given.with(|g| g.as_ref().is_some_and(|g| g.iter().any(|c| c == id)));

    let body = match kind {
        QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Picture => {
            let buttons = choices.with_value(|cs| {
                cs.iter()
                    .map(|c| {
                        let id = c.id.clone();
                        let label = label_of(kind, c);
                        let image = c.image.clone().filter(|_| kind == QuestionKind::Picture);
                        let pressed = {
                            let id = id.clone();
                            move || picked_now(&id).to_string()
                        };
                        let inner = match image {
                            Some(src) => view! {
                                <img src=src alt=label.text.clone() lang=label.lang.clone()/>
                            }
                            .into_any(),
                            None => text_span(&label).into_any(),
                        };
                        view! {
                            <li>
                                <button type="button" class="learning-choice" data-testid="learning-choice"
                                    data-choice=id.clone() aria-pressed=pressed
                                    disabled=answered
                                    on:click=move |_| on_answer.run(vec![id.clone()])>
                                    {inner}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            });
            let class = if kind == QuestionKind::Picture {
                "learning-choices learning-pictures"
            } else {
                "learning-choices"
            };
            view! { <ul class=class>{buttons}</ul> }.into_any()
        }
        QuestionKind::Multiple => {
            let ticked = RwSignal::new(Vec::<String>::new());
            let boxes = choices.with_value(|cs| {
                cs.iter()
                    .map(|c| {
                        let id = c.id.clone();
                        let box_id = format!("learning-{question_id}-{}", c.id);
                        let (id2, id3) = (id.clone(), id.clone());
                        view! {
                            <li>
                                <input type="checkbox" id=box_id.clone() data-testid="learning-check-choice"
                                    data-choice=id.clone()
                                    prop:checked=move || picked_now(&id2) || ticked.with(|t| t.contains(&id3))
                                    disabled=answered
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        ticked.update(|t| {
                                            t.retain(|x| x != &id);
                                            if on {
                                                t.push(id.clone());
                                            }
                                        });
                                    }/>
                                <label for=box_id>{text_span(&label_of(kind, c))}</label>
                            </li>
                        }
                    })
                    .collect_view()
            });
            view! {
                <ul class="learning-choices learning-checks">{boxes}</ul>
                <p class="form-hint">{t("learning-pick-all")}</p>
                <button type="button" class="button" data-testid="learning-submit"
                    disabled=move || answered() || ticked.with(Vec::is_empty)
                    on:click=move |_| {
                        // In the question's own order, so the same answer always reads the same.
                        let picked: Vec<String> = choices.with_value(|cs| {
                            cs.iter()
                                .filter(|c| ticked.with(|t| t.contains(&c.id)))
                                .map(|c| c.id.clone())
                                .collect()
                        });
                        on_answer.run(picked);
                    }>
                    <IconSvg icon=Icon::Check/>" "{t("learning-check")}
                </button>
            }
            .into_any()
        }
        QuestionKind::Order => {
            let correct: Vec<String> =
                choices.with_value(|cs| cs.iter().map(|c| c.id.clone()).collect());
            let start = given
                .get_untracked()
                .unwrap_or_else(|| order_start(&correct, &format!("{question_id}#{attempt}")));
            let order = RwSignal::new(start);
            let count = correct.len();
            let label = move |id: &str| {
                choices.with_value(|cs| {
                    cs.iter()
                        .find(|c| c.id == id)
                        .map(|c| label_of(kind, c))
                        .unwrap_or(Text {
                            text: String::new(),
                            lang: String::new(),
                        })
                })
            };
            let swap = move |from: usize, to: usize| {
                order.update(|o| o.swap(from, to));
            };
            let rows = move || {
                order
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(n, id)| {
                        let text = label(&id);
                        let up = t_args("learning-move-up", &[("item", Arg::from(text.text.clone()))]);
                        let down = t_args("learning-move-down", &[("item", Arg::from(text.text.clone()))]);
                        view! {
                            <li class="learning-order-row" data-testid="learning-order-row" data-choice=id.clone()>
                                <span class="learning-order-n" aria-hidden="true">{n + 1}</span>
                                <span class="learning-order-text">{text_span(&text)}</span>
                                <button type="button" class="icon-button" data-testid="learning-move-up"
                                    aria-label=up.clone() title=up disabled=move || answered() || n == 0
                                    on:click=move |_| swap(n, n - 1)>
                                    <IconSvg icon=Icon::ArrowUp/>
                                </button>
                                <button type="button" class="icon-button" data-testid="learning-move-down"
                                    aria-label=down.clone() title=down disabled=move || answered() || n + 1 == count
                                    on:click=move |_| swap(n, n + 1)>
                                    <IconSvg icon=Icon::ArrowDown/>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            };
            view! {
                <p class="form-hint">{t("learning-order-hint")}</p>
                <ol class="learning-order">{rows}</ol>
                <button type="button" class="button" data-testid="learning-submit"
                    disabled=answered
                    on:click=move |_| on_answer.run(order.get_untracked())>
                    <IconSvg icon=Icon::Check/>" "{t("learning-check")}
                </button>
            }
            .into_any()
        }
    };

    let feedback = move || {
        let picked = given.get()?;
        let correct = question.with_value(|q| grade(q, &picked)).ok()?;
        let notes: Vec<Text> = if kind == QuestionKind::Order {
            Vec::new()
        } else {
            choices.with_value(|cs| {
                cs.iter()
                    .filter(|c| picked.contains(&c.id))
                    .filter_map(|c| c.feedback.clone())
                    .collect()
            })
        };
        let (class, icon, key) = if correct {
            (
                "learning-feedback learning-correct",
                Icon::Check,
                "learning-correct",
            )
        } else {
            (
                "learning-feedback learning-wrong",
                Icon::Alert,
                "learning-wrong",
            )
        };
        Some(view! {
            <div class=class data-testid="learning-feedback" data-correct=correct.to_string()>
                <p class="learning-verdict"><IconSvg icon/>" "<strong>{t(key)}</strong></p>
                {notes.into_iter().map(|n| view! { <p>{text_span(&n)}</p> }).collect_view()}
                {explanation.clone().map(|e| view! { <p>{text_span(&e)}</p> })}
            </div>
        })
    };

    view! {
        <h2 id="learning-step-heading" tabindex="-1">{text_span(&prompt)}</h2>
        {body}
        <div role="status" aria-live="polite">{feedback}</div>
    }
}
