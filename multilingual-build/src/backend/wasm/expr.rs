//! Lowering of expressions: each leaves its value (when it has a type) on the wasm stack.
//! Operations that can raise are inlined with their checks where that is short, and call a
//! helper otherwise (or on their slow path).

use super::abi::{Elem, Import, LIST_HEADER, LIST_LEN, fault, val_type};
use super::asm::{Callee, SiteArg};
use super::helper::Helper;
use super::int_ops::fits_i32;
use super::list_cache::ListAt;
use super::list_ops::{header, load, store};
use super::mixed_ops::TWO_63;
use super::stmt::{FnGen, local};
use crate::ir::{
    Cmp, CmpKind, Convert, Expr, ExprKind as E, FloatOp, IndexProof, IntOp, ListFn, SiteId,
};
use crate::types::Type;
use crate::vocabulary::MathFn;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{F64, I32, I64};
use wasm_encoder::{BlockType, Instruction};

/// A value computed ahead of its use: a constant, or a scratch local holding it.
pub enum Operand {
    /// Pushed by one instruction with no effects.
    Const(Instruction<'static>),
    /// Held in a scratch local until pushed.
    Scratch(u32),
}

fn site(s: SiteId) -> SiteArg {
    SiteArg::Const(s as i32)
}

fn constant(e: &Expr) -> Option<Instruction<'static>> {
    match e.kind {
        E::Int(v) => Some(I::I64Const(v)),
        E::Float(v) => Some(I::F64Const(v.into())),
        E::Bool(b) => Some(I::I32Const(i32::from(b))),
        _ => None,
    }
}

fn int_const(e: &Expr) -> Option<i64> {
    match e.kind {
        E::Int(v) => Some(v),
        _ => None,
    }
}

fn block_type(e: &Expr) -> BlockType {
    e.ty.as_ref()
        .map_or(BlockType::Empty, |t| BlockType::Result(val_type(t)))
}

/// `a cmp b` becomes `b swapped(cmp) a`.
fn swapped(cmp: Cmp) -> Cmp {
    match cmp {
        Cmp::Lt => Cmp::Gt,
        Cmp::Le => Cmp::Ge,
        Cmp::Gt => Cmp::Lt,
        Cmp::Ge => Cmp::Le,
        c => c,
    }
}

