//! `/learning/{module_id}`: the lesson player. One item per screen, opening where the resident left
//! off. Answers are graded on the phone at once (the same `scoring::grade` the server runs) and sent
//! through the offline queue, like the seen steps; after a reload offline, what still waits in the
//! queue is folded into the saved progress (`learning::local`), so nothing looks lost.
//!
//! `?preview=1&language=xx` is the trainers' "preview as a resident": the draft is localized in the
//! browser and nothing is sent.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::JsCast;
use wegwijs_shared::api_paths;
use wegwijs_shared::learning::Module;
use wegwijs_shared::learning::local::{
    apply_answer, apply_seen, empty_progress, last_result, module_of,
};
use wegwijs_shared::learning::localize::{ItemView, ItemViewContent, ModuleView, Text, localize};
use wegwijs_shared::learning::progress::resume_point;
use wegwijs_shared::learning::wire::{AnswerInput, ModuleProgress, SeenInput};
use wegwijs_shared::offline::EntryState;

use super::question::QuestionCard;
use super::text_span;
use crate::api::{self, ApiFailure, Sent};
use crate::components::api_view::api_view;
use crate::components::error_display::explain;
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::dir_of;
use crate::components::listen::Listen;
use crate::components::pwa;
use crate::components::session::use_session;
use crate::i18n::{Arg, t, t_args, tr, use_i18n};

/// Seen steps are sent a few at a time (a set on the server: a replay is harmless).
const SEEN_BATCH: usize = 3;

#[derive(Clone)]
struct Loaded {
    view: ModuleView,
    progress: ModuleProgress,
    preview: bool,
}

fn me() -> String {
    use_session()
        .get_untracked()
        .view()
        .map(|v| v.account_id.clone())
        .unwrap_or_default()
}

/// The module and the resident's progress, with the changes still waiting in the queue folded in.
async fn load(
    id: String,
    language: String,
    preview: bool,
    me: String,
) -> Result<Loaded, ApiFailure> {
    if preview {
        let draft = api::learning_draft(&id).await?;
        let view = localize(&draft.module, draft.version, &language);
        let progress = empty_progress(&id);
        return Ok(Loaded {
            view,
            progress,
            preview,
        });
    }
    let view = api::learning_module(&id, &language).await?;
    let mut progress = match api::learning_progress(&id).await {
        Ok(p) => p,
        // Opened offline without a saved copy of the progress: start from nothing; the queue's
        // answers below and the server's merge on arrival keep it right.
        Err(ApiFailure::Network(_)) => empty_progress(&id),
        Err(f) => return Err(f),
    };
    let module = module_of(&view);
    // An empty question id fills to the prefix every answer of this module shares.
    let answers = api_paths::learning_answer(&id, "");
    let seen = api_paths::learning_seen(&id);
    let prefix = format!("{}/", api_paths::learning_module(&id));
    for (path, body) in crate::offline::waiting_bodies(&me, "PUT", &prefix).await {
        if path == seen {
            if let Ok(input) = serde_json::from_str::<SeenInput>(&body) {
                apply_seen(&module, &mut progress, &input.items);
            }
        } else if let Some(qid) = path.strip_prefix(&answers)
            && let Ok(input) = serde_json::from_str::<AnswerInput>(&body)
        {
            let qid: String = js_sys::decode_uri_component(qid)
                .map(String::from)
                .unwrap_or_else(|_| qid.to_owned());
            apply_answer(&module, &mut progress, &qid, &input);
        }
    }
    Ok(Loaded {
        view,
        progress,
        preview,
    })
}

