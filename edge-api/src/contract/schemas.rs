//! The document's schemas, from two schemars generators: answers as the types serialize, request
//! bodies and query values as they deserialize (a `#[serde(default)]` field is optional in a
//! request but always present in an answer). A type whose two schemas differ gets its request one
//! named `<Name>Input` (`<Name>Request` when the type's name ends in `Input` already); identical
//! ones are kept once, in `components.schemas`.

use std::collections::{BTreeMap, BTreeSet};

use schemars::SchemaGenerator;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};
use wegwijs_shared::problem::ProblemKind;

const SCHEMAS_PATH: &str = "/components/schemas";
/// Where the request generator puts its definitions until they are merged into the components.
const REQUEST_SCHEMAS_PATH: &str = "/x-request-schemas";

pub struct Schemas {
    pub responses: SchemaGenerator,
    pub requests: SchemaGenerator,
}

impl Schemas {
    pub fn new() -> Self {
        let settings = |path: &'static str| {
            SchemaSettings::draft2020_12().with(|s| {
                s.definitions_path = path.into();
                s.meta_schema = None;
            })
        };
        Self {
            responses: settings(SCHEMAS_PATH).for_serialize().into_generator(),
            requests: settings(REQUEST_SCHEMAS_PATH)
                .for_deserialize()
                .into_generator(),
        }
    }

    /// The components' schemas; request-side references in `document` are pointed at them.
    pub fn finish(mut self, document: &mut Value) -> Map<String, Value> {
        let mut components = self.responses.take_definitions(true);
        let requests = self.requests.take_definitions(true);
        let names = request_names(&components, &requests);
        let mut rename = |reference: &str| {
            let name = reference.strip_prefix(&format!("#{REQUEST_SCHEMAS_PATH}/"))?;
            Some(format!("#{SCHEMAS_PATH}/{}", names[name]))
        };
        for (name, mut schema) in requests {
            rewrite_refs(&mut schema, &mut rename);
            components.entry(names[&name].clone()).or_insert(schema);
        }
        rewrite_refs(document, &mut rename);
        constrain_problem_types(&mut components);
        components
    }
}

/// The component name of each request-side definition: its own name when it has no response twin
/// or an identical one, else its request name (also when a type it refers to was renamed).
fn request_names(
    responses: &Map<String, Value>,
    requests: &Map<String, Value>,
) -> BTreeMap<String, String> {
    let as_response = |schema: &Value| {
        let mut schema = schema.clone();
        rewrite_refs(&mut schema, &mut |r: &str| {
            r.strip_prefix(&format!("#{REQUEST_SCHEMAS_PATH}/"))
                .map(|name| format!("#{SCHEMAS_PATH}/{name}"))
        });
        schema
    };
    let mut renamed: BTreeSet<&String> = requests
        .iter()
        .filter(|(name, schema)| {
            responses
                .get(*name)
                .is_some_and(|twin| *twin != as_response(schema))
        })
        .map(|(name, _)| name)
        .collect();
    // A definition that refers to a renamed one differs from its response twin too.
    loop {
        let more: Vec<&String> = requests
            .iter()
            .filter(|(name, schema)| {
                !renamed.contains(name)
                    && responses.contains_key(*name)
                    && refs(schema).iter().any(|r| renamed.contains(r))
            })
            .map(|(name, _)| name)
            .collect();
        if more.is_empty() {
            break;
        }
        renamed.extend(more);
    }
    requests
        .keys()
        .map(|name| {
            let mut chosen = name.clone();
            if renamed.contains(name) {
                let suffix = if name.ends_with("Input") {
                    "Request"
                } else {
                    "Input"
                };
                chosen = format!("{name}{suffix}");
                let mut n = 2;
                while responses.contains_key(&chosen) || requests.contains_key(&chosen) {
                    chosen = format!("{name}{suffix}{n}");
                    n += 1;
                }
            }
            (name.clone(), chosen)
        })
        .collect()
}

/// The definition names a request-side schema refers to.
fn refs(schema: &Value) -> Vec<String> {
    let mut found = Vec::new();
    let mut collect = |r: &str| {
        if let Some(name) = r.strip_prefix(&format!("#{REQUEST_SCHEMAS_PATH}/")) {
            found.push(name.to_owned());
        }
        None
    };
    rewrite_refs(&mut schema.clone(), &mut collect);
    found
}

/// Replaces every `$ref` for which `rename` gives a new value.
fn rewrite_refs<F: FnMut(&str) -> Option<String>>(value: &mut Value, rename: &mut F) {
    match value {
        Value::Object(map) => {
            for (key, member) in map.iter_mut() {
                match member {
                    Value::String(reference) if key == "$ref" => {
                        if let Some(new) = rename(reference) {
                            *reference = new;
                        }
                    }
                    other => rewrite_refs(other, rename),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_refs(v, rename)),
        _ => {}
    }
}

/// `Problem.type` is one of the published kinds: a response with another is a bug.
fn constrain_problem_types(components: &mut Map<String, Value>) {
    let kinds: Vec<&str> = ProblemKind::ALL.iter().map(|k| k.type_uri()).collect();
    if let Some(kind) = components
        .get_mut("Problem")
        .and_then(|p| p.pointer_mut("/properties/type"))
    {
        kind["enum"] = json!(kinds);
        kind["description"] =
            json!("The kind of problem: a stable URI reference, resolved against the API origin.");
    }
}

#[cfg(test)]
mod tests {
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};

    use super::*;

    #[derive(Serialize, Deserialize, JsonSchema)]
    struct Same {
        a: String,
    }

    /// Optional when sent, always present in an answer.
    #[derive(Serialize, Deserialize, JsonSchema)]
    struct Defaulted {
        #[serde(default)]
        b: Vec<String>,
    }

    #[derive(Serialize, Deserialize, JsonSchema)]
    struct Holder {
        inner: Defaulted,
    }

    #[test]
    fn differing_twins_get_a_request_name_and_references_follow() {
        let mut schemas = Schemas::new();
        schemas.responses.subschema_for::<Same>();
        schemas.responses.subschema_for::<Holder>();
        let sent = schemas.requests.subschema_for::<Holder>().to_value();
        schemas.requests.subschema_for::<Same>();
        let mut document = json!({ "body": sent });
        let components = schemas.finish(&mut document);
        let names: Vec<&str> = components.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "Defaulted",
                "DefaultedInput",
                "Holder",
                "HolderInput",
                "Same"
            ]
        );
        assert_eq!(document["body"]["$ref"], "#/components/schemas/HolderInput");
        assert_eq!(
            components["HolderInput"]["properties"]["inner"]["$ref"],
            "#/components/schemas/DefaultedInput"
        );
        assert_eq!(components["Defaulted"]["required"], json!(["b"]));
        assert!(components["DefaultedInput"].get("required").is_none());
    }
}
