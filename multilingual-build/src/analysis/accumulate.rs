//! Recursion with an accumulator. A function whose one recursive return is `return x + f(args)`
//! (the call evaluated last) runs as a loop: `acc = acc + x`, the parameters take `args`, and the
//! loop starts over; its other returns give `acc + value`. `fib(n - 1) + fib(n - 2)` then makes
//! one call per level instead of two, as LLVM makes of a wrapping addition, which a checked one
//! prevents.
//!
//! The sums are associated differently, which cannot change whether or where `OverflowError` is
//! raised only when
//! - the function has no effect and nothing else that can raise (after the checks the range
//!   analysis removed): that `+` is its only site of errors;
//! - every value added is ≥ 0: then every partial sum, in either order, is at most the total, and
//!   both raise exactly when the total leaves i64, at that `+`.
//!
//! The second is proved by summarizing the recursion: its calls of itself pass arguments in some
//! ranges P (whatever the parameters); with parameters in P and calls returning ≥ 0, every call
//! again passes arguments in P and every return is ≥ 0, so by induction calls with arguments in
//! P return ≥ 0; and `x` is ≥ 0 for any parameters once calls return ≥ 0.
//!
//! The accumulator is then ≥ 0 throughout, so its sums are [`ExprKind::AddToNatural`]: they can
//! only overflow upwards, which one comparison tests.
//!
//! [`ExprKind::AddToNatural`]: crate::ir::ExprKind::AddToNatural

use super::facts::{NodeId, node};
use super::interval::Iv;
use super::ranges::Analyzer;
use crate::ir::{
    Convert, Expr, ExprKind as E, FloatOp, FuncId, Function, IntOp, Local, Role, SiteId, Stmt,
};
use crate::types::Type;

/// The accumulating return: its expression's node and the site of its `+`.
struct Tail {
    id: NodeId,
    site: SiteId,
}

/// `f` (function `id`) as a loop with an accumulator, when that changes nothing it does.
pub fn accumulate(f: &Function, id: FuncId) -> Option<Function> {
    let scalar_params = f.param_locals().iter().all(|l| l.ty.is_scalar());
    if f.result != Some(Type::Int) || !scalar_params {
        return None;
    }
    let mut tails = Vec::new();
    if !find_tails(&f.body, id, false, &mut tails) {
        return None;
    }
    let [tail] = tails.as_slice() else {
        return None;
    };
    if !f.body.iter().all(|s| pure_stmt(s, id, tail.id)) {
        return None;
    }
    let any: Vec<Iv> = vec![Iv::I64; f.params];
    let natural = Iv::new(0, i64::MAX as i128);
    let passed = Analyzer::summarize(f, id, &any, Iv::I64, None).args?;
    let inside = Analyzer::summarize(f, id, &passed, natural, None);
    let within = |a: Iv, b: Iv| a.lo >= b.lo && a.hi <= b.hi;
    let stays = inside
        .args
        .as_ref()
        .is_some_and(|args| args.iter().zip(&passed).all(|(a, p)| within(*a, *p)));
    let returns_natural = inside.returns.is_some_and(|r| within(r, natural));
    let first = Analyzer::summarize(f, id, &any, natural, Some(tail.id));
    let left_natural = first
        .watch
        .and_then(|(_, left)| left)
        .is_some_and(|l| within(l, natural));
    if !(stays && returns_natural && left_natural) {
        return None;
    }
    Some(rewrite(f, tail))
}

