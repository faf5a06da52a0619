//! Internal helper functions: which exist, their signatures and names. A module contains only
//! the helpers it uses, in the order of this enum (derived `Ord`), after the program's functions.

use super::abi::{Elem, HEAP_BASE, Width};
use super::asm::Asm;
use super::{bytes_ops, heap, int_ops, list_ops, mathlib, mixed_ops, str_ops};
use wasm_encoder::ValType;

/// An internal function of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Helper {
    /// `ml_alloc(size) -> ptr` (exported).
    Alloc,
    /// `ml_reset()` (exported).
    Reset,
    /// Checked `a * b`.
    IntMul,
    /// Python's `a // b` on ints.
    IntFloorDiv,
    /// Python's `a ** b` on ints.
    IntPow,
    /// Checked `a << n`.
    IntShl,
    /// `a >> n`.
    IntShr,
    /// Checked float → int truncation.
    FloatToInt,
    /// Exact three-way comparison of an int and a float: -1, 0, 1, or 2 when unordered.
    IntFloatCmp,
    /// Python's `a // b` on floats.
    FloatFloorDiv,
    /// Python's `a % b` on floats.
    FloatMod,
    /// Python's `a ** b` on floats.
    FloatPow,
    /// `math.sin(x)`.
    MathSin,
    /// `math.cos(x)`.
    MathCos,
    /// `math.exp(x)`.
    MathExp,
    /// `math.log(x)`.
    MathLog,
    /// C's `fmod(x, y)` (exact).
    Fmod,
    /// C's `pow(x, y)`.
    Pow,
    /// C's `exp(x)`.
    Exp,
    /// C's `log(x)`.
    Log,
    /// `sin(x + shift*π/2)`: C's `sin` (shift 0) and `cos` (shift 1).
    SinShifted,
    /// The reduction by π/2 of a large argument: `(n mod 4, y0, y1)`.
    RemPio2Large,
    /// A new list of `n` elements (`n < 0` counts as 0), contents undefined.
    ListNew(Width),
    /// `[value] * n`.
    ListRepeat(Width),
    /// Makes room for one more element and returns its address.
    AppendSlot(Width),
    /// A new list with the elements of a list (`xs.copy()`).
    ListCopy(Width),
    /// `sum(list)`.
    Sum(Elem),
    /// `min(list)`.
    Min(Elem),
    /// `max(list)`.
    Max(Elem),
    /// A new string of a given byte and code point length, bytes undefined.
    StrNew,
    /// `a + b` on strings.
    StrConcat,
    /// `s * n`.
    StrRepeat,
    /// Three-way comparison of two strings.
    StrCmp,
    /// `a == b` on strings.
    StrEq,
    /// `s[i]`.
    StrIndex,
    /// `needle in hay` on strings.
    StrContains,
    /// `str(v)` of an int.
    IntToStr,
    /// `bytes(list)` of a list of ints.
    BytesFromInts,
}

fn elem_name(e: Elem) -> &'static str {
    match e {
        Elem::Int => "int",
        Elem::Float => "float",
        Elem::Bool => "bool",
        Elem::Ptr => "ptr",
    }
}

fn width_name(w: Width) -> &'static str {
    match w {
        Width::W8 => "8",
        Width::W4 => "4",
        Width::W1 => "1",
    }
}

impl Helper {
    /// The function's name (in the name section; `ml_alloc` and `ml_reset` are also exports).
    pub fn name(self) -> String {
        match self {
            Helper::Alloc => "ml_alloc".into(),
            Helper::Reset => "ml_reset".into(),
            Helper::IntMul => "ml.int_mul".into(),
            Helper::IntFloorDiv => "ml.int_floordiv".into(),
            Helper::IntPow => "ml.int_pow".into(),
            Helper::IntShl => "ml.int_shl".into(),
            Helper::IntShr => "ml.int_shr".into(),
            Helper::FloatToInt => "ml.float_to_int".into(),
            Helper::IntFloatCmp => "ml.int_float_cmp".into(),
            Helper::FloatFloorDiv => "ml.float_floordiv".into(),
            Helper::FloatMod => "ml.float_mod".into(),
            Helper::FloatPow => "ml.float_pow".into(),
            Helper::MathSin => "ml.math_sin".into(),
            Helper::MathCos => "ml.math_cos".into(),
            Helper::MathExp => "ml.math_exp".into(),
            Helper::MathLog => "ml.math_log".into(),
            Helper::Fmod => "ml.fmod".into(),
            Helper::Pow => "ml.pow".into(),
            Helper::Exp => "ml.exp".into(),
            Helper::Log => "ml.log".into(),
            Helper::SinShifted => "ml.sin_shifted".into(),
            Helper::RemPio2Large => "ml.rem_pio2_large".into(),
            Helper::ListNew(w) => format!("ml.list_new_{}", width_name(w)),
            Helper::ListRepeat(w) => format!("ml.list_repeat_{}", width_name(w)),
            Helper::AppendSlot(w) => format!("ml.append_slot_{}", width_name(w)),
            Helper::ListCopy(w) => format!("ml.list_copy_{}", width_name(w)),
            Helper::Sum(e) => format!("ml.sum_{}", elem_name(e)),
            Helper::Min(e) => format!("ml.min_{}", elem_name(e)),
            Helper::Max(e) => format!("ml.max_{}", elem_name(e)),
            Helper::StrNew => "ml.str_new".into(),
            Helper::StrConcat => "ml.str_concat".into(),
            Helper::StrRepeat => "ml.str_repeat".into(),
            Helper::StrCmp => "ml.str_cmp".into(),
            Helper::StrEq => "ml.str_eq".into(),
            Helper::StrIndex => "ml.str_index".into(),
            Helper::StrContains => "ml.str_contains".into(),
            Helper::IntToStr => "ml.int_to_str".into(),
            Helper::BytesFromInts => "ml.bytes_from_ints".into(),
        }
    }

