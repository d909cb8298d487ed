//! One folder per audience, one file per page.

pub mod not_found;
pub mod resident;
pub mod staff;
pub mod trainer;
