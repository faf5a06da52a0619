//! Tuples: `(a, b)` values, constant indexing, `str()` of a tuple, and unpacking assignments
//! (`a, b = f(x)`, `a, b = b, a + b`, and the swap `m[i], m[j] = m[j], m[i]`).
//!
//! Tuples hold scalars, strings, `bytes` and tuples, never lists: a tuple is then a plain value that can
//! be copied freely, and no list ever has two owners through one.

use super::FnChecker;
use crate::ast::{self, ExprKind as A};
use crate::diagnostic::Diagnostic;
use crate::ir::{self, ExprKind as E, ListMethod, LocalId};
use crate::source::Span;
use crate::types::Type;

impl FnChecker<'_> {
    /// `(a, b, …)`, each item checked against `expected` when the context knows the types.
    pub(super) fn tuple_expr(
        &mut self,
        items: &[ast::Expr],
        expected: Option<&[Type]>,
        span: Span,
    ) -> Option<ir::Expr> {
        let mut values = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let x = match expected.and_then(|t| t.get(i)) {
                Some(t) => self.expr_as(item, t, "the tuple item"),
                None => self.expr_value(item),
            };
            match x {
                Some(x) if x.ty().fits_in_tuple() => values.push(x),
                Some(x) => {
                    self.error(
                        Diagnostic::error(
                            item.span,
                            format!("a tuple cannot hold a {}", x.ty()),
                        )
                        .label("a list")
                        .note("tuples hold numbers, bools, strings, bytes and tuples; a list has one owner, so return it on its own or fill a list parameter"),
                    );
                    ok = false;
                }
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        if values.len() > super::types::MAX_TUPLE {
            self.error(
                Diagnostic::error(
                    span,
                    format!(
                        "not supported in kernels: tuples of more than {} items",
                        super::types::MAX_TUPLE
                    ),
                )
                .label("too many items"),
            );
            return None;
        }
        if values.is_empty() {
            self.error(
                Diagnostic::error(span, "not supported in kernels yet: the empty tuple")
                    .label("empty tuple"),
            );
            return None;
        }
        let ty = Type::Tuple(values.iter().map(ir::Expr::ty).collect());
        let site = self.site(span);
        Some(ir::Expr::new(E::Tuple(values, site), ty))
    }

    /// `t[k]`: the index must be a constant, so that the item's type is known.
    pub(super) fn tuple_index(
        &mut self,
        tuple: ir::Expr,
        index: &ir::Expr,
        index_span: Span,
    ) -> Option<ir::Expr> {
        let items = tuple.ty().tuple_items().map(<[Type]>::to_vec)?;
        let E::Int(k) = index.kind else {
            self.error(
                Diagnostic::error(index_span, "a tuple index must be a constant int")
                    .label("not a constant")
                    .note(
                        "the items of a tuple may have different types; unpack it with `a, b = t`",
                    ),
            );
            return None;
        };
        let n = items.len() as i64;
        let at = if k < 0 { k + n } else { k };
        if !(0..n).contains(&at) {
            self.error(
                Diagnostic::error(
                    index_span,
                    format!("tuple index {k} is out of range for a tuple of {n}"),
                )
                .label("out of range")
                .note("Python would raise IndexError: tuple index out of range"),
            );
            return None;
        }
        let at = at as usize;
        Some(ir::Expr::new(
            E::TupleGet(Box::new(tuple), at),
            items[at].clone(),
        ))
    }

    /// `a == b` (or `!=`) of two tuples: equal lengths and equal items, compared as Python
    /// compares them (`1 == 1.0`); both operands are evaluated once, left first.
    pub(super) fn tuple_equal(
        &mut self,
        negate: bool,
        l: ir::Expr,
        r: ir::Expr,
        span: Span,
    ) -> Option<ir::Expr> {
        let (lt, rt) = (l.ty(), r.ty());
        let (Some(li), Some(ri)) = (lt.tuple_items(), rt.tuple_items()) else {
            return None;
        };
        let (li, ri) = (li.to_vec(), ri.to_vec());
        let (a, b) = (self.temp(lt.clone()), self.temp(rt.clone()));
        let mut all = ir::Expr::new(E::Bool(li.len() == ri.len()), Type::Bool);
        if li.len() == ri.len() {
            for (k, (x, y)) in li.iter().zip(&ri).enumerate() {
                let get = |t: LocalId, ty: &Type, item: &Type| {
                    ir::Expr::new(
                        E::TupleGet(Box::new(ir::Expr::new(E::Local(t), ty.clone())), k),
                        item.clone(),
                    )
                };
                let eq = self.compare(ast::CmpOp::Eq, get(a, &lt, x), get(b, &rt, y), span)?;
                all = if k == 0 {
                    eq
                } else {
                    ir::Expr::new(E::And(Box::new(all), Box::new(eq)), Type::Bool)
                };
            }
        }
        if negate {
            all = ir::Expr::new(E::Not(Box::new(all)), Type::Bool);
        }
        Some(ir::Expr::new(
            E::Block(
                vec![ir::Stmt::Assign(a, l), ir::Stmt::Assign(b, r)],
                Box::new(all),
            ),
            Type::Bool,
        ))
    }

    /// `str(t)`: `(1, 'a', 2.5)`, as Python writes a tuple (items by their `repr`).
    pub(super) fn tuple_str(&mut self, x: ir::Expr, span: Span) -> Option<ir::Expr> {
        let items = x.ty().tuple_items().map(<[Type]>::to_vec)?;
        let site = self.site(span);
        let t = self.temp(x.ty());
        let text = |s: &str| ir::Expr::new(E::Str(s.to_string()), Type::Str);
        let concat = |a: ir::Expr, b: ir::Expr| {
            ir::Expr::new(E::StrConcat(Box::new(a), Box::new(b), site), Type::Str)
        };
        let mut acc = text("(");
        for (i, ty) in items.iter().enumerate() {
            if i > 0 {
                acc = concat(acc, text(", "));
            }
            let item = ir::Expr::new(
                E::TupleGet(Box::new(ir::Expr::new(E::Local(t), x.ty())), i),
                ty.clone(),
            );
            let shown = match ty {
                Type::Str | Type::Bytes => {
                    ir::Expr::new(E::StrRepr(Box::new(item), site), Type::Str)
                }
                _ => self.str_of(item, span)?,
            };
            acc = concat(acc, shown);
        }
        acc = concat(acc, text(if items.len() == 1 { ",)" } else { ")" }));
        Some(ir::Expr::new(
            E::Block(vec![ir::Stmt::Assign(t, x)], Box::new(acc)),
            Type::Str,
        ))
    }

    /// The text of a list whose elements are (or hold) tuples, as Python prints it: built by a
    /// loop over the elements, each shown by its `repr`, so both paths print it alike.
    pub(super) fn list_str(&mut self, x: ir::Expr, span: Span) -> Option<ir::Expr> {
        let ty = x.ty();
        let elem = ty.elem()?.clone();
        let site = self.site(span);
        let text = |s: &str| ir::Expr::new(E::Str(s.to_string()), Type::Str);
        let concat = |a: ir::Expr, b: ir::Expr| {
            ir::Expr::new(E::StrConcat(Box::new(a), Box::new(b), site), Type::Str)
        };
        let mut stmts = Vec::new();
        let list = if x.is_place() {
            self.stable_place(x, &mut stmts)
        } else {
            let t = self.temp(ty.clone());
            stmts.push(ir::Stmt::Assign(t, x));
            ir::Expr::new(E::Local(t), ty)
        };
        let acc = self.temp(Type::Str);
        let index = self.temp(Type::Int);
        let at = ir::Expr::new(E::Local(index), Type::Int);
        let item = ir::Expr::new(
            E::Index(Box::new(list.clone()), Box::new(at.clone()), site),
            elem.clone(),
        );
        let shown = match &elem {
            Type::Str => ir::Expr::new(E::StrRepr(Box::new(item), site), Type::Str),
            Type::List(_) => self.list_str(item, span)?,
            _ => self.str_of(item, span)?,
        };
        let acc_now = || ir::Expr::new(E::Local(acc), Type::Str);
        let body = vec![
            ir::Stmt::If {
                cond: ir::Expr::new(
                    E::Compare(
                        ir::Cmp::Gt,
                        ir::CmpKind::Int,
                        Box::new(at),
                        Box::new(ir::Expr::new(E::Int(0), Type::Int)),
                    ),
                    Type::Bool,
                ),
                then: vec![ir::Stmt::Assign(acc, concat(acc_now(), text(", ")))],
                otherwise: Vec::new(),
            },
            ir::Stmt::Assign(acc, concat(acc_now(), shown)),
        ];
        stmts.push(ir::Stmt::Assign(acc, text("[")));
        stmts.push(ir::Stmt::ForList {
            var: None,
            list,
            index,
            body,
        });
        Some(ir::Expr::new(
            E::Block(stmts, Box::new(concat(acc_now(), text("]")))),
            Type::Str,
        ))
    }

    /// `a, b = value`: the value is evaluated whole first, then the targets are assigned from
    /// left to right, as in Python.
    pub(super) fn unpack(
        &mut self,
        targets: &[ast::Expr],
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<ir::Stmt>,
    ) {
        if let A::Tuple(values) = &value.kind {
            if values.len() != targets.len() {
                self.error(count_mismatch(targets.len(), values.len(), value.span));
                return;
            }
            if let Some(swap) = self.swap(targets, values, span) {
                out.push(swap);
                return;
            }
            // Each value into a fresh variable, then each target from its variable.
            let temps: Vec<ast::Expr> = values
                .iter()
                .map(|v| {
                    let name = self.unpack_temp(v.span);
                    self.assign(&name, None, v, out);
                    name
                })
                .collect();
            for (target, temp) in targets.iter().zip(&temps) {
                self.assign(target, None, temp, out);
            }
            return;
        }
        let whole = self.unpack_temp(value.span);
        self.assign(&whole, None, value, out);
        let A::Name(n) = &whole.kind else { return };
        let Some(&id) = self.names.get(n) else { return };
        if !self.known[id] {
            return; // the value's error is reported
        }
        let ty = self.locals[id].ty.clone();
        let Some(items) = ty.tuple_items() else {
            self.error(
                Diagnostic::error(value.span, format!("cannot unpack a value of type {ty}"))
                    .label("not a tuple")
                    .note("only tuples unpack into several names; index a list instead"),
            );
            return;
        };
        if items.len() != targets.len() {
            self.error(count_mismatch(targets.len(), items.len(), value.span));
            return;
        }
        for (k, target) in targets.iter().enumerate() {
            let item = ast::Expr {
                kind: A::Index(
                    Box::new(whole.clone()),
                    Box::new(ast::Expr {
                        kind: A::Int(k as u64),
                        span: value.span,
                    }),
                ),
                span: value.span,
            };
            self.assign(target, None, &item, out);
        }
    }

    /// A fresh variable (typed by its first assignment) for unpacking, as a name expression.
    pub(super) fn unpack_temp(&mut self, span: Span) -> ast::Expr {
        let name = format!("__unpack{}", self.locals.len());
        self.var(&name);
        ast::Expr {
            kind: A::Name(name),
            span,
        }
    }

    /// The items of a tuple that `for` and `in` treat as a list: those of a tuple literal, or
    /// `t[0], t[1], ...` of a tuple variable (reading a variable twice changes nothing).
    pub(super) fn tuple_items_ast(&self, e: &ast::Expr) -> Option<Vec<ast::Expr>> {
        match &e.kind {
            A::Tuple(items) => Some(items.clone()),
            A::Name(n) => {
                let id = *self.names.get(n)?;
                if self.aliases.contains_key(&id) || !self.known[id] {
                    return None;
                }
                let len = self.locals[id].ty.tuple_items()?.len();
                Some(
                    (0..len)
                        .map(|i| ast::Expr {
                            kind: A::Index(
                                Box::new(e.clone()),
                                Box::new(ast::Expr {
                                    kind: A::Int(i as u64),
                                    span: e.span,
                                }),
                            ),
                            span: e.span,
                        })
                        .collect(),
                )
            }
            _ => None,
        }
    }

    /// `for p in zip(xs, ys)`: the loop unpacks each step's `parts` values into hidden names and
    /// makes the tuple `p` of them.
    pub(super) fn packing_loop(
        &mut self,
        target: &ast::Ident,
        iter: &ast::Expr,
        parts: usize,
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        let names: Vec<ast::Ident> = (0..parts)
            .map(|_| {
                let e = self.unpack_temp(target.span);
                let name = match e.kind {
                    A::Name(n) => n,
                    _ => String::new(),
                };
                ast::Ident {
                    name,
                    span: target.span,
                }
            })
            .collect();
        let values = names
            .iter()
            .map(|n| ast::Expr {
                kind: A::Name(n.name.clone()),
                span: n.span,
            })
            .collect();
        let pack = ast::Stmt {
            kind: ast::StmtKind::Assign {
                target: ast::Expr {
                    kind: A::Name(target.name.clone()),
                    span: target.span,
                },
                annotation: None,
                value: ast::Expr {
                    kind: A::Tuple(values),
                    span: target.span,
                },
            },
            span: target.span,
        };
        let body: Vec<ast::Stmt> = std::iter::once(pack).chain(body.iter().cloned()).collect();
        self.unpacking_loop(&names[0], &names[1..], iter, &body, out);
    }

    /// `for a, b in pairs`: a loop over a sequence of tuples, each unpacked into the names at
    /// the top of its step.
    pub(super) fn tuple_loop(
        &mut self,
        target: &ast::Ident,
        more: &[ast::Ident],
        iter: &ast::Expr,
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        let item = self.unpack_temp(target.span);
        let A::Name(item_name) = &item.kind else {
            return;
        };
        let item_var = ast::Ident {
            name: item_name.clone(),
            span: target.span,
        };
        let names = std::iter::once(target)
            .chain(more)
            .map(|t| ast::Expr {
                kind: A::Name(t.name.clone()),
                span: t.span,
            })
            .collect();
        let span = more.last().map_or(target.span, |t| target.span.to(t.span));
        let unpack = ast::Stmt {
            kind: ast::StmtKind::Assign {
                target: ast::Expr {
                    kind: A::Tuple(names),
                    span,
                },
                annotation: None,
                value: item.clone(),
            },
            span,
        };
        let body: Vec<ast::Stmt> = std::iter::once(unpack)
            .chain(body.iter().cloned())
            .collect();
        self.for_loop(&item_var, iter, &body, None, out);
    }

    /// `xs[i], xs[j] = xs[j], xs[i]` on a list of lists: the rows trade places. (Through
    /// variables, the first row would have two owners for a moment.)
    fn swap(
        &mut self,
        targets: &[ast::Expr],
        values: &[ast::Expr],
        span: Span,
    ) -> Option<ir::Stmt> {
        let [t0, t1] = targets else { return None };
        let [v0, v1] = values else { return None };
        let (A::Index(list, i), A::Index(list1, j)) = (&t0.kind, &t1.kind) else {
            return None;
        };
        if !(same(t0, v1) && same(t1, v0) && same(list, list1) && pure(i) && pure(j)) {
            return None;
        }
        // Scalars swap correctly through variables; only rows need the swap.
        let errors = self.errors.len();
        let rows = self
            .expr_value(list)
            .is_some_and(|x| x.ty().is_nested_list());
        self.errors.truncate(errors);
        if !rows {
            return None;
        }
        let (place, _) = self.writable_place(list)?;
        self.check_iteration_write(&place, t0.span);
        let i = self.int_expr(i, "a list index")?;
        let j = self.int_expr(j, "a list index")?;
        let site = self.site(span);
        Some(ir::Stmt::Expr(ir::Expr {
            kind: E::ListMethod(ListMethod::Swap, vec![place, i, j], site),
            ty: None,
        }))
    }
}

fn count_mismatch(targets: usize, values: usize, span: Span) -> Diagnostic {
    let what = if values > targets {
        "too many values to unpack"
    } else {
        "not enough values to unpack"
    };
    Diagnostic::error(span, format!("{what}: {targets} names, {values} values"))
        .label(format!("{values} values"))
        .note("Python would raise ValueError here")
}

/// The same expression, written the same way (spans aside).
fn same(a: &ast::Expr, b: &ast::Expr) -> bool {
    match (&a.kind, &b.kind) {
        (A::Name(x), A::Name(y)) => x == y,
        (A::Int(x), A::Int(y)) => x == y,
        (A::Index(l, i), A::Index(m, j)) => same(l, m) && same(i, j),
        (A::Binary(o, l, r), A::Binary(p, m, s)) => o == p && same(l, m) && same(r, s),
        (A::Unary(o, x), A::Unary(p, y)) => o == p && same(x, y),
        _ => false,
    }
}

/// An index without effects: evaluating it once or twice is the same.
fn pure(e: &ast::Expr) -> bool {
    match &e.kind {
        A::Name(_) | A::Int(_) => true,
        A::Binary(_, l, r) => pure(l) && pure(r),
        A::Unary(_, x) => pure(x),
        _ => false,
    }
}
