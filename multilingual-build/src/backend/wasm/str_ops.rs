//! Strings in linear memory: the helpers (making, joining, repeating, comparing, indexing and
//! searching strings, `str(int)`) and the lowering of the IR's string expressions. A string is a
//! pointer to its header (see [`super::abi::STR_BYTES`]); strings are never modified once made,
//! so a helper may return one of its arguments. Conversions that need Python's formatting
//! (`str(float)`, `format`, `repr`) are host functions that make their result with `ml_alloc`.
//! A `bytes` has the layout of a string whose code points are each one byte, so that joining,
//! repeating, comparing, searching, `len` and truthiness are the same code for both.

use super::abi::{Import, STR_BYTES, STR_CHARS, STR_HEADER, fault};
use super::asm::{Asm, Callee, SiteArg, mem};
use super::helper::Helper;
use super::literals::{FALSE, TRUE};
use super::stmt::FnGen;
use crate::ir::{Cmp, Expr, ExprKind as E, SiteId, StrFn};
use crate::types::Type;
use wasm_encoder::BlockType;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{I32, I64};

/// Largest byte length of a string (its allocation, header included, stays below 4 GiB - 16).
const MAX_STR_BYTES: i64 = 0xFFFF_FFF0 - STR_HEADER as i64;

/// Loads the `i32` header field at `offset` of the string pointer on the stack.
pub(super) fn field(offset: u64) -> I<'static> {
    I::I32Load(mem(offset, 2))
}

/// `i32.load8_u` at `offset` from the address on the stack.
fn byte(offset: u64) -> I<'static> {
    I::I32Load8U(mem(offset, 0))
}

/// `memory.copy` (destination, source, length on the stack).
const COPY: I<'static> = I::MemoryCopy {
    src_mem: 0,
    dst_mem: 0,
};

/// `str_new(bytes: i32, chars: i32, site: i32) -> i32`: a string with that header and undefined
/// bytes; out of memory: code 14.
pub fn str_new(a: &mut Asm) {
    let (bytes, chars, site) = (0, 1, SiteArg::Local(2));
    let p = a.local(I32);
    a.code([
        I::LocalGet(bytes),
        I::I64ExtendI32U,
        I::I64Const(MAX_STR_BYTES),
        I::I64GtU,
    ]);
    a.raise_if(fault::OUT_OF_MEMORY, site);
    a.code([
        I::LocalGet(bytes),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
    ]);
    a.helper(Helper::Alloc);
    a.code([I::LocalTee(p), I::I32Eqz]);
    a.raise_if(fault::OUT_OF_MEMORY, site);
    a.code([
        I::LocalGet(p),
        I::LocalGet(bytes),
        I::I32Store(mem(STR_BYTES, 2)),
        I::LocalGet(p),
        I::LocalGet(chars),
        I::I32Store(mem(STR_CHARS, 2)),
        I::LocalGet(p),
    ]);
}

/// `str_concat(a: i32, b: i32, site: i32) -> i32`: `a + b` (an empty operand gives the other).
pub fn concat(a: &mut Asm) {
    let (x, y, site) = (0, 1, 2);
    let lx = a.local(I32);
    let ly = a.local(I32);
    let p = a.local(I32);
    a.code([
        I::LocalGet(x),
        field(STR_BYTES),
        I::LocalTee(lx),
        I::I32Eqz,
        I::If(BlockType::Empty),
        I::LocalGet(y),
        I::Return,
        I::End,
        I::LocalGet(y),
        field(STR_BYTES),
        I::LocalTee(ly),
        I::I32Eqz,
        I::If(BlockType::Empty),
        I::LocalGet(x),
        I::Return,
        I::End,
        I::LocalGet(lx),
        I::I64ExtendI32U,
        I::LocalGet(ly),
        I::I64ExtendI32U,
        I::I64Add,
        I::I64Const(MAX_STR_BYTES),
        I::I64GtU,
    ]);
    a.raise_if(fault::OUT_OF_MEMORY, SiteArg::Local(site));
    a.code([
        I::LocalGet(lx),
        I::LocalGet(ly),
        I::I32Add,
        I::LocalGet(x),
        field(STR_CHARS),
        I::LocalGet(y),
        field(STR_CHARS),
        I::I32Add,
        I::LocalGet(site),
    ]);
    a.helper(Helper::StrNew);
    a.code([
        I::LocalTee(p),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalGet(x),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalGet(lx),
        COPY,
        I::LocalGet(p),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalGet(lx),
        I::I32Add,
        I::LocalGet(y),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalGet(ly),
        COPY,
        I::LocalGet(p),
    ]);
}

