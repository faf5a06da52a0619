//! Helpers between ints and floats: checked truncation and Python's exact int/float comparison.

use super::abi::fault;
use super::asm::{Asm, SiteArg};
use wasm_encoder::BlockType;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{F64, I64};

/// 2⁶³ as a float.
pub const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// `float_to_int(x: f64, site: i32) -> i64`: truncation; NaN: code 7, ±inf: code 8, outside
/// [-2⁶³, 2⁶³): code 17.
pub fn float_to_int(a: &mut Asm) {
    let x = 0;
    let site = SiteArg::Local(1);
    a.code([I::LocalGet(x), I::LocalGet(x), I::F64Ne]);
    a.raise_if(fault::FLOAT_NAN_TO_INT, site);
    a.code([
        I::LocalGet(x),
        I::F64Abs,
        I::F64Const(f64::INFINITY.into()),
        I::F64Eq,
    ]);
    a.raise_if(fault::FLOAT_INF_TO_INT, site);
    a.code([
        I::LocalGet(x),
        I::F64Const(TWO_63.into()),
        I::F64Ge,
        I::LocalGet(x),
        I::F64Const((-TWO_63).into()),
        I::F64Lt,
        I::I32Or,
    ]);
    a.raise_if(fault::FLOAT_TO_INT_RANGE, site);
    a.code([I::LocalGet(x), I::I64TruncF64S]);
}

/// `int_float_cmp(i: i64, f: f64) -> i32`: -1, 0 or 1 as `i` is less than, equal to or greater
/// than `f` exactly; 2 when `f` is NaN.
pub fn int_float_cmp(a: &mut Asm) {
    let (i, f) = (0, 1);
    let g = a.local(F64);
    let j = a.local(I64);
    let ret =
        |a: &mut Asm, v: i32| a.code([I::If(BlockType::Empty), I::I32Const(v), I::Return, I::End]);
    a.code([I::LocalGet(f), I::LocalGet(f), I::F64Ne]);
    ret(a, 2);
    // g = float(i), rounded: rounding is monotonic, so g < f means i < f and g > f means i > f.
    a.code([
        I::LocalGet(i),
        I::F64ConvertI64S,
        I::LocalTee(g),
        I::LocalGet(f),
        I::F64Lt,
    ]);
    ret(a, -1);
    a.code([I::LocalGet(g), I::LocalGet(f), I::F64Gt]);
    ret(a, 1);
    // f == g is an integer in [-2⁶³, 2⁶³]; 2⁶³ is above every i64.
    a.code([I::LocalGet(f), I::F64Const(TWO_63.into()), I::F64Ge]);
    ret(a, -1);
    a.code([
        I::LocalGet(f),
        I::I64TruncF64S,
        I::LocalSet(j),
        I::LocalGet(i),
        I::LocalGet(j),
        I::I64GtS,
        I::LocalGet(i),
        I::LocalGet(j),
        I::I64LtS,
        I::I32Sub,
    ]);
}
