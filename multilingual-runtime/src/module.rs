//! A kernel file's embedded wasm module, as generated code declares it in a `static`.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::error::Error;
use crate::site::Site;

#[cfg(feature = "wasm")]
pub use crate::call::{Call, Marshal};
#[cfg(not(feature = "wasm"))]
pub use crate::disabled::{Call, Marshal};

/// The embedded WebAssembly module of one `.ml` file, declared by generated code as a `static`.
///
/// With feature `wasm`, the module is loaded once per process on first use — from its precompiled
/// artifact when it has one that this engine and CPU accept, else compiled from `bytes` — (a failure
/// is kept and reported as [`Error::Unavailable`]), and instantiated once per thread that calls it.
pub struct WasmModule {
    pub(crate) file: &'static str,
    pub(crate) bytes: &'static [u8],
    /// The module precompiled by Cranelift at build time for the target (`multilingual-build`).
    pub(crate) precompiled: Option<&'static [u8]>,
    pub(crate) sites: &'static [Site],
    pub(crate) exports: &'static [&'static str],
    /// Which `MULTILINGUAL_DEBUG` notices were already given for this module (bits of `Notice`).
    pub(crate) notices: AtomicU8,
    /// 1 + this module's index in each thread's table of instances; 0 until first used.
    #[cfg(feature = "wasm")]
    pub(crate) slot: std::sync::atomic::AtomicUsize,
    #[cfg(feature = "wasm")]
    pub(crate) compiled: std::sync::OnceLock<Result<crate::load::Compiled, String>>,
}

impl WasmModule {
    /// Declares a module: `file` is the `.ml` path used in messages, `bytes` the module, `sites` the table
    /// that `ml.raise`'s site index refers to, `exports` the export names of the kernel functions (the
    /// index of a name is what [`Call::invoke`] takes).
    pub const fn new(
        file: &'static str,
        bytes: &'static [u8],
        sites: &'static [Site],
        exports: &'static [&'static str],
    ) -> WasmModule {
        WasmModule {
            file,
            bytes,
            precompiled: None,
            sites,
            exports,
            notices: AtomicU8::new(0),
            #[cfg(feature = "wasm")]
            slot: std::sync::atomic::AtomicUsize::new(0),
            #[cfg(feature = "wasm")]
            compiled: std::sync::OnceLock::new(),
        }
    }

    /// The same module with an `artifact` that `Engine::precompile_module` made from `bytes` for
    /// this target, with the engine configuration of `multilingual-engine`. It is loaded with
    /// `Module::deserialize` instead of compiling `bytes`; when wasmtime rejects it (another
    /// wasmtime version, another target, a CPU without the features it was compiled for), `bytes`
    /// are compiled instead and the `MULTILINGUAL_DEBUG` notice says why.
    ///
    /// The artifact's machine code runs as it is: it must come from the build of the program that
    /// embeds it, as `multilingual-build` makes it (never from an untrusted source).
    pub const fn with_precompiled(mut self, artifact: &'static [u8]) -> WasmModule {
        self.precompiled = Some(artifact);
        self
    }

    /// The `.ml` file path used in messages.
    pub fn file(&self) -> &'static str {
        self.file
    }

    /// The module's bytes.
    pub fn bytes(&self) -> &'static [u8] {
        self.bytes
    }

    /// The site table.
    pub fn sites(&self) -> &'static [Site] {
        self.sites
    }

    /// The export names of the kernel functions.
    pub fn exports(&self) -> &'static [&'static str] {
        self.exports
    }

    /// The precompiled artifact embedded with the module, if any.
    pub fn precompiled(&self) -> Option<&'static [u8]> {
        self.precompiled
    }

    /// How this process got the module's machine code; loads the module on first use.
    ///
    /// Errors: [`Error::Unavailable`] when the module cannot be loaded (or feature `wasm` is off).
    pub fn origin(&'static self) -> Result<Origin, Error> {
        #[cfg(feature = "wasm")]
        {
            crate::load::origin(self)
        }
        #[cfg(not(feature = "wasm"))]
        {
            Err(self.unavailable(crate::disabled::REASON.to_owned()))
        }
    }

    /// Runs one kernel call on this thread's instance: gives back the module's heap if the last call
    /// did not (`ml_reset`), then runs `f`, which passes arguments, invokes the export and reads
    /// results through the [`Call`].
    ///
    /// Returns [`Error::Unavailable`] (without running `f`) when the module cannot run here: feature `wasm`
    /// off, compilation or instantiation failed, or a call of this module is already running on this thread.
    #[inline]
    pub fn call<R>(
        &'static self,
        f: impl FnOnce(&mut Call<'_>) -> Result<R, Error>,
    ) -> Result<R, Error> {
        #[cfg(feature = "wasm")]
        {
            crate::instance::call(self, f)
        }
        #[cfg(not(feature = "wasm"))]
        {
            let _ = f;
            Err(self.unavailable(crate::disabled::REASON.to_owned()))
        }
    }

    /// Whether this module can run on the wasm path on this thread; compiles and instantiates it on first
    /// use. Never allocates once the answer is known.
    pub fn is_available(&'static self) -> bool {
        self.availability().is_ok()
    }

    /// `Ok` when usable on this thread, else the cause (cheap, without a message).
    pub(crate) fn availability(&'static self) -> Result<(), Cause> {
        #[cfg(feature = "wasm")]
        {
            crate::instance::availability(self)
        }
        #[cfg(not(feature = "wasm"))]
        {
            Err(Cause::Disabled)
        }
    }

    /// [`availability`](Self::availability) as the `Auto` dispatcher checks it on every call:
    /// in full until the module is loaded (loading it), then only whether it loaded — cheap. A
    /// thread whose instance fails, or a re-entrant call, is found by trying the call.
    #[inline]
    pub(crate) fn quick_availability(&'static self) -> Result<(), Cause> {
        #[cfg(feature = "wasm")]
        {
            match self.compiled.get() {
                Some(Ok(_)) => Ok(()),
                Some(Err(_)) => Err(Cause::Compile),
                None => self.availability(),
            }
        }
        #[cfg(not(feature = "wasm"))]
        {
            Err(Cause::Disabled)
        }
    }

    /// The text of why the module is unavailable (allocates: only for messages).
    pub(crate) fn reason(&'static self, cause: Cause) -> String {
        #[cfg(feature = "wasm")]
        {
            crate::instance::reason(self, cause)
        }
        #[cfg(not(feature = "wasm"))]
        {
            let Cause::Disabled = cause;
            crate::disabled::REASON.to_owned()
        }
    }

    pub(crate) fn unavailable(&self, reason: String) -> Error {
        Error::Unavailable {
            file: self.file,
            reason,
        }
    }

    /// Sets notice bit `bit`; true if it was not set before (the notice is to be given now).
    #[inline]
    pub(crate) fn first_notice(&self, bit: u8) -> bool {
        self.notices.load(Ordering::Relaxed) & bit == 0
            && self.notices.fetch_or(bit, Ordering::Relaxed) & bit == 0
    }
}

