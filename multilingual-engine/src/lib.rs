//! The wasmtime configuration of kernel modules, defined once for the two places that need it:
//! `multilingual-build`, which precompiles each module with Cranelift at build time, and
//! `multilingual-runtime`, whose engine loads those artifacts. wasmtime accepts an artifact only
//! from an engine whose settings (tunables, wasm features, Cranelift flags) match its own, so both
//! sides take their `Config` from [`config`].
//!
//! Precompiling works for x86-64 and aarch64 targets (Cranelift's back ends for both are built);
//! other targets get an error from [`precompile`], and their modules are compiled at run time.

#![warn(missing_docs)]

use wasmtime::{Config, Engine};

/// The engine configuration of every kernel module, at build time and at run time.
///
/// Without a target (see [`precompile`]) Cranelift compiles for the host and uses every CPU
/// feature the host has, which is what the runtime's fallback compilation wants.
pub fn config() -> Config {
    // wasmtime's defaults: Cranelift at `opt_level = speed`, no fuel or epochs (both slow every
    // loop down), signals-based traps. Any setting added here reaches both sides at once.
    Config::new()
}

/// Compiles `wasm` with Cranelift into an artifact for [`wasmtime::Module::deserialize`] on
/// `target` (a Rust target triple, e.g. `aarch64-unknown-linux-gnu`).
///
/// `target_features` are the CPU features the Rust code of the crate is compiled for (rustc's
/// names, as in `CARGO_CFG_TARGET_FEATURE`): the artifact uses those Cranelift knows and no
/// others, so it runs wherever the crate's own code runs. (wasmtime still checks them against
/// the CPU when loading, and the runtime compiles the embedded `.wasm` if the check fails.)
///
/// Errors: the target has no Cranelift back end here, or the module does not compile.
pub fn precompile(wasm: &[u8], target: &str, target_features: &[&str]) -> Result<Vec<u8>, String> {
    precompiler(target, target_features)?.precompile(wasm)
}

/// An engine that precompiles for one target; create it once for many modules.
pub struct Precompiler {
    engine: Engine,
}

/// The engine that precompiles for `target` with `target_features` (see [`precompile`]).
pub fn precompiler(target: &str, target_features: &[&str]) -> Result<Precompiler, String> {
    let mut config = config();
    config
        .target(target)
        .map_err(|e| format!("unknown target {target:?}: {e}"))?;
    let arch = target.split('-').next().unwrap_or_default();
    for flag in cranelift_flags(arch, target_features) {
        // SAFETY: these flags only allow Cranelift to use CPU instructions the crate's native
        // code already requires; wasmtime refuses to load the artifact on a CPU without them.
        unsafe {
            config.cranelift_flag_enable(flag);
        }
    }
    let engine = Engine::new(&config)
        .map_err(|e| format!("cannot precompile for {target}: {}", chain(&e)))?;
    Ok(Precompiler { engine })
}

impl Precompiler {
    /// The artifact of `wasm` (see [`precompile`]).
    pub fn precompile(&self, wasm: &[u8]) -> Result<Vec<u8>, String> {
        self.engine
            .precompile_module(wasm)
            .map_err(|e| format!("cannot precompile the module: {}", chain(&e)))
    }
}

/// Architecture, rustc's name of a CPU feature, Cranelift's flag for it (the flags wasmtime
/// checks against the CPU when loading).
const FEATURE_FLAGS: &[(&str, &str, &str)] = &[
    ("x86_64", "sse3", "has_sse3"),
    ("x86_64", "ssse3", "has_ssse3"),
    ("x86_64", "sse4.1", "has_sse41"),
    ("x86_64", "sse4.2", "has_sse42"),
    ("x86_64", "popcnt", "has_popcnt"),
    ("x86_64", "avx", "has_avx"),
    ("x86_64", "avx2", "has_avx2"),
    ("x86_64", "fma", "has_fma"),
    ("x86_64", "bmi1", "has_bmi1"),
    ("x86_64", "bmi2", "has_bmi2"),
    ("x86_64", "lzcnt", "has_lzcnt"),
    ("x86_64", "cmpxchg16b", "has_cmpxchg16b"),
    ("x86_64", "avx512f", "has_avx512f"),
    ("x86_64", "avx512dq", "has_avx512dq"),
    ("x86_64", "avx512vl", "has_avx512vl"),
    ("x86_64", "avx512bitalg", "has_avx512bitalg"),
    ("x86_64", "avx512vbmi", "has_avx512vbmi"),
    ("aarch64", "lse", "has_lse"),
    ("aarch64", "fp16", "has_fp16"),
    ("aarch64", "dotprod", "has_dotprod"),
    ("aarch64", "i8mm", "has_i8mm"),
];

/// The Cranelift flags of `arch` for the rustc target features given, in table order.
fn cranelift_flags<'a>(
    arch: &'a str,
    target_features: &'a [&str],
) -> impl Iterator<Item = &'static str> + 'a {
    FEATURE_FLAGS
        .iter()
        .filter(move |(a, rustc, _)| *a == arch && target_features.contains(rustc))
        .map(|(_, _, flag)| *flag)
}

/// `e` and its causes, joined by `: `.
fn chain(e: &wasmtime::Error) -> String {
    e.chain()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(": ")
}

#[cfg(test)]
mod tests;