#[component]
pub fn PlayerPage(id: String) -> impl IntoView {
    let query = use_query_map();
    let preview = query.with_untracked(|q| q.get("preview").as_deref() == Some("1"));
    let language = query
        .with_untracked(|q| q.get("language"))
        .filter(|_| preview)
        .unwrap_or_else(|| use_i18n().language().code.to_owned());
    let me = me();
    let loaded =
        LocalResource::new(move || load(id.clone(), language.clone(), preview, me.clone()));
    view! {
        <section class="page learning-player" aria-labelledby="learning-player-title">
            {preview.then(|| view! {
                <p class="learning-preview-banner" role="note" data-testid="learning-preview">
                    <IconSvg icon=Icon::Alert/>
                    " "{t("learning-preview-banner")}
                </p>
            })}
            {api_view(loaded, "learning-loading", |l| view! { <Player loaded=l/> })}
        </section>
    }
}

/// Every image the module shows, so the service worker keeps them for offline use.
fn images(view: &ModuleView) -> Vec<String> {
    let mut all = Vec::new();
    for item in view.lessons.iter().flat_map(|l| &l.items) {
        match &item.content {
            ItemViewContent::Image { src, .. } => all.push(src.clone()),
            ItemViewContent::Question { choices, .. } => {
                all.extend(choices.iter().filter_map(|c| c.image.clone()))
            }
            _ => {}
        }
    }
    all
}

fn focus_step() {
    request_animation_frame(|| {
        if let Some(el) = document().get_element_by_id("learning-step-heading")
            && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = el.focus();
        }
    });
}

/// The flat position of a (lesson, item) pair.
fn flat(steps: &[(usize, usize)], at: (usize, usize)) -> Option<usize> {
    steps.iter().position(|s| *s == at)
}

/// Where the player opens: where the resident left off; the end screen when everything is done or
/// the last attempt just ended without a pass.
fn start_at(module: &Module, steps: &[(usize, usize)], p: &ModuleProgress) -> Option<usize> {
    let failed_last = p.answers.is_empty() && p.attempts.last().is_some_and(|a| !a.passed);
    if failed_last || steps.is_empty() {
        return None;
    }
    let answered: Vec<String> = p.answers.iter().map(|a| a.question_id.clone()).collect();
    match resume_point(module, &p.seen, &answered) {
        Some(at) => flat(steps, at),
        None if p.attempts.is_empty() => Some(0),
        None => None,
    }
}

