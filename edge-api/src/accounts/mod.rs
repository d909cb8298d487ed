//! Employee accounts (staff, trainers, admins): invitations, location assignments, disabling.

pub mod api;
mod store;
