//! The Rust types that cross into a wasm kernel function: parameter tuples and results.
//!
//! Both traits are sealed and exist with and without the `wasm` feature, so generated code is the same in
//! both configurations. With `wasm` they imply wasmtime's `WasmParams` / `WasmResults`.

mod sealed {
    pub trait Sealed {}
}

/// A wasm scalar: `i32` (also bools and list pointers), `i64` (int) or `f64` (float).
#[cfg(feature = "wasm")]
pub trait WasmScalar: sealed::Sealed + wasmtime::WasmTy + Copy + 'static {}
/// A wasm scalar: `i32` (also bools and list pointers), `i64` (int) or `f64` (float).
#[cfg(not(feature = "wasm"))]
pub trait WasmScalar: sealed::Sealed + Copy + 'static {}

/// The parameters of a kernel's wasm export: a tuple of 0 to 16 [`WasmScalar`]s (`()`, `(i64,)`, ...).
#[cfg(feature = "wasm")]
pub trait WasmArgs: sealed::Sealed + wasmtime::WasmParams + 'static {}
/// The parameters of a kernel's wasm export: a tuple of 0 to 16 [`WasmScalar`]s (`()`, `(i64,)`, ...).
#[cfg(not(feature = "wasm"))]
pub trait WasmArgs: sealed::Sealed + 'static {}

/// The result of a kernel's wasm export: `()`, `i32`, `i64` or `f64`.
#[cfg(feature = "wasm")]
pub trait WasmRet: sealed::Sealed + wasmtime::WasmResults + 'static {}
/// The result of a kernel's wasm export: `()`, `i32`, `i64` or `f64`.
#[cfg(not(feature = "wasm"))]
pub trait WasmRet: sealed::Sealed + 'static {}

macro_rules! scalars {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl WasmScalar for $t {}
        impl WasmRet for $t {}
    )*};
}
scalars!(i32, i64, f64);

impl WasmRet for () {}

macro_rules! tuples {
    ($( ($($p:ident),*) )*) => {$(
        impl<$($p: WasmScalar),*> sealed::Sealed for ($($p,)*) {}
        impl<$($p: WasmScalar),*> WasmArgs for ($($p,)*) {}
    )*};
}
tuples! {
    ()
    (A)
    (A, B)
    (A, B, C)
    (A, B, C, D)
    (A, B, C, D, E)
    (A, B, C, D, E, F)
    (A, B, C, D, E, F, G)
    (A, B, C, D, E, F, G, H)
    (A, B, C, D, E, F, G, H, I)
    (A, B, C, D, E, F, G, H, I, J)
    (A, B, C, D, E, F, G, H, I, J, K)
    (A, B, C, D, E, F, G, H, I, J, K, L)
    (A, B, C, D, E, F, G, H, I, J, K, L, M)
    (A, B, C, D, E, F, G, H, I, J, K, L, M, N)
    (A, B, C, D, E, F, G, H, I, J, K, L, M, N, O)
    (A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P)
}
