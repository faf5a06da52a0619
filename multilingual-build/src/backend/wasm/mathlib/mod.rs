//! The float operators and math functions as wasm helpers: Python's `%`, `//` and `**` on
//! floats, `math.sin`, `cos`, `exp`, `log`, and the C functions under them (`fmod`, `exp`, `log`,
//! `pow`, `sin`, `cos`), computed by the same sequence of IEEE operations as
//! `multilingual-runtime`'s `mathlib` (see there for the algorithms and their origin), so the
//! module imports nothing but `ml.raise` and both paths give bit-identical results.
//!
//! Formulas are written with [`X`], expression trees over typed locals whose Rust operators
//! (`+ - * / & | ^ <<`, with Rust's precedence and left-to-right grouping) emit the wasm
//! instruction of the operand type, so each helper reads like its Rust counterpart. Tables of
//! constants are data segments at fixed addresses in low memory ([`Table`]); the heap starts
//! after them when a module has any.

// `x - x` and `(x * y) / (x * y)` build wasm code (NaN results as C computes them), not values.
#![allow(clippy::eq_op)]

mod exp;
mod fmod;
mod log;
mod pow;
mod python;
mod trig;

#[cfg(test)]
mod tests;

pub use exp::exp;
pub use fmod::fmod;
pub use log::log;
pub use pow::pow;
pub use python::{float_floordiv, float_mod, float_pow, math_cos, math_exp, math_log, math_sin};
pub use trig::{rem_pio2_large, sin_shifted};

use super::abi::HEAP_BASE;
use super::asm::{Asm, Callee};
use super::helper::Helper;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{self, F64, I32, I64};
use wasm_encoder::{BlockType, Instruction};

/// A table of constants in linear memory, at a fixed address, present in a module only when a
/// helper of the module reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Table {
    /// `exp`'s `2^(j/128)` (also used by `pow`).
    Exp,
    /// `log`'s (`invc`, `logc`).
    Log,
    /// `log`'s (`chi`, `clo`).
    Log2,
    /// `pow`'s (`invc`, unused, `logc`, `logctail`).
    PowLog,
    /// `sin(k/64)`, `cos(k/64)` as double-doubles.
    SinCos,
    /// The bits of 2/π.
    TwoOverPi,
}

impl Table {
    /// Every table, in address order.
    pub const ALL: [Table; 6] = [
        Table::Exp,
        Table::Log,
        Table::Log2,
        Table::PowLog,
        Table::SinCos,
        Table::TwoOverPi,
    ];

    /// The contents, as little-endian 64-bit words.
    pub fn words(self) -> &'static [u64] {
        match self {
            Table::Exp => &exp::EXP_TAB,
            Table::Log => &log::LOG_TAB,
            Table::Log2 => &log::LOG_TAB2,
            Table::PowLog => &pow::POW_LOG_TAB,
            Table::SinCos => &trig::SINCOS_TAB,
            Table::TwoOverPi => &trig::TWO_OVER_PI,
        }
    }

    /// The contents as bytes.
    pub fn bytes(self) -> Vec<u8> {
        self.words().iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    /// The address: the tables follow each other from [`HEAP_BASE`], 16-aligned.
    pub fn addr(self) -> u32 {
        let mut at = HEAP_BASE as u32;
        for t in Table::ALL {
            if t == self {
                break;
            }
            at += (t.words().len() as u32 * 8).next_multiple_of(16);
        }
        at
    }

    /// The first address after the tables: the heap base of a module with tables.
    pub fn end() -> u32 {
        let last = Table::ALL[Table::ALL.len() - 1];
        last.addr() + (last.words().len() as u32 * 8).next_multiple_of(16)
    }
}

/// A local of a given type.
#[derive(Clone, Copy, Debug)]
pub struct L(pub u32, pub ValType);

