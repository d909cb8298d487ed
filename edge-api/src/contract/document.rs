//! Assembles the OpenAPI 3.1 document: the domains' operations in route-table order, plus what the
//! pipeline (`app.rs`) does for every route, read from the route table and the policy so it is
//! said once: roles and the session from `Action::access`, the origin check on writes, the body
//! errors of `http::body`, the idempotency layer's header and refusals ([`super::problems`]), the
//! server faults. The schemas are made and merged in [`super::schemas`].

use serde_json::{Map, Value, json};
use wegwijs_shared::auth::{Access, Action, Scope};
use wegwijs_shared::problem::Problem;

use super::DOMAINS;
use super::operation::{Content, Operation};
use super::problems::problem_answers;
use super::schemas::Schemas;
use crate::http::cookies::SESSION_COOKIE;
use crate::idempotency::{self, Acceptance, MAX_KEY_CHARS};
use crate::routes::{ROUTES, Route};

const INFO: &str = "\
The API of Wegwijs: the app residents of the reception centres and the agency's staff use. \
Every route of the Worker is here, generated from its route table, its permission policy and the \
DTO types it (de)serializes.

**Errors.** Every error is an RFC 9457 problem document (`application/problem+json`, schema \
`Problem`) with a stable `type` URI, a `title`, the `status` and the request id (also in the \
`X-Request-Id` header of every answer). Invalid input names each field in `errors` (`field`, a \
stable `code`, an English `message`). Server faults (5xx) never say their cause: quote the \
request id.

**Sessions and roles.** The sign-in routes set the `__Host-wegwijs-session` cookie (HttpOnly, \
Secure, SameSite=Lax, Path=/); sign-out clears it. Operations with the `session` security scheme \
need it (else 401), and the policy decides the rest (else 403): `x-roles` lists the roles it \
allows (`public`: anyone), and each description says which objects each role reaches.

**Writes** (POST, PUT, DELETE) must come from the app's own origin: send `Origin` (or, without \
it, `Sec-Fetch-Site: same-origin`), else 403 `/problems/cross-site-request`. **Reads** that a \
browser marks `Sec-Fetch-Site: cross-site` or `same-site` (a link or an image on another site's \
page) get the same 403 before anything else happens, since some reads write audit lines; clients \
that send no fetch metadata are not affected.

**Idempotency.** Writes that list the `Idempotency-Key` header take a client-generated key (a \
UUID). The first answer (2xx or 4xx) is kept for 24 hours and sent again, with \
`Idempotent-Replayed: true`, to a repeat with the same key, method, path and body. The same key \
with another request is 422 `/problems/idempotency-key-reused`; while the first request still \
runs, 409 `/problems/request-in-progress` with `Retry-After: 1`. The sign-in and sign-out routes \
refuse a key (400).

**Conditional reads.** Reads that answer with an `ETag` answer 304 to an `If-None-Match` naming it.";

/// Every operation with its domain's tag, in the order of [`DOMAINS`].
pub fn operations() -> Vec<(&'static str, Operation)> {
    DOMAINS
        .iter()
        .flat_map(|domain| {
            (domain.operations)()
                .into_iter()
                .map(move |operation| (domain.tag, operation))
        })
        .collect()
}

/// The OpenAPI 3.1.0 document. Operations without a route, and routes without an operation, are
/// left out (`tests/openapi.rs` names them).
pub fn document() -> Value {
    let mut parts = Parts {
        schemas: Schemas::new(),
        problems: Map::new(),
    };
    parts.schemas.responses.subschema_for::<Problem>();
    let operations = operations();
    let mut paths = Map::new();
    for route in ROUTES {
        let Some((tag, operation)) = operations
            .iter()
            .find(|(_, o)| o.method == route.method && o.path == route.path)
        else {
            continue;
        };
        let item = paths
            .entry(route.path)
            .or_insert_with(|| Value::Object(Map::new()));
        item[route.method.as_str().to_ascii_lowercase()] =
            operation_object(route, tag, operation, &mut parts);
    }
    let tags: Vec<Value> = DOMAINS
        .iter()
        .map(|d| json!({ "name": d.tag, "description": d.description }))
        .collect();
    let mut document = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Wegwijs API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": INFO,
            "license": { "name": "EUPL-1.2", "identifier": "EUPL-1.2" },
        },
        "servers": [{ "url": "/" }],
        "tags": tags,
        "paths": paths,
        "components": {
            "securitySchemes": {
                "session": {
                    "type": "apiKey",
                    "in": "cookie",
                    "name": SESSION_COOKIE,
                    "description": "The session cookie the sign-in routes set (64 hex characters).",
                },
            },
        },
    });
    let components = parts.schemas.finish(&mut document);
    document["components"]["schemas"] = Value::Object(components);
    document["components"]["responses"] = Value::Object(parts.problems);
    document
}

/// What the operations add to the components as they are written.
struct Parts {
    schemas: Schemas,
    /// The distinct problem answers, by name.
    problems: Map<String, Value>,
}

