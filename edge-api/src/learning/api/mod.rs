//! The residents' learning routes: reads (`read`), answers and seen steps through the offline
//! queue (`write`), and the public certificate check (`verify`).

pub mod read;
pub mod verify;
pub mod write;
