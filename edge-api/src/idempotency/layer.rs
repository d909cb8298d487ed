//! The pipeline step around the handler: claim the key before it runs, store its answer after
//! (rules in the [module docs](super)). Handlers know nothing of it.

use worker::{D1Database, Headers, Response, ResponseBody, console_error};

use super::store;
use super::{
    ABANDONED_AFTER_MS, Acceptance, Claimed, Fingerprint, HEADER, Next, PURGE_PER_CLAIM,
    REPLAYED_HEADER, RETENTION_MS, acceptance, keeps, key_hash, next, open, parse_key, scope, seal,
};
use crate::db::{batch, rows, run};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::routes::Route;

pub enum Begun {
    /// Run the handler; with a guard, hand its outcome to [`Guard::finish`].
    Run(Option<Guard>),
    /// The stored answer of the first request with this key.
    Replay(Response),
}

/// The claim this request holds on a key.
pub struct Guard {
    db: D1Database,
    scope: String,
    key: String,
    key_hash: String,
    owner: String,
}

/// Before the handler: no key (or GET) → run; otherwise claim the key, or answer from the claim
/// another request holds.
pub async fn begin(ctx: &mut RequestCtx, route: &Route, path: &str) -> Result<Begun, ApiError> {
    let Some(raw) = ctx.req.headers().get(HEADER)? else {
        return Ok(Begun::Run(None));
    };
    match acceptance(route.method, route.path, route.action) {
        Acceptance::Ignored => return Ok(Begun::Run(None)),
        Acceptance::Refused => {
            return Err(ApiError::InvalidIdempotencyKey {
                detail: "This endpoint signs in or out and does not accept an Idempotency-Key; \
                         send it without one.",
            });
        }
        Acceptance::Accepted => {}
    }
    let key = parse_key(&raw)
        .map_err(|detail| ApiError::InvalidIdempotencyKey { detail })?
        .to_owned();
    let body = ctx.body_bytes().await?;
    let fingerprint = Fingerprint::new(route.method, path, &body);
    ctx.body = Some(body);

    let guard = Guard {
        db: crate::db::database(ctx)?,
        scope: scope(ctx.principal(), route.method, route.path),
        key_hash: key_hash(&key),
        key,
        owner: ctx.request_id.clone(),
    };
    let row = guard.claim(&fingerprint, ctx.now_ms).await?;
    let claimed = Claimed {
        fingerprint: Fingerprint {
            method: row.method.clone(),
            path: row.path.clone(),
            body_sha256: row.body_sha256.clone(),
        },
        owner: row.owner.clone(),
        status: row.status.and_then(|s| u16::try_from(s).ok()),
    };
    match next(&claimed, &ctx.request_id, &fingerprint) {
        Next::Run => Ok(Begun::Run(Some(guard))),
        Next::Replay => Ok(Begun::Replay(guard.replay(row)?)),
        Next::InProgress => Err(ApiError::RequestInProgress),
        Next::Reused => Err(ApiError::IdempotencyKeyReused),
    }
}

impl Guard {
    fn held(&self) -> store::Claim<'_> {
        store::Claim {
            scope: &self.scope,
            key_hash: &self.key_hash,
            owner: &self.owner,
        }
    }

    /// One atomic batch: free the key if its row expired or was abandoned, try to claim it, read
    /// whoever holds it now, and purge a few expired rows.
    async fn claim(&self, fingerprint: &Fingerprint, now_ms: f64) -> Result<store::Row, ApiError> {
        let expired = now_ms - RETENTION_MS;
        let statements = vec![
            store::free_stale(
                &self.db,
                &self.scope,
                &self.key_hash,
                expired,
                now_ms - ABANDONED_AFTER_MS,
            )?,
            store::claim(&self.db, &self.held(), fingerprint, now_ms)?,
            store::holder(&self.db, &self.scope, &self.key_hash)?,
            store::purge(&self.db, expired, PURGE_PER_CLAIM)?,
        ];
        let results = batch(&self.db, statements).await?;
        rows::<store::Row>(&results[2])?
            .into_iter()
            .next()
            .ok_or_else(|| ApiError::Internal("idempotency claim left no row".into()))
    }

    fn replay(&self, row: store::Row) -> Result<Response, ApiError> {
        let status = row
            .status
            .and_then(|s| u16::try_from(s).ok())
            .ok_or_else(|| ApiError::Internal("replaying an unfinished claim".into()))?;
        let sealed = data_encoding::BASE64
            .decode(row.body.unwrap_or_default().as_bytes())
            .map_err(|e| ApiError::Internal(format!("stored answer is not base64: {e}")))?;
        let body = open(&self.scope, &self.key, &sealed)
            .ok_or_else(|| ApiError::Internal("stored answer does not open".into()))?;
        let headers = Headers::new();
        if let Some(content_type) = row.content_type {
            headers.set("content-type", &content_type)?;
        }
        headers.set(REPLAYED_HEADER, "true")?;
        let builder = Response::builder()
            .with_status(status)
            .with_headers(headers);
        Ok(if body.is_empty() {
            builder.empty()
        } else {
            builder.fixed(body)
        })
    }

    /// After the handler: keep a 2xx/4xx answer (a 4xx error becomes its problem response here),
    /// release the key on a 5xx so the client can retry.
    pub async fn finish(
        self,
        outcome: Result<Response, ApiError>,
        request_id: &str,
        now_ms: f64,
    ) -> Result<Response, ApiError> {
        let response = match outcome {
            Ok(response) => response,
            Err(error) if error.is_server_fault() => {
                self.release().await;
                return Err(error);
            }
            Err(error) => response::problem(&error, request_id),
        };
        if !keeps(response.status_code()) {
            self.release().await;
            return Ok(response);
        }
        let status = response.status_code();
        let content_type = response.headers().get("content-type")?;
        let (builder, body) = response.into_parts();
        let bytes = match body {
            ResponseBody::Empty => Vec::new(),
            ResponseBody::Body(bytes) => bytes,
            // No handler streams; a stream could not be kept without reading it all.
            ResponseBody::Stream(stream) => {
                self.release().await;
                return Ok(builder.stream(stream));
            }
        };
        if let Err(error) = self
            .store(status, content_type.as_deref(), &bytes, now_ms)
            .await
        {
            // The handler has acted; its answer still goes out. The claim stays open and is
            // abandoned after a minute.
            console_error!("{request_id} storing the idempotent answer failed: {error}");
        }
        Ok(if bytes.is_empty() {
            builder.empty()
        } else {
            builder.fixed(bytes)
        })
    }

    async fn store(
        &self,
        status: u16,
        content_type: Option<&str>,
        body: &[u8],
        now_ms: f64,
    ) -> Result<(), ApiError> {
        let nonce = super::nonce().map_err(ApiError::csprng)?;
        let sealed = seal(&self.scope, &self.key, nonce, body);
        run(store::complete(
            &self.db,
            &self.held(),
            status,
            content_type,
            &data_encoding::BASE64.encode(&sealed),
            now_ms,
        )?)
        .await?;
        Ok(())
    }

    async fn release(&self) {
        let released = match store::release(&self.db, &self.held()) {
            Ok(statement) => run(statement).await.map(|_| ()),
            Err(error) => Err(error),
        };
        if let Err(error) = released {
            console_error!(
                "{} releasing an idempotency claim failed: {error}",
                self.owner
            );
        }
    }
}
