//! `/favourites`: what the resident saved with the star, found in the content on the device.
//! A favourite that is no longer published (or not in this language) is named as gone; activities
//! and services are named from the answers their own pages ask for (the saved copies offline) and
//! lead to their card there; without those answers they lead to their page.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::content::{FavouriteKind, ResidentItem};
use wegwijs_shared::search::{DocKind, Document};

use super::common::{Favourites, ItemLink, favourite_kind, use_content, use_favourites};
use super::others::{OtherLink, use_others};
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

#[component]
pub fn FavouritesPage() -> impl IntoView {
    let content = use_content();
    let favourites = use_favourites();
    let others = use_others();
    view! {
        <section class="page" aria-labelledby="favourites-title">
            <h1 id="favourites-title">
                <IconSvg icon=Icon::Star/>
                " "
                {t("info-tile-favourites")}
            </h1>
            <p class="lead">{t("info-favourites-lead")}</p>
            {api_view(
                content,
                "info-loading",
                move |walk| view! { <FavouriteList items=walk.items favourites others/> },
            )}
        </section>
    }
}

#[component]
fn FavouriteList(
    items: Vec<ResidentItem>,
    favourites: Favourites,
    others: Memo<Vec<Document>>,
) -> impl IntoView {
    let items = send_wrapper::SendWrapper::new(items);
    move || {
        if !favourites.loaded() {
            return ().into_any();
        }
        let saved = favourites.list();
        if saved.is_empty() {
            return view! { <p data-testid="favourites-empty">{t("info-favourites-empty")}</p> }
                .into_any();
        }
        view! {
            <ul class="card-list" data-testid="favourites-list">
                {saved
                    .into_iter()
                    .map(|(kind, id)| {
                        let item = items
                            .iter()
                            .find(|i| i.id == id && favourite_kind(i.kind) == kind)
                            .cloned();
                        let doc_kind = match kind {
                            FavouriteKind::Activity => Some(DocKind::Activity),
                            FavouriteKind::Service => Some(DocKind::Service),
                            _ => None,
                        };
                        let named = doc_kind.and_then(|doc_kind| {
                            others.with(|o| {
                                o.iter().find(|d| d.kind == doc_kind && d.id == id).cloned()
                            })
                        });
                        if let Some(doc) = named {
                            return view! { <OtherLink doc/> }.into_any();
                        }
                        match (item, kind) {
                            (Some(item), _) => view! { <ItemLink item show_kind=true/> }.into_any(),
                            (None, FavouriteKind::Activity) => {
                                other(Icon::Calendar, "/activities", "info-tile-activities")
                            }
                            (None, FavouriteKind::Service) => {
                                other(Icon::Place, "/centre", "info-tile-centre")
                            }
                            (None, _) => {
                                view! { <li class="card"><p>{t("info-favourite-gone")}</p></li> }
                                    .into_any()
                            }
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}

fn other(icon: Icon, href: &'static str, label: &'static str) -> AnyView {
    view! {
        <li class="card">
            <A href=href>
                <IconSvg icon/>
                " "
                {t(label)}
            </A>
        </li>
    }
    .into_any()
}
