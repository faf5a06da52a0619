//! Statements: assignment with first-assignment typing, definite assignment, loops.

use super::FnChecker;
use crate::ast::{self, ExprKind as A, StmtKind as S};
use crate::diagnostic::Diagnostic;
use crate::ir::{self, ExprKind as E, LocalId, Role, Step};
use crate::source::Span;
use crate::types::Type;
use crate::vocabulary::Builtin;

/// Every name a body assigns (targets, augmented targets, loop variables), first occurrence first.
pub fn collect_assigned(body: &[ast::Stmt], out: &mut Vec<ast::Ident>) {
    for s in body {
        match &s.kind {
            S::Assign { target, .. } | S::AugAssign { target, .. } => {
                if let A::Name(n) = &target.kind
                    && !out.iter().any(|i| &i.name == n)
                {
                    out.push(ast::Ident {
                        name: n.clone(),
                        span: target.span,
                    });
                }
            }
            S::For { target, body, .. } => {
                if !out.iter().any(|i| i.name == target.name) {
                    out.push(target.clone());
                }
                collect_assigned(body, out);
            }
            S::If {
                then, otherwise, ..
            } => {
                collect_assigned(then, out);
                collect_assigned(otherwise, out);
            }
            S::While { body, .. } => collect_assigned(body, out),
            _ => {}
        }
    }
}

/// Does a body assign the name `name` (directly, not through an index)?
fn assigns(body: &[ast::Stmt], name: &str) -> bool {
    let mut names = Vec::new();
    collect_assigned(body, &mut names);
    names.iter().any(|i| i.name == name)
}

