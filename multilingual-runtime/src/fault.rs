//! The run-time errors a kernel can raise, numbered for the wasm ABI.

use crate::error::ErrorKind;

/// A run-time error a kernel raises. The code ([`Fault::code`]) is what a wasm module passes to its
/// `ml.raise` import: codes are part of the wasm ABI and are never renumbered.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// `IndexError: list index out of range`.
    IndexOutOfRange = 0,
    /// `ZeroDivisionError: integer division or modulo by zero`.
    IntDivByZero = 1,
    /// `ZeroDivisionError: float division by zero`.
    FloatDivByZero = 2,
    /// `ZeroDivisionError: float modulo by zero`.
    FloatModByZero = 3,
    /// `OverflowError: integer result does not fit in 64 bits`.
    IntOverflow = 4,
    /// `ValueError: negative shift count`.
    NegativeShift = 5,
    /// `ValueError: negative exponent in integer power (use a float base)`.
    NegativePower = 6,
    /// `ValueError: cannot convert float NaN to integer`.
    FloatNanToInt = 7,
    /// `OverflowError: cannot convert float infinity to integer`.
    FloatInfToInt = 8,
    /// `ValueError: math domain error`.
    MathDomain = 9,
    /// `OverflowError: math range error`.
    MathRange = 10,
    /// `ValueError: min() arg is an empty sequence`.
    MinEmpty = 11,
    /// `ValueError: max() arg is an empty sequence`.
    MaxEmpty = 12,
    /// `ZeroDivisionError: 0.0 cannot be raised to a negative power`.
    ZeroToNegativePower = 13,
    /// `MemoryError: out of memory`.
    OutOfMemory = 14,
    /// `ValueError: range() arg 3 must not be zero`.
    RangeStepZero = 15,
    /// `ValueError: negative number cannot be raised to a fractional power`.
    ComplexPower = 16,
    /// `OverflowError: float is out of the 64-bit integer range`.
    FloatToIntRange = 17,
    /// `IndexError: string index out of range`.
    StrIndexOutOfRange = 18,
    /// `ValueError: Invalid format specifier` (an f-string field's spec does not fit its value).
    BadFormatSpec = 19,
    /// `ValueError: invalid literal for int() with base 10`.
    BadIntLiteral = 20,
    /// `ValueError: could not convert string to float`.
    BadFloatLiteral = 21,
    /// `TypeError: ord() expected a character`.
    OrdLength = 22,
    /// `ValueError: chr() arg not in range(0x110000)`.
    ChrRange = 23,
    /// `ValueError: slice step cannot be zero`.
    SliceStepZero = 24,
    /// `IndexError: pop from empty list`.
    PopEmpty = 25,
    /// `IndexError: pop index out of range`.
    PopIndex = 26,
    /// `ValueError: list.index(x): x not in list`.
    IndexNotFound = 27,
    /// `ValueError: list.remove(x): x not in list`.
    RemoveNotFound = 28,
    /// `ValueError: empty separator`.
    EmptySeparator = 29,
    /// `IndexError: index out of range` (of a `bytes`).
    BytesIndexOutOfRange = 30,
    /// `ValueError: bytes must be in range(0, 256)` (`bytes(list)`).
    BytesRange = 31,
    /// `ValueError: byte must be in range(0, 256)` (an int looked for in a `bytes`).
    ByteRange = 32,
    /// `ValueError: negative count` (`bytes(n)`).
    NegativeCount = 33,
    /// `UnicodeDecodeError: 'utf-8' codec can't decode the bytes: invalid UTF-8`.
    Utf8Decode = 34,
    /// `ValueError: non-hexadecimal number found in fromhex() arg`.
    FromHex = 35,
}