/// A pure expression, evaluated onto the wasm stack by [`Asm::push`].
#[derive(Clone, Debug)]
pub enum X {
    /// One instruction without operands (a constant or `local.get`).
    Leaf(Instruction<'static>, ValType),
    /// The address of a table (an `i32` constant); the module then includes the table.
    Table(Table),
    /// The operands, then an instruction.
    Op(Instruction<'static>, ValType, Vec<X>),
    /// A call of a helper with one result.
    Call(Helper, ValType, Vec<X>),
}

impl From<L> for X {
    fn from(l: L) -> X {
        X::Leaf(I::LocalGet(l.0), l.1)
    }
}

/// An `f64` constant.
pub fn f(v: f64) -> X {
    X::Leaf(I::F64Const(v.into()), F64)
}

/// An `f64` constant given by its bits.
pub fn fb(bits: u64) -> X {
    f(f64::from_bits(bits))
}

/// An `i64` constant (given as the `u64` of the same bits).
pub fn k64(v: u64) -> X {
    X::Leaf(I::I64Const(v as i64), I64)
}

/// An `i32` constant.
pub fn k32(v: i32) -> X {
    X::Leaf(I::I32Const(v), I32)
}

/// `if c { a } else { b }` without branching (both are evaluated).
pub fn select(c: impl Into<X>, a: impl Into<X>, b: impl Into<X>) -> X {
    let a = a.into();
    let ty = a.ty();
    X::Op(I::Select, ty, vec![a, b.into(), c.into()])
}

/// A call of helper `h` (one result of type `ty`).
pub fn call(h: Helper, ty: ValType, args: Vec<X>) -> X {
    X::Call(h, ty, args)
}

/// The `f64` at byte offset `at` (i32) of `table`, plus `offset`.
pub fn load_f64(table: Table, at: impl Into<X>, offset: u64) -> X {
    X::Op(
        I::F64Load(super::asm::mem(offset, 3)),
        F64,
        vec![X::Op(I::I32Add, I32, vec![X::Table(table), at.into()])],
    )
}

/// The `i64` at byte offset `at` (i32) of `table`, plus `offset`.
pub fn load_i64(table: Table, at: impl Into<X>, offset: u64) -> X {
    X::Op(
        I::I64Load(super::asm::mem(offset, 3)),
        I64,
        vec![X::Op(I::I32Add, I32, vec![X::Table(table), at.into()])],
    )
}

impl X {
    /// The type of the value.
    pub fn ty(&self) -> ValType {
        match self {
            X::Leaf(_, t) | X::Op(_, t, _) | X::Call(_, t, _) => *t,
            X::Table(_) => I32,
        }
    }

    fn un(self, ins: Instruction<'static>, ty: ValType) -> X {
        X::Op(ins, ty, vec![self])
    }

    fn bin(self, r: impl Into<X>, ins: Instruction<'static>, ty: ValType) -> X {
        X::Op(ins, ty, vec![self, r.into()])
    }

    /// Picks the instruction for the operand type (`f64`, `i64`, `i32`).
    fn typed(
        self,
        r: impl Into<X>,
        f: Instruction<'static>,
        l: Instruction<'static>,
        w: Instruction<'static>,
        result: Option<ValType>,
    ) -> X {
        let ty = self.ty();
        let ins = match ty {
            F64 => f,
            I64 => l,
            _ => w,
        };
        debug_assert!(
            !matches!(ins, I::Unreachable),
            "operator not defined on {ty:?}"
        );
        self.bin(r, ins, result.unwrap_or(ty))
    }
}

/// The operations of expressions, on [`X`] and on locals ([`L`]).
pub trait Ops: Into<X> + Sized {
    /// `|x|`.
    fn abs(self) -> X {
        self.into().un(I::F64Abs, F64)
    }
    /// `floor(x)`.
    fn floor(self) -> X {
        self.into().un(I::F64Floor, F64)
    }
    /// The bits of an `f64`, as an `i64`.
    fn bits(self) -> X {
        self.into().un(I::I64ReinterpretF64, I64)
    }
    /// The `f64` with these bits.
    fn reinterpret_f64(self) -> X {
        self.into().un(I::F64ReinterpretI64, F64)
    }
    /// An `i64` or `i32` converted to `f64` (signed).
    fn convert_f64(self) -> X {
        let x: X = self.into();
        let ins = if x.ty() == I64 {
            I::F64ConvertI64S
        } else {
            I::F64ConvertI32S
        };
        x.un(ins, F64)
    }
    /// An `f64` truncated to an `i32` (traps out of range).
    fn trunc_i32(self) -> X {
        self.into().un(I::I32TruncF64S, I32)
    }
    /// The low 32 bits of an `i64`.
    fn wrap(self) -> X {
        self.into().un(I::I32WrapI64, I32)
    }
    /// An `i32` zero-extended to `i64`.
    fn extend_u(self) -> X {
        self.into().un(I::I64ExtendI32U, I64)
    }
    /// Leading zeros of an `i64`, as an `i64`.
    fn clz(self) -> X {
        self.into().un(I::I64Clz, I64)
    }
    /// Whether an integer is zero (`i32`).
    fn eqz(self) -> X {
        let x: X = self.into();
        let ins = if x.ty() == I64 { I::I64Eqz } else { I::I32Eqz };
        x.un(ins, I32)
    }
    /// Logical shift right.
    fn shr_u(self, n: impl Into<X>) -> X {
        self.into()
            .typed(n, I::Unreachable, I::I64ShrU, I::I32ShrU, None)
    }
    /// Arithmetic shift right.
    fn shr_s(self, n: impl Into<X>) -> X {
        self.into()
            .typed(n, I::Unreachable, I::I64ShrS, I::I32ShrS, None)
    }
    /// `==` (`i32` result).
    fn equals(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::F64Eq, I::I64Eq, I::I32Eq, Some(I32))
    }
    /// `!=`.
    fn differs(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::F64Ne, I::I64Ne, I::I32Ne, Some(I32))
    }
    /// `<` (signed for integers).
    fn lt(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::F64Lt, I::I64LtS, I::I32LtS, Some(I32))
    }
    /// `<=` (signed for integers).
    fn le(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::F64Le, I::I64LeS, I::I32LeS, Some(I32))
    }
    /// `>` (signed for integers).
    fn gt(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::F64Gt, I::I64GtS, I::I32GtS, Some(I32))
    }
    /// Unsigned `<`.
    fn lt_u(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::Unreachable, I::I64LtU, I::I32LtU, Some(I32))
    }
    /// Unsigned `<=`.
    fn le_u(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::Unreachable, I::I64LeU, I::I32LeU, Some(I32))
    }
    /// Unsigned `>`.
    fn gt_u(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::Unreachable, I::I64GtU, I::I32GtU, Some(I32))
    }
    /// Unsigned `>=`.
    fn ge_u(self, r: impl Into<X>) -> X {
        self.into()
            .typed(r, I::Unreachable, I::I64GeU, I::I32GeU, Some(I32))
    }
}

