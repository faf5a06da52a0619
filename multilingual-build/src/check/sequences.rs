//! Loops and expressions over sequences beyond `for x in xs`: `enumerate`, `zip`, `reversed`,
//! list comprehensions and slices. Each is lowered to the loops and indexing the back ends
//! already know.

use super::FnChecker;
use crate::ast::{self, ExprKind as A, StmtKind as S};
use crate::diagnostic::Diagnostic;
use crate::ir::{self, ExprKind as E, LocalId, Role, Step};
use crate::source::Span;
use crate::types::Type;
use crate::vocabulary::Builtin;

impl FnChecker<'_> {
    /// The statement that sets an `enumerate` counter at the top of each step.
    pub(super) fn loop_counter(
        &mut self,
        counter: Option<(&ast::Ident, ir::Expr)>,
        index: LocalId,
    ) -> Option<ir::Stmt> {
        let (name, start) = counter?;
        let var = self.loop_variable(name, &Type::Int)?;
        self.assigned.insert(var);
        let i = ir::Expr::new(E::Local(index), Type::Int);
        let value = match start.kind {
            E::Int(0) => i,
            _ => {
                let site = self.site(name.span);
                ir::Expr::new(
                    E::Int2(ir::IntOp::Add, Box::new(i), Box::new(start), site),
                    Type::Int,
                )
            }
        };
        Some(ir::Stmt::Assign(var, value))
    }

    /// `for i, x in enumerate(xs[, start])`, `for a, b in zip(xs, ys)` and `for a, b in pairs`.
    pub(super) fn unpacking_loop(
        &mut self,
        target: &ast::Ident,
        more: &[ast::Ident],
        iter: &ast::Expr,
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        let call = match &iter.kind {
            A::Call {
                func,
                args,
                keywords,
            } if keywords.is_empty() => self.callee_builtin(func).map(|b| (b, args)),
            _ => None,
        };
        match (call, more) {
            (Some((Builtin::Enumerate, args)), [value]) if matches!(args.len(), 1 | 2) => {
                let start = match args.get(1) {
                    Some(e) => match self.int_expr(e, "the start of `enumerate`") {
                        Some(x) if matches!(x.kind, E::Int(_)) => x,
                        Some(x) => {
                            let t = self.temp(Type::Int);
                            out.push(ir::Stmt::Assign(t, x));
                            ir::Expr::new(E::Local(t), Type::Int)
                        }
                        None => return,
                    },
                    None => ir::Expr::new(E::Int(0), Type::Int),
                };
                self.for_loop(value, &args[0], body, Some((target, start)), out);
            }
            (Some((Builtin::Zip, args)), _) if args.len() == more.len() + 1 => {
                let targets: Vec<&ast::Ident> = std::iter::once(target).chain(more).collect();
                self.zip_loop(&targets, args, body, out);
            }
            _ => self.tuple_loop(target, more, iter, body, out),
        }
    }

    /// A sequence to index: a list place, or a string or `bytes` held in a temporary.
    fn sequence(&mut self, e: &ast::Expr, out: &mut Vec<ir::Stmt>) -> Option<ir::Expr> {
        let x = self.expr_value(e)?;
        let ty = x.ty();
        if !ty.is_str_or_bytes() && !ty.is_list() {
            self.error(
                Diagnostic::error(e.span, format!("cannot loop over {ty}"))
                    .label("not a list, a string or bytes"),
            );
            return None;
        }
        Some(if x.is_place() {
            self.stable_place(x, out)
        } else {
            let t = self.temp(ty.clone());
            out.push(ir::Stmt::Assign(t, x));
            ir::Expr::new(E::Local(t), ty)
        })
    }

    /// The length of a sequence.
    fn seq_len(seq: &ir::Expr) -> ir::Expr {
        let kind = if seq.ty().is_str_or_bytes() {
            E::StrLen(Box::new(seq.clone()))
        } else {
            E::Len(Box::new(seq.clone()))
        };
        ir::Expr::new(kind, Type::Int)
    }

    /// Binds `target` to `seq[index]` for the body: a string or scalar (the int of a `bytes`) is
    /// assigned at the top of each step, a list inside a list stands for the element in place.
    fn bind_item(
        &mut self,
        target: &ast::Ident,
        seq: &ir::Expr,
        index: LocalId,
        prefix: &mut Vec<ir::Stmt>,
    ) -> Option<()> {
        let site = self.site(target.span);
        let i = Box::new(ir::Expr::new(E::Local(index), Type::Int));
        let (item, ty) = if seq.ty() == Type::Str {
            (E::StrIndex(Box::new(seq.clone()), i, site), Type::Str)
        } else if seq.ty() == Type::Bytes {
            (E::BytesIndex(Box::new(seq.clone()), i, site), Type::Int)
        } else {
            let elem = seq.ty().elem().cloned().unwrap_or(Type::Int);
            (E::Index(Box::new(seq.clone()), i, site), elem)
        };
        let item = ir::Expr::new(item, ty.clone());
        if ty.is_list() {
            let id = *self.names.get(&target.name)?;
            if matches!(self.locals[id].role, Role::Param { .. })
                || (self.known[id] && self.locals[id].ty != ty)
            {
                self.error(
                    Diagnostic::error(
                        target.span,
                        format!("`{}` cannot take {ty} values here", target.name),
                    )
                    .label("type changes"),
                );
                return None;
            }
            self.locals[id].ty = ty;
            self.known[id] = true;
            self.aliases.insert(id, item);
        } else {
            let var = self.loop_variable(target, &ty)?;
            self.assigned.insert(var);
            prefix.push(ir::Stmt::Assign(var, item));
        }
        Some(())
    }

    /// `for a, b in zip(xs, ys)`: a loop over the indices the sequences share.
    fn zip_loop(
        &mut self,
        targets: &[&ast::Ident],
        args: &[ast::Expr],
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        let mut seqs = Vec::new();
        for a in args {
            let Some(seq) = self.sequence(a, out) else {
                return;
            };
            seqs.push(seq);
        }
        let mut len = Self::seq_len(&seqs[0]);
        for s in &seqs[1..] {
            let t = self.temp(Type::Int);
            let shorter = ir::Expr::new(
                E::Compare(
                    ir::Cmp::Lt,
                    ir::CmpKind::Int,
                    Box::new(ir::Expr::new(E::Local(t), Type::Int)),
                    Box::new(len.clone()),
                ),
                Type::Bool,
            );
            let min = ir::Expr::new(
                E::Cond(
                    Box::new(shorter),
                    Box::new(ir::Expr::new(E::Local(t), Type::Int)),
                    Box::new(len),
                ),
                Type::Int,
            );
            len = ir::Expr::new(
                E::Block(vec![ir::Stmt::Assign(t, Self::seq_len(s))], Box::new(min)),
                Type::Int,
            );
        }
        let start = ir::Expr::new(E::Int(0), Type::Int);
        self.index_loop(targets, &seqs, (start, len, 1), body, out);
    }

    /// `for x in reversed(xs)`: a loop over the indices from the last to the first.
    pub(super) fn reversed_loop(
        &mut self,
        target: &ast::Ident,
        arg: &ast::Expr,
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        let Some(seq) = self.sequence(arg, out) else {
            return;
        };
        let site = self.site(arg.span);
        let last = ir::Expr::new(
            E::Int2(
                ir::IntOp::Sub,
                Box::new(Self::seq_len(&seq)),
                Box::new(ir::Expr::new(E::Int(1), Type::Int)),
                site,
            ),
            Type::Int,
        );
        let stop = ir::Expr::new(E::Int(-1), Type::Int);
        self.index_loop(&[target], &[seq], (last, stop, -1), body, out);
    }

    /// A range loop over the indices `(start, stop, step)`, evaluated once, each step binding
    /// `targets[k]` to `seqs[k][index]`.
    fn index_loop(
        &mut self,
        targets: &[&ast::Ident],
        seqs: &[ir::Expr],
        (start, stop_value, step): (ir::Expr, ir::Expr, i64),
        body: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
    ) {
        let (index, counter, stop) = (
            self.temp(Type::Int),
            self.temp(Type::Int),
            self.temp(Type::Int),
        );
        out.push(ir::Stmt::Assign(counter, start));
        out.push(ir::Stmt::Assign(stop, stop_value));
        let before = self.assigned.clone();
        let mut prefix = Vec::new();
        for (t, seq) in targets.iter().zip(seqs) {
            if self.bind_item(t, seq, index, &mut prefix).is_none() {
                return;
            }
        }
        self.loops += 1;
        self.iterating.extend(seqs.iter().cloned());
        let (inner, _) = self.block(body);
        self.iterating.truncate(self.iterating.len() - seqs.len());
        self.loops -= 1;
        self.assigned = before;
        for t in targets {
            if let Some(id) = self.names.get(&t.name) {
                self.aliases.remove(id);
            }
        }
        out.push(ir::Stmt::ForRange {
            var: index,
            counter,
            stop,
            step: Step::Const(step),
            body: prefix.into_iter().chain(inner).collect(),
        });
    }

    /// `[elem for target in iter if cond]` (also `for a, b in ...`): a new list filled by a
    /// loop; the loop variables are local to the comprehension, as in Python 3.
    pub(super) fn list_comp(
        &mut self,
        elem: &ast::Expr,
        target: &ast::Ident,
        more: &[ast::Ident],
        iter: &ast::Expr,
        cond: Option<&ast::Expr>,
        span: Span,
    ) -> Option<ir::Expr> {
        let list = self.temp(Type::list(Type::Int));
        self.pending.insert(list);
        self.assigned.insert(list);
        let list_name = format!("__comp{list}");
        self.names.insert(list_name.clone(), list);
        // The loop variables belong to the comprehension: they shadow names of the function
        // until its end, as in Python 3.
        let mut hidden = Vec::new();
        for t in std::iter::once(target).chain(more) {
            let var = self.temp(Type::Int);
            self.locals[var].name = t.name.clone();
            self.known[var] = false;
            let shadowed = self.names.insert(t.name.clone(), var);
            let aliased = shadowed.and_then(|id| self.aliases.remove(&id).map(|a| (id, a)));
            hidden.push((t, shadowed, aliased));
        }
        let append = ast::Stmt {
            kind: S::Expr(ast::Expr {
                kind: A::Call {
                    func: Box::new(ast::Expr {
                        kind: A::Attribute(
                            Box::new(ast::Expr {
                                kind: A::Name(list_name.clone()),
                                span,
                            }),
                            ast::Ident {
                                name: "append".into(),
                                span: elem.span,
                            },
                        ),
                        span: elem.span,
                    }),
                    args: vec![elem.clone()],
                    keywords: Vec::new(),
                },
                span: elem.span,
            }),
            span: elem.span,
        };
        let body = match cond {
            Some(c) => vec![ast::Stmt {
                kind: S::If {
                    cond: c.clone(),
                    then: vec![append],
                    otherwise: Vec::new(),
                },
                span: c.span,
            }],
            None => vec![append],
        };
        let site = self.site(span);
        let mut stmts = vec![ir::Stmt::Assign(
            list,
            ir::Expr::new(
                E::ListLit(Type::Int, Vec::new(), site),
                Type::list(Type::Int),
            ),
        )];
        let errors = self.errors.len();
        let loops = self.loops;
        // `break` in the element is impossible; the loop counts as a loop of its own.
        self.loops = 0;
        if more.is_empty() {
            self.for_loop(target, iter, &body, None, &mut stmts);
        } else {
            self.unpacking_loop(target, more, iter, &body, &mut stmts);
        }
        self.loops = loops;
        self.names.remove(&list_name);
        for (t, shadowed, aliased) in hidden.into_iter().rev() {
            match shadowed {
                Some(id) => {
                    self.names.insert(t.name.clone(), id);
                }
                None => {
                    self.names.remove(&t.name);
                }
            }
            if let Some((id, a)) = aliased {
                self.aliases.insert(id, a);
            }
        }
        if self.errors.len() > errors {
            return None;
        }
        let ty = self.locals[list].ty.clone();
        if self.pending.remove(&list) {
            self.error(
                Diagnostic::error(span, "the element type of this comprehension is unknown")
                    .label("no element"),
            );
            return None;
        }
        if let Some(ir::Stmt::Assign(_, v)) = stmts.first_mut() {
            *v = ir::Expr::new(
                E::ListLit(ty.elem().cloned().unwrap_or(Type::Int), Vec::new(), site),
                ty.clone(),
            );
        }
        Some(ir::Expr::new(
            E::Block(stmts, Box::new(ir::Expr::new(E::Local(list), ty.clone()))),
            ty,
        ))
    }

    /// `xs[lower:upper:step]` of a list (a new list), a string or a `bytes`.
    pub(super) fn slice(
        &mut self,
        value: &ast::Expr,
        parts: &[Option<Box<ast::Expr>>; 3],
        span: Span,
    ) -> Option<ir::Expr> {
        let x = self.expr_value(value)?;
        let ty = x.ty();
        if !ty.is_str_or_bytes() && !ty.is_list() {
            self.error(
                Diagnostic::error(value.span, format!("cannot slice a value of type {ty}"))
                    .label("not a list, a string or bytes"),
            );
            return None;
        }
        if ty.is_nested_list() {
            self.error(
                Diagnostic::error(span, "slicing a list of lists would share its inner lists")
                    .label("slice of a list of lists")
                    .note("Python shares the inner lists between both; copy each: `[m[i].copy() for i in range(a, b)]`"),
            );
            return None;
        }
        let mut bounds = Vec::new();
        for p in parts {
            bounds.push(match p {
                Some(e) => Some(Box::new(self.int_expr(e, "a slice bound")?)),
                None => None,
            });
        }
        if let Some(Some(step)) = bounds.get(2)
            && matches!(step.kind, E::Int(0))
        {
            self.error(Diagnostic::error(span, "slice step cannot be zero").label("zero step"));
            return None;
        }
        let site = self.site(span);
        let [lo, hi, step]: [Option<Box<ir::Expr>>; 3] = bounds.try_into().ok()?;
        Some(ir::Expr::new(
            E::Slice(Box::new(x), [lo, hi, step], site),
            ty,
        ))
    }
}
