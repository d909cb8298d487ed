//! The builder each domain's contract file writes its operations with. An [`Operation`] holds what
//! only a person can say about a route (summary, bodies, statuses the handler answers); everything
//! the pipeline decides for every route (roles, the session, CSRF, idempotency, body errors) is
//! added by [`super::document`], so it is said once and cannot drift per operation.
//!
//! Schemas are kept as functions of the generator, not as JSON: the document generates them all
//! with one generator per direction, so every named type lands once in `components.schemas`.

use schemars::{JsonSchema, Schema, SchemaGenerator};

use crate::routes::Method;

/// Generates (or references) the schema of one type.
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

fn schema_of<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

pub struct QueryParam {
    pub name: &'static str,
    pub required: bool,
    pub description: &'static str,
    pub schema: SchemaFn,
}

pub enum Content {
    Json(SchemaFn),
    /// A body in another media type (e.g. `text/csv`), described in words.
    Media(&'static str),
    Empty,
}

pub struct Answer {
    pub status: u16,
    pub description: &'static str,
    pub content: Content,
}

/// One operation, named by its route's method and path.
pub struct Operation {
    pub method: Method,
    pub path: &'static str,
    pub summary: &'static str,
    pub description: Option<&'static str>,
    pub query: Vec<QueryParam>,
    /// Descriptions of path parameters; parameters without one are still documented (from the
    /// `{name}` in the path).
    pub path_params: Vec<(&'static str, &'static str)>,
    pub body: Option<SchemaFn>,
    pub example: Option<serde_json::Value>,
    pub answers: Vec<Answer>,
    /// Answered through `http::conditional`: an `ETag` on 200 and 304 for a matching
    /// `If-None-Match`.
    pub conditional: bool,
    /// Problem statuses this handler answers beyond the ones the document adds for every route.
    pub problems: Vec<u16>,
}

/// One operation, named by the route table's method and path (the string of the ROUTES row).
pub fn op(method: Method, path: &'static str, summary: &'static str) -> Operation {
    Operation {
        method,
        path,
        summary,
        description: None,
        query: Vec::new(),
        path_params: Vec::new(),
        body: None,
        example: None,
        answers: Vec::new(),
        conditional: false,
        problems: Vec::new(),
    }
}

impl Operation {
    /// A longer explanation (CommonMark).
    pub fn describe(mut self, text: &'static str) -> Self {
        self.description = Some(text);
        self
    }

    pub fn query<T: JsonSchema>(
        mut self,
        name: &'static str,
        required: bool,
        description: &'static str,
    ) -> Self {
        self.query.push(QueryParam {
            name,
            required,
            description,
            schema: schema_of::<T>,
        });
        self
    }

    pub fn path_param(mut self, name: &'static str, description: &'static str) -> Self {
        self.path_params.push((name, description));
        self
    }

    /// An `application/json` request body (required).
    pub fn body<T: JsonSchema>(mut self) -> Self {
        self.body = Some(schema_of::<T>);
        self
    }

    /// A JSON response.
    pub fn ok<T: JsonSchema>(mut self, status: u16, description: &'static str) -> Self {
        self.answers.push(Answer {
            status,
            description,
            content: Content::Json(schema_of::<T>),
        });
        self
    }

    /// A response without a body.
    pub fn no_content(mut self, status: u16, description: &'static str) -> Self {
        self.answers.push(Answer {
            status,
            description,
            content: Content::Empty,
        });
        self
    }

    /// A response in another media type, e.g. `text/csv`.
    pub fn media(
        mut self,
        status: u16,
        content_type: &'static str,
        description: &'static str,
    ) -> Self {
        self.answers.push(Answer {
            status,
            description,
            content: Content::Media(content_type),
        });
        self
    }

    /// A GET answered through `http::conditional`: `ETag` header and 304.
    pub fn conditional(mut self) -> Self {
        self.conditional = true;
        self
    }

    /// problem+json statuses beyond the automatic ones.
    pub fn problems(mut self, statuses: &[u16]) -> Self {
        self.problems.extend_from_slice(statuses);
        self
    }

    /// An example request body.
    pub fn example(mut self, request_body: serde_json::Value) -> Self {
        self.example = Some(request_body);
        self
    }

    /// The route table's name for this operation: `"GET /api/health"`.
    pub fn key(&self) -> String {
        format!("{} {}", self.method.as_str(), self.path)
    }

    /// A stable `operationId` from the method and path: `put_locations_by_id`.
    pub fn operation_id(&self) -> String {
        let mut id = self.method.as_str().to_ascii_lowercase();
        for segment in self.path.trim_start_matches("/api/").split('/') {
            id.push('_');
            let (prefix, name) = match segment.strip_prefix('{') {
                Some(rest) => ("by_", rest.trim_end_matches('}')),
                None => ("", segment),
            };
            id.push_str(prefix);
            id.extend(
                name.chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
            );
        }
        id
    }

    /// The `{name}` parameters of the path, in order.
    pub fn path_param_names(&self) -> Vec<&'static str> {
        self.path
            .split('/')
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_ids_come_from_method_and_path() {
        let id = |m, p| op(m, p, "").operation_id();
        assert_eq!(id(Method::Get, "/api/health"), "get_health");
        assert_eq!(
            id(Method::Put, "/api/locations/{id}"),
            "put_locations_by_id"
        );
        assert_eq!(
            id(Method::Get, "/api/learning/dashboard.csv"),
            "get_learning_dashboard_csv"
        );
        assert_eq!(
            id(Method::Put, "/api/me/favourites/{kind}/{id}"),
            "put_me_favourites_by_kind_by_id"
        );
    }

    #[test]
    fn path_parameters_are_read_from_the_path() {
        let o = op(
            Method::Put,
            "/api/content/items/{id}/translations/{language}",
            "",
        );
        assert_eq!(o.path_param_names(), ["id", "language"]);
        assert!(
            op(Method::Get, "/api/health", "")
                .path_param_names()
                .is_empty()
        );
    }
}
