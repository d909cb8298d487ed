//! Pages for staff. Lazy routes: compiled into their own wasm chunk.

pub mod overview;
