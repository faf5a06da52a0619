//! Tuples in the module: a tuple is a pointer to a block of 8-byte fields, one per item, each
//! stored as a list element of its type is (strings and tuples as 4-byte pointers). Tuples are
//! never changed once made, so a pointer can be copied freely.

use super::abi::Elem;
use super::expr::Operand;
use super::helper::Helper;
use super::list_ops::{load_at, store};
use super::stmt::FnGen;
use crate::ir::{Expr, SiteId};
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::I32;

/// Bytes one tuple field takes.
pub const FIELD: u64 = 8;

impl FnGen<'_> {
    /// `(a, b, …)`: the items left to right, then a new block holding them.
    pub(super) fn tuple(&mut self, items: &[Expr], s: SiteId) {
        let values: Vec<(Elem, Operand)> = items
            .iter()
            .map(|x| (Elem::of(&x.ty()), self.operand(x)))
            .collect();
        self.a.i(I::I32Const((FIELD * items.len() as u64) as i32));
        self.a.helper(Helper::Alloc);
        self.check_allocated(s);
        let p = self.a.scratch(I32);
        self.a.i(I::LocalSet(p));
        for (k, (el, v)) in values.into_iter().enumerate() {
            self.a.i(I::LocalGet(p));
            self.push_operand(v);
            self.a.i(store(el, FIELD * k as u64));
        }
        self.a.i(I::LocalGet(p));
        self.a.release(p);
    }

    /// `t[k]`.
    pub(super) fn tuple_get(&mut self, tuple: &Expr, k: usize) {
        let ty = tuple.ty();
        let el = ty
            .tuple_items()
            .and_then(|items| items.get(k))
            .map_or(Elem::Int, Elem::of);
        self.expr(tuple);
        self.a.i(load_at(el, FIELD * k as u64));
    }
}
