//! Unit tests. Tests that change the process-wide backend hold [`BACKEND_LOCK`].

use std::sync::{Mutex, MutexGuard};

use crate::backend::from_env_value;
use crate::dispatch::debug_value;
use crate::{__private::Fault, __private::Site, Backend, Error, ErrorKind};

mod alloc_count;
mod generated;
#[cfg(feature = "wasm")]
mod precompiled;
#[cfg(feature = "wasm")]
mod reset;
#[cfg(feature = "wasm")]
mod wasm;

/// Serialises the tests that call `set_backend`.
static BACKEND_LOCK: Mutex<()> = Mutex::new(());

pub(crate) fn lock_backend() -> MutexGuard<'static, ()> {
    BACKEND_LOCK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The message of a caught panic.
pub(crate) fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .unwrap_or_default(),
    }
}

#[test]
fn backend_parses_case_insensitively() {
    assert_eq!("auto".parse(), Ok(Backend::Auto));
    assert_eq!("WASM".parse(), Ok(Backend::Wasm));
    assert_eq!(" Native ".parse(), Ok(Backend::Native));
    assert!("wasmtime".parse::<Backend>().is_err());
    assert!("".parse::<Backend>().is_err());
    assert_eq!(Backend::default(), Backend::Auto);
    for b in [Backend::Auto, Backend::Wasm, Backend::Native] {
        assert_eq!(b.to_string().parse(), Ok(b));
    }
}

#[test]
fn backend_from_environment_value() {
    assert_eq!(from_env_value(None), Backend::Auto);
    assert_eq!(from_env_value(Some("")), Backend::Auto);
    assert_eq!(from_env_value(Some("native")), Backend::Native);
    assert_eq!(from_env_value(Some("Wasm")), Backend::Wasm);
    assert_eq!(from_env_value(Some("fast")), Backend::Auto);
}

#[test]
fn set_backend_is_seen_by_backend() {
    let _lock = lock_backend();
    crate::set_backend(Backend::Native);
    assert_eq!(crate::backend(), Backend::Native);
    crate::set_backend(Backend::Wasm);
    assert_eq!(crate::backend(), Backend::Wasm);
    crate::set_backend(Backend::Auto);
    assert_eq!(crate::backend(), Backend::Auto);
}

#[test]
fn debug_variable_values() {
    assert!(!debug_value(None));
    assert!(!debug_value(Some("")));
    assert!(!debug_value(Some("0")));
    assert!(!debug_value(Some("false")));
    assert!(debug_value(Some("1")));
    assert!(debug_value(Some("yes")));
}

#[test]
fn fault_codes_round_trip() {
    assert_eq!(Fault::ALL.len(), 36);
    for (i, fault) in Fault::ALL.iter().enumerate() {
        let code = u32::try_from(i).unwrap();
        assert_eq!(fault.code(), code);
        assert_eq!(Fault::from_code(code), Some(*fault));
        assert!(!fault.message().is_empty());
    }
    assert_eq!(Fault::from_code(36), None);
    assert_eq!(Fault::from_code(u32::MAX), None);
}

