//! The content routes: the residents' reads (`read`), staff setting a resident's procedure stage
//! (`procedure`), and the staff content editor (`editor`).

pub mod editor;
pub mod procedure;
pub mod read;
