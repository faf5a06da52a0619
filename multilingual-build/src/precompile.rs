//! Precompiling modules with Cranelift for the target of the build — `TARGET`, which cargo gives
//! build scripts, never the host the build script runs on — so that the program loads machine
//! code (`Module::deserialize`) instead of compiling each `.wasm` when it first calls a kernel.
//! The engine configuration comes from `multilingual-engine`, the crate the runtime takes its own
//! from, so the runtime accepts the artifacts.

/// The target to precompile for: a Rust target triple and the CPU features its code may use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// E.g. `aarch64-unknown-linux-gnu`.
    pub triple: String,
    /// rustc's names of the CPU features the crate is compiled for (`sse4.1`, `lse`): the
    /// artifact uses those and no others.
    pub features: Vec<String>,
}

impl Target {
    /// A target with only its baseline CPU features.
    pub fn new(triple: impl Into<String>) -> Target {
        Target {
            triple: triple.into(),
            features: Vec::new(),
        }
    }

    /// The target cargo builds for, from a build script's environment (`TARGET`,
    /// `CARGO_CFG_TARGET_FEATURE`); `None` outside a build script.
    pub fn from_env() -> Option<Target> {
        let triple = std::env::var("TARGET").ok()?;
        let features = std::env::var("CARGO_CFG_TARGET_FEATURE")
            .unwrap_or_default()
            .split(',')
            .filter(|f| !f.is_empty())
            .map(str::to_owned)
            .collect();
        Some(Target { triple, features })
    }
}

/// Makes the artifacts of one target (one Cranelift engine for all modules of a build).
pub struct Precompiler {
    #[cfg(feature = "precompile")]
    inner: multilingual_engine::Precompiler,
}

impl Precompiler {
    /// The precompiler for `target`.
    ///
    /// Errors: the target has no Cranelift back end here (only x86-64 and aarch64 have), or this
    /// crate was built without its `precompile` feature.
    pub fn new(target: &Target) -> Result<Precompiler, String> {
        #[cfg(feature = "precompile")]
        {
            let features: Vec<&str> = target.features.iter().map(String::as_str).collect();
            multilingual_engine::precompiler(&target.triple, &features)
                .map(|inner| Precompiler { inner })
        }
        #[cfg(not(feature = "precompile"))]
        {
            let _ = target;
            Err("multilingual-build was built without its `precompile` feature".to_owned())
        }
    }

    /// The artifact of a module (`Compiled::wasm`).
    pub fn precompile(&self, wasm: &[u8]) -> Result<Vec<u8>, String> {
        #[cfg(feature = "precompile")]
        {
            self.inner.precompile(wasm)
        }
        #[cfg(not(feature = "precompile"))]
        {
            let _ = wasm;
            Err("multilingual-build was built without its `precompile` feature".to_owned())
        }
    }
}
