//! Helpers on lists in linear memory: creation, repetition, growth for `append`, and
//! `sum`/`min`/`max`. A list is a pointer to its 16-byte header (see [`super::abi`]).

use super::abi::{Elem, LIST_CAP, LIST_DATA, LIST_HEADER, LIST_LEN, Width, fault};
use super::asm::{Asm, SiteArg, mem};
use super::helper::Helper;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{F64, I32, I64};
use wasm_encoder::{BlockType, Instruction};

/// Largest byte count a single allocation may ask for.
const MAX_BYTES: i64 = 0xFFFF_FFF0;

/// Loads one element of kind `e` from the address on the stack.
pub fn load(e: Elem) -> Instruction<'static> {
    load_at(e, 0)
}

/// Loads one element of kind `e` from `offset` past the address on the stack.
pub fn load_at(e: Elem, offset: u64) -> Instruction<'static> {
    match e {
        Elem::Int => I::I64Load(mem(offset, 3)),
        Elem::Float => I::F64Load(mem(offset, 3)),
        Elem::Bool => I::I32Load8U(mem(offset, 0)),
        Elem::Ptr => I::I32Load(mem(offset, 2)),
    }
}

/// Stores one element of kind `e` at `offset` from the address under the value on the stack.
pub fn store(e: Elem, offset: u64) -> Instruction<'static> {
    match e {
        Elem::Int => I::I64Store(mem(offset, 3)),
        Elem::Float => I::F64Store(mem(offset, 3)),
        Elem::Bool => I::I32Store8(mem(offset, 0)),
        Elem::Ptr => I::I32Store(mem(offset, 2)),
    }
}

/// Loads the `i32` header field at `offset` of the list pointer on the stack.
pub fn header(offset: u64) -> Instruction<'static> {
    I::I32Load(mem(offset, 2))
}

/// `list_new(n: i64, site: i32) -> i32`: a list with `len = cap = max(n, 0)` whose data follows
/// the header; out of memory: code 14.
pub fn list_new(a: &mut Asm, w: Width) {
    let (n, site) = (0, SiteArg::Local(1));
    let p = a.local(I32);
    let shift = w.shift();
    a.code([
        I::LocalGet(n),
        I::I64Const(0),
        I::LocalGet(n),
        I::I64Const(0),
        I::I64GtS,
        I::Select,
        I::LocalTee(n),
        I::I64Const((MAX_BYTES - LIST_HEADER as i64) >> shift),
        I::I64GtU,
    ]);
    a.raise_if(fault::OUT_OF_MEMORY, site);
    a.code([
        I::LocalGet(n),
        I::I64Const(i64::from(shift)),
        I::I64Shl,
        I::I64Const(LIST_HEADER as i64),
        I::I64Add,
        I::I32WrapI64,
    ]);
    a.helper(Helper::Alloc);
    a.code([I::LocalTee(p), I::I32Eqz]);
    a.raise_if(fault::OUT_OF_MEMORY, site);
    a.code([
        I::LocalGet(p),
        I::LocalGet(n),
        I::I32WrapI64,
        I::I32Store(mem(LIST_LEN, 2)),
        I::LocalGet(p),
        I::LocalGet(n),
        I::I32WrapI64,
        I::I32Store(mem(LIST_CAP, 2)),
        I::LocalGet(p),
        I::LocalGet(p),
        I::I32Const(LIST_HEADER as i32),
        I::I32Add,
        I::I32Store(mem(LIST_DATA, 2)),
        I::LocalGet(p),
        I::I32Const(0),
        I::I32Store(mem(LIST_DATA + 4, 2)),
        I::LocalGet(p),
    ]);
}

/// `list_repeat(value, n: i64, site: i32) -> i32`: `[value] * n` (8-byte values as i64 bits,
/// pointers as i32).
pub fn list_repeat(a: &mut Asm, w: Width) {
    let (value, n, site) = (0, 1, 2);
    let shift = w.shift();
    let p = a.local(I32);
    a.code([I::LocalGet(n), I::LocalGet(site)]);
    a.helper(Helper::ListNew(w));
    a.i(I::LocalSet(p));
    match w {
        Width::W1 => a.code([
            I::LocalGet(p),
            header(LIST_DATA),
            I::LocalGet(value),
            I::LocalGet(p),
            header(LIST_LEN),
            I::MemoryFill(0),
        ]),
        Width::W8 | Width::W4 => {
            let (size, is_zero, put) = match w {
                Width::W8 => (8, I::I64Eqz, I::I64Store(mem(0, 3))),
                _ => (4, I::I32Eqz, I::I32Store(mem(0, 2))),
            };
            let at = a.local(I32);
            let end = a.local(I32);
            a.code([
                I::LocalGet(p),
                header(LIST_DATA),
                I::LocalTee(at),
                I::LocalGet(p),
                header(LIST_LEN),
                I::I32Const(shift as i32),
                I::I32Shl,
                I::I32Add,
                I::LocalSet(end),
                I::LocalGet(value),
                is_zero,
                I::If(BlockType::Empty),
                I::LocalGet(at),
                I::I32Const(0),
                I::LocalGet(end),
                I::LocalGet(at),
                I::I32Sub,
                I::MemoryFill(0),
                I::Else,
                I::Block(BlockType::Empty),
                I::Loop(BlockType::Empty),
                I::LocalGet(at),
                I::LocalGet(end),
                I::I32GeU,
                I::BrIf(1),
                I::LocalGet(at),
                I::LocalGet(value),
                put,
                I::LocalGet(at),
                I::I32Const(size),
                I::I32Add,
                I::LocalSet(at),
                I::Br(0),
                I::End,
                I::End,
                I::End,
            ]);
        }
    }
    a.i(I::LocalGet(p));
}