#[test]
fn fault_table_is_the_abi() {
    use ErrorKind::*;
    let expected = [
        (0, IndexError, "list index out of range"),
        (1, ZeroDivisionError, "integer division or modulo by zero"),
        (2, ZeroDivisionError, "float division by zero"),
        (3, ZeroDivisionError, "float modulo by zero"),
        (4, OverflowError, "integer result does not fit in 64 bits"),
        (5, ValueError, "negative shift count"),
        (
            6,
            ValueError,
            "negative exponent in integer power (use a float base)",
        ),
        (7, ValueError, "cannot convert float NaN to integer"),
        (8, OverflowError, "cannot convert float infinity to integer"),
        (9, ValueError, "math domain error"),
        (10, OverflowError, "math range error"),
        (11, ValueError, "min() arg is an empty sequence"),
        (12, ValueError, "max() arg is an empty sequence"),
        (
            13,
            ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        ),
        (14, MemoryError, "out of memory"),
        (15, ValueError, "range() arg 3 must not be zero"),
        (
            16,
            ValueError,
            "negative number cannot be raised to a fractional power",
        ),
        (
            17,
            OverflowError,
            "float is out of the 64-bit integer range",
        ),
        (18, IndexError, "string index out of range"),
        (19, ValueError, "Invalid format specifier"),
        (20, ValueError, "invalid literal for int() with base 10"),
        (21, ValueError, "could not convert string to float"),
        (22, TypeError, "ord() expected a character"),
        (23, ValueError, "chr() arg not in range(0x110000)"),
        (24, ValueError, "slice step cannot be zero"),
        (25, IndexError, "pop from empty list"),
        (26, IndexError, "pop index out of range"),
        (27, ValueError, "list.index(x): x not in list"),
        (28, ValueError, "list.remove(x): x not in list"),
        (29, ValueError, "empty separator"),
        (30, IndexError, "index out of range"),
        (31, ValueError, "bytes must be in range(0, 256)"),
        (32, ValueError, "byte must be in range(0, 256)"),
        (33, ValueError, "negative count"),
        (
            34,
            UnicodeDecodeError,
            "'utf-8' codec can't decode the bytes: invalid UTF-8",
        ),
        (
            35,
            ValueError,
            "non-hexadecimal number found in fromhex() arg",
        ),
    ];
    for (code, kind, message) in expected {
        let fault = Fault::from_code(code).unwrap();
        assert_eq!(
            (fault.kind(), fault.message()),
            (kind, message),
            "code {code}"
        );
    }
    assert_eq!(Fault::IndexOutOfRange as u32, 0);
    assert_eq!(Fault::FloatToIntRange as u32, 17);
}

#[test]
fn error_kind_displays_python_name() {
    assert_eq!(ErrorKind::IndexError.to_string(), "IndexError");
    assert_eq!(
        ErrorKind::ZeroDivisionError.to_string(),
        "ZeroDivisionError"
    );
    assert_eq!(ErrorKind::OverflowError.to_string(), "OverflowError");
    assert_eq!(ErrorKind::ValueError.to_string(), "ValueError");
    assert_eq!(ErrorKind::MemoryError.to_string(), "MemoryError");
}

#[test]
fn error_display() {
    let raised = Error::raised(
        Fault::IndexOutOfRange,
        "kernels/matrix.ml",
        Site::new(12, 9),
    );
    assert_eq!(
        raised.to_string(),
        "IndexError: list index out of range at kernels/matrix.ml:12:9"
    );
    assert_eq!(raised.kind(), Some(ErrorKind::IndexError));
    let oom = Error::raised(Fault::OutOfMemory, "k.ml", Site::new(0, 0));
    assert_eq!(oom.to_string(), "MemoryError: out of memory in k.ml");
    let trap = Error::Trap {
        file: "k.ml",
        message: "call stack exhausted".into(),
    };
    assert_eq!(trap.to_string(), "wasm trap in k.ml: call stack exhausted");
    assert_eq!(trap.kind(), None);
    let unavailable = Error::Unavailable {
        file: "k.ml",
        reason: "no".into(),
    };
    assert_eq!(
        unavailable.to_string(),
        "wasm path unavailable for k.ml: no"
    );
    assert_eq!(unavailable.kind(), None);
}

#[test]
fn raise_panics_with_the_error_display() {
    let payload = std::panic::catch_unwind(|| {
        crate::__private::raise(
            Fault::IntDivByZero,
            "kernels/a.ml",
            Site {
                line: 3,
                column: 14,
            },
        )
    })
    .unwrap_err();
    assert_eq!(
        panic_text(payload),
        "ZeroDivisionError: integer division or modulo by zero at kernels/a.ml:3:14"
    );
}
