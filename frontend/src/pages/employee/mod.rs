//! The doors shared by staff, trainers and admins: signing in, and accepting an invitation. Lazy
//! routes: residents never download them.

pub mod invite;
pub mod sign_in;