#[component]
fn Player(loaded: Loaded) -> impl IntoView {
    let Loaded {
        view: module_view,
        progress: initial,
        preview,
    } = loaded;
    let module = module_of(&module_view);
    let steps: Vec<(usize, usize)> = module
        .lessons
        .iter()
        .enumerate()
        .flat_map(|(l, lesson)| (0..lesson.items.len()).map(move |i| (l, i)))
        .collect();
    let total = steps.len();
    let pos = RwSignal::new(start_at(&module, &steps, &initial));
    let progress = RwSignal::new(initial);
    let module = StoredValue::new(module);
    let module_view = StoredValue::new(module_view);
    let steps = StoredValue::new(steps);
    let unsent_seen = StoredValue::new(Vec::<String>::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let id = module_view.with_value(|v| v.id.clone());
    let prefix = format!("{}/", api_paths::learning_module(&id));

    if !preview {
        // The view and the progress were just read (the service worker kept them); the pictures
        // are fetched now, so the lessons show them offline too.
        let pictures = module_view.with_value(images);
        if !pictures.is_empty() {
            let pictures: Vec<&str> = pictures.iter().map(String::as_str).collect();
            pwa::warm(&pictures);
        }
    }

    // This module's changes still on this device.
    let queue = crate::offline::use_queue_status();
    let waiting = {
        let prefix = prefix.clone();
        Memo::new(move |_| {
            queue.with(|q| {
                q.entries
                    .iter()
                    .filter(|e| e.path.starts_with(&prefix) && e.state != EntryState::Rejected)
                    .count()
            })
        })
    };
    // Everything waiting has arrived: the server's progress now has it all (and the certificate).
    {
        let id = id.clone();
        Effect::new(move |before: Option<usize>| {
            let now = waiting.get();
            if !preview && before.is_some_and(|b| b > 0) && now == 0 {
                let id = id.clone();
                spawn_local(async move {
                    if let Ok(server) = api::learning_progress(&id).await {
                        progress.try_set(server);
                    }
                });
            }
            now
        });
    }

    let send_seen = {
        let id = id.clone();
        move |force: bool| {
            if preview {
                return;
            }
            // `try_`: this also runs while the player is being cleaned up.
            let batch = unsent_seen.try_with_value(Vec::len).unwrap_or_default();
            if batch == 0 || (!force && batch < SEEN_BATCH) {
                return;
            }
            let Some(items) = unsent_seen.try_update_value(std::mem::take) else {
                return;
            };
            let id = id.clone();
            spawn_local(async move {
                match api::learning_seen(&id, items).await {
                    Ok(Sent::Done(server)) => {
                        progress.try_update(|p| {
                            if p.certificate.is_none() {
                                p.certificate = server.certificate;
                            }
                        });
                    }
                    Ok(Sent::Queued) => {}
                    Err(f) => {
                        failure.try_set(Some(f));
                    }
                }
            });
        }
    };
    {
        let send_seen = send_seen.clone();
        on_cleanup(move || send_seen(true));
    }

    let go = move |to: Option<usize>| {
        pos.set(to);
        focus_step();
    };
    let next = {
        let send_seen = send_seen.clone();
        move || {
            let Some(at) = pos.get_untracked() else {
                return;
            };
            let (l, i) = steps.with_value(|s| s[at]);
            let item = module.with_value(|m| m.lessons[l].items[i].clone());
            let is_question = matches!(
                item.content,
                wegwijs_shared::learning::ItemContent::Question(_)
            );
            if !is_question && !progress.with_untracked(|p| p.seen.contains(&item.id)) {
                let ids = vec![item.id.clone()];
                module.with_value(|m| progress.update(|p| apply_seen(m, p, &ids)));
                unsent_seen.update_value(|u| u.push(item.id.clone()));
            }
            let to = (at + 1 < total).then_some(at + 1);
            let next_is_question = to.is_some_and(|n| {
                let (l, i) = steps.with_value(|s| s[n]);
                module.with_value(|m| {
                    matches!(
                        m.lessons[l].items[i].content,
                        wegwijs_shared::learning::ItemContent::Question(_)
                    )
                })
            });
            send_seen(to.is_none() || next_is_question);
            go(to);
        }
    };

    let answer = {
        let id = id.clone();
        Callback::new(move |(qid, choices): (String, Vec<String>)| {
            let input = AnswerInput {
                attempt: progress.with_untracked(|p| p.attempt),
                choices,
                answered_at_ms: js_sys::Date::now(),
            };
            module.with_value(|m| {
                progress.update(|p| {
                    apply_answer(m, p, &qid, &input);
                })
            });
            if preview {
                return;
            }
            let id = id.clone();
            spawn_local(async move {
                match api::learning_answer(&id, &qid, &input).await {
                    Ok(Sent::Done(outcome)) => {
                        progress.try_update(|p| {
                            if p.certificate.is_none() {
                                p.certificate = outcome.progress.certificate;
                            }
                        });
                    }
                    Ok(Sent::Queued) => {}
                    Err(f) => {
                        failure.try_set(Some(f));
                    }
                }
            });
        })
    };

    let title = module_view.with_value(|v| v.title.clone());
    view! {
        <h1 id="learning-player-title">{text_span(&title)}</h1>
        {move || (!preview && waiting.get() > 0).then(|| view! {
            <p class="learning-queued" role="status" data-testid="learning-queued">
                <IconSvg icon=Icon::Offline/>
                " "{t("learning-queued")}
            </p>
        })}
        {move || failure.get().map(|f| view! {
            <p class="form-alert" role="alert">{tr(explain(&f))}</p>
        })}
        {move || match pos.get() {
            Some(at) => {
                let (l, i) = steps.with_value(|s| s[at]);
                let (lesson_title, item) = module_view.with_value(|v| {
                    (v.lessons[l].title.clone(), v.lessons[l].items[i].clone())
                });
                let next = next.clone();
                view! {
                    <Step at total lesson_title item answer progress preview
                        on_back=move || go(Some(at.saturating_sub(1)))
                        on_next=move || next()/>
                }
                .into_any()
            }
            None => view! {
                <EndScreen progress preview
                    pass_percent=module_view.with_value(|v| v.pass_percent)
                    on_retry=move || {
                        let start = progress.with_untracked(|p| {
                            let answered: Vec<String> =
                                p.answers.iter().map(|a| a.question_id.clone()).collect();
                            module.with_value(|m| resume_point(m, &p.seen, &answered))
                        });
                        go(start.and_then(|at| steps.with_value(|s| flat(s, at))).or(Some(0)));
                    }/>
            }
            .into_any(),
        }}
    }
}

/// Plain text with blank lines between paragraphs, in the text's own language and direction.
fn paragraphs(text: &Text) -> impl IntoView + use<> {
    let lang = text.lang.clone();
    text.text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p lang=lang.clone() dir=dir_of(&lang)>{p.trim().to_owned()}</p> })
        .collect_view()
}