/// `str_repeat(s: i32, n: i64, site: i32) -> i32`: `s * n` (`n <= 0` gives `""`); the copy
/// doubles what is already written.
pub fn repeat(a: &mut Asm) {
    let (s, n, site) = (0, 1, 2);
    let len = a.local(I32);
    let total = a.local(I32);
    let p = a.local(I32);
    let done = a.local(I32);
    let k = a.local(I32);
    a.code([
        I::LocalGet(s),
        field(STR_BYTES),
        I::LocalTee(len),
        I::I32Eqz,
        I::LocalGet(n),
        I::I64Const(1),
        I::I64Eq,
        I::I32Or,
        I::If(BlockType::Empty),
        I::LocalGet(s),
        I::Return,
        I::End,
        I::LocalGet(n),
        I::I64Const(0),
        I::I64LeS,
        I::If(BlockType::Empty),
        I::I32Const(0),
        I::I32Const(0),
        I::LocalGet(site),
    ]);
    a.helper(Helper::StrNew);
    a.code([
        I::Return,
        I::End,
        // n > MAX / len: out of memory.
        I::LocalGet(n),
        I::I64Const(MAX_STR_BYTES),
        I::LocalGet(len),
        I::I64ExtendI32U,
        I::I64DivU,
        I::I64GtU,
    ]);
    a.raise_if(fault::OUT_OF_MEMORY, SiteArg::Local(site));
    a.code([
        I::LocalGet(len),
        I::LocalGet(n),
        I::I32WrapI64,
        I::I32Mul,
        I::LocalTee(total),
        I::LocalGet(s),
        field(STR_CHARS),
        I::LocalGet(n),
        I::I32WrapI64,
        I::I32Mul,
        I::LocalGet(site),
    ]);
    a.helper(Helper::StrNew);
    a.code([
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalTee(p),
        I::LocalGet(s),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalGet(len),
        COPY,
        I::LocalGet(len),
        I::LocalSet(done),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(done),
        I::LocalGet(total),
        I::I32GeU,
        I::BrIf(1),
        // k = min(done, total - done)
        I::LocalGet(done),
        I::LocalGet(total),
        I::LocalGet(done),
        I::I32Sub,
        I::LocalTee(k),
        I::LocalGet(done),
        I::LocalGet(k),
        I::I32LtU,
        I::Select,
        I::LocalSet(k),
        I::LocalGet(p),
        I::LocalGet(done),
        I::I32Add,
        I::LocalGet(p),
        I::LocalGet(k),
        COPY,
        I::LocalGet(done),
        I::LocalGet(k),
        I::I32Add,
        I::LocalSet(done),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(p),
        I::I32Const(STR_HEADER as i32),
        I::I32Sub,
    ]);
}

/// Advances local `i` over the bytes (from `pa` and `pb`) that are equal 8 at a time, while
/// `i + 8 <= end`.
fn skip_equal_words(a: &mut Asm, pa: u32, pb: u32, i: u32, end: u32) {
    a.code([
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(i),
        I::I32Const(8),
        I::I32Add,
        I::LocalGet(end),
        I::I32GtU,
        I::BrIf(1),
        I::LocalGet(pa),
        I::LocalGet(i),
        I::I32Add,
        I::I64Load(mem(0, 0)),
        I::LocalGet(pb),
        I::LocalGet(i),
        I::I32Add,
        I::I64Load(mem(0, 0)),
        I::I64Ne,
        I::BrIf(1),
        I::LocalGet(i),
        I::I32Const(8),
        I::I32Add,
        I::LocalSet(i),
        I::Br(0),
        I::End,
        I::End,
    ]);
}

