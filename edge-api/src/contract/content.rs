//! Information: what residents read (`GET /api/content`), their news marker, favourites and
//! procedure stage, staff setting a resident's stage, and the staff content editor.

use serde_json::json;
use wegwijs_shared::content::{
    ContentKind, FavouriteList, NewItem, NewsSeen, Publication, ResidentContentPage, SetFavourite,
    StaffItem, StaffItemPage, TranslationInput, UpdateItem,
};
use wegwijs_shared::procedure::{ProcedureView, SetProcedureStage};

use super::operation::{Operation, op};
use crate::routes::Method::{Get, Post, Put};

const LIMIT: &str = "Page size, 1 to 100 (a larger number counts as 100, 0 as 1); default 50. \
                     Anything but a whole number is a 422 on `limit`.";
const CURSOR: &str = "The `next_cursor` of the previous page. A cursor this list did not make is a \
                      422 on `cursor`.";
const LANGUAGE_PATH: &str = "A language code: en, nl, ar, fa, ps, ckb, ti, so, tr, uk, ru or fr. \
                             Another code is a 422 on `language`.";

/// The rule of every versioned write of an item, as a literal for `concat!`.
macro_rules! stale_item {
    () => {
        "The write names the `version` it edited. When that is no longer the stored one, someone \
         else changed the item meanwhile: nothing is stored and the answer is a 409 whose \
         `current_version` is the stored version."
    };
}

pub(super) fn operations() -> Vec<Operation> {
    let mut all = reading();
    all.extend(editor());
    all
}

/// The residents' side, and staff setting a resident's procedure stage.
fn reading() -> Vec<Operation> {
    vec![
        op(Get, "/api/content", "Read articles, news and vacancies")
            .describe(
                "Everything published that the caller may read, newest publication first, in \
                 pages: the items of their location(s) and their agency's agency-wide items \
                 (admins: every item).\n\n\
                 Each item comes in the asked language when it has a published text in it, else \
                 in the item's source language (`fallback: true`); an item with neither is left \
                 out. `outdated` marks a translation made from an older source text. `body_html` \
                 is the item's rich text rendered to safe HTML. `news_seen_at` is the caller's \
                 news marker (news published after it is unread).",
            )
            .query::<String>(
                "language",
                false,
                "The language to read in (en, nl, ar, fa, ps, ckb, ti, so, tr, uk, ru or fr); \
                 default the session's language, else en. Another code is a 422 on `language`.",
            )
            .query::<u64>("limit", false, LIMIT)
            .query::<String>("cursor", false, CURSOR)
            .ok::<ResidentContentPage>(200, "One page of items; `next_cursor` is null on the last.")
            .conditional(),
        op(Put, "/api/me/news-seen", "Mark the news as seen")
            .describe(
                "Sets the caller's news marker to `seen_at` (milliseconds since 1970, rounded \
                 down). The marker only moves forward, so an older one (the offline queue may \
                 deliver it late) leaves it as it is, and it never goes past the server's now. \
                 A negative time is a 422 on `seen_at`.",
            )
            .body::<NewsSeen>()
            .example(json!({ "seen_at": 1_765_000_000_000_u64 }))
            .ok::<NewsSeen>(
                200,
                "The stored marker (the later of the stored one and this one).",
            ),
        op(Get, "/api/me/favourites", "List my favourites")
            .describe("The caller's saved items, newest first (at most 1,000).")
            .ok::<FavouriteList>(200, "The caller's favourites."),
        op(
            Put,
            "/api/me/favourites/{kind}/{id}",
            "Save or remove a favourite",
        )
        .describe(
            "Saves (`saved: true`) or removes (`saved: false`) one favourite of the caller. \
             Saving what is saved and removing what is not are both fine (the offline queue may \
             replay either). The id is not checked against the items: a favourite may outlive \
             what it points at.",
        )
        .path_param(
            "kind",
            "article, news, vacancy, activity or service; another value is a 422 on `kind`.",
        )
        .path_param(
            "id",
            "The id of the item, 1 to 100 characters (after trimming); else a 422 on `id`.",
        )
        .body::<SetFavourite>()
        .example(json!({ "saved": true }))
        .ok::<FavouriteList>(200, "The caller's favourites after the change."),
        op(Get, "/api/me/procedure", "Read my procedure stage")
            .describe(
                "Where the resident is in the asylum procedure, as staff set it, and the stages \
                 that can come next. `stage` is null until staff set one.",
            )
            .ok::<ProcedureView>(200, "The resident's stage.")
            .problems(&[404]),
        op(
            Put,
            "/api/residents/{id}/procedure-stage",
            "Set a resident's procedure stage",
        )
        .describe(
            "Staff at the resident's location (admins anywhere) set where the resident is in the \
             asylum procedure. Any stage may follow any other (a correction is a change like any \
             other); each change is written to the audit log with the stage before and after.",
        )
        .path_param("id", "The resident's account id.")
        .body::<SetProcedureStage>()
        .example(json!({ "stage": "general_procedure" }))
        .ok::<ProcedureView>(200, "The resident's stage as now stored."),
    ]
}