impl FnChecker<'_> {
    /// Checks a block. Returns the statements and whether the block never falls through.
    pub(super) fn block(&mut self, body: &[ast::Stmt]) -> (Vec<ir::Stmt>, bool) {
        let mut out = Vec::new();
        let mut diverges = false;
        for s in body {
            if diverges {
                // Unreachable code is still checked, but cannot make anything assigned.
                let saved = self.assigned.clone();
                self.statement(s, &mut Vec::new());
                self.assigned = saved;
                continue;
            }
            diverges = self.statement(s, &mut out);
        }
        (out, diverges)
    }

    /// Checks a statement into `out`; true when it never falls through.
    fn statement(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) -> bool {
        match &s.kind {
            S::Pass => false,
            S::Expr(e) => {
                if matches!(e.kind, A::Str(_)) {
                    return false; // a docstring
                }
                if let A::Call {
                    func,
                    args,
                    keywords,
                } = &e.kind
                    && self.callee_builtin(func) == Some(Builtin::Print)
                {
                    self.print(args, keywords, out);
                    return false;
                }
                if let A::Call {
                    func,
                    args,
                    keywords,
                } = &e.kind
                    && keywords.is_empty()
                    && let A::Attribute(obj, method) = &func.kind
                    && let Some(stmt) = self.method_statement(obj, method, args, e.span)
                {
                    out.extend(stmt);
                    return false;
                }
                if let Some(x) = self.expr_any(e) {
                    out.push(ir::Stmt::Expr(x));
                }
                false
            }
            S::Assign {
                target,
                annotation,
                value,
            } => {
                self.assign(target, annotation.as_ref(), value, out);
                false
            }
            S::AugAssign { target, op, value } => {
                self.aug_assign(target, ast::BinOp::from_aug(*op), value, s.span, out);
                false
            }
            S::If {
                cond,
                then,
                otherwise,
            } => {
                let cond = self.condition(cond);
                let before = self.assigned.clone();
                let (then, then_div) = self.block(then);
                let after_then = std::mem::replace(&mut self.assigned, before);
                let (otherwise, else_div) = self.block(otherwise);
                let after_else = std::mem::take(&mut self.assigned);
                self.assigned = match (then_div, else_div) {
                    (true, true) => after_then.union(&after_else).copied().collect(),
                    (true, false) => after_else,
                    (false, true) => after_then,
                    (false, false) => after_then.intersection(&after_else).copied().collect(),
                };
                if let Some(cond) = cond {
                    out.push(ir::Stmt::If {
                        cond,
                        then,
                        otherwise,
                    });
                }
                then_div && else_div
            }
            S::While { cond, body } => {
                let forever = matches!(cond.kind, A::Bool(true));
                let cond = self.condition(cond);
                let before = self.assigned.clone();
                self.loops += 1;
                let (body_ir, _) = self.block(body);
                self.loops -= 1;
                self.assigned = before;
                if let Some(cond) = cond {
                    out.push(ir::Stmt::While {
                        cond,
                        body: body_ir,
                    });
                }
                forever && !has_break(body)
            }
            S::For { target, iter, body } => {
                self.for_loop(target, iter, body, out);
                false
            }
            S::Break | S::Continue => {
                if self.loops == 0 {
                    let word = if s.kind == S::Break {
                        "break"
                    } else {
                        "continue"
                    };
                    self.error(
                        Diagnostic::error(s.span, format!("`{word}` outside a loop"))
                            .label("not inside `for` or `while`"),
                    );
                }
                out.push(if s.kind == S::Break {
                    ir::Stmt::Break
                } else {
                    ir::Stmt::Continue
                });
                true
            }
            S::Return(value) => {
                self.return_stmt(value.as_ref(), s.span, out);
                true
            }
        }
    }

    fn return_stmt(&mut self, value: Option<&ast::Expr>, span: Span, out: &mut Vec<ir::Stmt>) {
        let result = self.signatures[self.this].result.clone();
        match (value, result) {
            (None, None) => out.push(ir::Stmt::Return(None)),
            (Some(v), None) => {
                self.error(
                    Diagnostic::error(v.span, "this function has no result type")
                        .label("value returned")
                        .note("annotate the result after the parameters, e.g. `-> int`"),
                );
            }
            (None, Some(t)) => {
                self.error(
                    Diagnostic::error(span, format!("missing return value of type {t}"))
                        .label("returns nothing"),
                );
            }
            (Some(v), Some(t)) => {
                if let ast::ExprKind::Name(n) = &v.kind
                    && let Some(&id) = self.names.get(n)
                    && self.locals[id].ty.elem().is_some()
                    && matches!(self.locals[id].role, Role::Param { .. })
                {
                    self.error(
                                Diagnostic::error(v.span, format!("cannot return the parameter list `{n}`"))
                                    .label("the caller's list")
                                    .note("returning it would share the caller's list; build a new list and return that"),
                            );
                    return;
                }
                let what = format!("the result of `{}`", self.signatures[self.this].name);
                if let Some(x) = self.expr_as(v, &t, &what) {
                    out.push(ir::Stmt::Return(Some(x)));
                }
            }
        }
    }

    /// `target = value` (optionally annotated).
    fn assign(
        &mut self,
        target: &ast::Expr,
        annotation: Option<&ast::TypeExpr>,
        value: &ast::Expr,
        out: &mut Vec<ir::Stmt>,
    ) {
        match &target.kind {
            A::Name(name) => {
                let Some(&id) = self.names.get(name) else {
                    return;
                };
                let declared =
                    annotation.and_then(|a| match super::types::resolve(a, self.lexicon) {
                        Ok(t) => Some(t),
                        Err(d) => {
                            self.error(d);
                            None
                        }
                    });
                if let Some(d) = self.list_rebinding(id, name, value, target.span) {
                    self.error(d);
                    return;
                }
                // A list still waiting for its first append takes the type of a new value.
                let known = self.known[id] && !self.pending.contains(&id);
                if !known
                    && declared.is_none()
                    && matches!(&value.kind, A::List(items) if items.is_empty())
                {
                    // The element type comes from the first `append` (see `pending`).
                    let site = self.site(value.span);
                    self.locals[id].ty = Type::list(Type::Int);
                    self.known[id] = true;
                    self.pending.insert(id);
                    self.assigned.insert(id);
                    out.push(ir::Stmt::Assign(
                        id,
                        ir::Expr::new(
                            E::ListLit(Type::Int, Vec::new(), site),
                            Type::list(Type::Int),
                        ),
                    ));
                    return;
                }
                let ty = match (known, declared) {
                    (true, Some(d)) if d != self.locals[id].ty => {
                        self.error(
                            Diagnostic::error(
                                target.span,
                                format!(
                                    "`{name}` is {} but is annotated {d} here",
                                    self.locals[id].ty
                                ),
                            )
                            .label("conflicting annotation"),
                        );
                        return;
                    }
                    (true, _) => Some(self.locals[id].ty.clone()),
                    (false, d) => d,
                };
                let value = match &ty {
                    Some(t) => self.expr_as(value, t, &format!("`{name}`")),
                    None => self.expr_value(value),
                };
                let Some(value) = value else { return };
                if !known {
                    self.locals[id].ty = value.ty();
                    self.known[id] = true;
                    self.pending.remove(&id);
                }
                self.assigned.insert(id);
                out.push(ir::Stmt::Assign(id, value));
            }
            A::Index(list, index) => {
                if annotation.is_some() {
                    self.error(
                        Diagnostic::error(target.span, "an element assignment cannot be annotated")
                            .label("remove the annotation"),
                    );
                }
                let Some((list_id, elem)) = self.writable_list(list) else {
                    return;
                };
                let Some(value) = self.expr_as(value, &elem, "the list element") else {
                    return;
                };
                let Some(index) = self.int_expr(index, "a list index") else {
                    return;
                };
                let site = self.site(target.span);
                out.push(ir::Stmt::SetIndex {
                    list: list_id,
                    index,
                    value,
                    site,
                });
            }
            A::Attribute(..) => self.error(
                Diagnostic::error(
                    target.span,
                    "not supported in kernels yet: attribute assignment",
                )
                .label("attribute"),
            ),
            _ => self.error(
                Diagnostic::error(target.span, "cannot assign to this expression")
                    .label("not a variable or a list element"),
            ),
        }
    }

    /// Rejects assignments that would share a list between two names (Python aliasing).
    fn list_rebinding(
        &self,
        id: LocalId,
        name: &str,
        value: &ast::Expr,
        span: Span,
    ) -> Option<Diagnostic> {
        if matches!(self.locals[id].role, Role::Param { .. }) && self.locals[id].ty.elem().is_some()
        {
            return Some(
                Diagnostic::error(
                    span,
                    format!("cannot assign to the parameter list `{name}`"),
                )
                .label("parameter")
                .note("use a new name for the new list"),
            );
        }
        if let A::Name(other) = &value.kind
            && let Some(&oid) = self.names.get(other)
            && self.locals[oid].ty.elem().is_some()
            && self.known[oid]
        {
            return Some(
                        Diagnostic::error(value.span, format!("`{name} = {other}` would share one list between two names"))
                            .label("list shared")
                            .note("kernels keep one name per list; build a new list with a loop (copying comes later)"),
                    );
        }
        None
    }

    /// A list local or parameter that an element assignment writes into.
    fn writable_list(&mut self, list: &ast::Expr) -> Option<(LocalId, Type)> {
        let A::Name(n) = &list.kind else {
            self.error(
                Diagnostic::error(list.span, "only a list variable can be assigned into")
                    .label("not a variable"),
            );
            return None;
        };
        let x = self.expr_value(list)?;
        let E::Local(id) = x.kind else { return None };
        match x.ty().elem() {
            Some(e) => {
                if matches!(self.locals[id].role, Role::Param { .. }) {
                    self.written_params.insert(id);
                }
                Some((id, e.clone()))
            }
            None => {
                self.error(
                    Diagnostic::error(list.span, format!("`{n}` is {}, not a list", x.ty()))
                        .label("cannot index"),
                );
                None
            }
        }
    }

    fn aug_assign(
        &mut self,
        target: &ast::Expr,
        op: ast::BinOp,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<ir::Stmt>,
    ) {
        match &target.kind {
            A::Name(name) => {
                let Some(current) = self.expr_value(target) else {
                    return;
                };
                let E::Local(id) = current.kind else { return };
                let Some(rhs) = self.expr_value(value) else {
                    return;
                };
                let Some(result) = self.binary(op, current, rhs, span) else {
                    return;
                };
                let ty = self.locals[id].ty.clone();
                let Some(result) = self.coerce(result, &ty, target.span, &format!("`{name}`"))
                else {
                    return;
                };
                out.push(ir::Stmt::Assign(id, result));
            }
            A::Index(list, index) => {
                let Some((list_id, elem)) = self.writable_list(list) else {
                    return;
                };
                // Python evaluates the index once, before the right-hand side.
                let Some(index) = self.int_expr(index, "a list index") else {
                    return;
                };
                let t = self.temp(Type::Int);
                out.push(ir::Stmt::Assign(t, index));
                let site = self.site(target.span);
                let list_ty = self.locals[list_id].ty.clone();
                let current = ir::Expr::new(
                    E::Index(
                        Box::new(ir::Expr::new(E::Local(list_id), list_ty)),
                        Box::new(ir::Expr::new(E::Local(t), Type::Int)),
                        site,
                    ),
                    elem.clone(),
                );
                let Some(rhs) = self.expr_value(value) else {
                    return;
                };
                let Some(result) = self.binary(op, current, rhs, span) else {
                    return;
                };
                let Some(result) = self.coerce(result, &elem, target.span, "the list element")
                else {
                    return;
                };
                out.push(ir::Stmt::SetIndex {
                    list: list_id,
                    index: ir::Expr::new(E::Local(t), Type::Int),
                    value: result,
                    site,
                });
            }
            _ => self.error(
                Diagnostic::error(target.span, "cannot assign to this expression")
                    .label("not a variable or a list element"),
            ),
        }
    }

    /// Declares (or checks) the loop variable's type and marks it assigned inside the loop.
    fn loop_variable(&mut self, target: &ast::Ident, ty: &Type) -> Option<LocalId> {
        let id = *self.names.get(&target.name)?;
        if matches!(self.locals[id].role, Role::Param { .. }) && ty.elem().is_some() {
            return None;
        }
        if self.known[id] && &self.locals[id].ty != ty {
            self.error(
                Diagnostic::error(
                    target.span,
                    format!(
                        "`{}` is {} but the loop gives it {ty} values",
                        target.name, self.locals[id].ty
                    ),
                )
                .label("type changes"),
            );
            return None;
        }
        self.locals[id].ty = ty.clone();
        self.known[id] = true;
        Some(id)
    }

    fn for_loop(
        &mut self,
        target: &ast::Ident,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        // `for i in range(...)`.
        if let A::Call {
            func,
            args,
            keywords,
        } = &iter.kind
            && keywords.is_empty()
            && self.callee_builtin(func) == Some(Builtin::Range)
        {
            self.range_loop(target, iter, args, body, out);
            return;
        }
        let Some(list) = self.expr_value(iter) else {
            return;
        };
        if list.ty() == Type::Str {
            self.str_loop(target, list, body, out);
            return;
        }
        let Some(elem) = list.ty().elem().cloned() else {
            self.error(
                Diagnostic::error(iter.span, format!("cannot loop over {}", list.ty()))
                    .label("not a list or a range")
                    .note("loop over `range(n)` or over a list"),
            );
            return;
        };
        let list_id = match list.kind {
            E::Local(id) => {
                if let A::Name(n) = &iter.kind
                    && assigns(body, n)
                {
                    self.error(
                        Diagnostic::error(
                            iter.span,
                            format!("the loop assigns `{n}` while looping over it"),
                        )
                        .label("list being iterated")
                        .note("use another name for the new list"),
                    );
                    return;
                }
                id
            }
            _ => {
                let t = self.temp(list.ty());
                out.push(ir::Stmt::Assign(t, list));
                t
            }
        };
        let Some(var) = self.loop_variable(target, &elem) else {
            return;
        };
        let index = self.temp(Type::Int);
        let before = self.assigned.clone();
        self.assigned.insert(var);
        self.loops += 1;
        let (body, _) = self.block(body);
        self.loops -= 1;
        self.assigned = before;
        out.push(ir::Stmt::ForList {
            var,
            list: list_id,
            index,
            body,
        });
    }

    fn range_loop(
        &mut self,
        target: &ast::Ident,
        call: &ast::Expr,
        args: &[ast::Expr],
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        if args.is_empty() || args.len() > 3 {
            self.error(
                Diagnostic::error(
                    call.span,
                    format!("range() takes 1 to 3 arguments, {} given", args.len()),
                )
                .label("wrong number of arguments"),
            );
            return;
        }
        let counter = self.temp(Type::Int);
        let stop = self.temp(Type::Int);
        let (start_e, stop_e) = if args.len() == 1 {
            (None, &args[0])
        } else {
            (Some(&args[0]), &args[1])
        };
        let start = match start_e {
            Some(e) => self.int_expr(e, "a range bound"),
            None => Some(ir::Expr::new(E::Int(0), Type::Int)),
        };
        let stop_x = self.int_expr(stop_e, "a range bound");
        let mut step_value = None;
        let step = match args.get(2) {
            None => Some(Step::Const(1)),
            Some(e) => match self.int_expr(e, "a range step") {
                Some(ir::Expr {
                    kind: E::Int(0), ..
                }) => {
                    self.error(
                        Diagnostic::error(e.span, "range() step must not be zero")
                            .label("zero step"),
                    );
                    None
                }
                Some(ir::Expr {
                    kind: E::Int(k), ..
                }) => Some(Step::Const(k)),
                Some(x) => {
                    let t = self.temp(Type::Int);
                    let site = self.site(e.span);
                    step_value = Some((t, x));
                    Some(Step::Local(t, site))
                }
                None => None,
            },
        };
        let (Some(start), Some(stop_x), Some(step)) = (start, stop_x, step) else {
            return;
        };
        out.push(ir::Stmt::Assign(counter, start));
        out.push(ir::Stmt::Assign(stop, stop_x));
        if let Some((t, x)) = step_value {
            out.push(ir::Stmt::Assign(t, x));
        }
        let Some(var) = self.loop_variable(target, &Type::Int) else {
            return;
        };
        let before = self.assigned.clone();
        self.assigned.insert(var);
        self.loops += 1;
        let (body, _) = self.block(body);
        self.loops -= 1;
        self.assigned = before;
        out.push(ir::Stmt::ForRange {
            var,
            counter,
            stop,
            step,
            body,
        });
    }
}