/// `str_cmp(a: i32, b: i32) -> i32`: -1, 0 or 1 as `a` is below, equal to or above `b`: bytes
/// compared in order (UTF-8 order is code-point order), then lengths.
pub fn compare(a: &mut Asm) {
    let (x, y) = (0, 1);
    let lx = a.local(I32);
    let ly = a.local(I32);
    let m = a.local(I32);
    let i = a.local(I32);
    let bx = a.local(I32);
    let by = a.local(I32);
    a.code([
        I::LocalGet(x),
        I::LocalGet(y),
        I::I32Eq,
        I::If(BlockType::Empty),
        I::I32Const(0),
        I::Return,
        I::End,
        I::LocalGet(x),
        field(STR_BYTES),
        I::LocalTee(lx),
        I::LocalGet(y),
        field(STR_BYTES),
        I::LocalTee(ly),
        I::LocalGet(lx),
        I::LocalGet(ly),
        I::I32LtU,
        I::Select,
        I::LocalSet(m),
        I::LocalGet(x),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalSet(x),
        I::LocalGet(y),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalSet(y),
    ]);
    skip_equal_words(a, x, y, i, m);
    a.code([
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(i),
        I::LocalGet(m),
        I::I32GeU,
        I::BrIf(1),
        I::LocalGet(x),
        I::LocalGet(i),
        I::I32Add,
        byte(0),
        I::LocalTee(bx),
        I::LocalGet(y),
        I::LocalGet(i),
        I::I32Add,
        byte(0),
        I::LocalTee(by),
        I::I32Ne,
        I::If(BlockType::Empty),
        I::LocalGet(bx),
        I::LocalGet(by),
        I::I32GtU,
        I::LocalGet(bx),
        I::LocalGet(by),
        I::I32LtU,
        I::I32Sub,
        I::Return,
        I::End,
        I::LocalGet(i),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(i),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(lx),
        I::LocalGet(ly),
        I::I32GtU,
        I::LocalGet(lx),
        I::LocalGet(ly),
        I::I32LtU,
        I::I32Sub,
    ]);
}

/// `str_eq(a: i32, b: i32) -> i32`: whether the strings are equal.
pub fn equal(a: &mut Asm) {
    let (x, y) = (0, 1);
    let len = a.local(I32);
    let i = a.local(I32);
    a.code([
        I::LocalGet(x),
        I::LocalGet(y),
        I::I32Eq,
        I::If(BlockType::Empty),
        I::I32Const(1),
        I::Return,
        I::End,
        I::LocalGet(x),
        field(STR_BYTES),
        I::LocalTee(len),
        I::LocalGet(y),
        field(STR_BYTES),
        I::I32Ne,
        I::If(BlockType::Empty),
        I::I32Const(0),
        I::Return,
        I::End,
        I::LocalGet(x),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalSet(x),
        I::LocalGet(y),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalSet(y),
    ]);
    skip_equal_words(a, x, y, i, len);
    a.code([
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(i),
        I::LocalGet(len),
        I::I32GeU,
        I::BrIf(1),
        I::LocalGet(x),
        I::LocalGet(i),
        I::I32Add,
        byte(0),
        I::LocalGet(y),
        I::LocalGet(i),
        I::I32Add,
        byte(0),
        I::I32Ne,
        I::If(BlockType::Empty),
        I::I32Const(0),
        I::Return,
        I::End,
        I::LocalGet(i),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(i),
        I::Br(0),
        I::End,
        I::End,
        I::I32Const(1),
    ]);
}

/// Replaces the UTF-8 leading byte on the stack by the length of its sequence (1 to 4).
fn sequence_length(a: &mut Asm, scratch: u32) {
    a.code([
        I::LocalTee(scratch),
        I::I32Const(0xC0),
        I::I32GeU,
        I::I32Const(1),
        I::I32Add,
        I::LocalGet(scratch),
        I::I32Const(0xE0),
        I::I32GeU,
        I::I32Add,
        I::LocalGet(scratch),
        I::I32Const(0xF0),
        I::I32GeU,
        I::I32Add,
    ]);
}

/// Counts the i64 index in local `i` from the end when it is negative (Python's `i + len`),
/// and leaves whether it is then out of `0..len` (`len` an i64 local) for a `raise_if`.
pub(super) fn index_out_of_range(a: &mut Asm, i: u32, len: u32) {
    a.code([
        // i + (len if i < 0 else 0)
        I::LocalGet(i),
        I::LocalGet(i),
        I::I64Const(63),
        I::I64ShrS,
        I::LocalGet(len),
        I::I64And,
        I::I64Add,
        I::LocalTee(i),
        I::LocalGet(len),
        I::I64GeU,
    ]);
}