impl FnGen<'_> {
    /// Evaluates `e` now and keeps its value for [`FnGen::push_operand`].
    pub fn operand(&mut self, e: &Expr) -> Operand {
        if let Some(c) = constant(e) {
            return Operand::Const(c);
        }
        self.expr(e);
        let t = self.a.scratch(val_type(&e.ty()));
        self.a.i(I::LocalSet(t));
        Operand::Scratch(t)
    }

    /// Pushes a value kept by [`FnGen::operand`].
    pub fn push_operand(&mut self, o: Operand) {
        match o {
            Operand::Const(c) => self.a.i(c),
            Operand::Scratch(t) => {
                self.a.i(I::LocalGet(t));
                self.a.release(t);
            }
        }
    }

    /// Evaluates `e`.
    pub fn expr(&mut self, e: &Expr) {
        match &e.kind {
            E::Int(_) | E::Float(_) | E::Bool(_) => {
                if let Some(c) = constant(e) {
                    self.a.i(c);
                }
            }
            E::Local(id) => self.a.i(I::LocalGet(local(*id))),
            E::Str(_)
            | E::Bytes(_)
            | E::BytesIndex(..)
            | E::BytesFn(..)
            | E::StrConcat(..)
            | E::StrRepeat(..)
            | E::StrCompare(..)
            | E::StrLen(_)
            | E::StrIndex(..)
            | E::StrContains(..)
            | E::StrTruthy(_)
            | E::ToStr(..)
            | E::Format(..)
            | E::StrRepr(..)
            | E::StrFn(..) => self.strings(e),
            E::NegInt(x, s) => {
                self.expr(x);
                let t = self.a.scratch(I64);
                self.a
                    .code([I::LocalTee(t), I::I64Const(i64::MIN), I::I64Eq]);
                self.a.raise_if(fault::INT_OVERFLOW, site(*s));
                self.a.code([I::I64Const(0), I::LocalGet(t), I::I64Sub]);
                self.a.release(t);
            }
            E::NegFloat(x) => {
                self.expr(x);
                self.a.i(I::F64Neg);
            }
            E::InvertInt(x) => {
                self.expr(x);
                self.a.code([I::I64Const(-1), I::I64Xor]);
            }
            E::Not(x) => {
                self.expr(x);
                self.a.i(I::I32Eqz);
            }
            E::Int2(op, l, r, s) => self.int2(*op, l, r, *s),
            E::Float2(op, l, r, s) => self.float2(*op, l, r, *s),
            E::Bool2(op, l, r) => {
                self.expr(l);
                self.expr(r);
                self.a.i(match op {
                    IntOp::And => I::I32And,
                    IntOp::Or => I::I32Or,
                    _ => I::I32Xor,
                });
            }
            E::Compare(cmp, kind, l, r) => self.compare(*cmp, *kind, l, r),
            E::And(l, r) => {
                self.expr(l);
                self.a.i(I::If(BlockType::Result(I32)));
                self.expr(r);
                self.a.code([I::Else, I::I32Const(0), I::End]);
            }
            E::Or(l, r) => {
                self.expr(l);
                self.a
                    .code([I::If(BlockType::Result(I32)), I::I32Const(1), I::Else]);
                self.expr(r);
                self.a.i(I::End);
            }
            E::Cond(c, then, otherwise) => {
                if self.select_expr(c, then, otherwise) {
                    return;
                }
                self.expr(c);
                self.a.i(I::If(block_type(e)));
                self.expr(then);
                self.a.i(I::Else);
                self.expr(otherwise);
                self.a.i(I::End);
            }
            E::Block(stmts, value) => {
                self.block(stmts);
                self.expr(value);
            }
            E::Convert(c, x, s) => {
                self.expr(x);
                match c {
                    Convert::BoolToInt => self.a.i(I::I64ExtendI32U),
                    Convert::IntToFloat => self.a.i(I::F64ConvertI64S),
                    Convert::FloatToInt => self.float_to_int(*s),
                    Convert::IntToBool => self.a.code([I::I64Const(0), I::I64Ne]),
                    Convert::FloatToBool => self.a.code([I::F64Const(0.0.into()), I::F64Ne]),
                }
            }
            E::Abs(x, s) => {
                self.expr(x);
                if x.ty() == Type::Float {
                    self.a.i(I::F64Abs);
                } else {
                    let t = self.a.scratch(I64);
                    self.a
                        .code([I::LocalTee(t), I::I64Const(i64::MIN), I::I64Eq]);
                    self.a.raise_if(fault::INT_OVERFLOW, site(*s));
                    self.a.code([
                        I::I64Const(0),
                        I::LocalGet(t),
                        I::I64Sub,
                        I::LocalGet(t),
                        I::LocalGet(t),
                        I::I64Const(0),
                        I::I64LtS,
                        I::Select,
                    ]);
                    self.a.release(t);
                }
            }
            E::Math(f, x, s) => self.math(*f, x, *s),
            E::Call(callee, args) => {
                for a in args {
                    self.expr(a);
                }
                self.a.call(Callee::Func(*callee));
            }
            E::Len(x) => match x.kind {
                E::Local(id) => {
                    let at = self.list_at(id);
                    self.push_len(at);
                }
                _ => {
                    self.expr(x);
                    self.a.code([header(LIST_LEN), I::I64ExtendI32U]);
                }
            },
            E::Index(list, index, s) => {
                let el = Elem::of_list(&list.ty());
                self.with_list(list, |g, at| g.element_address(at, index, *s, el));
                self.a.i(load(el));
            }
            E::ProvedIndex(x, _) => self.expr(x),
            E::IntExact(op, l, r) => self.int_exact(*op, l, r),
            E::AddToNatural(l, r, s) => self.add_to_natural(l, r, *s),
            E::NextRemainder(r, d) => self.next_remainder(r, d),
            E::IntFits(op, l, r) => self.int_fits(*op, l, r),
            E::ListFn(f, x, s) => {
                let el = Elem::of_list(&x.ty());
                self.expr(x);
                self.a.i(I::I32Const(*s as i32));
                self.a.helper(match f {
                    ListFn::Sum => Helper::Sum(el),
                    ListFn::Min => Helper::Min(el),
                    ListFn::Max => Helper::Max(el),
                });
            }
            E::ListLit(elem, items, s) => self.list_literal(Elem::of(elem), items, *s),
            E::Tuple(items, s) => self.tuple(items, *s),
            E::TupleGet(x, k) => self.tuple_get(x, *k),
            E::Take(id, _) => self.a.i(I::LocalGet(local(*id))),
            E::ListMethod(m, args, s) => self.list_method(*m, args, *s),
            E::StrSplit(x, sep, s) => {
                self.expr(x);
                match sep {
                    Some(sep) => self.expr(sep),
                    None => self.a.i(I::I32Const(0)),
                }
                self.a.i(I::I32Const(*s as i32));
                self.a.call(Callee::Import(Import::Split));
                self.check_allocated(*s);
            }
            E::StrJoin(sep, items, s) => {
                self.expr(sep);
                self.expr(items);
                self.a.call(Callee::Import(Import::Join));
                self.check_allocated(*s);
            }
            E::Slice(x, parts, s) => {
                let size = match x.ty() {
                    Type::Str | Type::Bytes => 0,
                    t => 1 << Elem::of_list(&t).width().shift(),
                };
                self.a.i(I::I32Const(size));
                self.expr(x);
                let mut mask = 0;
                for (k, p) in parts.iter().enumerate() {
                    match p {
                        Some(e) => {
                            self.expr(e);
                            mask |= 1 << k;
                        }
                        None => self.a.i(I::I64Const(0)),
                    }
                }
                self.a.code([I::I32Const(mask), I::I32Const(*s as i32)]);
                self.a.call(Callee::Import(Import::Slice));
                self.check_allocated(*s);
            }
            E::CopyList(x, s) => {
                let el = Elem::of_list(&x.ty());
                self.expr(x);
                self.a.i(I::I32Const(*s as i32));
                self.a.helper(Helper::ListCopy(el.width()));
            }
            E::ListRepeat(value, count, s) => {
                let el = Elem::of_list(&e.ty());
                self.expr(value);
                if el == Elem::Float {
                    self.a.i(I::I64ReinterpretF64);
                }
                self.expr(count);
                self.a.i(I::I32Const(*s as i32));
                self.a.helper(Helper::ListRepeat(el.width()));
            }
            E::ListTruthy(x) => {
                self.expr(x);
                self.a.code([header(LIST_LEN), I::I32Const(0), I::I32Ne]);
            }
        }
    }

    /// Evaluates `index` and leaves the address of that element of the list `list`: negative
    /// indices count from the end; out of range: code 0. A proved index skips what is proved.
    pub fn element_address(&mut self, list: ListAt, index: &Expr, s: SiteId, el: Elem) {
        let proof = match index.kind {
            E::ProvedIndex(_, p) => Some(p),
            _ => None,
        };
        self.expr(index);
        let shift = el.width().shift();
        if proof == Some(IndexProof::InBounds) {
            self.a.i(I::I32WrapI64);
            if shift != 0 {
                self.a.code([I::I32Const(shift as i32), I::I32Shl]);
            }
            self.push_data(list);
            self.a.i(I::I32Add);
            return;
        }
        let i = self.a.scratch(I64);
        if proof.is_some() || int_const(index).is_some_and(|k| k >= 0) {
            self.a.i(I::LocalSet(i));
        } else {
            // i + (len if i < 0 else 0)
            self.a
                .code([I::LocalTee(i), I::LocalGet(i), I::I64Const(63), I::I64ShrS]);
            self.push_len(list);
            self.a.code([I::I64And, I::I64Add, I::LocalSet(i)]);
        }
        self.a.i(I::LocalGet(i));
        self.push_len(list);
        self.a.i(I::I64GeU);
        self.a.raise_if(fault::INDEX_OUT_OF_RANGE, site(s));
        self.push_data(list);
        self.a.code([I::LocalGet(i), I::I32WrapI64]);
        if shift != 0 {
            self.a.code([I::I32Const(shift as i32), I::I32Shl]);
        }
        self.a.i(I::I32Add);
        self.a.release(i);
    }

    /// Runs `f` with list `list` as an operand (a local as it is, another list expression
    /// evaluated into a scratch local).
    pub fn with_list(&mut self, list: &Expr, f: impl FnOnce(&mut Self, ListAt)) {
        match list.kind {
            E::Local(id) => {
                let at = self.list_at(id);
                f(self, at);
            }
            _ => {
                self.expr(list);
                let t = self.a.scratch(I32);
                self.a.i(I::LocalSet(t));
                f(
                    self,
                    ListAt {
                        ptr: t,
                        cached: None,
                    },
                );
                self.a.release(t);
            }
        }
    }

    /// `[a, b, ...]`: the items are evaluated first, then the list is allocated and filled.
    fn list_literal(&mut self, el: Elem, items: &[Expr], s: SiteId) {
        let values: Vec<Operand> = items.iter().map(|x| self.operand(x)).collect();
        self.a
            .code([I::I64Const(values.len() as i64), I::I32Const(s as i32)]);
        self.a.helper(Helper::ListNew(el.width()));
        let p = self.a.scratch(I32);
        self.a.i(I::LocalSet(p));
        let size = 1u64 << el.width().shift();
        for (k, v) in values.into_iter().enumerate() {
            self.a.i(I::LocalGet(p));
            self.push_operand(v);
            self.a.i(store(el, LIST_HEADER + k as u64 * size));
        }
        self.a.i(I::LocalGet(p));
        self.a.release(p);
    }

    fn int2(&mut self, op: IntOp, l: &Expr, r: &Expr, s: SiteId) {
        match op {
            IntOp::Add | IntOp::Sub => self.add_sub(op == IntOp::Sub, l, r, s),
            IntOp::Mul => self.mul(l, r, s),
            IntOp::FloorDiv | IntOp::Mod => match int_const(r) {
                Some(k) if k > 0 => {
                    self.expr(l);
                    self.div_by_positive(op == IntOp::Mod, k);
                }
                _ if op == IntOp::Mod => self.int_mod(l, r, s),
                _ => self.call_int(Helper::IntFloorDiv, l, r, s),
            },
            IntOp::Pow => {
                if int_const(r) == Some(2) {
                    self.expr(l);
                    let t = self.a.scratch(I64);
                    self.a.code([I::LocalTee(t), I::LocalGet(t)]);
                    self.a.release(t);
                    self.checked_mul(s);
                } else {
                    self.call_int(Helper::IntPow, l, r, s);
                }
            }
            IntOp::And | IntOp::Or | IntOp::Xor => {
                self.expr(l);
                self.expr(r);
                self.a.i(match op {
                    IntOp::And => I::I64And,
                    IntOp::Or => I::I64Or,
                    _ => I::I64Xor,
                });
            }
            IntOp::Shl => match int_const(r) {
                Some(k) if (0..64).contains(&k) => {
                    self.expr(l);
                    let x = self.a.scratch(I64);
                    let y = self.a.scratch(I64);
                    self.a.code([
                        I::LocalTee(x),
                        I::I64Const(k),
                        I::I64Shl,
                        I::LocalTee(y),
                        I::I64Const(k),
                        I::I64ShrS,
                        I::LocalGet(x),
                        I::I64Ne,
                    ]);
                    self.a.raise_if(fault::INT_OVERFLOW, site(s));
                    self.a.i(I::LocalGet(y));
                    self.a.release(y);
                    self.a.release(x);
                }
                _ => self.call_int(Helper::IntShl, l, r, s),
            },
            IntOp::Shr => match int_const(r) {
                Some(k) if k >= 0 => {
                    self.expr(l);
                    self.a.code([I::I64Const(k.min(63)), I::I64ShrS]);
                }
                _ => self.call_int(Helper::IntShr, l, r, s),
            },
        }
    }

    /// `helper(l, r, site)`.
    fn call_int(&mut self, h: Helper, l: &Expr, r: &Expr, s: SiteId) {
        self.expr(l);
        self.expr(r);
        self.a.i(I::I32Const(s as i32));
        self.a.helper(h);
    }

    /// Checked `l + r` or `l - r` (overflow: code 4).
    fn add_sub(&mut self, sub: bool, l: &Expr, r: &Expr, s: SiteId) {
        if let Some(k) = int_const(r) {
            self.expr(l);
            self.add_const(
                if sub { k.wrapping_neg() } else { k },
                sub && k == i64::MIN,
                s,
            );
            return;
        }
        if let (Some(k), false) = (int_const(l), sub) {
            self.expr(r);
            self.add_const(k, false, s);
            return;
        }
        self.expr(l);
        self.expr(r);
        let y = self.a.scratch(I64);
        let x = self.a.scratch(I64);
        let z = self.a.scratch(I64);
        self.a.code([
            I::LocalSet(y),
            I::LocalTee(x),
            I::LocalGet(y),
            if sub { I::I64Sub } else { I::I64Add },
            I::LocalSet(z),
        ]);
        if sub {
            // Overflow iff x and y have different signs and z's sign differs from x's.
            self.a.code([
                I::LocalGet(x),
                I::LocalGet(y),
                I::I64Xor,
                I::LocalGet(x),
                I::LocalGet(z),
                I::I64Xor,
            ]);
        } else {
            // Overflow iff z's sign differs from both x's and y's.
            self.a.code([
                I::LocalGet(x),
                I::LocalGet(z),
                I::I64Xor,
                I::LocalGet(y),
                I::LocalGet(z),
                I::I64Xor,
            ]);
        }
        self.a.code([I::I64And, I::I64Const(0), I::I64LtS]);
        self.a.raise_if(fault::INT_OVERFLOW, site(s));
        self.a.i(I::LocalGet(z));
        for t in [z, x, y] {
            self.a.release(t);
        }
    }

    /// `r + 1`, or 0 when that equals `d`, with a branch (see [`E::NextRemainder`]).
    fn next_remainder(&mut self, r: &Expr, d: &Expr) {
        self.expr(r);
        let next = self.a.scratch(I64);
        self.a.code([I::I64Const(1), I::I64Add, I::LocalSet(next)]);
        self.expr(d);
        self.a.code([
            I::LocalGet(next),
            I::I64Eq,
            I::If(BlockType::Empty),
            I::I64Const(0),
            I::LocalSet(next),
            I::End,
            I::LocalGet(next),
        ]);
        self.a.release(next);
    }

    /// Checked `l + r` with `l` ≥ 0: the sum overflowed exactly when it is below `r` (code 4).
    fn add_to_natural(&mut self, l: &Expr, r: &Expr, s: SiteId) {
        self.expr(l);
        self.expr(r);
        let y = self.a.scratch(I64);
        let z = self.a.scratch(I64);
        self.a.code([
            I::LocalTee(y),
            I::I64Add,
            I::LocalTee(z),
            I::LocalGet(y),
            I::I64LtS,
        ]);
        self.a.raise_if(fault::INT_OVERFLOW, site(s));
        self.a.i(I::LocalGet(z));
        self.a.release(z);
        self.a.release(y);
    }

    /// Checked `x + k` with `x` on the stack; `minus_min` means `x - i64::MIN` (k has wrapped).
    fn add_const(&mut self, k: i64, minus_min: bool, s: SiteId) {
        if k == 0 && !minus_min {
            return;
        }
        // x + k overflows iff x > MAX - k (k > 0) or x < MIN - k (k < 0); x - MIN iff x >= 0.
        let (bound, cmp) = if minus_min {
            (-1, I::I64GtS)
        } else if k > 0 {
            (i64::MAX - k, I::I64GtS)
        } else {
            (i64::MIN.wrapping_sub(k), I::I64LtS)
        };
        let x = self.a.scratch(I64);
        self.a.code([I::LocalTee(x), I::I64Const(bound), cmp]);
        self.a.raise_if(fault::INT_OVERFLOW, site(s));
        let (value, op) = if minus_min {
            (i64::MIN, I::I64Sub)
        } else {
            (k, I::I64Add)
        };
        self.a.code([I::LocalGet(x), I::I64Const(value), op]);
        self.a.release(x);
    }

    /// Checked `l * r`: inline when both factors fit in 32 bits, else the helper.
    fn mul(&mut self, l: &Expr, r: &Expr, s: SiteId) {
        let small = |e: &Expr| int_const(e).filter(|k| i32::try_from(*k).is_ok());
        let (other, k) = match (small(l), small(r)) {
            (_, Some(k)) => (l, k),
            (Some(k), None) => (r, k),
            (None, None) => {
                self.expr(l);
                self.expr(r);
                self.checked_mul(s);
                return;
            }
        };
        self.expr(other);
        let x = self.a.scratch(I64);
        self.a.i(I::LocalSet(x));
        fits_i32(&mut self.a, x);
        self.a.code([
            I::If(BlockType::Result(I64)),
            I::LocalGet(x),
            I::I64Const(k),
            I::I64Mul,
            I::Else,
            I::LocalGet(x),
            I::I64Const(k),
            I::I32Const(s as i32),
        ]);
        self.a.helper(Helper::IntMul);
        self.a.i(I::End);
        self.a.release(x);
    }

    /// Checked product of the two i64 on the stack.
    fn checked_mul(&mut self, s: SiteId) {
        let y = self.a.scratch(I64);
        let x = self.a.scratch(I64);
        self.a.code([I::LocalSet(y), I::LocalSet(x)]);
        fits_i32(&mut self.a, x);
        fits_i32(&mut self.a, y);
        self.a.code([
            I::I32And,
            I::If(BlockType::Result(I64)),
            I::LocalGet(x),
            I::LocalGet(y),
            I::I64Mul,
            I::Else,
            I::LocalGet(x),
            I::LocalGet(y),
            I::I32Const(s as i32),
        ]);
        self.a.helper(Helper::IntMul);
        self.a.i(I::End);
        self.a.release(x);
        self.a.release(y);
    }

    /// `x // k` or `x % k` for a constant `k > 0`, `x` on the stack (cannot raise).
    pub(super) fn div_by_positive(&mut self, modulo: bool, k: i64) {
        let pow2 = k & (k - 1) == 0;
        match (modulo, pow2) {
            (false, true) => self
                .a
                .code([I::I64Const(i64::from(k.trailing_zeros())), I::I64ShrS]),
            (true, true) => self.a.code([I::I64Const(k - 1), I::I64And]),
            (false, false) => {
                // q - (r < 0), with truncated q and r.
                let x = self.a.scratch(I64);
                self.a.code([
                    I::LocalTee(x),
                    I::I64Const(k),
                    I::I64DivS,
                    I::LocalGet(x),
                    I::I64Const(k),
                    I::I64RemS,
                    I::I64Const(0),
                    I::I64LtS,
                    I::I64ExtendI32U,
                    I::I64Sub,
                ]);
                self.a.release(x);
            }
            (true, false) => {
                // r < 0 ? r + k : r
                let r = self.a.scratch(I64);
                self.a.code([
                    I::I64Const(k),
                    I::I64RemS,
                    I::LocalTee(r),
                    I::I64Const(k),
                    I::I64Add,
                    I::LocalGet(r),
                    I::LocalGet(r),
                    I::I64Const(0),
                    I::I64LtS,
                    I::Select,
                ]);
                self.a.release(r);
            }
        }
    }

    fn float2(&mut self, op: FloatOp, l: &Expr, r: &Expr, s: SiteId) {
        self.expr(l);
        if let (FloatOp::Div, E::Float(c)) = (op, &r.kind)
            && *c != 0.0
        {
            // A non-zero constant divisor needs no check; dividing by a power of two is
            // multiplying by its (exact) reciprocal, with the same rounding.
            let pow2 = c.is_normal() && c.to_bits() & ((1 << 52) - 1) == 0;
            if pow2 {
                self.a.code([I::F64Const((1.0 / c).into()), I::F64Mul]);
            } else {
                self.a.code([I::F64Const((*c).into()), I::F64Div]);
            }
            return;
        }
        self.expr(r);
        match op {
            FloatOp::Add => self.a.i(I::F64Add),
            FloatOp::Sub => self.a.i(I::F64Sub),
            FloatOp::Mul => self.a.i(I::F64Mul),
            FloatOp::Div => {
                let y = self.a.scratch(F64);
                self.a
                    .code([I::LocalTee(y), I::F64Const(0.0.into()), I::F64Eq]);
                self.a.raise_if(fault::FLOAT_DIV_BY_ZERO, site(s));
                self.a.code([I::LocalGet(y), I::F64Div]);
                self.a.release(y);
            }
            FloatOp::FloorDiv | FloatOp::Mod | FloatOp::Pow => {
                let helper = match op {
                    FloatOp::FloorDiv => Helper::FloatFloorDiv,
                    FloatOp::Mod => Helper::FloatMod,
                    _ => Helper::FloatPow,
                };
                self.a.i(I::I32Const(s as i32));
                self.a.helper(helper);
            }
        }
    }

    fn compare(&mut self, cmp: Cmp, kind: CmpKind, l: &Expr, r: &Expr) {
        match kind {
            CmpKind::Int | CmpKind::Float => {
                self.expr(l);
                self.expr(r);
                let int = kind == CmpKind::Int;
                self.a.i(match (cmp, int) {
                    (Cmp::Lt, true) => I::I64LtS,
                    (Cmp::Le, true) => I::I64LeS,
                    (Cmp::Gt, true) => I::I64GtS,
                    (Cmp::Ge, true) => I::I64GeS,
                    (Cmp::Eq, true) => I::I64Eq,
                    (Cmp::Ne, true) => I::I64Ne,
                    (Cmp::Lt, false) => I::F64Lt,
                    (Cmp::Le, false) => I::F64Le,
                    (Cmp::Gt, false) => I::F64Gt,
                    (Cmp::Ge, false) => I::F64Ge,
                    (Cmp::Eq, false) => I::F64Eq,
                    (Cmp::Ne, false) => I::F64Ne,
                });
            }
            CmpKind::IntFloat => {
                self.expr(l);
                self.expr(r);
                self.a.helper(Helper::IntFloatCmp);
                self.three_way(cmp);
            }
            CmpKind::FloatInt => {
                self.expr(l);
                let f = self.a.scratch(F64);
                self.a.i(I::LocalSet(f));
                self.expr(r);
                self.a.i(I::LocalGet(f));
                self.a.release(f);
                self.a.helper(Helper::IntFloatCmp);
                self.three_way(swapped(cmp));
            }
        }
    }

    /// Turns the result of `int_float_cmp` (-1, 0, 1, or 2 for unordered) into `cmp`'s bool.
    fn three_way(&mut self, cmp: Cmp) {
        match cmp {
            Cmp::Lt => self.a.code([I::I32Const(-1), I::I32Eq]),
            Cmp::Gt => self.a.code([I::I32Const(1), I::I32Eq]),
            Cmp::Eq => self.a.i(I::I32Eqz),
            Cmp::Ne => self.a.code([I::I32Const(0), I::I32Ne]),
            Cmp::Le => self
                .a
                .code([I::I32Const(1), I::I32Add, I::I32Const(1), I::I32LeU]),
            Cmp::Ge => self.a.code([I::I32Const(1), I::I32LeU]),
        }
    }

    /// Checked truncation of the f64 on the stack: inline when |x| < 2⁶³, else the helper
    /// (which raises for NaN, infinities and out-of-range values, and converts -2⁶³).
    fn float_to_int(&mut self, s: SiteId) {
        let t = self.a.scratch(F64);
        self.a.code([
            I::LocalTee(t),
            I::F64Abs,
            I::F64Const(TWO_63.into()),
            I::F64Lt,
            I::If(BlockType::Result(I64)),
            I::LocalGet(t),
            I::I64TruncF64S,
            I::Else,
            I::LocalGet(t),
            I::I32Const(s as i32),
        ]);
        self.a.helper(Helper::FloatToInt);
        self.a.i(I::End);
        self.a.release(t);
    }

    fn math(&mut self, f: MathFn, x: &Expr, s: SiteId) {
        self.expr(x);
        let helper = match f {
            MathFn::Sqrt => {
                let t = self.a.scratch(F64);
                self.a
                    .code([I::LocalTee(t), I::F64Const(0.0.into()), I::F64Lt]);
                self.a.raise_if(fault::MATH_DOMAIN, site(s));
                self.a.code([I::LocalGet(t), I::F64Sqrt]);
                self.a.release(t);
                return;
            }
            MathFn::Floor | MathFn::Ceil => {
                self.a.i(if f == MathFn::Floor {
                    I::F64Floor
                } else {
                    I::F64Ceil
                });
                self.float_to_int(s);
                return;
            }
            MathFn::Sin => Helper::MathSin,
            MathFn::Cos => Helper::MathCos,
            MathFn::Exp => Helper::MathExp,
            MathFn::Log => Helper::MathLog,
        };
        self.a.i(I::I32Const(s as i32));
        self.a.helper(helper);
    }
}
