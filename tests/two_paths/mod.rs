//! Helpers shared by the tests that call each kernel on both paths and compare the outcomes.

use multilingual_runtime::{Error, capture_output};
use std::fmt::Debug;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The outcome of a native call: its value, or the error it panicked with (as text).
pub fn native<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

/// Calls both paths and requires the same outcome (and the same printed bytes); returns how
/// many calls failed (on both).
#[track_caller]
pub fn same<T: PartialEq + Debug>(
    what: &str,
    n: impl FnOnce() -> T,
    w: impl FnOnce() -> Result<T, Error>,
) -> usize {
    let (nat, out_n) = capture_output(|| native(n));
    let (was, out_w) = capture_output(w);
    let was = was.map_err(|e| e.to_string());
    assert_eq!(nat, was, "{what}: native vs wasm");
    assert_eq!(out_n, out_w, "{what}: printed");
    usize::from(nat.is_err())
}