/// `str_index(s: i32, i: i64, site: i32) -> i32`: the code point at `i` (negative: from the end)
/// as a new one-character string; out of range: code 18. All-ASCII strings are indexed by byte,
/// others by walking the sequences.
pub fn index(a: &mut Asm) {
    let (s, i, site) = (0, 1, 2);
    let chars = a.local(I64);
    let at = a.local(I32);
    let n = a.local(I32);
    let w = a.local(I32);
    let b = a.local(I32);
    let p = a.local(I32);
    a.code([
        I::LocalGet(s),
        field(STR_CHARS),
        I::I64ExtendI32U,
        I::LocalSet(chars),
    ]);
    index_out_of_range(a, i, chars);
    a.raise_if(fault::STR_INDEX_OUT_OF_RANGE, SiteArg::Local(site));
    a.code([
        I::LocalGet(s),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalSet(at),
        I::LocalGet(s),
        field(STR_BYTES),
        I::LocalGet(s),
        field(STR_CHARS),
        I::I32Eq,
        I::If(BlockType::Empty),
        I::LocalGet(at),
        I::LocalGet(i),
        I::I32WrapI64,
        I::I32Add,
        I::LocalSet(at),
        I::I32Const(1),
        I::LocalSet(w),
        I::Else,
        I::LocalGet(i),
        I::I32WrapI64,
        I::LocalSet(n),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(n),
        I::I32Eqz,
        I::BrIf(1),
        I::LocalGet(at),
        I::LocalGet(at),
        byte(0),
    ]);
    sequence_length(a, b);
    a.code([
        I::I32Add,
        I::LocalSet(at),
        I::LocalGet(n),
        I::I32Const(1),
        I::I32Sub,
        I::LocalSet(n),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(at),
        byte(0),
    ]);
    sequence_length(a, b);
    a.code([
        I::LocalSet(w),
        I::End,
        I::LocalGet(w),
        I::I32Const(1),
        I::LocalGet(site),
    ]);
    a.helper(Helper::StrNew);
    a.code([
        I::LocalTee(p),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalGet(at),
        I::LocalGet(w),
        COPY,
        I::LocalGet(p),
    ]);
}

/// `str_contains(needle: i32, hay: i32) -> i32`: whether `needle` occurs in `hay` (byte
/// search: UTF-8 sequences cannot match across code point boundaries).
pub fn contains(a: &mut Asm) {
    let (needle, hay) = (0, 1);
    let ln = a.local(I32);
    let at = a.local(I32);
    let last = a.local(I32);
    let first = a.local(I32);
    let j = a.local(I32);
    a.code([
        I::LocalGet(needle),
        field(STR_BYTES),
        I::LocalTee(ln),
        I::I32Eqz,
        I::If(BlockType::Empty),
        I::I32Const(1),
        I::Return,
        I::End,
        I::LocalGet(ln),
        I::LocalGet(hay),
        field(STR_BYTES),
        I::I32GtU,
        I::If(BlockType::Empty),
        I::I32Const(0),
        I::Return,
        I::End,
        I::LocalGet(needle),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalTee(needle),
        byte(0),
        I::LocalSet(first),
        I::LocalGet(hay),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalTee(at),
        I::LocalGet(hay),
        field(STR_BYTES),
        I::I32Add,
        I::LocalGet(ln),
        I::I32Sub,
        I::LocalSet(last),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(at),
        I::LocalGet(last),
        I::I32GtU,
        I::BrIf(1),
        I::LocalGet(at),
        byte(0),
        I::LocalGet(first),
        I::I32Eq,
        I::If(BlockType::Empty),
        I::I32Const(1),
        I::LocalSet(j),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(j),
        I::LocalGet(ln),
        I::I32GeU,
        I::If(BlockType::Empty),
        I::I32Const(1),
        I::Return,
        I::End,
        I::LocalGet(at),
        I::LocalGet(j),
        I::I32Add,
        byte(0),
        I::LocalGet(needle),
        I::LocalGet(j),
        I::I32Add,
        byte(0),
        I::I32Ne,
        I::BrIf(1),
        I::LocalGet(j),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(j),
        I::Br(0),
        I::End,
        I::End,
        I::End,
        I::LocalGet(at),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(at),
        I::Br(0),
        I::End,
        I::End,
        I::I32Const(0),
    ]);
}