impl Fault {
    /// Every fault, in code order: `Fault::ALL[c]` has code `c`.
    pub const ALL: &'static [Fault] = &[
        Fault::IndexOutOfRange,
        Fault::IntDivByZero,
        Fault::FloatDivByZero,
        Fault::FloatModByZero,
        Fault::IntOverflow,
        Fault::NegativeShift,
        Fault::NegativePower,
        Fault::FloatNanToInt,
        Fault::FloatInfToInt,
        Fault::MathDomain,
        Fault::MathRange,
        Fault::MinEmpty,
        Fault::MaxEmpty,
        Fault::ZeroToNegativePower,
        Fault::OutOfMemory,
        Fault::RangeStepZero,
        Fault::ComplexPower,
        Fault::FloatToIntRange,
        Fault::StrIndexOutOfRange,
        Fault::BadFormatSpec,
        Fault::BadIntLiteral,
        Fault::BadFloatLiteral,
        Fault::OrdLength,
        Fault::ChrRange,
        Fault::SliceStepZero,
        Fault::PopEmpty,
        Fault::PopIndex,
        Fault::IndexNotFound,
        Fault::RemoveNotFound,
        Fault::EmptySeparator,
        Fault::BytesIndexOutOfRange,
        Fault::BytesRange,
        Fault::ByteRange,
        Fault::NegativeCount,
        Fault::Utf8Decode,
        Fault::FromHex,
    ];

    /// The code passed to the wasm import `ml.raise`.
    pub const fn code(self) -> u32 {
        self as u32
    }

    /// The fault with this code, if any.
    pub fn from_code(code: u32) -> Option<Fault> {
        let fault = *Fault::ALL.get(usize::try_from(code).ok()?)?;
        debug_assert_eq!(fault.code(), code);
        Some(fault)
    }

    /// The Python exception class this fault raises.
    pub const fn kind(self) -> ErrorKind {
        use ErrorKind::*;
        match self {
            Fault::IndexOutOfRange
            | Fault::StrIndexOutOfRange
            | Fault::BytesIndexOutOfRange
            | Fault::PopEmpty
            | Fault::PopIndex => IndexError,
            Fault::IntDivByZero
            | Fault::FloatDivByZero
            | Fault::FloatModByZero
            | Fault::ZeroToNegativePower => ZeroDivisionError,
            Fault::IntOverflow
            | Fault::FloatInfToInt
            | Fault::MathRange
            | Fault::FloatToIntRange => OverflowError,
            Fault::NegativeShift
            | Fault::NegativePower
            | Fault::FloatNanToInt
            | Fault::MathDomain
            | Fault::MinEmpty
            | Fault::MaxEmpty
            | Fault::RangeStepZero
            | Fault::ComplexPower
            | Fault::BadFormatSpec
            | Fault::BadIntLiteral
            | Fault::BadFloatLiteral
            | Fault::ChrRange
            | Fault::SliceStepZero
            | Fault::IndexNotFound
            | Fault::RemoveNotFound
            | Fault::EmptySeparator
            | Fault::BytesRange
            | Fault::ByteRange
            | Fault::NegativeCount
            | Fault::FromHex => ValueError,
            Fault::Utf8Decode => UnicodeDecodeError,
            Fault::OrdLength => TypeError,
            Fault::OutOfMemory => MemoryError,
        }
    }

    /// The message, as Python words it (without the kind).
    pub const fn message(self) -> &'static str {
        match self {
            Fault::IndexOutOfRange => "list index out of range",
            Fault::IntDivByZero => "integer division or modulo by zero",
            Fault::FloatDivByZero => "float division by zero",
            Fault::FloatModByZero => "float modulo by zero",
            Fault::IntOverflow => "integer result does not fit in 64 bits",
            Fault::NegativeShift => "negative shift count",
            Fault::NegativePower => "negative exponent in integer power (use a float base)",
            Fault::FloatNanToInt => "cannot convert float NaN to integer",
            Fault::FloatInfToInt => "cannot convert float infinity to integer",
            Fault::MathDomain => "math domain error",
            Fault::MathRange => "math range error",
            Fault::MinEmpty => "min() arg is an empty sequence",
            Fault::MaxEmpty => "max() arg is an empty sequence",
            Fault::ZeroToNegativePower => "0.0 cannot be raised to a negative power",
            Fault::OutOfMemory => "out of memory",
            Fault::RangeStepZero => "range() arg 3 must not be zero",
            Fault::ComplexPower => "negative number cannot be raised to a fractional power",
            Fault::FloatToIntRange => "float is out of the 64-bit integer range",
            Fault::StrIndexOutOfRange => "string index out of range",
            Fault::BadFormatSpec => "Invalid format specifier",
            Fault::BadIntLiteral => "invalid literal for int() with base 10",
            Fault::BadFloatLiteral => "could not convert string to float",
            Fault::OrdLength => "ord() expected a character",
            Fault::ChrRange => "chr() arg not in range(0x110000)",
            Fault::SliceStepZero => "slice step cannot be zero",
            Fault::PopEmpty => "pop from empty list",
            Fault::PopIndex => "pop index out of range",
            Fault::IndexNotFound => "list.index(x): x not in list",
            Fault::RemoveNotFound => "list.remove(x): x not in list",
            Fault::EmptySeparator => "empty separator",
            Fault::BytesIndexOutOfRange => "index out of range",
            Fault::BytesRange => "bytes must be in range(0, 256)",
            Fault::ByteRange => "byte must be in range(0, 256)",
            Fault::NegativeCount => "negative count",
            Fault::Utf8Decode => "'utf-8' codec can't decode the bytes: invalid UTF-8",
            Fault::FromHex => "non-hexadecimal number found in fromhex() arg",
        }
    }
}
