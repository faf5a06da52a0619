//! Int operations without their checks: those the analysis proved cannot raise
//! ([`ExprKind::IntExact`]), the overflow tests of loop pre-checks ([`ExprKind::IntFits`]), and
//! Python's `%` inline (the check of the divisor and the floor fix-up, no call).
//!
//! [`ExprKind::IntExact`]: crate::ir::ExprKind::IntExact
//! [`ExprKind::IntFits`]: crate::ir::ExprKind::IntFits

use super::abi::fault;
use super::asm::SiteArg;
use super::stmt::FnGen;
use crate::ir::{Expr, ExprKind as E, IntOp, SiteId};
use wasm_encoder::BlockType;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{I32, I64};

impl FnGen<'_> {
    /// `l op r` proved not to raise (`//` and `%`: the divisor is > 0).
    pub fn int_exact(&mut self, op: IntOp, l: &Expr, r: &Expr) {
        match (op, &r.kind) {
            (IntOp::FloorDiv | IntOp::Mod, E::Int(k)) if *k > 0 => {
                self.expr(l);
                self.div_by_positive(op == IntOp::Mod, *k);
                return;
            }
            _ => {}
        }
        self.expr(l);
        self.expr(r);
        match op {
            IntOp::Add => self.a.i(I::I64Add),
            IntOp::Sub => self.a.i(I::I64Sub),
            IntOp::Mul => self.a.i(I::I64Mul),
            IntOp::And => self.a.i(I::I64And),
            IntOp::Or => self.a.i(I::I64Or),
            IntOp::Xor => self.a.i(I::I64Xor),
            IntOp::FloorDiv | IntOp::Mod => {
                let d = self.a.scratch(I64);
                let x = self.a.scratch(I64);
                self.a.code([I::LocalSet(d), I::LocalSet(x)]);
                if op == IntOp::Mod {
                    // r + (d if r < 0 else 0), d > 0
                    let rem = self.a.scratch(I64);
                    self.a.code([
                        I::LocalGet(x),
                        I::LocalGet(d),
                        I::I64RemS,
                        I::LocalTee(rem),
                        I::LocalGet(d),
                        I::LocalGet(rem),
                        I::I64Const(63),
                        I::I64ShrS,
                        I::I64And,
                        I::I64Add,
                    ]);
                    self.a.release(rem);
                } else {
                    // q - (r < 0), d > 0
                    self.a.code([
                        I::LocalGet(x),
                        I::LocalGet(d),
                        I::I64DivS,
                        I::LocalGet(x),
                        I::LocalGet(d),
                        I::I64RemS,
                        I::I64Const(63),
                        I::I64ShrS,
                        I::I64Add,
                    ]);
                }
                self.a.release(x);
                self.a.release(d);
            }
            // The analysis makes no other exact operation; these are their wrapping forms.
            IntOp::Shl => self.a.i(I::I64Shl),
            IntOp::Shr => self.a.i(I::I64ShrS),
            IntOp::Pow => {
                self.a.code([I::Drop, I::Drop]);
                self.a.i(I::Unreachable);
            }
        }
    }

    /// Whether `l op r` (`+`, `-` or `*`) stays within 64 bits, as an i32 bool.
    pub fn int_fits(&mut self, op: IntOp, l: &Expr, r: &Expr) {
        self.expr(l);
        self.expr(r);
        let y = self.a.scratch(I64);
        let x = self.a.scratch(I64);
        self.a.code([I::LocalSet(y), I::LocalSet(x)]);
        match op {
            IntOp::Add | IntOp::Sub => {
                let z = self.a.scratch(I64);
                self.a.code([
                    I::LocalGet(x),
                    I::LocalGet(y),
                    if op == IntOp::Add {
                        I::I64Add
                    } else {
                        I::I64Sub
                    },
                    I::LocalSet(z),
                    I::LocalGet(x),
                    I::LocalGet(z),
                    I::I64Xor,
                ]);
                // Overflow iff the result's sign differs from x's and (for +) from y's, (for -)
                // x's and y's signs differ.
                if op == IntOp::Add {
                    self.a.code([I::LocalGet(y), I::LocalGet(z), I::I64Xor]);
                } else {
                    self.a.code([I::LocalGet(x), I::LocalGet(y), I::I64Xor]);
                }
                self.a.code([I::I64And, I::I64Const(0), I::I64GeS]);
                self.a.release(z);
            }
            _ => {
                // x == 0, or x == -1 and y != MIN, or (x * y) / x == y.
                self.a.code([
                    I::LocalGet(x),
                    I::I64Eqz,
                    I::If(BlockType::Result(I32)),
                    I::I32Const(1),
                    I::Else,
                    I::LocalGet(x),
                    I::I64Const(-1),
                    I::I64Eq,
                    I::If(BlockType::Result(I32)),
                    I::LocalGet(y),
                    I::I64Const(i64::MIN),
                    I::I64Ne,
                    I::Else,
                    I::LocalGet(x),
                    I::LocalGet(y),
                    I::I64Mul,
                    I::LocalGet(x),
                    I::I64DivS,
                    I::LocalGet(y),
                    I::I64Eq,
                    I::End,
                    I::End,
                ]);
            }
        }
        self.a.release(x);
        self.a.release(y);
    }

    /// Python's `l % r`, inline: a zero divisor raises at `s`; the remainder takes the sign of
    /// the divisor.
    pub fn int_mod(&mut self, l: &Expr, r: &Expr, s: SiteId) {
        self.expr(l);
        self.expr(r);
        let d = self.a.scratch(I64);
        let x = self.a.scratch(I64);
        let rem = self.a.scratch(I64);
        self.a
            .code([I::LocalSet(d), I::LocalSet(x), I::LocalGet(d), I::I64Eqz]);
        self.a
            .raise_if(fault::INT_DIV_BY_ZERO, SiteArg::Const(s as i32));
        // `i64.rem_s` gives 0 for `MIN % -1` without trapping.
        self.a.code([
            I::LocalGet(x),
            I::LocalGet(d),
            I::I64RemS,
            I::LocalTee(rem),
            I::LocalGet(d),
            I::I64Add,
            I::LocalGet(rem),
            // rem != 0 && (rem ^ d) < 0: the remainder needs flooring.
            I::LocalGet(rem),
            I::I64Const(0),
            I::I64Ne,
            I::LocalGet(rem),
            I::LocalGet(d),
            I::I64Xor,
            I::I64Const(0),
            I::I64LtS,
            I::I32And,
            I::Select,
        ]);
        self.a.release(rem);
        self.a.release(x);
        self.a.release(d);
    }
}
