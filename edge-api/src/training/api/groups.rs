//! `/api/learning/learners` (audited: names of residents) and `/api/learning/groups*`: classes of
//! residents at one location. Members are learners of the group's location (active residents living
//! there now); a group edit replaces name and members together, or nothing when it is stale.

use std::collections::BTreeSet;

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::Target;
use wegwijs_shared::learning::wire::{Group, GroupInput, GroupUpdate, Learner};
use worker::{D1Database, Response};

use crate::authz::{authorize, request_location};
use crate::db::{batch, database, first, num, rows, saved_at_version, text};
use crate::error::ApiError;
use crate::http::response;
use crate::http::{RequestCtx, conditional};
use crate::training::new_id;
use crate::training::store::{self, GroupRow, GroupWriter, LearnerRow, MemberRow};

pub const MAX_GROUP_NAME_CHARS: usize = 80;
/// More than a class needs; keeps one JSON argument and one batch small.
pub const MAX_MEMBERS: usize = 200;

fn learner(row: LearnerRow) -> Learner {
    Learner {
        account_id: row.account_id,
        display_name: row.display_name,
    }
}

pub async fn learners(ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = request_location(&ctx).await?;
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::audit_learners(
                &db,
                &location,
                [
                    num(ctx.now_ms),
                    text(&me.account_id),
                    text(me.role.as_str()),
                    text(&ctx.request_id),
                ],
                AuditEvent::LearnersListed.as_str(),
            )?,
            store::learners(&db, &location)?,
        ],
    )
    .await?;
    let list: Vec<Learner> = rows::<LearnerRow>(&results[1])?
        .into_iter()
        .map(learner)
        .collect();
    conditional::json(&ctx, &list)
}

fn groups_from(groups: Vec<GroupRow>, members: Vec<MemberRow>) -> Vec<Group> {
    groups
        .into_iter()
        .map(|g| Group {
            members: members
                .iter()
                .filter(|m| m.group_id == g.id)
                .map(|m| Learner {
                    account_id: m.account_id.clone(),
                    display_name: m.display_name.clone(),
                })
                .collect(),
            id: g.id,
            location_id: g.location_id,
            name: g.name,
            version: g.version,
        })
        .collect()
}

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = request_location(&ctx).await?;
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::groups_at(&db, &location)?,
            store::members_at(&db, &location)?,
        ],
    )
    .await?;
    conditional::json(&ctx, &groups_from(rows(&results[0])?, rows(&results[1])?))
}

/// The name, trimmed, or a field error.
fn check_name(name: &str) -> Result<String, ApiError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ApiError::field(
            "name",
            "required",
            "Give the group a name.",
        ));
    }
    if name.chars().count() > MAX_GROUP_NAME_CHARS {
        return Err(ApiError::field(
            "name",
            "too_long",
            format!("A group name has at most {MAX_GROUP_NAME_CHARS} characters."),
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(ApiError::field(
            "name",
            "control_characters",
            "The name contains characters that cannot be stored.",
        ));
    }
    Ok(name.to_owned())
}

/// The member ids without duplicates, as a JSON array, once every one is a learner at `location`;
/// else a 422 on `member_ids` naming the first that is not.
async fn check_members(
    db: &D1Database,
    location: &str,
    ids: &[String],
) -> Result<String, ApiError> {
    let mut seen = BTreeSet::new();
    let distinct: Vec<&str> = ids
        .iter()
        .map(|id| id.trim())
        .filter(|id| seen.insert(*id))
        .collect();
    if distinct.len() > MAX_MEMBERS {
        return Err(ApiError::field(
            "member_ids",
            "too_many",
            format!("A group has at most {MAX_MEMBERS} members."),
        ));
    }
    let json = store::to_json(&distinct)?;
    if distinct.is_empty() {
        return Ok(json);
    }
    let found: Vec<LearnerRow> =
        rows(&batch(db, vec![store::learners_among(db, location, &json)?]).await?[0])?;
    if let Some(missing) = distinct
        .iter()
        .find(|id| !found.iter().any(|f| f.account_id == **id))
    {
        return Err(ApiError::field(
            "member_ids",
            "not_a_learner_here",
            format!(
                "{missing} is not a resident living at this location (or the account is not \
                 active), so it cannot be in this group."
            ),
        ));
    }
    Ok(json)
}

async fn group_view(db: &D1Database, id: &str) -> Result<Group, ApiError> {
    let results = batch(db, vec![store::group(db, id)?, store::members_of(db, id)?]).await?;
    groups_from(rows(&results[0])?, rows(&results[1])?)
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "group" })
}

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: GroupInput = ctx.json().await?;
    let location = body.location_id.trim().to_owned();
    // Where before what: someone who may not act at this location learns nothing from the checks.
    authorize(&ctx, Target::Location(&location)).await?;
    let name = check_name(&body.name)?;
    let db = database(&ctx)?;
    if first::<store::Timezone>(store::timezone(&db, &location)?)
        .await?
        .is_none()
    {
        return Err(ApiError::field(
            "location_id",
            "unknown_location",
            "This location does not exist.",
        ));
    }
    let members = check_members(&db, &location, &body.member_ids).await?;
    let id = new_id("grp")?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let writer = GroupWriter {
        db: &db,
        id: &id,
        location: &location,
        request_id: &ctx.request_id,
        now_ms: ctx.now_ms,
    };
    let mut statements = vec![writer.insert(&name, &me)?];
    statements.extend(writer.members(&members)?);
    batch(&db, statements).await?;
    response::json(201, &group_view(&db, &id).await?)
}

pub async fn update(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let db = database(&ctx)?;
    let current: GroupRow = first(store::group(&db, &id)?)
        .await?
        .ok_or(ApiError::ResourceNotFound { what: "group" })?;
    authorize(&ctx, Target::Location(&current.location_id)).await?;
    let body: GroupUpdate = ctx.json().await?;
    let name = check_name(&body.name)?;
    let members = check_members(&db, &current.location_id, &body.member_ids).await?;
    if body.version != current.version {
        return Err(ApiError::stale("group", i64::from(current.version)));
    }
    let writer = GroupWriter {
        db: &db,
        id: &id,
        location: &current.location_id,
        request_id: &ctx.request_id,
        now_ms: ctx.now_ms,
    };
    let mut statements = vec![writer.update(&name, body.version)?];
    statements.extend(writer.members(&members)?);
    statements.extend([store::group(&db, &id)?, store::members_of(&db, &id)?]);
    let results = batch(&db, statements).await?;
    let [.., group, members] = &results[..] else {
        return Err(ApiError::Internal("batch without the reload".into()));
    };
    let after = groups_from(rows(group)?, rows(members)?)
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "group" })?;
    saved_at_version(&results[0], "group", i64::from(after.version))?;
    response::json(200, &after)
}
