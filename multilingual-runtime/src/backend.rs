//! The process-wide choice between the wasm path and the native path.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU8, Ordering};

/// Which implementation the generated dispatchers run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// The wasm path when the module is usable on this thread (feature `wasm` on, module compiled and
    /// instantiated), else the native path.
    #[default]
    Auto,
    /// Always the wasm path; a dispatcher panics if the module cannot run there.
    Wasm,
    /// Always the native path.
    Native,
}

impl Backend {
    /// The lowercase name, as accepted by [`FromStr`]: `"auto"`, `"wasm"` or `"native"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Backend::Auto => "auto",
            Backend::Wasm => "wasm",
            Backend::Native => "native",
        }
    }

    const fn to_u8(self) -> u8 {
        match self {
            Backend::Auto => 1,
            Backend::Wasm => 2,
            Backend::Native => 3,
        }
    }

    const fn from_u8(v: u8) -> Option<Backend> {
        match v {
            1 => Some(Backend::Auto),
            2 => Some(Backend::Wasm),
            3 => Some(Backend::Native),
            _ => None,
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`Backend`] from a string other than `auto`, `wasm` or `native`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBackendError {
    input: String,
}

impl fmt::Display for ParseBackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown backend {:?}: expected \"auto\", \"wasm\" or \"native\"",
            self.input
        )
    }
}

impl std::error::Error for ParseBackendError {}

impl FromStr for Backend {
    type Err = ParseBackendError;

    /// Parses `auto`, `wasm` or `native`, ignoring ASCII case and surrounding whitespace.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        [Backend::Auto, Backend::Wasm, Backend::Native]
            .into_iter()
            .find(|b| t.eq_ignore_ascii_case(b.as_str()))
            .ok_or_else(|| ParseBackendError {
                input: s.to_owned(),
            })
    }
}

/// 0 = not yet initialised from the environment.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The environment variable that gives the initial backend.
pub(crate) const BACKEND_VAR: &str = "MULTILINGUAL_BACKEND";

/// Sets the backend of every dispatcher in the process, from now on (all threads).
pub fn set_backend(b: Backend) {
    CURRENT.store(b.to_u8(), Ordering::Relaxed);
}

/// Whether the backend is [`Backend::Native`] (false also before it is read from the environment).
#[inline(always)]
pub(crate) fn is_native() -> bool {
    CURRENT.load(Ordering::Relaxed) == Backend::Native.to_u8()
}

/// The backend dispatchers use now.
///
/// Until [`set_backend`] is called, it is the value of the environment variable `MULTILINGUAL_BACKEND`
/// (`auto`, `wasm` or `native`, any case; read once), or [`Backend::Auto`] when it is unset. An invalid
/// value logs a warning and gives [`Backend::Auto`].
#[inline]
pub fn backend() -> Backend {
    if let Some(b) = Backend::from_u8(CURRENT.load(Ordering::Relaxed)) {
        return b;
    }
    init_from_env()
}

#[cold]
fn init_from_env() -> Backend {
    let from_env = from_env_value(std::env::var(BACKEND_VAR).ok().as_deref());
    // Keep a value set concurrently by `set_backend`; the environment only gives the initial value.
    match CURRENT.compare_exchange(0, from_env.to_u8(), Ordering::Relaxed, Ordering::Relaxed) {
        Ok(_) => from_env,
        Err(current) => Backend::from_u8(current).unwrap_or(from_env),
    }
}

/// The backend an environment value selects (`None`: unset).
pub(crate) fn from_env_value(value: Option<&str>) -> Backend {
    match value {
        None => Backend::Auto,
        Some(v) if v.trim().is_empty() => Backend::Auto,
        Some(v) => v.parse().unwrap_or_else(|e: ParseBackendError| {
            if crate::dispatch::debug_enabled() {
                eprintln!("multilingual: ignoring {BACKEND_VAR}: {e}; using \"auto\"");
            }
            log::warn!("multilingual: ignoring {BACKEND_VAR}: {e}; using \"auto\"");
            Backend::Auto
        }),
    }
}
