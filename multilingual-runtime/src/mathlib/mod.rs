//! The elementary functions of kernels, computed by the same sequence of IEEE operations on the
//! native path (this module) and in the wasm module (`multilingual-build`'s
//! `backend/wasm/mathlib`, which emits the same algorithms as wasm helper functions), so both
//! paths give bit-identical results without importing anything from the host.
//!
//! - [`exp`], [`log`] and [`pow`]: the table-driven algorithms of ARM's optimized-routines
//!   (also glibc ≥ 2.28 and musl ≥ 1.1.20; MIT licence, Copyright (c) 2018 Arm Limited), ported
//!   from musl's C along the code paths without fused multiply-add.
//! - [`sin`] and [`cos`]: Cody–Waite reduction by π/2 (fdlibm's `__rem_pio2` medium case),
//!   an integer Payne–Hanek reduction for |x| ≥ 2^20·π/2, and a double-double evaluation around
//!   a table of `sin(k/64)`, `cos(k/64)`; correctly rounded on all but 1 of 90000 random inputs
//!   (checked with mpmath; glibc's sin/cos miss on ~0.13 %, ARM's exp/log/pow on ~0.1 %).
//! - [`fmod`]: exact, by integer long division (musl's algorithm): equal to Rust's `%`.
//!
//! Only exact operations besides `+ - * /`: `floor`, `abs`, bit manipulation and integer
//! arithmetic. No fused multiply-add (wasm has none), and no `std` transcendental function.

// The formulas follow their C sources operation by operation (`x - x` makes a NaN as C does).
#![allow(clippy::eq_op, clippy::assign_op_pattern)]

mod exp;
mod fmod;
mod log;
mod pow;
mod trig;

#[cfg(test)]
mod tests;

pub use exp::exp;
pub use fmod::fmod;
pub use log::log;
pub use pow::pow;
pub use trig::{cos, sin};

/// `2^e` for `-1022 <= e <= 1023`.
#[inline]
fn pow2(e: i32) -> f64 {
    f64::from_bits(((0x3ff + e) as u64) << 52)
}
