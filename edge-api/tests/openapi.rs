//! The API contract against the route table and the committed files: every route has exactly one
//! operation and every operation a route; `edge-api/openapi.json` and `public/api-docs/index.html`
//! are what the code generates now (a changed DTO without a regenerated document fails here); every
//! operation is complete and every `$ref` resolves.
//!
//! `cargo xtask openapi` runs [`committed_files_are_generated`] with `WEGWIJS_WRITE_OPENAPI=1`,
//! which writes the files instead of comparing them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use wegwijs_edge_api::contract::{document, page};
use wegwijs_edge_api::routes::ROUTES;

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("edge-api sits in the workspace")
        .to_path_buf()
}

/// The generated files, by path below the workspace root.
fn generated() -> Vec<(&'static str, String)> {
    let document = document::document();
    let json = serde_json::to_string_pretty(&document).expect("a JSON value serialises") + "\n";
    vec![
        ("edge-api/openapi.json", json),
        ("public/api-docs/index.html", page::render(&document)),
    ]
}

#[test]
fn committed_files_are_generated() {
    let write = std::env::var("WEGWIJS_WRITE_OPENAPI").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for (path, content) in generated() {
        let file = root().join(path);
        if write {
            std::fs::create_dir_all(file.parent().expect("a file has a folder"))
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            std::fs::write(&file, &content).unwrap_or_else(|e| panic!("{path}: {e}"));
            println!("wrote {path} ({} bytes)", content.len());
        } else if std::fs::read_to_string(&file).ok().as_deref() != Some(content.as_str()) {
            stale.push(path);
        }
    }
    if write {
        println!("operations: {}", operation_count(&document::document()));
    }
    assert!(
        stale.is_empty(),
        "{} not what the code generates now: run `cargo xtask openapi`",
        stale.join(" and ")
    );
}

#[test]
fn every_route_has_exactly_one_operation_and_every_operation_a_route() {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (_, operation) in document::operations() {
        *counts.entry(operation.key()).or_default() += 1;
    }
    let routes: Vec<String> = ROUTES
        .iter()
        .map(|r| format!("{} {}", r.method.as_str(), r.path))
        .collect();
    let missing: Vec<&String> = routes.iter().filter(|r| !counts.contains_key(*r)).collect();
    let doubled: Vec<&String> = counts
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(k, _)| k)
        .collect();
    let unrouted: Vec<&String> = counts.keys().filter(|k| !routes.contains(k)).collect();
    assert!(
        missing.is_empty() && doubled.is_empty() && unrouted.is_empty(),
        "routes without an operation: {missing:?}\noperations listed twice: {doubled:?}\n\
         operations without a route: {unrouted:?}"
    );
}

#[test]
fn every_operation_is_complete_and_every_reference_resolves() {
    let document = document::document();
    assert_eq!(document["openapi"], "3.1.0");
    let mut problems = Vec::new();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for (path, method, operation) in operations(&document) {
        let name = format!("{} {path}", method.to_ascii_uppercase());
        if operation["summary"].as_str().is_none_or(str::is_empty) {
            problems.push(format!("{name}: no summary"));
        }
        let responses = operation["responses"].as_object();
        if !responses.is_some_and(|r| r.keys().any(|s| s.starts_with('2'))) {
            problems.push(format!("{name}: no 2xx response"));
        }
        let id = operation["operationId"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if let Some(other) = ids.insert(id.clone(), name.clone()) {
            problems.push(format!("{name}: operationId {id} also names {other}"));
        }
    }
    let mut references = Vec::new();
    collect_refs(&document, &mut references);
    assert!(
        references
            .iter()
            .any(|r| r == "#/components/schemas/Problem"),
        "problems reference the Problem schema"
    );
    for reference in references {
        let resolves = reference
            .strip_prefix('#')
            .and_then(|pointer| document.pointer(pointer))
            .is_some();
        if !resolves {
            problems.push(format!("$ref {reference} does not resolve"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The pipeline's rules reach every operation they apply to: a sample of each.
#[test]
fn the_pipeline_rules_are_in_the_document() {
    let document = document::document();
    let at = |method: &str, path: &str| {
        let operation = document["paths"][path][method].clone();
        assert!(operation.is_object(), "{method} {path} is in the document");
        operation
    };
    // A problem answer is a reference to `components.responses`.
    let answer = |operation: &Value, status: &str| {
        let response = &operation["responses"][status];
        match response["$ref"].as_str() {
            Some(r) => document
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("{r} resolves"))
                .clone(),
            None => response.clone(),
        }
    };
    let has_key_header = |operation: &Value| {
        operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|p| p["in"] == "header" && p["name"] == "Idempotency-Key")
    };

    let health = at("get", "/api/health");
    assert_eq!(health["x-roles"], json!(["public"]));
    assert!(health.get("security").is_none(), "public: no session");
    assert!(health["responses"]["401"].is_null());
    assert!(health["responses"]["503"]["content"]["application/json"].is_object());
    assert!(health["responses"]["503"]["content"]["application/problem+json"].is_object());
    assert!(answer(&health, "500")["content"]["application/problem+json"].is_object());

    let create = at("post", "/api/residents");
    assert_eq!(create["security"], json!([{ "session": [] }]));
    assert_eq!(create["x-roles"], json!(["staff", "admin"]));
    for status in [
        "400", "401", "403", "409", "413", "415", "422", "500", "503",
    ] {
        assert!(
            answer(&create, status)["description"].is_string(),
            "POST /api/residents {status}"
        );
    }
    assert!(create["requestBody"]["content"]["application/json"]["example"].is_object());
    assert!(has_key_header(&create));

    let sign_in = at("post", "/api/auth/resident-sign-in");
    assert!(
        !has_key_header(&sign_in),
        "sign-in routes refuse an Idempotency-Key"
    );
    assert!(answer(&sign_in, "429")["headers"]["Retry-After"].is_object());
    assert_eq!(
        sign_in["responses"]["401"]["$ref"],
        "#/components/responses/401-sign-in-failed"
    );
    assert!(sign_in.get("security").is_none());

    let session = at("get", "/api/session");
    assert_eq!(session["security"], json!([{}, { "session": [] }]));

    let location = at("put", "/api/locations/{id}");
    assert!(location["responses"]["404"].is_object());
    assert_eq!(location["parameters"][0]["in"], "path");
    assert!(has_key_header(&location));

    let contract = at("get", "/api/openapi.json");
    assert!(contract["responses"]["304"].is_object());
    assert!(contract["responses"]["200"]["headers"]["ETag"].is_object());
    // A public read is refused only when a browser says another site sent it.
    assert_eq!(
        contract["responses"]["403"]["$ref"],
        "#/components/responses/403-cross-site-request"
    );
}

fn operations(document: &Value) -> Vec<(&str, &str, &Value)> {
    let mut found = Vec::new();
    for (path, item) in document["paths"].as_object().into_iter().flatten() {
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                found.push((path.as_str(), method, operation));
            }
        }
    }
    found
}

fn operation_count(document: &Value) -> usize {
    operations(document).len()
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, member) in map {
                match member {
                    Value::String(r) if key == "$ref" => out.push(r.clone()),
                    other => collect_refs(other, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}