/// `list_copy(list: i32, site: i32) -> i32`: a new list with the same elements.
pub fn list_copy(a: &mut Asm, w: Width) {
    let (list, site) = (0, 1);
    let p = a.local(I32);
    a.code([
        I::LocalGet(list),
        header(LIST_LEN),
        I::I64ExtendI32U,
        I::LocalGet(site),
    ]);
    a.helper(Helper::ListNew(w));
    a.code([
        I::LocalTee(p),
        header(LIST_DATA),
        I::LocalGet(list),
        header(LIST_DATA),
        I::LocalGet(list),
        header(LIST_LEN),
        I::I32Const(w.shift() as i32),
        I::I32Shl,
        I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        },
        I::LocalGet(p),
    ]);
}

/// `append_slot(list: i32, site: i32) -> i32`: grows the data to `max(4, 2 * cap)` elements when
/// full (out of memory: code 14), increments `len` and returns the new element's address.
pub fn append_slot(a: &mut Asm, w: Width) {
    let (list, site) = (0, SiteArg::Local(1));
    let shift = w.shift();
    let len = a.local(I32);
    let cap = a.local(I64);
    let data = a.local(I32);
    a.code([
        I::LocalGet(list),
        header(LIST_LEN),
        I::LocalTee(len),
        I::LocalGet(list),
        header(LIST_CAP),
        I::I32Eq,
        I::If(BlockType::Empty),
        I::LocalGet(list),
        header(LIST_CAP),
        I::I64ExtendI32U,
        I::I64Const(1),
        I::I64Shl,
        I::LocalTee(cap),
        I::I64Const(4),
        I::I64LtU,
        I::If(BlockType::Empty),
        I::I64Const(4),
        I::LocalSet(cap),
        I::End,
        I::LocalGet(cap),
        I::I64Const(i64::from(shift)),
        I::I64Shl,
        I::I64Const(MAX_BYTES),
        I::I64GtU,
    ]);
    a.raise_if(fault::OUT_OF_MEMORY, site);
    a.code([
        I::LocalGet(cap),
        I::I64Const(i64::from(shift)),
        I::I64Shl,
        I::I32WrapI64,
    ]);
    a.helper(Helper::Alloc);
    a.code([I::LocalTee(data), I::I32Eqz]);
    a.raise_if(fault::OUT_OF_MEMORY, site);
    a.code([
        I::LocalGet(data),
        I::LocalGet(list),
        header(LIST_DATA),
        I::LocalGet(len),
        I::I32Const(shift as i32),
        I::I32Shl,
        I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        },
        I::LocalGet(list),
        I::LocalGet(data),
        I::I32Store(mem(LIST_DATA, 2)),
        I::LocalGet(list),
        I::LocalGet(cap),
        I::I32WrapI64,
        I::I32Store(mem(LIST_CAP, 2)),
        I::End,
        I::LocalGet(list),
        I::LocalGet(len),
        I::I32Const(1),
        I::I32Add,
        I::I32Store(mem(LIST_LEN, 2)),
        I::LocalGet(list),
        header(LIST_DATA),
        I::LocalGet(len),
        I::I32Const(shift as i32),
        I::I32Shl,
        I::I32Add,
    ]);
}

/// Sets locals `p` to the list's data and `end` past its last element.
fn bounds(a: &mut Asm, list: u32, e: Elem, p: u32, end: u32) {
    a.code([
        I::LocalGet(list),
        header(LIST_DATA),
        I::LocalTee(p),
        I::LocalGet(list),
        header(LIST_LEN),
        I::I32Const(e.width().shift() as i32),
        I::I32Shl,
        I::I32Add,
        I::LocalSet(end),
    ]);
}

/// Opens `block`/`loop` and exits when `p >= end`.
fn loop_head(a: &mut Asm, p: u32, end: u32) {
    a.code([
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(p),
        I::LocalGet(end),
        I::I32GeU,
        I::BrIf(1),
    ]);
}

/// Advances `p` by one element and closes the loop of [`loop_head`].
fn loop_tail(a: &mut Asm, p: u32, e: Elem) {
    a.code([
        I::LocalGet(p),
        I::I32Const(1 << e.width().shift()),
        I::I32Add,
        I::LocalSet(p),
        I::Br(0),
        I::End,
        I::End,
    ]);
}