fn operation_object(route: &Route, tag: &str, operation: &Operation, parts: &mut Parts) -> Value {
    let access = route.action.access();
    let idempotency = idempotency::acceptance(route.method, route.path, route.action);
    let mut object = json!({
        "tags": [tag],
        "summary": operation.summary,
        "operationId": operation.operation_id(),
        "description": description(operation, route.action, idempotency),
        "x-roles": roles(access),
    });
    match access {
        Access::Roles(_) => object["security"] = json!([{ "session": [] }]),
        Access::Public if route.action.reads_session() => {
            object["security"] = json!([{}, { "session": [] }]);
        }
        Access::Public => {}
    }
    let parameters = parameters(operation, idempotency, &mut parts.schemas);
    if !parameters.is_empty() {
        object["parameters"] = Value::Array(parameters);
    }
    if let Some(body) = operation.body {
        let mut media = json!({ "schema": body(&mut parts.schemas.requests).to_value() });
        if let Some(example) = &operation.example {
            media["example"] = example.clone();
        }
        object["requestBody"] =
            json!({ "required": true, "content": { "application/json": media } });
    }
    object["responses"] = responses(operation, route, idempotency, parts);
    object
}

fn description(operation: &Operation, action: Action, idempotency: Acceptance) -> String {
    let mut text = operation
        .description
        .map(|d| format!("{d}\n\n"))
        .unwrap_or_default();
    text.push_str(&match action.access() {
        Access::Public if action.reads_session() => {
            "**Public**; reads the session cookie when one is sent.".to_owned()
        }
        Access::Public => "**Public**: no session needed.".to_owned(),
        Access::Roles(grants) => format!(
            "**Roles:** {}.",
            grants
                .iter()
                .map(|(role, scope)| format!("{} ({})", role.as_str(), scope_words(*scope)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    });
    if idempotency == Acceptance::Accepted {
        text.push_str(" Takes an `Idempotency-Key`.");
    }
    text
}

fn scope_words(scope: Scope) -> &'static str {
    match scope {
        Scope::Own => "their own records",
        Scope::SameLocation => "at their own locations",
        Scope::Any => "everywhere",
    }
}

fn roles(access: Access) -> Value {
    match access {
        Access::Public => json!(["public"]),
        Access::Roles(grants) => json!(grants.iter().map(|(r, _)| r.as_str()).collect::<Vec<_>>()),
    }
}

fn parameters(operation: &Operation, idempotency: Acceptance, schemas: &mut Schemas) -> Vec<Value> {
    let mut parameters = Vec::new();
    for name in operation.path_param_names() {
        let mut parameter = json!({
            "name": name,
            "in": "path",
            "required": true,
            "schema": { "type": "string", "minLength": 1 },
        });
        if let Some((_, text)) = operation.path_params.iter().find(|(n, _)| *n == name) {
            parameter["description"] = json!(text);
        }
        parameters.push(parameter);
    }
    for query in &operation.query {
        parameters.push(json!({
            "name": query.name,
            "in": "query",
            "required": query.required,
            "description": query.description,
            "schema": (query.schema)(&mut schemas.requests).to_value(),
        }));
    }
    if idempotency == Acceptance::Accepted {
        parameters.push(json!({
            "name": "Idempotency-Key",
            "in": "header",
            "required": false,
            "description": "A new UUID per intended write; repeat it to get the first answer again \
                            instead of acting twice.",
            "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_KEY_CHARS,
                "pattern": "^[!#-\\[\\]-~]+$",
            },
            "example": "8e03978e-40d5-43e8-bc93-6894a57f9324",
        }));
    }
    if operation.conditional {
        parameters.push(json!({
            "name": "If-None-Match",
            "in": "header",
            "required": false,
            "description": "The `ETag` of the answer the client has; when it is still current the \
                            answer is 304 without a body.",
            "schema": { "type": "string" },
        }));
    }
    parameters
}

fn responses(
    operation: &Operation,
    route: &Route,
    idempotency: Acceptance,
    parts: &mut Parts,
) -> Value {
    let mut responses = Map::new();
    for answer in &operation.answers {
        let mut response = json!({ "description": answer.description });
        match answer.content {
            Content::Json(schema) => {
                let schema = schema(&mut parts.schemas.responses).to_value();
                response["content"] = json!({ "application/json": { "schema": schema } });
            }
            Content::Media(media) => {
                response["content"] = json!({ media: { "schema": { "type": "string" } } });
            }
            Content::Empty => {}
        }
        if operation.conditional && answer.status == 200 {
            response["headers"] = etag_headers();
        }
        responses.insert(answer.status.to_string(), response);
    }
    if operation.conditional {
        responses.insert(
            "304".into(),
            json!({
                "description": "Not modified: the `If-None-Match` names the current `ETag`.",
                "headers": etag_headers(),
            }),
        );
    }
    for answer in problem_answers(operation, route, idempotency) {
        let problem = answer.response();
        match responses.get_mut(&answer.status.to_string()) {
            // A status the handler also answers with a body of its own (health's 503): both.
            Some(own) => {
                let text = format!(
                    "{} Or a problem: {}",
                    own["description"].as_str().unwrap_or(""),
                    answer.description()
                );
                own["description"] = json!(text);
                let content = own["content"].as_object_mut();
                let problem_content = problem["content"].as_object().cloned().unwrap_or_default();
                match content {
                    Some(content) => content.extend(problem_content),
                    None => own["content"] = Value::Object(problem_content),
                }
            }
            None => {
                let name = answer.name();
                responses.insert(
                    answer.status.to_string(),
                    json!({ "$ref": format!("#/components/responses/{name}") }),
                );
                parts.problems.insert(name, problem);
            }
        }
    }
    Value::Object(responses)
}

fn etag_headers() -> Value {
    json!({
        "ETag": {
            "description": "A weak tag of this answer, for `If-None-Match`.",
            "schema": { "type": "string" },
        },
    })
}
