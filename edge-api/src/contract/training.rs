//! The trainers' learning routes (`crate::training::api`): authoring modules, learners, groups,
//! assignments and the progress dashboard with its CSV export.

use serde_json::json;
use wegwijs_shared::learning::Module;
use wegwijs_shared::learning::wire::{
    Assignment, AssignmentInput, Dashboard, Group, GroupInput, GroupUpdate, Learner, ModuleDraft,
    ModuleListItem, ModuleUpdate,
};

use super::operation::{Operation, op};
use crate::routes::Method::{Delete, Get, Post, Put};

const LOCATION: &str = "The location's id. May be left out by someone working at exactly one \
                        location; everyone else (admins, staff or trainers at several locations) \
                        must give it, else 422 naming `location`. A location the caller may not \
                        act at is 403.";
const TITLE_LANGUAGE: &str = "The language to give titles in (a language code such as `ar`); a \
                              title not written in it comes in the module's source language. \
                              Not checked: an unknown code simply falls back.";

/// A module that passes `validate`: one lesson with a step and a true/false question.
fn module_example() -> serde_json::Value {
    json!({
        "id": "mod-first-steps",
        "status": "draft",
        "competences": ["4.2"],
        "level": 1,
        "minutes": 10,
        "pass_percent": 75,
        "source_language": "en",
        "title": { "en": "First steps on your phone", "nl": "Eerste stappen op je telefoon" },
        "summary": { "en": "Lock your phone and keep it up to date." },
        "lessons": [{
            "id": "fs-lock",
            "title": { "en": "Lock your phone" },
            "items": [
                {
                    "id": "fs-lock-why",
                    "content": { "type": "text", "text": { "en": "A lock keeps your messages private." } }
                },
                {
                    "id": "fs-lock-q",
                    "content": {
                        "type": "question",
                        "kind": "true_false",
                        "prompt": { "en": "A screen lock protects your messages." },
                        "choices": [
                            { "id": "true", "correct": true },
                            { "id": "false", "correct": false }
                        ],
                        "explanation": { "en": "Without the code, nobody can open your phone." }
                    }
                }
            ]
        }]
    })
}

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(Get, "/api/learning/authoring/modules", "List every module (drafts included)")
            .describe(
                "The agency-wide curriculum as trainers and admins see it, sorted by title \
                 (case-insensitive), then id.",
            )
            .query::<String>("language", false, TITLE_LANGUAGE)
            .ok::<Vec<ModuleListItem>>(200, "The modules.")
            .conditional(),
        op(Post, "/api/learning/authoring/modules", "Create a module")
            .describe(
                "The whole module document in every language it is written in. Every problem with \
                 it is reported at once as a 422 field error whose `field` is the path into the \
                 document (`lessons[0].items[1].content.choices[0].label.en`). The body may be up \
                 to 768 KiB. An id that exists already is 409 (`id` / `taken`).",
            )
            .body::<Module>()
            .example(module_example())
            .ok::<ModuleDraft>(201, "The stored module at version 1.")
            .problems(&[409]),
        op(Get, "/api/learning/authoring/modules/{id}", "Read a module for editing")
            .path_param("id", "The module's id, e.g. `mod-safe-phone`.")
            .ok::<ModuleDraft>(200, "The whole module document and its version.")
            .conditional(),
        op(Put, "/api/learning/authoring/modules/{id}", "Replace a module")
            .describe(
                "Replaces the module whole (reordering included), if `version` is still the stored \
                 one; else 409 with the stored version in `current_version`, and nothing is stored. \
                 The module's id never changes: a body whose `module.id` differs from the path is \
                 422 (`id` / `id_fixed`). Validation is as for creating.",
            )
            .path_param("id", "The module's id.")
            .body::<ModuleUpdate>()
            .example(json!({ "version": 1, "module": module_example() }))
            .ok::<ModuleDraft>(200, "The stored module at its new version.")
            .problems(&[409]),
        op(Get, "/api/learning/learners", "List the learners at a location")
            .describe(
                "Active residents living at the location now, by name. Each read is written to \
                 the audit log (it names residents).",
            )
            .query::<String>("location", false, LOCATION)
            .ok::<Vec<Learner>>(200, "The learners.")
            .conditional(),
        op(Get, "/api/learning/groups", "List the groups at a location")
            .query::<String>("location", false, LOCATION)
            .ok::<Vec<Group>>(200, "The groups with their members.")
            .conditional(),
        op(Post, "/api/learning/groups", "Create a group")
            .describe(
                "A class of residents at one location. The caller must be allowed to act at \
                 `location_id` (else 403, before anything else is checked). 422 field errors: \
                 `name` (`required`, `too_long` over 80 characters, `control_characters`), \
                 `location_id` (`unknown_location`), `member_ids` (`too_many` over 200 distinct \
                 ids, `not_a_learner_here` for an id that is not an active resident living \
                 there). Duplicate member ids count once.",
            )
            .body::<GroupInput>()
            .example(json!({
                "location_id": "loc-zwolle",
                "name": "Tuesday morning class",
                "member_ids": ["acct-res-amal"]
            }))
            .ok::<Group>(201, "The stored group at version 1."),
        op(Put, "/api/learning/groups/{id}", "Rename a group and set its members")
            .describe(
                "Replaces name and members together if `version` is still the stored one; else \
                 409 with the stored version in `current_version`, and nothing is stored. The \
                 members' checks are as for creating; the location never changes.",
            )
            .path_param("id", "The group's id.")
            .body::<GroupUpdate>()
            .example(json!({
                "version": 1,
                "name": "Tuesday morning class",
                "member_ids": ["acct-res-amal", "acct-res-dawit"]
            }))
            .ok::<Group>(200, "The stored group at its new version.")
            .problems(&[409]),
        op(Get, "/api/learning/assignments", "List the assignments at a location")
            .query::<String>("location", false, LOCATION)
            .query::<String>("language", false, TITLE_LANGUAGE)
            .ok::<Vec<Assignment>>(200, "The assignments.")
            .conditional(),
        op(Post, "/api/learning/assignments", "Assign a module to a group or a resident")
            .describe(
                "The assignment belongs to the group's location, or to the location the resident \
                 lives at now; the caller must be allowed to act there (else 403). Assigning the \
                 same module to the same group or resident there again only sets the new due date \
                 and answers 200 with the existing assignment. 422 field errors: \
                 `to.group_id` (`unknown_group`), `to.account_id` (`not_a_learner`), `module_id` \
                 (`unknown_module`, `not_published`), `due_on` (`invalid_date`, `in_the_past` in \
                 the location's time zone).",
            )
            .query::<String>("language", false, TITLE_LANGUAGE)
            .body::<AssignmentInput>()
            .example(json!({
                "module_id": "mod-safe-phone",
                "to": { "kind": "resident", "account_id": "acct-res-amal" },
                "due_on": "2027-03-01"
            }))
            .ok::<Assignment>(201, "A new assignment.")
            .ok::<Assignment>(200, "The existing assignment, with the due date given now."),
        op(Delete, "/api/learning/assignments/{id}", "Remove an assignment")
            .describe("The caller must be allowed to act at the assignment's location (else 403).")
            .path_param("id", "The assignment's id.")
            .no_content(204, "Removed."),
        op(Get, "/api/learning/dashboard", "One module's progress at a location")
            .describe(
                "Per learner (everyone the module is assigned to at the location, and everyone \
                 there who started it) and per question. Each read is written to the audit log. \
                 A missing `module` is 422; a module or location that does not exist is 404.",
            )
            .query::<String>("module", true, "The module's id.")
            .query::<String>("location", false, LOCATION)
            .query::<String>("language", false, TITLE_LANGUAGE)
            .ok::<Dashboard>(200, "The dashboard.")
            .conditional()
            .problems(&[404]),
        op(Get, "/api/learning/dashboard.csv", "Export one module's progress at a location as CSV")
            .describe(
                "The dashboard's learner rows as RFC 4180 CSV: UTF-8 with a byte order mark, CRLF \
                 line ends, a header row (`learner,state,assigned,due_on,overdue,attempts,\
                 answered,questions,best_percent,completed_on`), cells that a spreadsheet would \
                 run as a formula prefixed with `'`. Sent as an attachment named \
                 `learning-<module>-<location>-<date>.csv`. Each export is written to the audit \
                 log. Parameters and errors as for the dashboard.",
            )
            .query::<String>("module", true, "The module's id.")
            .query::<String>("location", false, LOCATION)
            .query::<String>("language", false, TITLE_LANGUAGE)
            .media(200, "text/csv", "The CSV file.")
            .problems(&[404]),
    ]
}

#[cfg(test)]
mod tests {
    use wegwijs_shared::learning::validate::validate;

    use super::*;

    /// An example a trainer could not save would teach clients the wrong document.
    #[test]
    fn the_module_example_is_a_module_the_api_accepts() {
        let module: Module = serde_json::from_value(module_example()).expect("parses as a Module");
        validate(&module).expect("passes validation");
    }
}
