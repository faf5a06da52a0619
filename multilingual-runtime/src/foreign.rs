//! Modules that the compiler did not generate: a WebAssembly module built by another toolchain
//! (e.g. rustc for `wasm32-unknown-unknown`) that follows the module ABI runs through the same
//! engine, per-thread instances and marshalling ([`Call`](crate::Call)) as a kernel module. The
//! benchmarks use it to run hand-written Rust compiled to wasm on exactly the call path of
//! generated code.
//!
//! # The module ABI
//!
//! - Exports `memory`, `ml_alloc(size: i32) -> i32` (an 8-aligned block of `size` bytes inside
//!   the memory, 0 when out of memory) and `ml_reset()` (frees everything `ml_alloc` handed out;
//!   the runtime calls it before a kernel call whenever the heap may hold something), and the
//!   kernel functions.
//! - Optionally exports its heap pointer, a mutable `i32` global, as `ml_heap`: a promise that
//!   each kernel function frees everything the call allocated when it returns normally (generated
//!   modules do), so the runtime skips `ml_reset` after such calls. Without `ml_heap`, the runtime
//!   calls `ml_reset` before every kernel call.
//! - Kernel parameters and results: `int` is `i64`, `float` `f64`, `bool` `i32` (0 or 1); a list is
//!   an `i32` pointer to a 16-byte header `len: i32`, `cap: i32`, `data: i32` (pointer to the
//!   elements: 8 bytes little-endian for ints and floats, 1 byte for bools), 4 unused bytes; a
//!   string an `i32` pointer to `byte_len: i32`, `char_len: i32`, then its UTF-8 bytes.
//! - Imports, if any, come from module `ml` (`raise(fault, site)` and the printing and formatting
//!   functions of generated modules); a module built elsewhere usually imports nothing and reports
//!   errors by trapping, which the runtime returns as [`Error::Trap`](crate::Error::Trap).

use crate::module::WasmModule;

impl WasmModule {
    /// Declares a module built outside the compiler: `name` is used in messages (in place of a
    /// `.ml` path), `bytes` is the module, `exports` the names of the functions that
    /// [`Call::invoke`](crate::Call::invoke) calls by index. The module has no site table (it
    /// does not call `ml.raise`).
    ///
    /// Like generated modules, it is meant for a `static`: compiled on first use, instantiated once
    /// per thread.
    ///
    /// ```ignore
    /// static BASELINE: WasmModule = WasmModule::from_bytes("baseline.wasm", BYTES, &["fib"]);
    /// let r = BASELINE.call(|cx| cx.invoke::<(i64,), i64>(0, (30,)))?;
    /// ```
    pub const fn from_bytes(
        name: &'static str,
        bytes: &'static [u8],
        exports: &'static [&'static str],
    ) -> WasmModule {
        WasmModule::new(name, bytes, &[], exports)
    }
}
