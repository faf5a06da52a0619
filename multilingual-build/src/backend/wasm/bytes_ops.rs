//! `bytes` in the module: indexing is inline (a bounds check and a byte load from the block,
//! which has the layout of a string); the conversions and methods are calls of the host function
//! `ml.bytes_fn`, which runs the runtime's `bytes_fn` (what the native path calls). Everything
//! else a `bytes` does is the code of strings (see [`super::str_ops`]).

use super::abi::{Import, STR_BYTES, STR_HEADER, fault};
use super::asm::{Callee, SiteArg, mem};
use super::stmt::FnGen;
use super::str_ops::{field, index_out_of_range};
use crate::ir::{BytesFn, Expr, SiteId};
use crate::types::Type;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{I32, I64};

impl FnGen<'_> {
    /// `b[i]`: the byte as an i64; negative indices count from the end; out of range: code 30.
    pub(super) fn bytes_index(&mut self, b: &Expr, i: &Expr, s: SiteId) {
        self.expr(b);
        let p = self.a.scratch(I32);
        self.a.i(I::LocalSet(p));
        self.expr(i);
        let k = self.a.scratch(I64);
        let len = self.a.scratch(I64);
        self.a.code([
            I::LocalSet(k),
            I::LocalGet(p),
            field(STR_BYTES),
            I::I64ExtendI32U,
            I::LocalSet(len),
        ]);
        index_out_of_range(&mut self.a, k, len);
        self.a
            .raise_if(fault::BYTES_INDEX_OUT_OF_RANGE, SiteArg::Const(s as i32));
        self.a.code([
            I::LocalGet(p),
            I::LocalGet(k),
            I::I32WrapI64,
            I::I32Add,
            I::I32Load8U(mem(STR_HEADER, 0)),
            I::I64ExtendI32U,
        ]);
        for t in [len, k, p] {
            self.a.release(t);
        }
    }

    /// A `bytes` method or conversion, computed by the runtime (`ml.bytes_fn`): ints pass as
    /// themselves, strings, `bytes` and lists as pointers; a result pointer of 0 is out of
    /// memory.
    pub(super) fn bytes_fn(&mut self, op: BytesFn, args: &[Expr], s: SiteId) {
        self.a.i(I::I32Const(op.code()));
        for k in 0..2 {
            match args.get(k) {
                Some(a) if a.ty() == Type::Int => self.expr(a),
                Some(a) => {
                    self.expr(a);
                    self.a.i(I::I64ExtendI32U);
                }
                None => self.a.i(I::I64Const(0)),
            }
        }
        self.a.i(I::I32Const(s as i32));
        self.a.call(Callee::Import(Import::BytesFn));
        match op.result() {
            Type::Int => {}
            Type::Bool => self.a.i(I::I32WrapI64),
            _ => {
                self.a.i(I::I32WrapI64);
                self.check_allocated(s);
            }
        }
    }
}
