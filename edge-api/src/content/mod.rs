//! Information for residents: the resident read API (`api::read`: content in the
//! resident's language, news marker, favourites, own procedure stage), staff setting a resident's
//! procedure stage (`api::procedure`), and the staff content editor (`api::editor`). The rules (which
//! translation, coverage, validation, rich text) live in `wegwijs_shared::{content, richtext}`.

pub mod api;
pub(crate) mod store;