#[component]
fn Step(
    at: usize,
    total: usize,
    lesson_title: Text,
    item: ItemView,
    answer: Callback<(String, Vec<String>)>,
    progress: RwSignal<ModuleProgress>,
    preview: bool,
    on_back: impl Fn() + Send + Sync + 'static,
    on_next: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let where_text = t_args(
        "learning-step-of",
        &[
            ("step", Arg::from((at + 1) as f64)),
            ("total", Arg::from(total as f64)),
        ],
    );
    // Answered in the current attempt (also the question that just finished an attempt).
    let qid = item.id.clone();
    let given = RwSignal::new(progress.with_untracked(|p| {
        p.answers
            .iter()
            .find(|a| a.question_id == qid)
            .map(|a| a.choices.clone())
    }));
    let is_question = matches!(item.content, ItemViewContent::Question { .. });
    let audio = item.audio.clone().map(|src| {
        view! {
            <p class="learning-audio">
                <span>{t("learning-audio")}</span>
                <audio controls preload="none" src=src></audio>
            </p>
        }
    });
    let attempt = progress.with_untracked(|p| p.attempt);
    let body = match item.content.clone() {
        ItemViewContent::Text { text } => view! {
            <h2 id="learning-step-heading" tabindex="-1">{text_span(&lesson_title)}</h2>
            <div class="learning-text">{paragraphs(&text)}</div>
        }
        .into_any(),
        ItemViewContent::TryIt { text } => view! {
            <h2 id="learning-step-heading" tabindex="-1">
                <IconSvg icon=Icon::Phone/>" "{t("learning-try-it")}
            </h2>
            <div class="learning-text learning-try">{paragraphs(&text)}</div>
        }
        .into_any(),
        ItemViewContent::Image { src, alt, caption } => view! {
            <h2 id="learning-step-heading" tabindex="-1">{text_span(&lesson_title)}</h2>
            <figure class="learning-figure">
                <img src=src alt=alt.text.clone() lang=alt.lang.clone()/>
                {caption.map(|c| view! { <figcaption>{paragraphs(&c)}</figcaption> })}
            </figure>
        }
        .into_any(),
        ItemViewContent::Question {
            kind,
            prompt,
            choices,
            explanation,
        } => {
            let qid = item.id.clone();
            view! {
                <QuestionCard question_id=item.id.clone() kind prompt choices explanation attempt
                    given on_answer=Callback::new(move |choices: Vec<String>| {
                        given.set(Some(choices.clone()));
                        answer.run((qid.clone(), choices));
                    })/>
            }
            .into_any()
        }
    };
    let can_go_on = move || !is_question || given.get().is_some();
    let _ = preview;
    view! {
        <article class="card learning-step" data-testid="learning-step" data-item=item.id.clone()>
            <p class="learning-where" data-testid="learning-where">
                <span>{where_text}</span>" · "{text_span(&lesson_title)}
            </p>
            {body}
            {audio}
            <Listen/>
        </article>
        <nav class="learning-nav" aria-label=t("learning-nav")>
            <button type="button" class="button button-secondary" data-testid="learning-back"
                disabled=at == 0 on:click=move |_| on_back()>
                <span class="flip-rtl"><IconSvg icon=Icon::ArrowBack/></span>
                " "{t("learning-back")}
            </button>
            <button type="button" class="button" data-testid="learning-next"
                disabled=move || !can_go_on() on:click=move |_| on_next()>
                {t("learning-next")}" "
                <span class="flip-rtl"><IconSvg icon=Icon::ArrowNext/></span>
            </button>
        </nav>
    }
}

