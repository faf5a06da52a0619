//! The generated dispatcher's choice of path, and the `MULTILINGUAL_DEBUG` notices about it.

use std::sync::OnceLock;

use crate::backend::{Backend, backend};
use crate::error::Error;
use crate::module::{Cause, WasmModule};

/// The path a dispatcher runs a kernel on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Path {
    /// The wasm function (`wasm::f`), returning `Result`.
    Wasm,
    /// The native function (`native::f`), its result wrapped in `Ok`.
    Native,
}

/// Runs one kernel call on the path the [`backend`] selects. `run` runs the kernel on the path it is given:
///
/// ```ignore
/// dispatch(&__ML_MODULE, |path| match path {
///     Path::Wasm => wasm::multiply(a, b, n),
///     Path::Native => Ok(native::multiply(a, b, n)),
/// })
/// ```
///
/// - [`Backend::Native`]: the native path.
/// - [`Backend::Wasm`]: the wasm path; panics with the error's `Display` if it fails, whatever the error.
/// - [`Backend::Auto`]: the wasm path if the module is usable on this thread, else the native path. An
///   [`Error::Raised`] or [`Error::Trap`] of the wasm path panics with its `Display` (the kernel is not
///   run again natively); an [`Error::Unavailable`] runs the native path.
///
/// `run` is called once, or — only when the wasm path turns out unavailable before running the kernel —
/// a second time with [`Path::Native`]. An `Err` returned for [`Path::Native`] panics with its `Display`.
#[inline(always)]
pub fn dispatch<R>(
    module: &'static WasmModule,
    mut run: impl FnMut(Path) -> Result<R, Error>,
) -> R {
    // The native path is decided inline (one atomic load and the once-per-process notice bit), so
    // a dispatched native call costs about what the native function costs.
    if crate::backend::is_native() {
        if module.first_notice(NOTICE_NATIVE) {
            notice_native(module);
        }
        return native(&mut run);
    }
    dispatch_wasm(module, run)
}

/// [`dispatch`] when the backend is not known to be [`Backend::Native`]. Kept out of line, so that
/// the inlined native path stays a few instructions without a stack frame.
#[inline(never)]
fn dispatch_wasm<R>(
    module: &'static WasmModule,
    mut run: impl FnMut(Path) -> Result<R, Error>,
) -> R {
    match backend() {
        Backend::Native => {
            if module.first_notice(NOTICE_NATIVE) {
                notice_native(module);
            }
            native(&mut run)
        }
        Backend::Wasm => {
            let r = run(Path::Wasm).unwrap_or_else(|e| fail(e));
            notice(module, NOTICE_WASM, || wasm_text(module));
            r
        }
        Backend::Auto => {
            // A module that failed to load (or feature `wasm` off) goes native without a message
            // being built; any other unavailability (this thread's instance failed, a re-entrant
            // call) is found by trying, which is rare enough to pay for the error's message.
            if let Err(cause) = module.quick_availability() {
                notice(module, cause_bit(cause), || {
                    fallback_text(module, &module.reason(cause))
                });
                return native(&mut run);
            }
            match run(Path::Wasm) {
                Ok(r) => {
                    notice(module, NOTICE_WASM, || wasm_text(module));
                    r
                }
                Err(Error::Unavailable { reason, .. }) => {
                    notice(module, NOTICE_FALLBACK_LATE, || {
                        fallback_text(module, &reason)
                    });
                    native(&mut run)
                }
                Err(e) => fail(e),
            }
        }
    }
}

#[cold]
#[inline(never)]
fn notice_native(module: &WasmModule) {
    report(&format!(
        "{} runs on native (backend \"native\")",
        module.file
    ));
}

/// The notice of a module that runs on wasm, with where its machine code came from.
fn wasm_text(module: &'static WasmModule) -> String {
    match module.origin() {
        Ok(origin) => format!("{} runs on wasm ({origin})", module.file),
        Err(_) => format!("{} runs on wasm", module.file),
    }
}

#[inline(always)]
fn native<R>(run: &mut impl FnMut(Path) -> Result<R, Error>) -> R {
    match run(Path::Native) {
        Ok(r) => r,
        Err(e) => fail(e),
    }
}

/// The documented panic of [`dispatch`]: the kernel failed on the path it had to run on.
#[cold]
#[inline(never)]
fn fail(e: Error) -> ! {
    panic!("{e}")
}

const NOTICE_WASM: u8 = 1 << 0;
const NOTICE_NATIVE: u8 = 1 << 1;
const NOTICE_FALLBACK_LATE: u8 = 1 << 2;

fn cause_bit(cause: Cause) -> u8 {
    match cause {
        #[cfg(not(feature = "wasm"))]
        Cause::Disabled => 1 << 3,
        #[cfg(feature = "wasm")]
        Cause::Compile => 1 << 4,
        #[cfg(feature = "wasm")]
        Cause::Instantiate => 1 << 5,
        #[cfg(feature = "wasm")]
        Cause::Busy => 1 << 6,
    }
}

fn fallback_text(module: &WasmModule, reason: &str) -> String {
    format!("{} falls back to native: {reason}", module.file)
}

/// Gives the notice `bit` of `module` once per process: `log::debug!`, and stderr under `MULTILINGUAL_DEBUG`.
#[inline]
fn notice(module: &WasmModule, bit: u8, text: impl FnOnce() -> String) {
    if module.first_notice(bit) {
        report(&text());
    }
}

#[cold]
pub(crate) fn report(text: &str) {
    if debug_enabled() {
        eprintln!("multilingual: {text}");
    }
    log::debug!("multilingual: {text}");
}

/// The environment variable that turns the notices on stderr on.
const DEBUG_VAR: &str = "MULTILINGUAL_DEBUG";

/// Whether `MULTILINGUAL_DEBUG` is set to something other than empty, `0`, `false`, `no` or `off` (read
/// once).
pub(crate) fn debug_enabled() -> bool {
    static DEBUG: OnceLock<bool> = OnceLock::new();
    *DEBUG.get_or_init(|| debug_value(std::env::var(DEBUG_VAR).ok().as_deref()))
}

pub(crate) fn debug_value(value: Option<&str>) -> bool {
    value.is_some_and(|v| {
        let v = v.trim();
        !(v.is_empty()
            || ["0", "false", "no", "off"]
                .iter()
                .any(|off| v.eq_ignore_ascii_case(off)))
    })
}
