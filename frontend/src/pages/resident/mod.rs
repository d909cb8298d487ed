//! Pages for residents. Home, activation and sign-in are in the main chunk: this is what a
//! resident's first load contains. "My sessions" is a lazy route (rarely opened).

pub mod activate;
pub mod activities;
pub mod centre;
pub mod home;
pub mod home_info;
pub mod info;
pub mod learning;
pub mod sessions;
pub mod sign_in;