#[component]
fn EndScreen(
    progress: RwSignal<ModuleProgress>,
    preview: bool,
    pass_percent: u8,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let on_retry = StoredValue::new(on_retry);
    move || {
        let p = progress.get();
        let Some(result) = last_result(&p).cloned() else {
            return view! {
                <section class="card learning-end" data-testid="learning-end">
                    <h2 id="learning-step-heading" tabindex="-1">{t("learning-end-title")}</h2>
                    <p>{t("learning-end-no-questions")}</p>
                    <p><A href="/learning" attr:class="button">{t("learning-back-to-list")}</A></p>
                </section>
            }
            .into_any();
        };
        let score = t_args(
            "learning-score",
            &[
                ("correct", Arg::from(f64::from(result.correct))),
                ("total", Arg::from(f64::from(result.total))),
            ],
        );
        let outcome = if result.passed {
            let certificate = match (&p.certificate, preview) {
                (_, true) => view! { <p>{t("learning-preview-no-certificate")}</p> }.into_any(),
                (Some(c), false) => {
                    let href = format!("/verify/{}", c.code);
                    view! {
                        <p>{t("learning-certificate-code")}</p>
                        <p class="learning-code" data-testid="learning-certificate-code">
                            <bdi>{c.code.clone()}</bdi>
                        </p>
                        <p>
                            <A href=href attr:class="button button-secondary" attr:data-testid="learning-verify-link">
                                <IconSvg icon=Icon::Shield/>" "{t("learning-verify-link")}
                            </A>
                        </p>
                    }
                    .into_any()
                }
                (None, false) => view! {
                    <p data-testid="learning-certificate-waiting">
                        <IconSvg icon=Icon::Offline/>" "{t("learning-certificate-waiting")}
                    </p>
                }
                .into_any(),
            };
            view! {
                <p class="learning-passed" data-testid="learning-passed">
                    <IconSvg icon=Icon::Star/>" "{t("learning-passed")}
                </p>
                {certificate}
            }
            .into_any()
        } else {
            let needed = t_args(
                "learning-not-passed",
                &[("percent", Arg::from(f64::from(pass_percent)))],
            );
            view! {
                <p class="learning-not-passed" data-testid="learning-not-passed">
                    <IconSvg icon=Icon::Alert/>" "{needed}
                </p>
                <p>
                    <button type="button" class="button button-big" data-testid="learning-retry"
                        on:click=move |_| on_retry.with_value(|f| f())>
                        <IconSvg icon=Icon::Retry/>" "{t("learning-try-again")}
                    </button>
                </p>
            }
            .into_any()
        };
        view! {
            <section class="card learning-end" data-testid="learning-end">
                <h2 id="learning-step-heading" tabindex="-1">{t("learning-end-title")}</h2>
                <p class="learning-score" data-testid="learning-score" data-correct=result.correct
                    data-total=result.total>{score}</p>
                {outcome}
                <ul class="link-list">
                    <li><A href="/learning"><IconSvg icon=Icon::Learn/>" "{t("learning-back-to-list")}</A></li>
                    <li><A href="/learning/passport"><IconSvg icon=Icon::Card/>" "{t("learning-passport-link")}</A></li>
                </ul>
            </section>
        }
        .into_any()
    }
}
