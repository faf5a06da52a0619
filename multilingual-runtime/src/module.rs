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
/// With feature `wasm`, the module is compiled once per process on first use (a failure is kept and
/// reported as [`Error::Unavailable`]), and instantiated once per thread that calls it.
pub struct WasmModule {
    pub(crate) file: &'static str,
    pub(crate) bytes: &'static [u8],
    pub(crate) sites: &'static [Site],
    pub(crate) exports: &'static [&'static str],
    /// Which `MULTILINGUAL_DEBUG` notices were already given for this module (bits of `Notice`).
    pub(crate) notices: AtomicU8,
    #[cfg(feature = "wasm")]
    pub(crate) compiled: std::sync::OnceLock<Result<crate::engine::Compiled, String>>,
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
            sites,
            exports,
            notices: AtomicU8::new(0),
            #[cfg(feature = "wasm")]
            compiled: std::sync::OnceLock::new(),
        }
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

    /// Runs one kernel call on this thread's instance: resets the module's heap (`ml_reset`), then runs
    /// `f`, which passes arguments, invokes the export and reads results through the [`Call`].
    ///
    /// Returns [`Error::Unavailable`] (without running `f`) when the module cannot run here: feature `wasm`
    /// off, compilation or instantiation failed, or a call of this module is already running on this thread.
    pub fn call<R>(
        &'static self,
        f: impl FnOnce(&mut Call<'_>) -> Result<R, Error>,
    ) -> Result<R, Error> {
        #[cfg(feature = "wasm")]
        {
            crate::engine::call(self, f)
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
            crate::engine::availability(self)
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
            crate::engine::reason(self, cause)
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