impl Ops for X {}
impl Ops for L {}

macro_rules! operator {
    ($trait:ident, $method:ident, $f:expr, $l:expr, $w:expr) => {
        impl<R: Into<X>> std::ops::$trait<R> for X {
            type Output = X;
            fn $method(self, r: R) -> X {
                self.typed(r, $f, $l, $w, None)
            }
        }
        impl<R: Into<X>> std::ops::$trait<R> for L {
            type Output = X;
            fn $method(self, r: R) -> X {
                X::from(self).typed(r, $f, $l, $w, None)
            }
        }
    };
}

operator!(Add, add, I::F64Add, I::I64Add, I::I32Add);
operator!(Sub, sub, I::F64Sub, I::I64Sub, I::I32Sub);
operator!(Mul, mul, I::F64Mul, I::I64Mul, I::I32Mul);
operator!(Div, div, I::F64Div, I::Unreachable, I::Unreachable);
operator!(BitAnd, bitand, I::Unreachable, I::I64And, I::I32And);
operator!(BitOr, bitor, I::Unreachable, I::I64Or, I::I32Or);
operator!(BitXor, bitxor, I::Unreachable, I::I64Xor, I::I32Xor);
operator!(Shl, shl, I::Unreachable, I::I64Shl, I::I32Shl);

impl std::ops::Neg for X {
    type Output = X;
    fn neg(self) -> X {
        self.un(I::F64Neg, F64)
    }
}

impl std::ops::Neg for L {
    type Output = X;
    fn neg(self) -> X {
        -X::from(self)
    }
}

/// Statements of helper bodies.
impl Asm {
    /// A new local of type `ty`.
    pub fn var(&mut self, ty: ValType) -> L {
        L(self.local(ty), ty)
    }

    /// Evaluates `e` onto the stack.
    pub fn push(&mut self, e: impl Into<X>) {
        match e.into() {
            X::Leaf(ins, _) => self.i(ins),
            X::Table(t) => {
                self.note_table(t);
                self.i(I::I32Const(t.addr() as i32));
            }
            X::Op(ins, _, args) => {
                for a in args {
                    self.push(a);
                }
                self.i(ins);
            }
            X::Call(h, _, args) => {
                for a in args {
                    self.push(a);
                }
                self.call(Callee::Helper(h));
            }
        }
    }

    /// `l = e`.
    pub fn set(&mut self, l: L, e: impl Into<X>) {
        self.push(e);
        self.i(I::LocalSet(l.0));
    }

    /// `return e`.
    pub fn ret(&mut self, e: impl Into<X>) {
        self.push(e);
        self.i(I::Return);
    }

    /// `if c {`.
    pub fn if_(&mut self, c: impl Into<X>) {
        self.push(c);
        self.i(I::If(BlockType::Empty));
    }

    /// `} else {`.
    pub fn else_(&mut self) {
        self.i(I::Else);
    }

    /// `}`.
    pub fn end(&mut self) {
        self.i(I::End);
    }

    /// `if c { return e; }`.
    pub fn ret_if(&mut self, c: impl Into<X>, e: impl Into<X>) {
        self.if_(c);
        self.ret(e);
        self.end();
    }
}
