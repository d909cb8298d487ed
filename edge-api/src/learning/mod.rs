//! Digital-skills learning for residents: the modules they can take, a module in their
//! language, their progress and answers (through the offline write queue), certificates on a
//! pass, the learning passport, and the public check of a certificate code. The rules (grading,
//! merges, states, codes, the passport) live in `wegwijs_shared::learning`; the trainers' side
//! is `crate::training`.

pub mod api;
mod store;
mod view;
