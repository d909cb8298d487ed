//! `/staff/content`: the items this person may edit, one kind or all, a page at a time.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::content::StaffItemSummary;
use wegwijs_shared::locations::LocationDirectory;

use super::content_labels::{KINDS, kind_code, kind_from, kind_label, location_label};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::format;
use crate::components::icons::Icon;
use crate::components::link_list::{Link, LinkList};
use crate::components::more_pages::MorePages;
use crate::i18n::t;

pub const PAGE_SIZE: u32 = 25;

#[component]
pub fn ContentListPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    view! {
        <section class="page" aria-labelledby="content-title">
            <h1 id="content-title">{t("content-title")}</h1>
            <LinkList links=vec![
                Link::new("/staff/content/new", Icon::Plus, "content-new")
                    .class("button")
                    .test_id("content-new"),
                Link::new("/staff/content/coverage", Icon::Language, "content-coverage-title"),
            ]/>
            {api_view(directory, "staff-loading-locations", |directory| view! { <ContentList directory/> })}
        </section>
    }
}

#[component]
fn ContentList(directory: LocationDirectory) -> impl IntoView {
    // "" = every kind.
    let filter = RwSignal::new(String::new());
    let first = LocalResource::new(move || {
        let kind = kind_from(&filter.get());
        async move { api::staff_items(kind, None, PAGE_SIZE).await }
    });
    let directory = StoredValue::new(directory);
    view! {
        <div class="field field-inline">
            <label for="content-kind-filter">{t("content-field-kind")}</label>
            <select id="content-kind-filter" bind:value=filter>
                <option value="">{t("content-all-kinds")}</option>
                {KINDS
                    .into_iter()
                    .map(|k| view! { <option value=kind_code(k)>{kind_label(k)}</option> })
                    .collect_view()}
            </select>
        </div>
        {api_view(
            first,
            "content-loading",
            move |page| {
                view! {
                    <ItemTable
                        first=page.items
                        next=page.next_cursor
                        kind=filter.get_untracked()
                        directory=directory.get_value()
                    />
                }
            },
        )}
    }
}

/// The first page, and further pages appended on request (so a long list never loads at once).
#[component]
fn ItemTable(
    first: Vec<StaffItemSummary>,
    next: Option<String>,
    kind: String,
    directory: LocationDirectory,
) -> impl IntoView {
    if first.is_empty() {
        return view! { <p data-testid="content-empty">{t("content-empty")}</p> }.into_any();
    }
    let pages = MorePages::new(first, next);
    let kind = StoredValue::new(kind);
    let more = move || {
        let kind = kind.with_value(|k| kind_from(k));
        pages.load_more(move |after| async move {
            let page = api::staff_items(kind, Some(after), PAGE_SIZE).await?;
            Ok((page.items, page.next_cursor))
        });
    };
    let directory = StoredValue::new(directory);
    view! {
        <table class="data-table" data-testid="content-table">
            <caption>{t("content-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("content-field-title")}</th>
                    <th scope="col">{t("content-field-kind")}</th>
                    <th scope="col">{t("field-location")}</th>
                    <th scope="col">{t("content-published")}</th>
                    <th scope="col">{t("content-last-changed")}</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || pages.rows.get()
                    key=|item| (item.id.clone(), item.version)
                    children=move |item| {
                        let href = format!("/staff/content/{}", item.id);
                        let place = directory
                            .with_value(|d| location_label(d, item.location_id.as_deref()));
                        let published = if item.published { "content-yes" } else { "content-no" };
                        view! {
                            <tr>
                                <th scope="row">
                                    <A href=href><bdi>{item.title}</bdi></A>
                                </th>
                                <td>{kind_label(item.kind)}</td>
                                <td><bdi>{place}</bdi></td>
                                <td>{t(published)}</td>
                                <td>
                                    <bdi>{item.updated_by}</bdi>
                                    ", "
                                    {format::date_time(item.updated_at)}
                                </td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
        {pages.show_more("content-more", "content-more", more)}
    }
    .into_any()
}
