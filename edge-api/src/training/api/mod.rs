//! The trainers' routes: authoring (`authoring`), learners and groups (`groups`), assignments
//! (`assignments`) and the progress dashboard with its CSV (`dashboard`).

pub mod assignments;
pub mod authoring;
pub mod dashboard;
pub mod groups;
