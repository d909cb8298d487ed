//! The staff content editor: items, their translations and publication, and a resident's procedure
//! stage. Staff work online, so these writes go straight to the API (not through the offline queue);
//! every write names the version it edits and a stale one comes back as a 409 problem.

use gloo_net::http::Request;
use wegwijs_shared::api_paths as paths;
use wegwijs_shared::content::{
    ContentKind, NewItem, Publication, StaffItem, StaffItemPage, TranslationInput, UpdateItem,
};
use wegwijs_shared::procedure::{ProcedureView, SetProcedureStage};

use super::{ApiFailure, encode, get_json, send_json};

/// One page of the items this person may edit, newest first; `kind` narrows to one kind.
pub async fn staff_items(
    kind: Option<ContentKind>,
    cursor: Option<String>,
    limit: u32,
) -> Result<StaffItemPage, ApiFailure> {
    let mut query = format!("?limit={limit}");
    if let Some(kind) = kind {
        query.push_str(&format!("&kind={}", kind_code(kind)));
    }
    if let Some(cursor) = cursor {
        query.push_str(&format!("&cursor={}", encode(&cursor)));
    }
    get_json(&format!("{}{query}", paths::CONTENT_ITEMS)).await
}

pub async fn staff_item(id: &str) -> Result<StaffItem, ApiFailure> {
    get_json(&paths::content_item(id)).await
}

pub async fn create_item(item: &NewItem) -> Result<StaffItem, ApiFailure> {
    send_json(Request::post(paths::CONTENT_ITEMS), item).await
}

pub async fn update_item(id: &str, update: &UpdateItem) -> Result<StaffItem, ApiFailure> {
    send_json(Request::put(&paths::content_item(id)), update).await
}

pub async fn put_translation(
    id: &str,
    language: &str,
    input: &TranslationInput,
) -> Result<StaffItem, ApiFailure> {
    send_json(
        Request::put(&paths::content_item_translation(id, language)),
        input,
    )
    .await
}

pub async fn set_publication(id: &str, publication: &Publication) -> Result<StaffItem, ApiFailure> {
    send_json(
        Request::put(&paths::content_item_publication(id)),
        publication,
    )
    .await
}

pub async fn set_procedure_stage(
    resident_id: &str,
    stage: &SetProcedureStage,
) -> Result<ProcedureView, ApiFailure> {
    send_json(
        Request::put(&paths::resident_procedure_stage(resident_id)),
        stage,
    )
    .await
}

/// The wire name of a kind (the query parameter the API reads, the same as its serde name).
pub fn kind_code(kind: ContentKind) -> &'static str {
    match kind {
        ContentKind::Article => "article",
        ContentKind::News => "news",
        ContentKind::Vacancy => "vacancy",
    }
}
