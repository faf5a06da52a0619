//! `bytes` in the module: indexing is inline (a bounds check and a byte load from the block,
//! which has the layout of a string) and `bytes(list)` a helper that writes the block from the
//! list in place; the other conversions and methods are calls of the host function
//! `ml.bytes_fn`, which runs the runtime's `bytes_fn` (what the native path calls). Everything
//! else a `bytes` does is the code of strings (see [`super::str_ops`]).

use super::abi::{Import, LIST_DATA, LIST_LEN, STR_BYTES, STR_HEADER, fault};
use super::asm::{Asm, SiteArg, mem};
use super::helper::Helper;
use super::list_ops::header;
use super::stmt::FnGen;
use super::str_ops::{RuntimeCall, field, index_out_of_range};
use crate::ir::{BytesFn, Expr, SiteId};
use wasm_encoder::BlockType;
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
        if let (BytesFn::FromInts, [list]) = (op, args) {
            self.expr(list);
            self.a.i(I::I32Const(s as i32));
            self.a.helper(Helper::BytesFromInts);
            return;
        }
        let call = RuntimeCall {
            import: Import::BytesFn,
            code: op.code(),
            slots: 2,
        };
        self.runtime_call(call, args, &op.result(), s);
    }
}

/// `bytes_from_ints(list: i32, site: i32) -> i32`: `bytes(list)` of a list of ints, each in
/// `range(0, 256)` (else code 31), written into a new block; out of memory: code 14.
pub fn from_ints(a: &mut Asm) {
    let (list, site) = (0, 1);
    let len = a.local(I32);
    let data = a.local(I32);
    let p = a.local(I32);
    let i = a.local(I32);
    let v = a.local(I64);
    a.code([
        I::LocalGet(list),
        header(LIST_LEN),
        I::LocalTee(len),
        I::LocalGet(len),
        I::LocalGet(site),
    ]);
    a.helper(Helper::StrNew);
    a.code([
        I::LocalSet(p),
        I::LocalGet(list),
        header(LIST_DATA),
        I::LocalSet(data),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(i),
        I::LocalGet(len),
        I::I32GeU,
        I::BrIf(1),
        I::LocalGet(data),
        I::LocalGet(i),
        I::I32Const(3),
        I::I32Shl,
        I::I32Add,
        I::I64Load(mem(0, 3)),
        I::LocalTee(v),
        // Negative ints are above 255 unsigned.
        I::I64Const(255),
        I::I64GtU,
    ]);
    a.raise_if(fault::BYTES_RANGE, SiteArg::Local(site));
    a.code([
        I::LocalGet(p),
        I::LocalGet(i),
        I::I32Add,
        I::LocalGet(v),
        I::I32WrapI64,
        I::I32Store8(mem(STR_HEADER, 0)),
        I::LocalGet(i),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(i),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(p),
    ]);
}
