//! The activity routes: the occurrence list that residents and staff read (`read`), and planning,
//! sign-ups and participants (`manage`).

pub mod manage;
pub(crate) mod read;
