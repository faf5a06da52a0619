//! Helpers for Python's int operators on i64: `(a: i64, b: i64, site: i32) -> i64`, raising
//! through `ml.raise` with the site they are given.

use super::abi::fault;
use super::asm::{Asm, SiteArg};
use super::helper::Helper;
use wasm_encoder::BlockType;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::I64;

const A: u32 = 0;
const B: u32 = 1;
const SITE: SiteArg = SiteArg::Local(2);

/// Leaves `x` fits in 32 bits (as a signed value) on the stack.
pub fn fits_i32(a: &mut Asm, x: u32) {
    a.code([
        I::LocalGet(x),
        I::I64Const(1 << 31),
        I::I64Add,
        I::I64Const(1 << 32),
        I::I64LtU,
    ]);
}

/// Checked `a * b` (overflow: code 4).
pub fn mul(a: &mut Asm) {
    let r = a.local(I64);
    // Both factors in 32 bits: the product cannot overflow.
    fits_i32(a, A);
    fits_i32(a, B);
    a.code([
        I::I32And,
        I::If(BlockType::Empty),
        I::LocalGet(A),
        I::LocalGet(B),
        I::I64Mul,
        I::Return,
        I::End,
        I::LocalGet(A),
        I::I64Eqz,
        I::If(BlockType::Empty),
        I::I64Const(0),
        I::Return,
        I::End,
        I::LocalGet(A),
        I::I64Const(-1),
        I::I64Eq,
        I::If(BlockType::Empty),
        I::LocalGet(B),
        I::I64Const(i64::MIN),
        I::I64Eq,
    ]);
    a.raise_if(fault::INT_OVERFLOW, SITE);
    a.code([
        I::I64Const(0),
        I::LocalGet(B),
        I::I64Sub,
        I::Return,
        I::End,
        // r = a * b (wrapping); it overflowed iff r / a != b (a is neither 0 nor -1 here).
        I::LocalGet(A),
        I::LocalGet(B),
        I::I64Mul,
        I::LocalTee(r),
        I::LocalGet(A),
        I::I64DivS,
        I::LocalGet(B),
        I::I64Ne,
    ]);
    a.raise_if(fault::INT_OVERFLOW, SITE);
    a.i(I::LocalGet(r));
}

/// Raises `IntDivByZero` when `b == 0`.
fn check_divisor(a: &mut Asm) {
    a.code([I::LocalGet(B), I::I64Eqz]);
    a.raise_if(fault::INT_DIV_BY_ZERO, SITE);
}

/// Leaves `r != 0 && (r ^ b) < 0` (the remainder needs flooring) on the stack.
fn needs_floor(a: &mut Asm, r: u32) {
    a.code([
        I::LocalGet(r),
        I::I64Const(0),
        I::I64Ne,
        I::LocalGet(r),
        I::LocalGet(B),
        I::I64Xor,
        I::I64Const(0),
        I::I64LtS,
        I::I32And,
    ]);
}

/// Python's `a // b` (by zero: code 1; `MIN // -1`: code 4).
pub fn floordiv(a: &mut Asm) {
    let r = a.local(I64);
    check_divisor(a);
    a.code([
        I::LocalGet(B),
        I::I64Const(-1),
        I::I64Eq,
        I::If(BlockType::Empty),
        I::LocalGet(A),
        I::I64Const(i64::MIN),
        I::I64Eq,
    ]);
    a.raise_if(fault::INT_OVERFLOW, SITE);
    a.code([
        I::I64Const(0),
        I::LocalGet(A),
        I::I64Sub,
        I::Return,
        I::End,
        I::LocalGet(A),
        I::LocalGet(B),
        I::I64DivS,
        I::LocalGet(A),
        I::LocalGet(B),
        I::I64RemS,
        I::LocalSet(r),
    ]);
    needs_floor(a, r);
    a.code([I::I64ExtendI32U, I::I64Sub]);
}

/// Python's `a ** b` on ints (negative exponent: code 6; overflow: code 4), by square and
/// multiply; a square is only computed when it is needed, so it overflows only when the result
/// does.
pub fn pow(a: &mut Asm) {
    let result = a.local(I64);
    let base = a.local(I64);
    a.code([I::LocalGet(B), I::I64Const(0), I::I64LtS]);
    a.raise_if(fault::NEGATIVE_POWER, SITE);
    a.code([
        I::I64Const(1),
        I::LocalSet(result),
        I::LocalGet(A),
        I::LocalSet(base),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(B),
        I::I64Eqz,
        I::BrIf(1),
        I::LocalGet(B),
        I::I64Const(1),
        I::I64And,
        I::I32WrapI64,
        I::If(BlockType::Empty),
        I::LocalGet(result),
        I::LocalGet(base),
        I::LocalGet(2),
    ]);
    a.helper(Helper::IntMul);
    a.code([
        I::LocalSet(result),
        I::End,
        I::LocalGet(B),
        I::I64Const(1),
        I::I64ShrU,
        I::LocalTee(B),
        I::I64Eqz,
        I::BrIf(1),
        I::LocalGet(base),
        I::LocalGet(base),
        I::LocalGet(2),
    ]);
    a.helper(Helper::IntMul);
    a.code([
        I::LocalSet(base),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(result),
    ]);
}

/// Checked `a << n` (negative count: code 5; overflow: code 4).
pub fn shl(a: &mut Asm) {
    let r = a.local(I64);
    a.code([I::LocalGet(B), I::I64Const(0), I::I64LtS]);
    a.raise_if(fault::NEGATIVE_SHIFT, SITE);
    a.code([
        I::LocalGet(A),
        I::I64Eqz,
        I::If(BlockType::Empty),
        I::I64Const(0),
        I::Return,
        I::End,
        I::LocalGet(B),
        I::I64Const(64),
        I::I64GeS,
    ]);
    a.raise_if(fault::INT_OVERFLOW, SITE);
    a.code([
        I::LocalGet(A),
        I::LocalGet(B),
        I::I64Shl,
        I::LocalTee(r),
        I::LocalGet(B),
        I::I64ShrS,
        I::LocalGet(A),
        I::I64Ne,
    ]);
    a.raise_if(fault::INT_OVERFLOW, SITE);
    a.i(I::LocalGet(r));
}

/// `a >> n`, arithmetic (negative count: code 5; counts of 64 and more give 0 or -1).
pub fn shr(a: &mut Asm) {
    a.code([I::LocalGet(B), I::I64Const(0), I::I64LtS]);
    a.raise_if(fault::NEGATIVE_SHIFT, SITE);
    a.code([
        I::LocalGet(A),
        I::LocalGet(B),
        I::I64Const(63),
        I::LocalGet(B),
        I::I64Const(63),
        I::I64LtU,
        I::Select,
        I::I64ShrS,
    ]);
}