/// Does a loop body contain a `break` for this loop (not one of an inner loop)?
fn has_break(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        S::Break => true,
        S::If {
            then, otherwise, ..
        } => has_break(then) || has_break(otherwise),
        _ => false,
    })
}

impl FnChecker<'_> {
    /// `print(…)` as a statement.
    fn print(
        &mut self,
        args: &[ast::Expr],
        keywords: &[(ast::Ident, ast::Expr)],
        out: &mut Vec<ir::Stmt>,
    ) {
        let mut items = Vec::new();
        for a in args {
            let Some(x) = self.expr_value(a) else {
                continue;
            };
            let ty = x.ty();
            if ty.is_scalar() || ty == Type::Str || ty.elem().is_some_and(Type::is_scalar) {
                items.push(x);
            } else {
                self.error(
                    Diagnostic::error(a.span, format!("cannot print a value of type {ty}"))
                        .label("not printable"),
                );
            }
        }
        let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
        for (name, value) in keywords {
            let slot = match name.name.as_str() {
                "sep" => &mut sep,
                "end" => &mut end,
                other => {
                    self.error(
                        Diagnostic::error(
                            name.span,
                            format!("`print` has no keyword argument `{other}`"),
                        )
                        .label("unknown keyword argument")
                        .note("`print` takes `sep=` and `end=`"),
                    );
                    continue;
                }
            };
            match &value.kind {
                A::Str(text) => *slot = text.clone(),
                _ => self.error(
                    Diagnostic::error(
                        value.span,
                        format!(
                            "not supported in kernels yet: `{}=` other than a string literal",
                            name.name
                        ),
                    )
                    .label("not a string literal"),
                ),
            }
        }
        out.push(ir::Stmt::Print { items, sep, end });
    }
}

