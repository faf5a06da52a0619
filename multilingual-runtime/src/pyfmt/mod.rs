//! Python's text formatting of the language's values, byte for byte as CPython 3.12 does it: `str()`
//! and `repr()` (what `print` writes) and `format(value, spec)` (what f-string replacement fields
//! write). One implementation serves both paths: generated native code calls it directly, the wasm path
//! through a host function.
//!
//! - [`repr_float`] / [`write_repr_float`]: `repr(float)` (= `str(float)`), shortest round-trip digits
//!   laid out as CPython's `float_repr_style = 'short'`: `0.1`, `1e-05`, `1e+16`, `123.0`, `-0.0`,
//!   `inf`, `nan`.
//! - [`repr_str`] / [`write_repr_str`]: `repr(str)`, with CPython's choice of quotes and escapes;
//!   [`repr_bytes`] / [`write_repr_bytes`]: `repr(bytes)`, which is also its `str()`.
//! - [`Value`] with [`write_str_value`], [`write_repr_value`], [`write_list_repr`], and the
//!   [`PyStr`] / [`PyRepr`] display wrappers: `str()`/`repr()` of ints, floats, bools (`True`), `None` and
//!   strings, and of flat lists.
//! - [`format_value`] / [`format_value_into`] (and [`format_int`], [`format_float`], [`format_bool`],
//!   [`format_str`], [`format_none`]): the format-spec mini-language
//!   `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` ([`FormatSpec`]). A bad spec is an
//!   `Err` with CPython's exception class and message ([`FormatError`]), never a panic.
//!
//! Modules: `float_repr` (float digits and layouts), `spec` (the spec parser), `apply` (applying a spec),
//! `repr` (`str`/`repr`), `error`, `unicode_tables` (what is needed of Python 3.12's Unicode database,
//! generated). `tests/pyfmt_reference.rs` compares all of it with CPython's output
//! recorded by `scripts/record_pyfmt.py`.

mod apply;
mod error;
mod float_repr;
mod repr;
mod spec;
mod unicode_tables;

use std::fmt;

pub use apply::{
    format_bool, format_float, format_int, format_none, format_str, format_value, format_value_into,
};
pub use error::{FormatError, FormatErrorKind};
pub use float_repr::{FloatRepr, push_repr_float, repr_float, write_repr_float};
pub use repr::{
    bool_str, is_printable, repr_bytes, repr_str, write_list_repr, write_repr_bytes,
    write_repr_str, write_repr_value, write_str_value,
};
pub use spec::{Align, FormatSpec, Grouping, PyType, Sign};

/// A value of the language, borrowed for formatting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// `None`.
    None,
    /// `bool`.
    Bool(bool),
    /// `int` (64-bit in the language).
    Int(i64),
    /// `float`.
    Float(f64),
    /// `str`.
    Str(&'a str),
    /// `bytes`.
    Bytes(&'a [u8]),
}

impl Value<'_> {
    /// The Python type name: `NoneType`, `bool`, `int`, `float`, `str`, `bytes`.
    pub const fn type_name(self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
        }
    }
}

/// [`Display`](fmt::Display)s a value as Python's `str()`: `format!("{}", PyStr(Value::Bool(true)))` is
/// `True`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PyStr<'a>(pub Value<'a>);

impl fmt::Display for PyStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_str_value(f, self.0)
    }
}

/// [`Display`](fmt::Display)s a value as Python's `repr()`: `format!("{}", PyRepr(Value::Str("a")))` is
/// `'a'`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PyRepr<'a>(pub Value<'a>);

impl fmt::Display for PyRepr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_repr_value(f, self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_wrappers() {
        assert_eq!(PyStr(Value::Float(1e16)).to_string(), "1e+16");
        assert_eq!(PyStr(Value::Str("it's")).to_string(), "it's");
        assert_eq!(PyRepr(Value::Str("it's")).to_string(), "\"it's\"");
        assert_eq!(PyRepr(Value::None).to_string(), "None");
        assert_eq!(PyStr(Value::Int(-7)).to_string(), "-7");
        assert_eq!(Value::Bool(true).type_name(), "bool");
    }
}
