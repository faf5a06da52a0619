//! The wasm ABI shared with `multilingual-runtime`: fault codes, imports, memory layout and how
//! kernel types map to wasm value types.

use crate::types::Type;
use wasm_encoder::ValType;

/// Fault codes passed to `ml.raise` (the runtime's `Fault::code`; never renumbered).
pub mod fault {
    pub const INDEX_OUT_OF_RANGE: i32 = 0;
    pub const INT_DIV_BY_ZERO: i32 = 1;
    pub const FLOAT_DIV_BY_ZERO: i32 = 2;
    pub const FLOAT_MOD_BY_ZERO: i32 = 3;
    pub const INT_OVERFLOW: i32 = 4;
    pub const NEGATIVE_SHIFT: i32 = 5;
    pub const NEGATIVE_POWER: i32 = 6;
    pub const FLOAT_NAN_TO_INT: i32 = 7;
    pub const FLOAT_INF_TO_INT: i32 = 8;
    pub const MATH_DOMAIN: i32 = 9;
    pub const MATH_RANGE: i32 = 10;
    pub const MIN_EMPTY: i32 = 11;
    pub const MAX_EMPTY: i32 = 12;
    pub const ZERO_TO_NEGATIVE_POWER: i32 = 13;
    pub const OUT_OF_MEMORY: i32 = 14;
    pub const RANGE_STEP_ZERO: i32 = 15;
    pub const COMPLEX_POWER: i32 = 16;
    pub const FLOAT_TO_INT_RANGE: i32 = 17;
    pub const STR_INDEX_OUT_OF_RANGE: i32 = 18;
    // 19 to 29 (format specs, conversions, slices, list methods) are raised by host functions.
    pub const BYTES_INDEX_OUT_OF_RANGE: i32 = 30;
    pub const BYTES_RANGE: i32 = 31;
    // 32 to 35 (`bytes` conversions and methods) are raised by host functions.
}

/// Where the bump allocator starts (address 0 stays unused) in a module without math tables; a
/// module with tables has them from here and its heap after them (`mathlib::Table::end`).
pub const HEAP_BASE: i32 = 16;

/// List header: `len: i32` at 0, `cap: i32` at 4, `data: i32` at 8, 4 unused bytes.
pub const LIST_LEN: u64 = 0;
/// Offset of the capacity in a list header.
pub const LIST_CAP: u64 = 4;
/// Offset of the data pointer in a list header.
pub const LIST_DATA: u64 = 8;
/// Size of a list header; a new list's data follows its header.
pub const LIST_HEADER: u64 = 16;

/// A string is a pointer to `byte_len: i32` at 0, `char_len: i32` (code points) at 4, then its
/// UTF-8 bytes; it is never modified once made (so values share it freely). A `bytes` has the
/// same layout, its `char_len` equal to its `byte_len`. Offset of the byte length.
pub const STR_BYTES: u64 = 0;
/// Offset of the length in code points in a string.
pub const STR_CHARS: u64 = 4;
/// Size of a string header; the bytes follow it.
pub const STR_HEADER: u64 = 8;

/// Host functions of the module `ml`: `raise` (function 0 of every module) for errors and, when a
/// program prints, the `print_*` functions that hand values to the runtime's formatter, and for
/// strings the conversions that need Python's formatting (`float_str`, `format`, `repr`: the
/// host makes the result string with the module's `ml_alloc`). Floats and math functions are
/// computed by the module's own helpers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Import {
    /// `raise(fault, site)`: never returns.
    Raise,
    /// `print_begin()`: starts a line (prints nest when an argument's evaluation prints).
    PrintBegin,
    /// `print_int(value)`.
    PrintInt,
    /// `print_float(value)`.
    PrintFloat,
    /// `print_bool(value)`.
    PrintBool,
    /// `print_list(kind, list)`: the innermost element kind (0 int, 1 float, 2 bool, 3 str,
    /// 3 + [`BYTES_KIND`] bytes) plus 4 per level of nesting beyond the first.
    PrintList,
    /// `print_end()`: writes the line.
    PrintEnd,
    /// `print_str(str)`.
    PrintStr,
    /// `float_str(value) -> str`: Python's `str(float)`; 0 when out of memory.
    FloatStr,
    /// `format(kind, bits, spec, site) -> str`: Python's `format(value, spec)` of an int (kind 0),
    /// float (1, its bits), bool (2) or str (3, the pointer), with the string `spec` (a literal);
    /// a bad spec raises at `site`; 0 when out of memory.
    Format,
    /// `repr(kind, bits) -> str`: Python's `repr(value)` (kinds as for `format`, and 4 for a
    /// `bytes`, the pointer); 0 when out of memory.
    Repr,
    /// `str_fn(op, a, b, c, site) -> i64`: a string method or conversion (`ir::StrFn::code`);
    /// string arguments are pointers, the result a pointer (0 when out of memory), an int, a
    /// bool or a float's bits; errors raise at `site`.
    StrFn,
    /// `slice(size, seq, lower, upper, step, present, site) -> ptr`: `seq[lower:upper:step]` of
    /// a string or a `bytes` (size 0) or a list of `size`-byte elements; bit k of `present` says
    /// bound k is given; a zero step raises at `site`; 0 when out of memory.
    Slice,
    /// `list_op(op, kind, list, a, b, site) -> i64`: a list method (`ir::ListMethod` codes) on
    /// a list of `kind` (0 int, 1 float, 2 bool, 3 str or bytes, 4 list), values as i64 bits;
    /// errors (out of memory too) raise at `site`.
    ListOp,
    /// `split(s, sep, site) -> list`: `s.split(sep)` (`sep` 0: on whitespace); an empty
    /// separator raises at `site`; 0 when out of memory.
    Split,
    /// `join(sep, list) -> str`: `sep.join(list)`; 0 when out of memory.
    Join,
    /// `bytes_fn(op, a, b, site) -> i64`: a `bytes` method or conversion (`ir::BytesFn::code`);
    /// ints pass as themselves, strings, `bytes` and lists as pointers; the result is an int, a
    /// bool or a pointer (0 when out of memory); errors raise at `site`.
    BytesFn,
}

