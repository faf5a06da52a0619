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
                collect_target(target, out);
            }
            S::For {
                target, more, body, ..
            } => {
                for t in std::iter::once(target).chain(more) {
                    if !out.iter().any(|i| i.name == t.name) {
                        out.push(t.clone());
                    }
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

/// The names an assignment target binds (`a`, or `a` and `b` in `a, (b, m[i]) = …`).
fn collect_target(target: &ast::Expr, out: &mut Vec<ast::Ident>) {
    match &target.kind {
        A::Name(n) if !out.iter().any(|i| &i.name == n) => out.push(ast::Ident {
            name: n.clone(),
            span: target.span,
        }),
        A::Tuple(items) => {
            for t in items {
                collect_target(t, out);
            }
        }
        _ => {}
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
            S::For {
                target,
                more,
                iter,
                body,
            } => {
                // `for d in (-1, 0, 1)`, `for d in t`: a tuple of like items iterates as a list
                // does.
                let as_list;
                let iter = match self.tuple_items_ast(iter) {
                    Some(items) => {
                        as_list = ast::Expr {
                            kind: A::List(items),
                            span: iter.span,
                        };
                        &as_list
                    }
                    None => iter,
                };
                if more.is_empty() {
                    self.for_loop(target, iter, body, None, out);
                } else {
                    self.unpacking_loop(target, more, iter, body, out);
                }
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
                    let is_param = |id: LocalId| matches!(self.locals[id].role, Role::Param { .. });
                    let shares = match &x.kind {
                        E::Index(..) if x.ty().is_list() => x.root().filter(|&r| is_param(r)),
                        E::Local(id) => self
                            .views
                            .get(id)
                            .and_then(|view| view.roots.iter().copied().find(|&r| is_param(r))),
                        _ => None,
                    };
                    if let Some(p) = shares {
                        let name = self.locals[p].name.clone();
                        self.error(
                            Diagnostic::error(v.span, format!("returning a list inside the parameter `{name}` would share the caller's list"))
                                .label("the caller's list")
                                .note("return a `.copy()`"),
                        );
                        return;
                    }
                    out.push(ir::Stmt::Return(Some(x)));
                }
            }
        }
    }

    /// `target = value` (optionally annotated).
    pub(super) fn assign(
        &mut self,
        target: &ast::Expr,
        annotation: Option<&ast::TypeExpr>,
        value: &ast::Expr,
        out: &mut Vec<ir::Stmt>,
    ) {
        match &target.kind {
            A::Tuple(targets) => {
                if annotation.is_some() {
                    self.error(
                        Diagnostic::error(
                            target.span,
                            "an unpacking assignment cannot be annotated",
                        )
                        .label("remove the annotation"),
                    );
                    return;
                }
                self.unpack(targets, value, target.span, out);
            }
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
                if let Some(d) = self.list_rebinding(id, name, target.span) {
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
                let value_span = value.span;
                let value = match &ty {
                    Some(t) => self.expr_as(value, t, &format!("`{name}`")),
                    None => self.expr_value(value),
                };
                let Some(value) = value else { return };
                let Some(value) = self.bound_list(id, value, value_span) else {
                    return;
                };
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
                let Some((place, elem)) = self.writable_place(list) else {
                    return;
                };
                let value_span = value.span;
                let Some(value) = self.expr_as(value, &elem, "the list element") else {
                    return;
                };
                let Some(value) = self.owned(value, value_span, "into a list") else {
                    return;
                };
                let Some(index) = self.int_expr(index, "a list index") else {
                    return;
                };
                if elem.is_list() {
                    self.check_iteration_write(&place, target.span);
                }
                let site = self.site(target.span);
                out.push(ir::Stmt::SetIndex {
                    list: place,
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

    /// Rejects assignments to a list parameter (the caller's slice cannot be rebound).
    fn list_rebinding(&self, id: LocalId, name: &str, span: Span) -> Option<Diagnostic> {
        if matches!(self.locals[id].role, Role::Param { .. }) && self.locals[id].ty.is_list() {
            return Some(
                Diagnostic::error(
                    span,
                    format!("cannot assign to the parameter list `{name}`"),
                )
                .label("parameter")
                .note("use a new name for the new list"),
            );
        }
        if self.aliases.contains_key(&id) {
            return Some(
                Diagnostic::error(
                    span,
                    format!("cannot assign to `{name}` while it loops over a list of lists"),
                )
                .label("loop variable")
                .note("use a new name"),
            );
        }
        None
    }

    /// The value bound to a list variable: a new list, a variable moved, or (a view) a list
    /// inside another list.
    fn bound_list(&mut self, id: LocalId, value: ir::Expr, span: Span) -> Option<ir::Expr> {
        if !value.ty().is_list() {
            return Some(value);
        }
        if matches!(value.kind, E::Index(..)) {
            self.record_view(id, &value, span);
            return Some(value);
        }
        if let E::Local(other) = value.kind
            && other == id
        {
            return Some(value);
        }
        self.owned(value, span, "into a second name")
    }

    /// A list place that an element assignment or a method writes into, and its element type;
    /// a parameter it starts from is marked written.
    pub(super) fn writable_place(&mut self, list: &ast::Expr) -> Option<(ir::Expr, Type)> {
        let x = self.expr_value(list)?;
        let Some(elem) = x.ty().elem().cloned() else {
            self.error(
                Diagnostic::error(list.span, format!("this is {}, not a list", x.ty()))
                    .label("cannot change elements"),
            );
            return None;
        };
        if !x.is_place() {
            self.error(
                Diagnostic::error(
                    list.span,
                    "only a list variable or an element of one can be changed",
                )
                .label("a new list, changed and dropped")
                .note("assign the list to a variable first"),
            );
            return None;
        }
        if let Some(root) = x.root()
            && matches!(self.locals[root].role, Role::Param { .. })
        {
            self.written_params.insert(root);
        }
        Some((x, elem))
    }

    /// Rejects replacing a list on the path of a list a loop iterates (Python would go on with
    /// the old one).
    pub(super) fn check_iteration_write(&mut self, place: &ir::Expr, span: Span) {
        let hit = self.iterating.iter().any(|it| prefix_of(place, it));
        if hit {
            self.error(
                Diagnostic::error(span, "this replaces a list while a loop goes over it")
                    .label("changes the iterated list")
                    .note("loop over the indices (`for i in range(len(xs))`) to change the list as you go"),
            );
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
                let Some((place, elem)) = self.writable_place(list) else {
                    return;
                };
                if !elem.is_scalar() && !elem.is_str_or_bytes() {
                    self.error(
                        Diagnostic::error(
                            target.span,
                            "augmented assignment to an element that is a list",
                        )
                        .label("a list inside a list")
                        .note("change the inner list with its methods, e.g. `.append(...)`"),
                    );
                    return;
                }
                // Python evaluates the list and the index once, before the right-hand side.
                let place = self.stable_place(place, out);
                let Some(index) = self.int_expr(index, "a list index") else {
                    return;
                };
                let t = self.temp(Type::Int);
                out.push(ir::Stmt::Assign(t, index));
                let site = self.site(target.span);
                let current = ir::Expr::new(
                    E::Index(
                        Box::new(place.clone()),
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
                    list: place,
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
    pub(super) fn loop_variable(&mut self, target: &ast::Ident, ty: &Type) -> Option<LocalId> {
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

    /// `for target in iter:`; with `counter`, also `counter = start + index` at each step
    /// (`for counter, target in enumerate(iter, start)`).
    pub(super) fn for_loop(
        &mut self,
        target: &ast::Ident,
        iter: &ast::Expr,
        body: &[ast::Stmt],
        counter: Option<(&ast::Ident, ir::Expr)>,
        out: &mut Vec<ir::Stmt>,
    ) {
        let call = match &iter.kind {
            A::Call {
                func,
                args,
                keywords,
            } if keywords.is_empty() => self.callee_builtin(func).map(|b| (b, args.as_slice())),
            _ => None,
        };
        match (call, &counter) {
            // `for i in range(...)`.
            (Some((Builtin::Range, _)), Some((c, _))) => {
                self.error(
                    Diagnostic::error(
                        c.span,
                        "not supported in kernels yet: `enumerate` of a range",
                    )
                    .label("counter")
                    .note("the range's own values count already"),
                );
                return;
            }
            (Some((Builtin::Range, args)), None) => {
                self.range_loop(target, iter, args, body, out);
                return;
            }
            (Some((Builtin::Reversed, [arg])), None) => {
                self.reversed_loop(target, arg, body, out);
                return;
            }
            // `for p in zip(xs, ys)` and `for p in enumerate(xs)`: a tuple at each step.
            (Some((Builtin::Enumerate, args)), None) if matches!(args.len(), 1 | 2) => {
                self.packing_loop(target, iter, 2, body, out);
                return;
            }
            (Some((Builtin::Zip, args)), None) if !args.is_empty() => {
                self.packing_loop(target, iter, args.len(), body, out);
                return;
            }
            _ => {}
        }
        let Some(list) = self.expr_value(iter) else {
            return;
        };
        if list.ty().is_str_or_bytes() {
            self.str_loop(target, list, body, counter, out);
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
        if let Some(root) = list.root()
            && let A::Name(_) | A::Index(..) = &iter.kind
            && assigns(body, &self.locals[root].name)
        {
            let n = self.locals[root].name.clone();
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
        let place = if list.is_place() {
            self.stable_place(list, out)
        } else {
            let t = self.temp(list.ty());
            out.push(ir::Stmt::Assign(t, list));
            ir::Expr::new(E::Local(t), self.locals[t].ty.clone())
        };
        let index = self.temp(Type::Int);
        // A loop variable over lists of lists stands for the element in place.
        let var = if elem.is_list() {
            let Some(&id) = self.names.get(&target.name) else {
                return;
            };
            if self.known[id] && self.locals[id].ty != elem
                || matches!(self.locals[id].role, Role::Param { .. })
            {
                self.error(
                    Diagnostic::error(
                        target.span,
                        format!(
                            "`{}` is {} but the loop gives it {elem} values",
                            target.name, self.locals[id].ty
                        ),
                    )
                    .label("type changes"),
                );
                return;
            }
            self.locals[id].ty = elem.clone();
            self.known[id] = true;
            let site = self.site(target.span);
            let element = ir::Expr::new(
                E::Index(
                    Box::new(place.clone()),
                    Box::new(ir::Expr::new(E::Local(index), Type::Int)),
                    site,
                ),
                elem.clone(),
            );
            self.aliases.insert(id, element);
            None
        } else {
            let Some(v) = self.loop_variable(target, &elem) else {
                return;
            };
            Some(v)
        };
        let before = self.assigned.clone();
        if let Some(v) = var {
            self.assigned.insert(v);
        }
        let prefix = self.loop_counter(counter, index);
        self.loops += 1;
        self.iterating.push(place.clone());
        let (body, _) = self.block(body);
        let body = prefix.into_iter().chain(body).collect();
        self.iterating.pop();
        self.loops -= 1;
        self.assigned = before;
        if var.is_none()
            && let Some(&id) = self.names.get(&target.name)
        {
            self.aliases.remove(&id);
        }
        out.push(ir::Stmt::ForList {
            var,
            list: place,
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

impl FnChecker<'_> {
    /// The same place with every index evaluated once, in order, into a temporary (so the place
    /// can be read and written again, or looped over).
    pub(super) fn stable_place(&mut self, place: ir::Expr, out: &mut Vec<ir::Stmt>) -> ir::Expr {
        let ty = place.ty();
        match place.kind {
            E::Index(list, index, site) => {
                let list = self.stable_place(*list, out);
                let index = match index.kind {
                    E::Int(_) | E::Local(_) => *index,
                    _ => {
                        let t = self.temp(Type::Int);
                        out.push(ir::Stmt::Assign(t, *index));
                        ir::Expr::new(E::Local(t), Type::Int)
                    }
                };
                ir::Expr::new(E::Index(Box::new(list), Box::new(index), site), ty)
            }
            kind => ir::Expr { kind, ty: Some(ty) },
        }
    }
}

/// Can evaluating `e` change a list or print (a call, a list method, statements)?
fn has_effects(e: &ir::Expr) -> bool {
    let mut effects = false;
    ir::walk_expr(e, &mut |n| {
        if let ir::Node::Expr(x) = n
            && matches!(x.kind, E::Call(..) | E::ListMethod(..) | E::Block(..))
        {
            effects = true;
        }
    });
    effects
}

/// Values `print` writes: scalars, strings and lists of them, at any depth.
fn printable(ty: &Type) -> bool {
    match ty {
        Type::List(e) => printable(e),
        _ => true,
    }
}

/// Is `place` the list `it`, or a list on the path to it (`m` for `m[i]`)?
fn prefix_of(place: &ir::Expr, it: &ir::Expr) -> bool {
    if place == it {
        return true;
    }
    match &it.kind {
        E::Index(inner, _, _) => prefix_of(place, inner),
        _ => false,
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
            if ty.tuple_items().is_some() || ty.holds_tuples() || ty == Type::Bytes {
                // Printed as `str()` makes them.
                items.extend(self.str_of(x, a.span));
            } else if printable(&ty) {
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
        // Python evaluates every argument before it writes any: a list is shown as the later
        // arguments left it (`print(xs, xs.pop())`). Places are read when the line is written,
        // so every other argument is evaluated first, in order, into a variable.
        let items = if items.iter().any(has_effects)
            && items.iter().any(|x| x.is_place() && x.ty().is_list())
        {
            items
                .into_iter()
                .map(|x| {
                    if x.is_place() || !has_effects(&x) {
                        return x;
                    }
                    let ty = x.ty();
                    let t = self.temp(ty.clone());
                    out.push(ir::Stmt::Assign(t, x));
                    ir::Expr::new(E::Local(t), ty)
                })
                .collect()
        } else {
            items
        };
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
    /// `for c in s`: a loop over the indices of a snapshot of `s` (strings and `bytes` are
    /// immutable), each step binding the one-character string (the int of a `bytes`) there.
    fn str_loop(
        &mut self,
        target: &ast::Ident,
        text: ir::Expr,
        body: &[ast::Stmt],
        enumerate: Option<(&ast::Ident, ir::Expr)>,
        out: &mut Vec<ir::Stmt>,
    ) {
        let seq = text.ty();
        let s = self.temp(seq.clone());
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
            E::StrLen(Box::new(ir::Expr::new(E::Local(s), seq.clone()))),
            Type::Int,
        );
        out.push(ir::Stmt::Assign(stop, len));
        let item = if seq == Type::Bytes {
            Type::Int
        } else {
            Type::Str
        };
        let Some(var) = self.loop_variable(target, &item) else {
            return;
        };
        let site = self.site(target.span);
        let before = self.assigned.clone();
        self.assigned.insert(var);
        let prefix = self.loop_counter(enumerate, index);
        self.loops += 1;
        let (inner, _) = self.block(body);
        let inner: Vec<ir::Stmt> = prefix.into_iter().chain(inner).collect();
        self.loops -= 1;
        self.assigned = before;
        let (text, at) = (
            Box::new(ir::Expr::new(E::Local(s), seq.clone())),
            Box::new(ir::Expr::new(E::Local(index), Type::Int)),
        );
        let value = if seq == Type::Bytes {
            E::BytesIndex(text, at, site)
        } else {
            E::StrIndex(text, at, site)
        };
        let mut steps = vec![ir::Stmt::Assign(var, ir::Expr::new(value, item))];
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
