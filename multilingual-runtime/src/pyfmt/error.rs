//! The error of a formatting operation: Python's exception class and message.

use std::collections::TryReserveError;
use std::fmt;

use crate::error::ErrorKind;

/// The Python exception class of a [`FormatError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormatErrorKind {
    /// `ValueError`: an invalid format spec, or a spec that does not apply to the value's type.
    ValueError,
    /// `TypeError`: a non-empty format spec given to `None`.
    TypeError,
    /// `OverflowError`: `format(n, 'c')` with `n` outside `range(0x110000)`.
    OverflowError,
    /// `MemoryError`: the result (a huge width or precision) cannot be allocated.
    MemoryError,
    /// `UnicodeEncodeError`: `format(n, 'c')` with `n` a surrogate code point. Python builds the
    /// string and only fails when it is printed as UTF-8; a Rust string cannot hold a surrogate, so the
    /// error comes here, with the message `print` would give for it at position 0.
    UnicodeEncodeError,
}

impl FormatErrorKind {
    /// The Python name, e.g. `"ValueError"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            FormatErrorKind::ValueError => "ValueError",
            FormatErrorKind::TypeError => "TypeError",
            FormatErrorKind::OverflowError => "OverflowError",
            FormatErrorKind::MemoryError => "MemoryError",
            FormatErrorKind::UnicodeEncodeError => "UnicodeEncodeError",
        }
    }

    /// The crate's [`ErrorKind`] of the same Python class, when it has one.
    pub const fn error_kind(self) -> Option<ErrorKind> {
        match self {
            FormatErrorKind::ValueError => Some(ErrorKind::ValueError),
            FormatErrorKind::OverflowError => Some(ErrorKind::OverflowError),
            FormatErrorKind::MemoryError => Some(ErrorKind::MemoryError),
            FormatErrorKind::TypeError | FormatErrorKind::UnicodeEncodeError => None,
        }
    }
}

impl fmt::Display for FormatErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A formatting error, worded as CPython 3.12 words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The Python exception class.
    pub kind: FormatErrorKind,
    /// The message, exactly as Python's `str(exception)` (empty for `MemoryError`).
    pub message: String,
}

impl FormatError {
    pub(crate) fn value(message: impl Into<String>) -> FormatError {
        FormatError {
            kind: FormatErrorKind::ValueError,
            message: message.into(),
        }
    }

    pub(crate) fn memory() -> FormatError {
        FormatError {
            kind: FormatErrorKind::MemoryError,
            message: String::new(),
        }
    }
}

impl From<TryReserveError> for FormatError {
    fn from(_: TryReserveError) -> FormatError {
        FormatError::memory()
    }
}

impl fmt::Display for FormatError {
    /// The last line of Python's traceback: `ValueError: Format specifier missing precision`
    /// (just `MemoryError` when the message is empty).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl std::error::Error for FormatError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_the_traceback_line() {
        let e = FormatError::value("Format specifier missing precision");
        assert_eq!(
            e.to_string(),
            "ValueError: Format specifier missing precision"
        );
        assert_eq!(FormatError::memory().to_string(), "MemoryError");
    }

    #[test]
    fn kinds_map_to_the_crate_kinds() {
        assert_eq!(
            FormatErrorKind::ValueError.error_kind(),
            Some(ErrorKind::ValueError)
        );
        assert_eq!(FormatErrorKind::TypeError.error_kind(), None);
        assert_eq!(FormatErrorKind::OverflowError.as_str(), "OverflowError");
    }

    #[test]
    fn reserve_failure_is_a_memory_error() {
        let mut s = String::new();
        let e: FormatError = s.try_reserve(usize::MAX).unwrap_err().into();
        assert_eq!(e.kind, FormatErrorKind::MemoryError);
    }
}