impl Import {
    /// The field name in module `ml`.
    pub fn name(self) -> &'static str {
        match self {
            Import::Raise => "raise",
            Import::PrintBegin => "print_begin",
            Import::PrintInt => "print_int",
            Import::PrintFloat => "print_float",
            Import::PrintBool => "print_bool",
            Import::PrintList => "print_list",
            Import::PrintEnd => "print_end",
            Import::PrintStr => "print_str",
            Import::FloatStr => "float_str",
            Import::Format => "format",
            Import::Repr => "repr",
            Import::StrFn => "str_fn",
            Import::Slice => "slice",
            Import::ListOp => "list_op",
            Import::Split => "split",
            Import::Join => "join",
            Import::BytesFn => "bytes_fn",
        }
    }

    /// Parameters and results.
    pub fn signature(self) -> (Vec<ValType>, Vec<ValType>) {
        use ValType::{F64, I32, I64};
        match self {
            Import::Raise | Import::PrintList => (vec![I32, I32], vec![]),
            Import::PrintBegin | Import::PrintEnd => (vec![], vec![]),
            Import::PrintBool | Import::PrintStr => (vec![I32], vec![]),
            Import::FloatStr => (vec![F64], vec![I32]),
            Import::Format => (vec![I32, I64, I32, I32], vec![I32]),
            Import::Repr => (vec![I32, I64], vec![I32]),
            Import::StrFn => (vec![I32, I64, I64, I64, I32], vec![I64]),
            Import::Slice => (vec![I32, I32, I64, I64, I64, I32, I32], vec![I32]),
            Import::ListOp => (vec![I32, I32, I32, I64, I64, I32], vec![I64]),
            Import::Split => (vec![I32, I32, I32], vec![I32]),
            Import::Join => (vec![I32, I32], vec![I32]),
            Import::BytesFn => (vec![I32, I64, I64, I32], vec![I64]),
            Import::PrintInt => (vec![I64], vec![]),
            Import::PrintFloat => (vec![F64], vec![]),
        }
    }
}

/// The wasm type of a kernel value: int → i64, float → f64, bool → i32, string, `bytes`, list
/// and tuple → i32 pointer.
pub fn val_type(ty: &Type) -> ValType {
    match ty {
        Type::Int => ValType::I64,
        Type::Float => ValType::F64,
        Type::Bool | Type::Str | Type::Bytes | Type::List(_) | Type::Tuple(_) => ValType::I32,
    }
}

/// Added to a `print_list` kind whose innermost elements are `bytes` (the runtime's
/// `call::BYTES_KIND`).
pub const BYTES_KIND: i32 = 1 << 20;

/// How list elements are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Elem {
    /// 8 bytes, i64.
    Int,
    /// 8 bytes, f64.
    Float,
    /// 1 byte, 0 or 1.
    Bool,
    /// 4 bytes, a pointer to a string, a `bytes`, a list or a tuple.
    Ptr,
}

/// The storage width of list elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Width {
    /// 8-byte elements (int, float).
    W8,
    /// 1-byte elements (bool).
    W1,
    /// 4-byte elements (pointers).
    W4,
}

impl Width {
    /// log2 of the element size.
    pub fn shift(self) -> u32 {
        match self {
            Width::W8 => 3,
            Width::W4 => 2,
            Width::W1 => 0,
        }
    }

    /// The wasm type of an element value as the width's helpers take it (floats as their bits).
    pub fn val_type(self) -> ValType {
        match self {
            Width::W8 => ValType::I64,
            Width::W4 | Width::W1 => ValType::I32,
        }
    }
}

impl Elem {
    /// The element kind of a list type.
    pub fn of_list(list: &Type) -> Elem {
        list.elem().map_or(Elem::Int, Elem::of)
    }

    /// The element kind of a value type.
    pub fn of(ty: &Type) -> Elem {
        match ty {
            Type::Float => Elem::Float,
            Type::Bool => Elem::Bool,
            Type::Str | Type::Bytes | Type::List(_) | Type::Tuple(_) => Elem::Ptr,
            Type::Int => Elem::Int,
        }
    }

    /// The storage width.
    pub fn width(self) -> Width {
        match self {
            Elem::Int | Elem::Float => Width::W8,
            Elem::Ptr => Width::W4,
            Elem::Bool => Width::W1,
        }
    }

    /// The wasm type of a value.
    pub fn val_type(self) -> ValType {
        match self {
            Elem::Int => ValType::I64,
            Elem::Float => ValType::F64,
            Elem::Bool | Elem::Ptr => ValType::I32,
        }
    }
}
