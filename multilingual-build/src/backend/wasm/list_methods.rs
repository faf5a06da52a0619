//! List methods, `in` and `sorted` in the wasm module: calls of the host function `ml.list_op`,
//! which runs the runtime's `list_fn` on the list in the module's memory.

use super::abi::{Elem, Import};
use super::asm::Callee;
use super::helper::Helper;
use super::stmt::FnGen;
use crate::ir::{Expr, ListMethod, SiteId};
use crate::types::Type;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{I32, I64};

/// The element kind `ml.list_op` takes: 0 int, 1 float, 2 bool, 3 str or bytes (compared by
/// their bytes), 4 list, 5 tuple.
fn kind(list: &Type) -> i32 {
    match list.elem() {
        Some(Type::Float) => 1,
        Some(Type::Bool) => 2,
        Some(Type::Str | Type::Bytes) => 3,
        Some(Type::List(_)) => 4,
        Some(Type::Tuple(_)) => 5,
        _ => 0,
    }
}

/// What the runtime needs to compare tuple elements: 3 bits per item from the lowest, 1 int,
/// 2 float, 3 bool, 4 str or bytes (the checker compares only tuples of those); 0 for other
/// lists.
fn layout(list: &Type) -> i64 {
    let Some(items) = list.elem().and_then(Type::tuple_items) else {
        return 0;
    };
    items.iter().rev().fold(0, |acc, t| {
        let code = match t {
            Type::Int => 1,
            Type::Float => 2,
            Type::Bool => 3,
            _ => 4,
        };
        (acc << 3) | code
    })
}

impl FnGen<'_> {
    /// Pushes a list element value as the i64 bits `ml.list_op` takes.
    fn element_bits(&mut self, v: &Expr) {
        self.expr(v);
        match v.ty() {
            Type::Int => {}
            Type::Float => self.a.i(I::I64ReinterpretF64),
            _ => self.a.i(I::I64ExtendI32U),
        }
    }

    pub(super) fn list_method(&mut self, m: ListMethod, args: &[Expr], s: SiteId) {
        let list = &args[0];
        let kind = kind(&list.ty());
        let op = I::I32Const(m as i32);
        match m {
            ListMethod::Sorted => {
                let width = Elem::of_list(&list.ty()).width();
                self.expr(list);
                self.a.i(I::I32Const(s as i32));
                self.a.helper(Helper::ListCopy(width));
                let t = self.a.scratch(I32);
                self.a.i(I::LocalSet(t));
                self.a.code([
                    I::I32Const(ListMethod::Sort as i32),
                    I::I32Const(kind),
                    I::LocalGet(t),
                    I::I64Const(0),
                    I::I64Const(layout(&list.ty())),
                    I::I32Const(s as i32),
                ]);
                self.a.call(Callee::Import(Import::ListOp));
                self.a.code([I::Drop, I::LocalGet(t)]);
                self.a.release(t);
                return;
            }
            ListMethod::Contains => {
                // Python evaluates the value before the list.
                self.element_bits(&args[1]);
                let v = self.a.scratch(I64);
                self.a.i(I::LocalSet(v));
                self.a.code([op, I::I32Const(kind)]);
                self.expr(list);
                self.a.code([
                    I::LocalGet(v),
                    I::I64Const(layout(&list.ty())),
                    I::I32Const(s as i32),
                ]);
                self.a.release(v);
            }
            _ => {
                self.a.code([op, I::I32Const(kind)]);
                self.expr(list);
                match (m, args.get(1), args.get(2)) {
                    (ListMethod::Pop, Some(i), _) => {
                        self.expr(i);
                        self.a.i(I::I64Const(1));
                    }
                    (ListMethod::Insert, Some(i), Some(v)) => {
                        self.expr(i);
                        self.element_bits(v);
                    }
                    (ListMethod::Swap, Some(i), Some(j)) => {
                        self.expr(i);
                        self.expr(j);
                    }
                    (ListMethod::Extend, Some(other), _) => {
                        self.expr(other);
                        self.a.code([I::I64ExtendI32U, I::I64Const(0)]);
                    }
                    (_, Some(v), _) => {
                        self.element_bits(v);
                        self.a.i(I::I64Const(layout(&list.ty())));
                    }
                    (ListMethod::Sort, _, _) => self
                        .a
                        .code([I::I64Const(0), I::I64Const(layout(&list.ty()))]),
                    // Also `pop()` without an index, where `b` says whether one was given.
                    _ => self.a.code([I::I64Const(0), I::I64Const(0)]),
                }
                self.a.i(I::I32Const(s as i32));
            }
        }
        self.a.call(Callee::Import(Import::ListOp));
        match m {
            ListMethod::Pop => match list.ty().elem() {
                Some(Type::Int) => {}
                Some(Type::Float) => self.a.i(I::F64ReinterpretI64),
                _ => self.a.i(I::I32WrapI64),
            },
            ListMethod::Index | ListMethod::Count => {}
            ListMethod::Contains => self.a.i(I::I32WrapI64),
            _ => self.a.i(I::Drop),
        }
    }
}
