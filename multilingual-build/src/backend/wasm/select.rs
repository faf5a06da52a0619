//! Simple conditionals as `select`: when both arms are cheap and can neither raise nor change
//! anything, evaluating both and choosing is the same as branching, and Cranelift turns it into
//! a conditional move instead of a branch that a random condition mispredicts.

use super::stmt::{FnGen, local};
use crate::analysis::effects::Effects;
use crate::ir::{Convert, Expr, ExprKind as E, IntOp, LocalId, Stmt};
use wasm_encoder::Instruction as I;

/// Largest arm (in IR nodes) worth computing when it is not chosen.
const MAX_ARM: usize = 6;

/// Whether `e` is cheap and cannot raise or change anything; `budget` counts its nodes.
fn simple(e: &Expr, budget: &mut usize) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    match &e.kind {
        E::Int(_) | E::Float(_) | E::Bool(_) | E::Local(_) => {
            e.ty.as_ref().is_some_and(|t| t.is_scalar())
        }
        E::IntExact(op, a, b) => {
            matches!(
                op,
                IntOp::Add | IntOp::Sub | IntOp::Mul | IntOp::And | IntOp::Or | IntOp::Xor
            ) && simple(a, budget)
                && simple(b, budget)
        }
        E::Int2(IntOp::And | IntOp::Or | IntOp::Xor, a, b, _) => {
            simple(a, budget) && simple(b, budget)
        }
        E::Convert(Convert::BoolToInt | Convert::IntToFloat | Convert::IntToBool, x, _)
        | E::NegFloat(x)
        | E::Not(x) => simple(x, budget),
        _ => false,
    }
}

impl FnGen<'_> {
    /// `then if cond else otherwise` as a `select`, when both arms are simple.
    pub fn select_expr(&mut self, cond: &Expr, then: &Expr, otherwise: &Expr) -> bool {
        let mut budget = MAX_ARM;
        if !Effects::none(cond) {
            return false;
        }
        if !(simple(then, &mut budget) && {
            budget = MAX_ARM;
            simple(otherwise, &mut budget)
        }) {
            return false;
        }
        self.expr(then);
        self.expr(otherwise);
        self.expr(cond);
        self.a.i(I::Select);
        true
    }

    /// `if cond: v = x [else: v = y]` as `v = select(x, y or v, cond)`, when the arms are
    /// simple.
    pub fn select_stmt(&mut self, cond: &Expr, then: &[Stmt], otherwise: &[Stmt]) -> bool {
        let assign = |s: &[Stmt]| -> Option<(LocalId, Expr)> {
            match s {
                [Stmt::Assign(v, e)] => Some((*v, e.clone())),
                _ => None,
            }
        };
        let Some((v, x)) = assign(then) else {
            return false;
        };
        let y = match otherwise {
            [] => Expr {
                kind: E::Local(v),
                ty: x.ty.clone(),
            },
            _ => match assign(otherwise) {
                Some((w, y)) if w == v => y,
                _ => return false,
            },
        };
        if !self.select_expr(cond, &x, &y) {
            return false;
        }
        self.a.i(I::LocalSet(local(v)));
        true
    }
}