/// The staff content editor: `/api/content/items…`.
fn editor() -> Vec<Operation> {
    vec![
        op(Get, "/api/content/items", "List content items for editing")
            .describe(
                "The items the caller may edit, most recently changed first, in pages: staff \
                 see their locations' items (not the agency-wide ones), admins every item. Each \
                 row has the source-language title and one coverage cell per language.",
            )
            .query::<ContentKind>("kind", false, "Only items of this kind; another value is a 422 on `kind`.")
            .query::<String>(
                "location",
                false,
                "Only the items of this location id, or `agency` for the agency-wide items.",
            )
            .query::<u64>("limit", false, LIMIT)
            .query::<String>("cursor", false, CURSOR)
            .ok::<StaffItemPage>(200, "One page of items; `next_cursor` is null on the last.")
            .conditional(),
        op(Post, "/api/content/items", "Create a content item")
            .describe(
                "Creates an unpublished item (version 1) with its source-language text as a \
                 draft. Without `fields.location_id` the item is agency-wide, which only admins \
                 may create; staff create items at their own locations only (else 403).\n\n\
                 Articles need a `category`, vacancies a `vacancy_kind`; fields that do not \
                 belong to the kind are dropped. A location that does not exist is a 422 on \
                 `fields.location_id`. The body is the editor's rich-text markup (`## heading`, \
                 `- list`, `**bold**`, `[link](https://…)`; no HTML). This route takes bodies up \
                 to 192 KiB.",
            )
            .body::<NewItem>()
            .example(json!({
                "fields": {
                    "kind": "article",
                    "location_id": "loc-ter-apel",
                    "category": "health_care",
                    "procedure_stage": null,
                    "vacancy_kind": null,
                    "contact": "GZA health centre, building C",
                    "link": "https://www.gzasielzorg.nl",
                    "source_language": "en"
                },
                "source": {
                    "title": "Seeing a doctor",
                    "summary": "How to make an appointment at the health centre.",
                    "body": "## Making an appointment\n\nCall the health centre between 08:00 and 10:00.\n\n- Bring your W document\n- Ask for an interpreter if you need one"
                }
            }))
            .ok::<StaffItem>(201, "The new item."),
        op(Get, "/api/content/items/{id}", "Open a content item for editing")
            .describe(
                "The item with its fields and every translation (any status). Staff open their \
                 locations' items (an agency-wide item or another location's is a 403), admins \
                 every item.",
            )
            .path_param("id", "The item's id.")
            .ok::<StaffItem>(200, "The item.")
            .conditional(),
        op(Put, "/api/content/items/{id}", "Change a content item's fields")
            .describe(concat!(
                "Replaces the item's fields (not its texts). Moving it to another location, or \
                 making it agency-wide, needs the right to the new place as well (else 403). \
                 Making another language the source language needs a text in that language, \
                 published if the item is published (else a 422 on `fields.source_language`).\n\n",
                stale_item!()
            ))
            .path_param("id", "The item's id.")
            .body::<UpdateItem>()
            .example(json!({
                "fields": {
                    "kind": "news",
                    "location_id": null,
                    "category": null,
                    "procedure_stage": null,
                    "vacancy_kind": null,
                    "contact": null,
                    "link": null,
                    "source_language": "nl"
                },
                "version": 3
            }))
            .ok::<StaffItem>(200, "The item as now stored.")
            .problems(&[409]),
        op(
            Put,
            "/api/content/items/{id}/translations/{language}",
            "Write an item's text in one language",
        )
        .describe(concat!(
            "Creates (`version: 0`) or edits the item's text in one language, with its status \
             (draft, review or published). A saved translation counts as made from the current \
             source text. Changing the title, summary or body of the source language raises the \
             item's `source_revision`, which marks every other translation outdated. This route \
             takes bodies up to 192 KiB.\n\n",
            "The write names the `version` of the translation it edited (0 for a new one). When \
             that is no longer the stored one, nothing is stored and the answer is a 409 whose \
             `current_version` is the stored version (0: the translation does not exist)."
        ))
        .path_param("id", "The item's id.")
        .path_param("language", LANGUAGE_PATH)
        .body::<TranslationInput>()
        .example(json!({
            "text": {
                "title": "Naar de dokter",
                "summary": "Zo maak je een afspraak bij het gezondheidscentrum.",
                "body": "## Een afspraak maken\n\nBel het gezondheidscentrum tussen 08:00 en 10:00."
            },
            "status": "review",
            "version": 0
        }))
        .ok::<StaffItem>(200, "The item with the translation as now stored.")
        .problems(&[409]),
        op(
            Put,
            "/api/content/items/{id}/publication",
            "Publish or unpublish a content item",
        )
        .describe(concat!(
            "Publishes (`published: true`) or unpublishes the item. Publishing needs a published \
             text in the source language, which residents without a text in their own language \
             read (else a 422 on `published`).\n\n",
            stale_item!()
        ))
        .path_param("id", "The item's id.")
        .body::<Publication>()
        .example(json!({ "published": true, "version": 4 }))
        .ok::<StaffItem>(200, "The item as now stored.")
        .problems(&[409]),
    ]
}