/// `int_to_str(v: i64, site: i32) -> i32`: `str(v)` in decimal.
pub fn int_to_str(a: &mut Asm) {
    let (v, site) = (0, 1);
    let u = a.local(I64);
    let t = a.local(I64);
    let len = a.local(I32);
    let p = a.local(I32);
    let at = a.local(I32);
    a.code([
        // u = |v| as an unsigned number; len = digits + sign
        I::I64Const(0),
        I::LocalGet(v),
        I::I64Sub,
        I::LocalGet(v),
        I::LocalGet(v),
        I::I64Const(0),
        I::I64LtS,
        I::Select,
        I::LocalTee(u),
        I::LocalSet(t),
        I::LocalGet(v),
        I::I64Const(0),
        I::I64LtS,
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(len),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(t),
        I::I64Const(10),
        I::I64DivU,
        I::LocalTee(t),
        I::I64Eqz,
        I::BrIf(1),
        I::LocalGet(len),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(len),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(len),
        I::LocalGet(len),
        I::LocalGet(site),
    ]);
    a.helper(Helper::StrNew);
    a.code([
        I::LocalTee(p),
        I::I32Const(STR_HEADER as i32),
        I::I32Add,
        I::LocalGet(len),
        I::I32Add,
        I::LocalSet(at),
        I::Loop(BlockType::Empty),
        I::LocalGet(at),
        I::I32Const(1),
        I::I32Sub,
        I::LocalTee(at),
        I::LocalGet(u),
        I::I64Const(10),
        I::I64RemU,
        I::I32WrapI64,
        I::I32Const(i32::from(b'0')),
        I::I32Add,
        I::I32Store8(mem(0, 0)),
        I::LocalGet(u),
        I::I64Const(10),
        I::I64DivU,
        I::LocalTee(u),
        I::I64Const(0),
        I::I64Ne,
        I::BrIf(0),
        I::End,
        I::LocalGet(v),
        I::I64Const(0),
        I::I64LtS,
        I::If(BlockType::Empty),
        I::LocalGet(p),
        I::I32Const(i32::from(b'-')),
        I::I32Store8(mem(STR_HEADER, 0)),
        I::End,
        I::LocalGet(p),
    ]);
}

/// Which runtime function a [`FnGen::runtime_call`] calls.
pub(super) struct RuntimeCall {
    /// `ml.str_fn` or `ml.bytes_fn`.
    pub import: Import,
    /// The function's code.
    pub code: i32,
    /// How many i64 arguments the import takes.
    pub slots: usize,
}

fn site(s: SiteId) -> SiteArg {
    SiteArg::Const(s as i32)
}

