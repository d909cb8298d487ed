//! Information for residents (issue 5): the resident read API (`read_api`: content in the
//! resident's language, news marker, favourites, own procedure stage), staff setting a resident's
//! procedure stage (`procedure_api`), and the staff content editor (`editor_api`). The rules (which
//! translation, coverage, validation, rich text) live in `wegwijs_shared::{content, richtext}`.

pub mod editor_api;
mod etag;
pub mod procedure_api;
pub mod read_api;
mod store;
