//! One folder per audience, one file per page. `employee/` holds the doors shared by staff,
//! trainers and admins (signing in, accepting an invitation).

pub mod admin;
pub mod employee;
pub mod not_found;
pub mod pending;
pub mod resident;
pub mod staff;
pub mod trainer;
