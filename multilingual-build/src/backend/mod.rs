//! The back ends: both read only the typed IR.

pub mod moved;
pub mod rust;
pub mod rust_tuple;
pub mod wasm;
