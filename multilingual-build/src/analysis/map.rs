//! Rebuilding IR: a node with its children replaced by what a [`Mapper`] makes of them.

use crate::ir::{Expr, ExprKind as E, Stmt};

/// What to make of children.
pub trait Mapper {
    fn expr(&mut self, e: &Expr) -> Expr;
    fn stmts(&mut self, s: &[Stmt]) -> Vec<Stmt>;
}

fn b(m: &mut dyn Mapper, e: &Expr) -> Box<Expr> {
    Box::new(m.expr(e))
}

fn v(m: &mut dyn Mapper, es: &[Expr]) -> Vec<Expr> {
    es.iter().map(|e| m.expr(e)).collect()
}

/// `e` with its children mapped.
pub fn map_expr(e: &Expr, m: &mut dyn Mapper) -> Expr {
    let kind = match &e.kind {
        E::Int(_)
        | E::Float(_)
        | E::Bool(_)
        | E::Local(_)
        | E::Take(..)
        | E::Str(_)
        | E::Bytes(_) => e.kind.clone(),
        E::CopyList(x, s) => E::CopyList(b(m, x), *s),
        E::StrSplit(x, sep, s) => E::StrSplit(b(m, x), sep.as_ref().map(|p| b(m, p)), *s),
        E::StrJoin(x, y, s) => E::StrJoin(b(m, x), b(m, y), *s),
        E::ListMethod(k, args, s) => E::ListMethod(*k, v(m, args), *s),
        E::Slice(x, parts, s) => {
            let x = b(m, x);
            let [p0, p1, p2] = parts;
            let parts = [
                p0.as_ref().map(|p| b(m, p)),
                p1.as_ref().map(|p| b(m, p)),
                p2.as_ref().map(|p| b(m, p)),
            ];
            E::Slice(x, parts, *s)
        }
        E::NegInt(x, s) => E::NegInt(b(m, x), *s),
        E::NegFloat(x) => E::NegFloat(b(m, x)),
        E::InvertInt(x) => E::InvertInt(b(m, x)),
        E::Not(x) => E::Not(b(m, x)),
        E::Int2(op, x, y, s) => E::Int2(*op, b(m, x), b(m, y), *s),
        E::IntExact(op, x, y) => E::IntExact(*op, b(m, x), b(m, y)),
        E::AddToNatural(x, y, s) => E::AddToNatural(b(m, x), b(m, y), *s),
        E::NextRemainder(r, d) => E::NextRemainder(b(m, r), b(m, d)),
        E::IntFits(op, x, y) => E::IntFits(*op, b(m, x), b(m, y)),
        E::Float2(op, x, y, s) => E::Float2(*op, b(m, x), b(m, y), *s),
        E::Bool2(op, x, y) => E::Bool2(*op, b(m, x), b(m, y)),
        E::Compare(c, k, x, y) => E::Compare(*c, *k, b(m, x), b(m, y)),
        E::And(x, y) => E::And(b(m, x), b(m, y)),
        E::Or(x, y) => E::Or(b(m, x), b(m, y)),
        E::Cond(c, x, y) => E::Cond(b(m, c), b(m, x), b(m, y)),
        E::Block(stmts, x) => {
            let stmts = m.stmts(stmts);
            E::Block(stmts, b(m, x))
        }
        E::Convert(c, x, s) => E::Convert(*c, b(m, x), *s),
        E::Abs(x, s) => E::Abs(b(m, x), *s),
        E::Math(f, x, s) => E::Math(*f, b(m, x), *s),
        E::Call(f, args) => E::Call(*f, v(m, args)),
        E::Len(x) => E::Len(b(m, x)),
        E::Index(x, i, s) => E::Index(b(m, x), b(m, i), *s),
        E::ProvedIndex(x, p) => E::ProvedIndex(b(m, x), *p),
        E::ListFn(f, x, s) => E::ListFn(*f, b(m, x), *s),
        E::ListLit(t, items, s) => E::ListLit(t.clone(), v(m, items), *s),
        E::ListRepeat(x, n, s) => E::ListRepeat(b(m, x), b(m, n), *s),
        E::ListTruthy(x) => E::ListTruthy(b(m, x)),
        E::StrConcat(x, y, s) => E::StrConcat(b(m, x), b(m, y), *s),
        E::StrRepeat(x, y, s) => E::StrRepeat(b(m, x), b(m, y), *s),
        E::StrCompare(c, x, y) => E::StrCompare(*c, b(m, x), b(m, y)),
        E::StrLen(x) => E::StrLen(b(m, x)),
        E::StrIndex(x, i, s) => E::StrIndex(b(m, x), b(m, i), *s),
        E::BytesIndex(x, i, s) => E::BytesIndex(b(m, x), b(m, i), *s),
        E::StrContains(x, y) => E::StrContains(b(m, x), b(m, y)),
        E::StrTruthy(x) => E::StrTruthy(b(m, x)),
        E::ToStr(x, s) => E::ToStr(b(m, x), *s),
        E::Format(x, spec, s) => E::Format(b(m, x), spec.clone(), *s),
        E::StrRepr(x, s) => E::StrRepr(b(m, x), *s),
        E::StrFn(f, args, s) => E::StrFn(*f, v(m, args), *s),
        E::BytesFn(f, args, s) => E::BytesFn(*f, v(m, args), *s),
        E::Tuple(items, s) => E::Tuple(v(m, items), *s),
        E::TupleGet(x, i) => E::TupleGet(b(m, x), *i),
    };
    Expr {
        kind,
        ty: e.ty.clone(),
    }
}

/// `s` with its children mapped.
pub fn map_stmt(s: &Stmt, m: &mut dyn Mapper) -> Stmt {
    match s {
        Stmt::Assign(v, e) => Stmt::Assign(*v, m.expr(e)),
        Stmt::SetIndex {
            list,
            index,
            value,
            site,
        } => Stmt::SetIndex {
            list: m.expr(list),
            index: m.expr(index),
            value: m.expr(value),
            site: *site,
        },
        Stmt::Append { list, value, site } => Stmt::Append {
            list: m.expr(list),
            value: m.expr(value),
            site: *site,
        },
        Stmt::Print { items, sep, end } => Stmt::Print {
            items: v(m, items),
            sep: sep.clone(),
            end: end.clone(),
        },
        Stmt::Expr(e) => Stmt::Expr(m.expr(e)),
        Stmt::If {
            cond,
            then,
            otherwise,
        } => Stmt::If {
            cond: m.expr(cond),
            then: m.stmts(then),
            otherwise: m.stmts(otherwise),
        },
        Stmt::While { cond, body } => Stmt::While {
            cond: m.expr(cond),
            body: m.stmts(body),
        },
        Stmt::ForRange {
            var,
            counter,
            stop,
            step,
            body,
        } => Stmt::ForRange {
            var: *var,
            counter: *counter,
            stop: *stop,
            step: step.clone(),
            body: m.stmts(body),
        },
        Stmt::ForList {
            var,
            list,
            index,
            body,
        } => Stmt::ForList {
            var: *var,
            list: m.expr(list),
            index: *index,
            body: m.stmts(body),
        },
        Stmt::Break => Stmt::Break,
        Stmt::Continue => Stmt::Continue,
        Stmt::Return(e) => Stmt::Return(e.as_ref().map(|e| m.expr(e))),
    }
}