impl FnGen<'_> {
    /// Raises out of memory at `s` when the string pointer on the stack is 0 (a host function
    /// could not allocate), leaving the pointer.
    pub(super) fn check_allocated(&mut self, s: SiteId) {
        let t = self.a.scratch(I32);
        self.a.code([I::LocalTee(t), I::I32Eqz]);
        self.a.raise_if(fault::OUT_OF_MEMORY, site(s));
        self.a.i(I::LocalGet(t));
        self.a.release(t);
    }

    /// `str(x)` of the scalar or string `x`.
    fn str_of(&mut self, x: &Expr, s: SiteId) {
        match x.ty() {
            Type::Int => {
                self.expr(x);
                self.a.i(I::I32Const(s as i32));
                self.a.helper(Helper::IntToStr);
            }
            Type::Float => {
                self.expr(x);
                self.a.call(Callee::Import(Import::FloatStr));
                self.check_allocated(s);
            }
            Type::Bool => {
                self.literal(TRUE);
                self.literal(FALSE);
                self.expr(x);
                self.a.i(I::Select);
            }
            _ => self.expr(x),
        }
    }

    /// Pushes the `kind, bits` pair of the host functions `format` and `repr` for `x`.
    fn host_value(&mut self, x: &Expr) {
        let ty = x.ty();
        let kind = match ty {
            Type::Int => 0,
            Type::Float => 1,
            Type::Bool => 2,
            Type::Bytes => 4,
            _ => 3,
        };
        self.a.i(I::I32Const(kind));
        self.expr(x);
        match ty {
            Type::Int => {}
            Type::Float => self.a.i(I::I64ReinterpretF64),
            _ => self.a.i(I::I64ExtendI32U),
        }
    }

    /// String and `bytes` expressions.
    pub fn strings(&mut self, e: &Expr) {
        match &e.kind {
            E::Str(t) => self.literal(t),
            E::Bytes(b) => self.bytes_literal(b),
            E::BytesIndex(b, i, s) => self.bytes_index(b, i, *s),
            E::BytesFn(op, args, s) => self.bytes_fn(*op, args, *s),
            E::StrConcat(l, r, s) | E::StrRepeat(l, r, s) | E::StrIndex(l, r, s) => {
                self.expr(l);
                self.expr(r);
                self.a.i(I::I32Const(*s as i32));
                self.a.helper(match e.kind {
                    E::StrConcat(..) => Helper::StrConcat,
                    E::StrRepeat(..) => Helper::StrRepeat,
                    _ => Helper::StrIndex,
                });
            }
            E::StrCompare(cmp, l, r) => {
                self.expr(l);
                self.expr(r);
                match cmp {
                    Cmp::Eq => self.a.helper(Helper::StrEq),
                    Cmp::Ne => {
                        self.a.helper(Helper::StrEq);
                        self.a.i(I::I32Eqz);
                    }
                    _ => {
                        self.a.helper(Helper::StrCmp);
                        self.a.code([
                            I::I32Const(0),
                            match cmp {
                                Cmp::Lt => I::I32LtS,
                                Cmp::Le => I::I32LeS,
                                Cmp::Gt => I::I32GtS,
                                _ => I::I32GeS,
                            },
                        ]);
                    }
                }
            }
            E::StrLen(x) => {
                self.expr(x);
                self.a.code([field(STR_CHARS), I::I64ExtendI32U]);
            }
            E::StrContains(needle, hay) => {
                self.expr(needle);
                self.expr(hay);
                self.a.helper(Helper::StrContains);
            }
            E::StrTruthy(x) => {
                self.expr(x);
                self.a.code([field(STR_BYTES), I::I32Const(0), I::I32Ne]);
            }
            E::ToStr(x, s) => self.str_of(x, *s),
            E::Format(x, spec, s) => {
                if spec.is_empty() {
                    // `format(x, "")` is `str(x)`.
                    self.str_of(x, *s);
                    return;
                }
                self.host_value(x);
                self.literal(spec);
                self.a.i(I::I32Const(*s as i32));
                self.a.call(Callee::Import(Import::Format));
                self.check_allocated(*s);
            }
            E::StrRepr(x, s) => {
                self.host_value(x);
                self.a.call(Callee::Import(Import::Repr));
                self.check_allocated(*s);
            }
            E::StrFn(op, args, s) => self.str_fn(*op, args, *s),
            _ => self.a.i(I::Unreachable),
        }
    }

    /// A string method or conversion, computed by the runtime (`ml.str_fn`).
    fn str_fn(&mut self, op: StrFn, args: &[Expr], s: SiteId) {
        let call = RuntimeCall {
            import: Import::StrFn,
            code: op.code(),
            slots: 3,
        };
        self.runtime_call(call, args, &op.result(), s);
    }

    /// A call of `ml.str_fn` or `ml.bytes_fn`: the function's code, then `slots` i64 arguments
    /// (ints as themselves, strings, `bytes` and lists as pointers, 0 for the missing ones), then
    /// the site; the i64 result as a value of type `result` (a pointer of 0: out of memory).
    pub(super) fn runtime_call(
        &mut self,
        call: RuntimeCall,
        args: &[Expr],
        result: &Type,
        s: SiteId,
    ) {
        self.a.i(I::I32Const(call.code));
        for k in 0..call.slots {
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
        self.a.call(Callee::Import(call.import));
        match result {
            Type::Int => {}
            Type::Bool => self.a.i(I::I32WrapI64),
            Type::Float => self.a.i(I::F64ReinterpretI64),
            _ => {
                self.a.i(I::I32WrapI64);
                self.check_allocated(s);
            }
        }
    }
}