/// `sum(list: i32, site: i32)`: checked for ints (code 4), a count for bools, Python 3.12's
/// compensated (Neumaier) summation for floats.
pub fn sum(a: &mut Asm, e: Elem) {
    let (list, site) = (0, SiteArg::Local(1));
    let p = a.local(I32);
    let end = a.local(I32);
    bounds(a, list, e, p, end);
    match e {
        Elem::Int => {
            let acc = a.local(I64);
            let x = a.local(I64);
            let r = a.local(I64);
            loop_head(a, p, end);
            a.code([
                I::LocalGet(p),
                load(e),
                I::LocalTee(x),
                I::LocalGet(acc),
                I::I64Add,
                I::LocalTee(r),
                I::LocalGet(acc),
                I::I64Xor,
                I::LocalGet(r),
                I::LocalGet(x),
                I::I64Xor,
                I::I64And,
                I::I64Const(0),
                I::I64LtS,
            ]);
            a.raise_if(fault::INT_OVERFLOW, site);
            a.code([I::LocalGet(r), I::LocalSet(acc)]);
            loop_tail(a, p, e);
            a.i(I::LocalGet(acc));
        }
        Elem::Bool | Elem::Ptr => {
            let acc = a.local(I64);
            loop_head(a, p, end);
            a.code([
                I::LocalGet(acc),
                I::LocalGet(p),
                I::I64Load8U(mem(0, 0)),
                I::I64Add,
                I::LocalSet(acc),
            ]);
            loop_tail(a, p, e);
            a.i(I::LocalGet(acc));
        }
        Elem::Float => {
            let f = a.local(F64);
            let c = a.local(F64);
            let x = a.local(F64);
            let t = a.local(F64);
            loop_head(a, p, end);
            a.code([
                I::LocalGet(p),
                load(e),
                I::LocalSet(x),
                I::LocalGet(c),
                // |f| >= |x| ? (f - t) + x : (x - t) + f, with t = f + x
                I::LocalGet(f),
                I::LocalGet(f),
                I::LocalGet(x),
                I::F64Add,
                I::LocalTee(t),
                I::F64Sub,
                I::LocalGet(x),
                I::F64Add,
                I::LocalGet(x),
                I::LocalGet(t),
                I::F64Sub,
                I::LocalGet(f),
                I::F64Add,
                I::LocalGet(f),
                I::F64Abs,
                I::LocalGet(x),
                I::F64Abs,
                I::F64Ge,
                I::Select,
                I::F64Add,
                I::LocalSet(c),
                I::LocalGet(t),
                I::LocalSet(f),
            ]);
            loop_tail(a, p, e);
            // The compensation is added only when it is nonzero and finite.
            a.code([
                I::LocalGet(c),
                I::F64Const(0.0.into()),
                I::F64Ne,
                I::LocalGet(c),
                I::F64Abs,
                I::F64Const(f64::INFINITY.into()),
                I::F64Lt,
                I::I32And,
                I::If(BlockType::Result(F64)),
                I::LocalGet(f),
                I::LocalGet(c),
                I::F64Add,
                I::Else,
                I::LocalGet(f),
                I::End,
            ]);
        }
    }
}

/// `min(list: i32, site: i32)` or `max(...)`: the first element that no later one is strictly
/// below (above); empty: code 11 (12).
pub fn extreme(a: &mut Asm, e: Elem, is_max: bool) {
    let (list, site) = (0, SiteArg::Local(1));
    let p = a.local(I32);
    let end = a.local(I32);
    let best = a.local(e.val_type());
    let x = a.local(e.val_type());
    let code = if is_max {
        fault::MAX_EMPTY
    } else {
        fault::MIN_EMPTY
    };
    a.code([I::LocalGet(list), header(LIST_LEN), I::I32Eqz]);
    a.raise_if(code, site);
    bounds(a, list, e, p, end);
    a.code([
        I::LocalGet(p),
        load(e),
        I::LocalSet(best),
        I::LocalGet(p),
        I::I32Const(1 << e.width().shift()),
        I::I32Add,
        I::LocalSet(p),
    ]);
    loop_head(a, p, end);
    let better = match (e, is_max) {
        (Elem::Int, false) => I::I64LtS,
        (Elem::Int, true) => I::I64GtS,
        (Elem::Float, false) => I::F64Lt,
        (Elem::Float, true) => I::F64Gt,
        // The checker takes `min`/`max` of numbers only.
        (Elem::Bool | Elem::Ptr, false) => I::I32LtU,
        (Elem::Bool | Elem::Ptr, true) => I::I32GtU,
    };
    a.code([
        I::LocalGet(p),
        load(e),
        I::LocalTee(x),
        I::LocalGet(best),
        I::LocalGet(x),
        I::LocalGet(best),
        better,
        I::Select,
        I::LocalSet(best),
    ]);
    loop_tail(a, p, e);
    a.i(I::LocalGet(best));
}