    /// Parameters and results.
    pub fn signature(self) -> (Vec<ValType>, Vec<ValType>) {
        use ValType::{F64, I32, I64};
        match self {
            Helper::Alloc => (vec![I32], vec![I32]),
            Helper::Reset => (vec![], vec![]),
            Helper::IntMul
            | Helper::IntFloorDiv
            | Helper::IntPow
            | Helper::IntShl
            | Helper::IntShr => (vec![I64, I64, I32], vec![I64]),
            Helper::FloatToInt => (vec![F64, I32], vec![I64]),
            Helper::IntFloatCmp => (vec![I64, F64], vec![I32]),
            Helper::FloatFloorDiv | Helper::FloatMod | Helper::FloatPow => {
                (vec![F64, F64, I32], vec![F64])
            }
            Helper::MathSin | Helper::MathCos | Helper::MathExp | Helper::MathLog => {
                (vec![F64, I32], vec![F64])
            }
            Helper::Fmod | Helper::Pow => (vec![F64, F64], vec![F64]),
            Helper::Exp | Helper::Log => (vec![F64], vec![F64]),
            Helper::SinShifted => (vec![F64, I32], vec![F64]),
            Helper::RemPio2Large => (vec![F64], vec![I32, F64, F64]),
            Helper::ListNew(_) => (vec![I64, I32], vec![I32]),
            Helper::ListRepeat(w) => (vec![w.val_type(), I64, I32], vec![I32]),
            Helper::AppendSlot(_) | Helper::ListCopy(_) => (vec![I32, I32], vec![I32]),
            Helper::Sum(Elem::Float) => (vec![I32, I32], vec![F64]),
            Helper::Sum(_) => (vec![I32, I32], vec![I64]),
            Helper::Min(e) | Helper::Max(e) => (vec![I32, I32], vec![e.val_type()]),
            Helper::StrNew => (vec![I32, I32, I32], vec![I32]),
            Helper::StrConcat => (vec![I32, I32, I32], vec![I32]),
            Helper::StrRepeat | Helper::StrIndex => (vec![I32, I64, I32], vec![I32]),
            Helper::StrCmp | Helper::StrEq | Helper::StrContains => (vec![I32, I32], vec![I32]),
            Helper::IntToStr => (vec![I64, I32], vec![I32]),
            Helper::BytesFromInts => (vec![I32, I32], vec![I32]),
        }
    }

    /// The body.
    pub fn body(self) -> Asm {
        let params = self.signature().0.len();
        let mut a = Asm::new(params, Vec::new());
        match self {
            Helper::Alloc => heap::alloc(&mut a),
            Helper::Reset => heap::reset(&mut a, HEAP_BASE),
            Helper::IntMul => int_ops::mul(&mut a),
            Helper::IntFloorDiv => int_ops::floordiv(&mut a),
            Helper::IntPow => int_ops::pow(&mut a),
            Helper::IntShl => int_ops::shl(&mut a),
            Helper::IntShr => int_ops::shr(&mut a),
            Helper::FloatToInt => mixed_ops::float_to_int(&mut a),
            Helper::IntFloatCmp => mixed_ops::int_float_cmp(&mut a),
            Helper::FloatFloorDiv => mathlib::float_floordiv(&mut a),
            Helper::FloatMod => mathlib::float_mod(&mut a),
            Helper::FloatPow => mathlib::float_pow(&mut a),
            Helper::MathSin => mathlib::math_sin(&mut a),
            Helper::MathCos => mathlib::math_cos(&mut a),
            Helper::MathExp => mathlib::math_exp(&mut a),
            Helper::MathLog => mathlib::math_log(&mut a),
            Helper::Fmod => mathlib::fmod(&mut a),
            Helper::Pow => mathlib::pow(&mut a),
            Helper::Exp => mathlib::exp(&mut a),
            Helper::Log => mathlib::log(&mut a),
            Helper::SinShifted => mathlib::sin_shifted(&mut a),
            Helper::RemPio2Large => mathlib::rem_pio2_large(&mut a),
            Helper::ListNew(w) => list_ops::list_new(&mut a, w),
            Helper::ListRepeat(w) => list_ops::list_repeat(&mut a, w),
            Helper::AppendSlot(w) => list_ops::append_slot(&mut a, w),
            Helper::ListCopy(w) => list_ops::list_copy(&mut a, w),
            Helper::Sum(e) => list_ops::sum(&mut a, e),
            Helper::Min(e) => list_ops::extreme(&mut a, e, false),
            Helper::Max(e) => list_ops::extreme(&mut a, e, true),
            Helper::StrNew => str_ops::str_new(&mut a),
            Helper::StrConcat => str_ops::concat(&mut a),
            Helper::StrRepeat => str_ops::repeat(&mut a),
            Helper::StrCmp => str_ops::compare(&mut a),
            Helper::StrEq => str_ops::equal(&mut a),
            Helper::StrIndex => str_ops::index(&mut a),
            Helper::StrContains => str_ops::contains(&mut a),
            Helper::IntToStr => str_ops::int_to_str(&mut a),
            Helper::BytesFromInts => bytes_ops::from_ints(&mut a),
        }
        a
    }
}