/// Gives each `x = []` the list type its local ended with (the first `append` decides it).
pub(super) fn retype_empty_lists(stmts: &mut [ir::Stmt], ty_of: &dyn Fn(LocalId) -> Type) {
    for s in stmts {
        match s {
            ir::Stmt::Assign(id, value) => {
                if let E::ListLit(elem, items, _) = &mut value.kind
                    && items.is_empty()
                {
                    let ty = ty_of(*id);
                    if let Some(e) = ty.elem() {
                        *elem = e.clone();
                        value.ty = Some(ty);
                    }
                }
            }
            ir::Stmt::If {
                then, otherwise, ..
            } => {
                retype_empty_lists(then, ty_of);
                retype_empty_lists(otherwise, ty_of);
            }
            ir::Stmt::While { body, .. }
            | ir::Stmt::ForRange { body, .. }
            | ir::Stmt::ForList { body, .. } => retype_empty_lists(body, ty_of),
            _ => {}
        }
    }
}

impl FnChecker<'_> {
    /// `for c in s`: a loop over the indices of a snapshot of `s` (strings are immutable), each
    /// step binding the one-character string there.
    fn str_loop(
        &mut self,
        target: &ast::Ident,
        text: ir::Expr,
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        let s = self.temp(Type::Str);
        let (index, counter, stop) = (
            self.temp(Type::Int),
            self.temp(Type::Int),
            self.temp(Type::Int),
        );
        out.push(ir::Stmt::Assign(s, text));
        out.push(ir::Stmt::Assign(
            counter,
            ir::Expr::new(E::Int(0), Type::Int),
        ));
        let len = ir::Expr::new(
            E::StrLen(Box::new(ir::Expr::new(E::Local(s), Type::Str))),
            Type::Int,
        );
        out.push(ir::Stmt::Assign(stop, len));
        let Some(var) = self.loop_variable(target, &Type::Str) else {
            return;
        };
        let site = self.site(target.span);
        let before = self.assigned.clone();
        self.assigned.insert(var);
        self.loops += 1;
        let (inner, _) = self.block(body);
        self.loops -= 1;
        self.assigned = before;
        let mut steps = vec![ir::Stmt::Assign(
            var,
            ir::Expr::new(
                E::StrIndex(
                    Box::new(ir::Expr::new(E::Local(s), Type::Str)),
                    Box::new(ir::Expr::new(E::Local(index), Type::Int)),
                    site,
                ),
                Type::Str,
            ),
        )];
        steps.extend(inner);
        out.push(ir::Stmt::ForRange {
            var: index,
            counter,
            stop,
            step: Step::Const(1),
            body: steps,
        });
    }
}