impl std::fmt::Debug for WasmModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasmModule")
            .field("file", &self.file)
            .field("bytes", &self.bytes.len())
            .field("precompiled", &self.precompiled.map(<[u8]>::len))
            .field("sites", &self.sites.len())
            .field("exports", &self.exports)
            .finish_non_exhaustive()
    }
}

/// Why a module cannot run on the wasm path (the message is built only when needed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cause {
    /// Feature `wasm` is off.
    #[cfg(not(feature = "wasm"))]
    Disabled,
    /// The module failed to compile or link (per process).
    #[cfg(feature = "wasm")]
    Compile,
    /// The module failed to instantiate on this thread.
    #[cfg(feature = "wasm")]
    Instantiate,
    /// A call of this module is already running on this thread (re-entrant call), or the thread is exiting.
    #[cfg(feature = "wasm")]
    Busy,
}

/// Where a module's machine code came from in this process (see [`WasmModule::origin`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Loaded from the precompiled artifact: nothing was compiled at run time.
    Precompiled,
    /// Compiled by Cranelift from the embedded `.wasm` at first use.
    Compiled {
        /// Why the precompiled artifact was not used: wasmtime's reason for rejecting it, or
        /// `None` when the module has no artifact.
        artifact_rejected: Option<String>,
    },
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Precompiled => f.write_str("precompiled artifact"),
            Origin::Compiled {
                artifact_rejected: None,
            } => f.write_str("compiled from the embedded .wasm (no precompiled artifact)"),
            Origin::Compiled {
                artifact_rejected: Some(why),
            } => write!(
                f,
                "compiled from the embedded .wasm: the precompiled artifact was rejected: {why}"
            ),
        }
    }
}