/// Finds the returns `x + f(args)` (not inside a loop of the body); false when one is inside a
/// loop.
fn find_tails(stmts: &[Stmt], id: FuncId, in_loop: bool, out: &mut Vec<Tail>) -> bool {
    for s in stmts {
        let ok = match s {
            Stmt::Return(Some(e)) => match &e.kind {
                E::Int2(IntOp::Add, _, call, site) if matches!(call.kind, E::Call(c, _) if c == id) =>
                {
                    out.push(Tail {
                        id: node(e),
                        site: *site,
                    });
                    !in_loop
                }
                _ => true,
            },
            Stmt::If {
                then, otherwise, ..
            } => find_tails(then, id, in_loop, out) && find_tails(otherwise, id, in_loop, out),
            Stmt::While { body, .. } | Stmt::ForRange { body, .. } | Stmt::ForList { body, .. } => {
                find_tails(body, id, true, out)
            }
            _ => true,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// Whether a statement has no effect beyond its locals and cannot raise, apart from the
/// accumulating addition `tail`.
fn pure_stmt(s: &Stmt, id: FuncId, tail: NodeId) -> bool {
    let block = |b: &[Stmt]| b.iter().all(|s| pure_stmt(s, id, tail));
    match s {
        Stmt::Assign(_, e) | Stmt::Expr(e) | Stmt::Return(Some(e)) => pure(e, id, tail),
        Stmt::If {
            cond,
            then,
            otherwise,
        } => pure(cond, id, tail) && block(then) && block(otherwise),
        Stmt::While { cond, body } => pure(cond, id, tail) && block(body),
        Stmt::ForRange {
            step: crate::ir::Step::Const(_),
            body,
            ..
        } => block(body),
        Stmt::Break | Stmt::Continue | Stmt::Return(None) => true,
        _ => false,
    }
}

fn pure(e: &Expr, id: FuncId, tail: NodeId) -> bool {
    let p = |x: &Expr| pure(x, id, tail);
    if e.ty.as_ref().is_some_and(|t| !t.is_scalar()) {
        return false;
    }
    match &e.kind {
        E::Int(_) | E::Float(_) | E::Bool(_) | E::Local(_) => true,
        E::Int2(IntOp::Add, a, b, _) if node(e) == tail => p(a) && p(b),
        E::Int2(IntOp::And | IntOp::Or | IntOp::Xor, a, b, _)
        | E::IntExact(_, a, b)
        | E::Bool2(_, a, b)
        | E::Compare(_, _, a, b)
        | E::And(a, b)
        | E::Or(a, b)
        | E::Float2(FloatOp::Add | FloatOp::Sub | FloatOp::Mul, a, b, _) => p(a) && p(b),
        E::Not(x) | E::InvertInt(x) | E::NegFloat(x) => p(x),
        E::Convert(
            Convert::BoolToInt | Convert::IntToFloat | Convert::IntToBool | Convert::FloatToBool,
            x,
            _,
        ) => p(x),
        E::Cond(c, a, b) => p(c) && p(a) && p(b),
        E::Call(callee, args) => *callee == id && args.iter().all(p),
        E::Block(stmts, x) => stmts.iter().all(|s| pure_stmt(s, id, tail)) && p(x),
        _ => false,
    }
}

/// The function as a loop: `acc = 0; while True: body'`.
fn rewrite(f: &Function, tail: &Tail) -> Function {
    let mut locals = f.locals.clone();
    let mut temp = |ty: Type| {
        locals.push(Local {
            name: format!("__v{}", locals.len()),
            ty,
            role: Role::Temp,
        });
        locals.len() - 1
    };
    let acc = temp(Type::Int);
    let params: Vec<Param> = f
        .param_locals()
        .iter()
        .enumerate()
        .map(|(p, l)| Param {
            local: p,
            temp: temp(l.ty.clone()),
            ty: l.ty.clone(),
        })
        .collect();
    let mut body = vec![Stmt::Assign(acc, Expr::new(E::Int(0), Type::Int))];
    let looped = rewrite_stmts(&f.body, tail, acc, &params);
    body.push(Stmt::While {
        cond: Expr::new(E::Bool(true), Type::Bool),
        body: looped,
    });
    Function {
        locals,
        body,
        ..f.clone()
    }
}

/// A parameter and the temporary its next value is computed into.
struct Param {
    local: usize,
    temp: usize,
    ty: Type,
}

fn rewrite_stmts(stmts: &[Stmt], tail: &Tail, acc: usize, params: &[Param]) -> Vec<Stmt> {
    let mut out = Vec::new();
    let local = |v: usize| Expr::new(E::Local(v), Type::Int);
    for s in stmts {
        match s {
            Stmt::Return(Some(e)) => match &e.kind {
                E::Int2(IntOp::Add, x, call, site) if node(e) == tail.id => {
                    let E::Call(_, args) = &call.kind else {
                        out.push(s.clone());
                        continue;
                    };
                    // x, then acc + x (checked, at the same `+`; acc is ≥ 0), then the
                    // arguments, which become the parameters.
                    let sum = E::AddToNatural(Box::new(local(acc)), x.clone(), *site);
                    out.push(Stmt::Assign(acc, Expr::new(sum, Type::Int)));
                    for (p, a) in params.iter().zip(args) {
                        out.push(Stmt::Assign(p.temp, a.clone()));
                    }
                    for p in params {
                        let next = Expr::new(E::Local(p.temp), p.ty.clone());
                        out.push(Stmt::Assign(p.local, next));
                    }
                    out.push(Stmt::Continue);
                }
                _ => {
                    let sum = E::AddToNatural(Box::new(local(acc)), Box::new(e.clone()), tail.site);
                    out.push(Stmt::Return(Some(Expr::new(sum, Type::Int))));
                }
            },
            Stmt::If {
                cond,
                then,
                otherwise,
            } => out.push(Stmt::If {
                cond: cond.clone(),
                then: rewrite_stmts(then, tail, acc, params),
                otherwise: rewrite_stmts(otherwise, tail, acc, params),
            }),
            Stmt::While { cond, body } => out.push(Stmt::While {
                cond: cond.clone(),
                body: rewrite_stmts(body, tail, acc, params),
            }),
            Stmt::ForRange {
                var,
                counter,
                stop,
                step,
                body,
            } => out.push(Stmt::ForRange {
                var: *var,
                counter: *counter,
                stop: *stop,
                step: step.clone(),
                body: rewrite_stmts(body, tail, acc, params),
            }),
            _ => out.push(s.clone()),
        }
    }
    out
}
