use worker::Response;

use super::store;
use crate::error::ApiError;
use crate::http::response;
use crate::routes::RequestCtx;

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let db = ctx.env.d1("DB")?;
    let directory = store::directory(&db).await?;
    response::json(200, &directory)
}
