//! Pages for residents. They are in the main chunk: this is what a resident's first load contains.

pub mod home;
