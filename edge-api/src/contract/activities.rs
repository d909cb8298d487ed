//! Activities: the residents' coming weeks and sign-ups, and staff planning them.

use schemars::JsonSchema;
use serde_json::json;
use wegwijs_shared::activities::{
    ActivitiesPage, ActivityInput, CancelActivity, Participants, SignUp, SignUpResult,
    StaffActivity, StaffActivityList, UpdateActivity,
};

use super::operation::{Operation, op};
use crate::routes::Method::{Get, Post, Put};

// The bounds of `GET /api/activities`' query values, for the schema only (the handler parses
// them itself). Plain comments: a doc comment would become the schema's description.
#[derive(JsonSchema)]
#[schemars(transparent, inline)]
#[allow(dead_code)]
struct Days(#[schemars(range(min = 1, max = 31))] u32);

#[derive(JsonSchema)]
#[schemars(transparent, inline)]
#[allow(dead_code)]
struct Limit(#[schemars(range(min = 1, max = 500))] u32);

#[derive(JsonSchema)]
#[schemars(transparent, inline)]
#[allow(dead_code)]
struct Date(#[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))] String);

const LOCATION: &str = "The location's id. A resident always means their own (naming another is a \
                        403); staff and trainers with one location may leave it out; staff or \
                        trainers at several locations and admins must name one (else a 422 on \
                        `location`).";
const ID: &str = "The activity's id.";
const DATE_PATH: &str = "The occurrence's local date, YYYY-MM-DD (else a 422 on `date`).";

/// The rule of every versioned write, as a literal for `concat!`.
macro_rules! stale {
    () => {
        "The write names the `version` it edited. When that is no longer the stored one, someone \
         else changed the activity meanwhile: nothing is stored and the answer is a 409 whose \
         `current_version` is the stored version."
    };
}

/// What an activity's body must hold, for the two writes that take one.
macro_rules! activity_rules {
    () => {
        "One-off (`recurrence: once`, on `start_date`, no `end_date`) or weekly (`weekday` 1 = \
         Monday … 7 = Sunday, from `start_date` up to `end_date`, or for ever without one). \
         `start_time` is HH:MM in the location's time zone; `duration_minutes` 5 to 720, ending \
         by midnight; `capacity` 1 to 1000; `place` required. `language` is the language it is \
         held in (null: no spoken language needed). `texts` holds at most one per language and \
         must hold one in `source_language`. Field errors name the field, e.g. `texts.0.title`."
    };
}

pub(super) fn operations() -> Vec<Operation> {
    let mut all = reading();
    all.extend(planning());
    all
}

/// What residents (and every role at the location) read, and residents signing up.
fn reading() -> Vec<Operation> {
    vec![
        op(
            Get,
            "/api/activities",
            "List the coming activities at a location",
        )
        .describe(
            "The occurrences (an activity on one local date) from `from` for `days` days, by \
                 date, then start time, in pages. Each has its counts and, for a resident, their \
                 own standing in `mine` (for staff, trainers and admins always `none`); cancelled \
                 activities are listed with `cancelled: true`. Titles and descriptions are in the \
                 asked language where the activity has a text in it, else in its source language \
                 (`text_language` says which). Dates and times are local to `timezone`.",
        )
        .query::<String>("location", false, LOCATION)
        .query::<Date>(
            "from",
            false,
            "The first day, YYYY-MM-DD; default today at the location. Else a 422 on `from`.",
        )
        .query::<Days>(
            "days",
            false,
            "How many days, 1 to 31; default 14. Else a 422 on `days`.",
        )
        .query::<String>(
            "language",
            false,
            "The language to read the texts in; default the caller's own. A language without \
                 a text falls back to the source language's.",
        )
        .query::<Limit>(
            "limit",
            false,
            "Page size, 1 to 500; default 200. Else a 422 on `limit`.",
        )
        .query::<u64>(
            "cursor",
            false,
            "The `next_cursor` of the previous page (an offset). Not a whole number: a 422 on \
                 `cursor`.",
        )
        .ok::<ActivitiesPage>(
            200,
            "One page of occurrences; `next_cursor` is null on the last.",
        )
        .conditional()
        .problems(&[404]),
        op(
            Put,
            "/api/activities/{id}/occurrences/{date}/signup",
            "Sign up for an activity, or cancel",
        )
        .describe(
            "A resident signs up for (`signed_up: true`) or cancels (`false`) their place in one \
             occurrence of an activity at their location. Signing up gets a place when one is \
             free and nobody waits, else a place at the end of the waiting list; a cancellation \
             gives the freed place to the longest-waiting person. Repeating either changes \
             nothing.\n\n\
             Refused with a 422 on `date` when the activity does not take place that day \
             (`activities_no_occurrence`), was cancelled (`activities_cancelled`) or has already \
             started (`activities_started`).",
        )
        .path_param("id", ID)
        .path_param("date", DATE_PATH)
        .body::<SignUp>()
        .example(json!({ "signed_up": true }))
        .ok::<SignUpResult>(
            200,
            "The caller's standing and the occurrence's counts after the change.",
        ),
    ]
}

/// Staff planning activities at their locations (admins anywhere).
fn planning() -> Vec<Operation> {
    vec![
        op(Post, "/api/activities", "Plan an activity")
            .describe(concat!(
                "Creates an activity at `location_id` (version 1). Staff plan at their own \
                 locations only; that is checked first, so someone who may not plan there gets a \
                 403 whatever the rest of the body holds. A location that does not exist is a 422 \
                 on `location_id`. ",
                activity_rules!()
            ))
            .body::<ActivityInput>()
            .example(json!({
                "location_id": "loc-ter-apel",
                "recurrence": "weekly",
                "start_date": "2026-01-05",
                "end_date": null,
                "weekday": 1,
                "start_time": "14:00",
                "duration_minutes": 90,
                "place": "Community room",
                "capacity": 12,
                "language": "nl",
                "source_language": "en",
                "texts": [
                    { "language": "en", "title": "Language café", "description": "Practise Dutch over coffee." },
                    { "language": "nl", "title": "Taalcafé", "description": "" }
                ]
            }))
            .ok::<StaffActivity>(201, "The new activity."),
        op(Get, "/api/activities/definitions", "List a location's activities for editing")
            .describe(
                "Every activity at the location as staff edit it, past and cancelled ones \
                 included (cancelled last, then newest first), with all its texts.",
            )
            .query::<String>("location", false, LOCATION)
            .ok::<StaffActivityList>(200, "The location's activities.")
            .conditional(),
        op(Get, "/api/activities/{id}", "Open an activity for editing")
            .describe("The activity as staff edit it, with all its texts.")
            .path_param("id", ID)
            .ok::<StaffActivity>(200, "The activity."),
        op(Put, "/api/activities/{id}", "Change an activity")
            .describe(concat!(
                "Replaces the activity, texts included. Its location cannot change (a 422 \
                 `activities_location_fixed` on `location_id`). When there are more places than \
                 before, the longest-waiting people of every coming occurrence get them at once. \
                 Sign-ups stay. Field errors name the field inside `activity` without the \
                 prefix. ",
                activity_rules!(),
                "\n\n",
                stale!()
            ))
            .path_param("id", ID)
            .body::<UpdateActivity>()
            .example(json!({
                "activity": {
                    "location_id": "loc-ter-apel",
                    "recurrence": "once",
                    "start_date": "2026-02-14",
                    "end_date": null,
                    "weekday": null,
                    "start_time": "10:00",
                    "duration_minutes": 120,
                    "place": "Sports field",
                    "capacity": 22,
                    "language": null,
                    "source_language": "en",
                    "texts": [{ "language": "en", "title": "Football", "description": "" }]
                },
                "version": 2
            }))
            .ok::<StaffActivity>(200, "The activity as now stored.")
            .problems(&[409]),
        op(Put, "/api/activities/{id}/cancelled", "Cancel or restore an activity")
            .describe(concat!(
                "Cancels (`cancelled: true`) or restores the whole activity. Sign-ups stay, so \
                 restoring gives everyone their place back.\n\n",
                stale!()
            ))
            .path_param("id", ID)
            .body::<CancelActivity>()
            .example(json!({ "cancelled": true, "version": 3 }))
            .ok::<StaffActivity>(200, "The activity as now stored.")
            .problems(&[409]),
        op(
            Get,
            "/api/activities/{id}/occurrences/{date}/participants",
            "List who takes part in an occurrence",
        )
        .describe(
            "Who has a place (in the order they got it) and who waits (in line order) for one \
             occurrence, with names and resident numbers. Every read is written to the audit \
             log.",
        )
        .path_param("id", ID)
        .path_param("date", DATE_PATH)
        .ok::<Participants>(200, "The occurrence's participants.")
        .problems(&[422]),
    ]
}
