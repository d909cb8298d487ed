//! Pages for trainers. Lazy routes: compiled into their own wasm chunk.

pub mod home;
