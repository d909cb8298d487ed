//! Digital-skills learning: modules mapped to DigComp 2.2 (module → lessons → steps and
//! questions, every text per language with fallback to the module's source language), residents'
//! progress and certificates, trainers' groups, assignments and dashboards.
//!
//! - [`model`]: the module document trainers author (stored as one JSON row).
//! - [`validate`]: the rules a module must meet before it is stored.
//! - [`localize`]: one language's view of a module, with fallback marked per text.
//! - [`scoring`]: grading one answer, scoring an attempt, the pass mark.
//! - [`progress`]: merging progress that arrives replayed or out of order, where to continue, a
//!   learner's state, and the trainer's per-question figures.
//! - [`certificate`]: certificate codes that carry a check character, so a mistyped or made-up
//!   code is refused before any lookup.
//! - [`local`]: the phone's side: grading from the one-language view, answers waiting offline.
//! - [`passport`]: the competences a resident's certificates add up to.
//! - [`wire`]: the request and response bodies of `/api/learning*` and `/api/verify/*`.
//! - [`dashboard`]: the trainer's dashboard for one module at one location, built from stored rows.
//! - [`csv`]: that dashboard as CSV (RFC 4180), guarded against spreadsheet formulas.

pub mod certificate;
pub mod csv;
pub mod dashboard;
pub mod local;
pub mod localize;
pub mod model;
pub mod passport;
pub mod progress;
pub mod scoring;
pub mod validate;
pub mod wire;

pub use model::{
    Choice, Item, ItemContent, Lesson, Module, ModuleStatus, Question, QuestionKind, Texts,
};

#[cfg(test)]
mod tests;
