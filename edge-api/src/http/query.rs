//! The query string, read through the request context: [`RequestCtx::query`] for a text,
//! [`RequestCtx::query_parsed`] for a typed value (a value that does not parse is a 422 naming the
//! parameter), [`RequestCtx::query_pairs`] for a handler that checks every parameter itself.
//!
//! A parameter that is missing, empty or only spaces counts as not given, and values are trimmed:
//! links typed or pasted by hand often carry stray spaces.

use std::str::FromStr;

use worker::Url;

use crate::error::ApiError;
use crate::http::RequestCtx;

impl RequestCtx {
    /// The value of the query parameter `name` (the first one, when it is repeated).
    pub fn query(&self, name: &str) -> Result<Option<String>, ApiError> {
        Ok(value(&self.req.url()?, name))
    }

    /// The query parameter `name` as a `T`; a value that is not one is a 422 naming `name`.
    pub fn query_parsed<T: FromStr>(&self, name: &str) -> Result<Option<T>, ApiError> {
        parsed(name, self.query(name)?)
    }

    /// Every query parameter in order, as given (not trimmed, empty ones included).
    pub fn query_pairs(&self) -> Result<Vec<(String, String)>, ApiError> {
        Ok(self
            .req
            .url()?
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect())
    }
}

fn value(url: &Url, name: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn parsed<T: FromStr>(name: &str, value: Option<String>) -> Result<Option<T>, ApiError> {
    value
        .map(|v| {
            v.parse::<T>().map_err(|_| {
                ApiError::field(
                    name,
                    &format!("invalid_{name}"),
                    format!("The value of {name} is not valid here."),
                )
            })
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(query: &str) -> Url {
        Url::parse(&format!("https://wegwijs.test/api/x?{query}")).unwrap()
    }

    #[test]
    fn a_value_is_trimmed_and_blank_is_missing() {
        let u = url("a=%20x%20&b=&c=%20&d=1&d=2");
        assert_eq!(value(&u, "a").as_deref(), Some("x"));
        assert_eq!(value(&u, "b"), None);
        assert_eq!(value(&u, "c"), None);
        assert_eq!(value(&u, "d").as_deref(), Some("1"));
        assert_eq!(value(&u, "e"), None);
    }

    #[test]
    fn a_typed_value_parses_or_names_the_parameter() {
        assert_eq!(parsed::<u32>("days", Some("7".into())).unwrap(), Some(7));
        assert_eq!(parsed::<u32>("days", None).unwrap(), None);
        let error = parsed::<u32>("days", Some("seven".into())).unwrap_err();
        assert_eq!(error.status(), 422);
        let problem = error.problem();
        assert_eq!(problem.errors.len(), 1);
        assert_eq!(problem.errors[0].field, "days");
        assert_eq!(problem.errors[0].code, "invalid_days");
    }
}
