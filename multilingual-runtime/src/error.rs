//! Errors of kernel calls, and how the native path raises them.

use std::fmt;

use crate::fault::Fault;
use crate::site::Site;

/// The Python exception class of an error a kernel raised. [`Display`](fmt::Display) gives the Python name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `IndexError`.
    IndexError,
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `OverflowError`.
    OverflowError,
    /// `ValueError`.
    ValueError,
    /// `MemoryError`.
    MemoryError,
    /// `TypeError`.
    TypeError,
    /// `UnicodeDecodeError` (a `ValueError` in Python).
    UnicodeDecodeError,
}

impl ErrorKind {
    /// The Python name, e.g. `"IndexError"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::IndexError => "IndexError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::UnicodeDecodeError => "UnicodeDecodeError",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of a kernel call on the wasm path (the native path panics with the same text for
/// [`Error::Raised`]).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// An error the kernel raised, with Python's kind, at a `.ml` location (the same on both paths).
    ///
    /// `line` and `column` are 1-based; both are 0 when the location is unknown (the host running out of
    /// wasm memory while passing arguments).
    Raised {
        /// The Python exception class.
        kind: ErrorKind,
        /// The message, as Python words it.
        message: &'static str,
        /// The `.ml` file, as the generated code names it.
        file: &'static str,
        /// 1-based line (0: unknown).
        line: u32,
        /// 1-based column in chars (0: unknown).
        column: u32,
    },
    /// The wasm engine trapped for a reason the program did not raise (stack exhausted, a malformed
    /// module, ...). `message` comes from wasmtime.
    Trap {
        /// The `.ml` file of the module.
        file: &'static str,
        /// What went wrong.
        message: String,
    },
    /// The wasm path cannot run this module: feature `wasm` is off, or the module failed to compile or
    /// to instantiate.
    Unavailable {
        /// The `.ml` file of the module.
        file: &'static str,
        /// Why.
        reason: String,
    },
}

impl Error {
    /// The error `fault` raised at `site` of `file`.
    pub fn raised(fault: Fault, file: &'static str, site: Site) -> Error {
        Error::Raised {
            kind: fault.kind(),
            message: fault.message(),
            file,
            line: site.line,
            column: site.column,
        }
    }

    /// The Python exception class, for [`Error::Raised`]; `None` for the other variants.
    pub fn kind(&self) -> Option<ErrorKind> {
        match self {
            Error::Raised { kind, .. } => Some(*kind),
            Error::Trap { .. } | Error::Unavailable { .. } => None,
        }
    }
}

impl fmt::Display for Error {
    /// `Raised`: `IndexError: list index out of range at kernels/matrix.ml:12:9`
    /// (`... in kernels/matrix.ml` when the location is unknown).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Raised {
                kind,
                message,
                file,
                line: 0,
                ..
            } => {
                write!(f, "{kind}: {message} in {file}")
            }
            Error::Raised {
                kind,
                message,
                file,
                line,
                column,
            } => {
                write!(f, "{kind}: {message} at {file}:{line}:{column}")
            }
            Error::Trap { file, message } => write!(f, "wasm trap in {file}: {message}"),
            Error::Unavailable { file, reason } => {
                write!(f, "wasm path unavailable for {file}: {reason}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// Raises `fault` at `site` of `file` on the native path: panics with the [`Display`](fmt::Display) of the
/// matching [`Error::Raised`], the same text the wasm path's error displays.
#[cold]
#[inline(never)]
pub fn raise(fault: Fault, file: &'static str, site: Site) -> ! {
    panic!("{}", Error::raised(fault, file, site))
}
