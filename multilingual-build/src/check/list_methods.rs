//! List methods (`pop`, `insert`, `extend`, `index`, `count`, `remove`, `reverse`, `sort`,
//! `clear`, `copy`), `x in xs` and `sorted(xs)`.

use super::FnChecker;
use crate::ast;
use crate::diagnostic::Diagnostic;
use crate::ir::{self, ExprKind as E, ListMethod, Role};
use crate::source::Span;
use crate::types::Type;
use crate::vocabulary::Method;

/// A list method by name: its localized name (for those the vocabulary has) or English.
pub(super) fn named(method: Option<Method>, name: &str) -> Option<(ListMethod, &'static str)> {
    let m = match method {
        Some(Method::Pop) => ListMethod::Pop,
        Some(Method::Insert) => ListMethod::Insert,
        Some(Method::Extend) => ListMethod::Extend,
        Some(Method::Index) => ListMethod::Index,
        Some(Method::Count) => ListMethod::Count,
        Some(Method::Copy) => return Some((ListMethod::Sorted, "copy")),
        _ => match name {
            "remove" => ListMethod::Remove,
            "reverse" => ListMethod::Reverse,
            "sort" => ListMethod::Sort,
            "clear" => ListMethod::Clear,
            _ => return None,
        },
    };
    Some((m, python_name(m)))
}

fn python_name(m: ListMethod) -> &'static str {
    match m {
        ListMethod::Pop => "pop",
        ListMethod::Insert => "insert",
        ListMethod::Extend => "extend",
        ListMethod::Index => "index",
        ListMethod::Count => "count",
        ListMethod::Remove => "remove",
        ListMethod::Reverse => "reverse",
        ListMethod::Sort => "sort",
        ListMethod::Clear => "clear",
        ListMethod::Contains => "in",
        ListMethod::Sorted => "sorted",
        ListMethod::Swap => "swap",
    }
}

/// Elements that compare by value (for `index`, `count`, `remove`, `in` and sorting).
pub(super) fn comparable(elem: &Type) -> bool {
    match elem {
        Type::Tuple(items) => items.iter().all(|t| t.is_scalar() || t.is_str_or_bytes()),
        t => t.is_scalar() || t.is_str_or_bytes(),
    }
}

/// What the elements of a list are that cannot be compared yet.
pub(super) fn uncomparable(elem: &Type) -> String {
    match elem {
        Type::List(_) => "elements are lists".into(),
        Type::Tuple(_) => "elements are tuples".into(),
        other => format!("elements are {other}"),
    }
}

impl FnChecker<'_> {
    /// Is `obj` a list? (Checked quietly: the method call reports the errors.)
    pub(super) fn is_list_value(&mut self, obj: &ast::Expr) -> bool {
        self.quiet_type(obj).is_some_and(|t| t.is_list())
    }

    /// Is `obj` a `bytes`? (Checked quietly, as [`FnChecker::is_list_value`].)
    fn is_bytes_value(&mut self, obj: &ast::Expr) -> bool {
        self.quiet_type(obj) == Some(Type::Bytes)
    }

    /// The type of `obj`, checked without reporting errors.
    fn quiet_type(&mut self, obj: &ast::Expr) -> Option<Type> {
        let errors = self.errors.len();
        let ty = self.expr_value(obj).map(|x| x.ty());
        self.errors.truncate(errors);
        ty
    }

    /// `obj.method(args)` on a list (`copy` comes as `Sorted` with the name "copy").
    pub(super) fn list_method(
        &mut self,
        (m, name): (ListMethod, &'static str),
        obj: &ast::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<ir::Expr> {
        let arity: &[usize] = match m {
            ListMethod::Pop => &[0, 1],
            ListMethod::Insert => &[2],
            ListMethod::Extend | ListMethod::Index | ListMethod::Count | ListMethod::Remove => &[1],
            _ => &[0],
        };
        if !self.arity(&format!(".{name}"), args, arity, span) {
            return None;
        }
        let site = self.site(span);
        if name == "copy" {
            let x = self.expr_value(obj)?;
            return self.shallow_copy(x, "`copy()`", span);
        }
        let changes_length = matches!(
            m,
            ListMethod::Pop
                | ListMethod::Insert
                | ListMethod::Extend
                | ListMethod::Remove
                | ListMethod::Clear
        );
        let (list, elem) = if matches!(m, ListMethod::Index | ListMethod::Count) {
            let x = self.expr_value(obj)?;
            let elem = x.ty().elem().cloned()?;
            (x, elem)
        } else {
            let (place, elem) = self.writable_place(obj)?;
            if changes_length
                && let E::Local(id) = place.kind
                && matches!(self.locals[id].role, Role::Param { .. })
            {
                self.error(
                    Diagnostic::error(
                        obj.span,
                        format!("cannot change the length of a parameter list with `.{name}()`"),
                    )
                    .label("the caller's list")
                    .note(
                        "the caller passes a slice of fixed length; build a new list and return it",
                    ),
                );
                return None;
            }
            if changes_length || elem.is_list() {
                self.check_iteration_write(&place, span);
            }
            (place, elem)
        };
        let needs_order = matches!(
            m,
            ListMethod::Index | ListMethod::Count | ListMethod::Remove | ListMethod::Sort
        );
        if needs_order && !comparable(&elem) {
            self.error(
                Diagnostic::error(
                    span,
                    format!("not supported in kernels yet: `.{name}()` on a list of {elem}"),
                )
                .label(uncomparable(&elem)),
            );
            return None;
        }
        let list_ty = list.ty();
        let mut values = vec![list];
        let result = match m {
            ListMethod::Pop => {
                if let Some(i) = args.first() {
                    values.push(self.int_expr(i, "the index of `pop`")?);
                }
                Some(elem)
            }
            ListMethod::Insert => {
                values.push(self.int_expr(&args[0], "the index of `insert`")?);
                let v = self.expr_as(&args[1], &elem, "the inserted element")?;
                values.push(self.owned(v, args[1].span, "into a list")?);
                None
            }
            ListMethod::Extend => {
                let other = self.expr_as(&args[0], &list_ty, "the argument of `extend`")?;
                let other = if elem.is_list() {
                    self.owned(other, args[0].span, "into a list")?
                } else {
                    other
                };
                values.push(other);
                None
            }
            ListMethod::Index | ListMethod::Count | ListMethod::Remove => {
                values.push(self.expr_as(
                    &args[0],
                    &elem,
                    &format!("the argument of `.{name}()`"),
                )?);
                if m == ListMethod::Remove {
                    None
                } else {
                    Some(Type::Int)
                }
            }
            _ => None,
        };
        Some(ir::Expr {
            kind: E::ListMethod(m, values, site),
            ty: result,
        })
    }

    /// `value in list` (negated by the caller for `not in`).
    pub(super) fn list_contains(
        &mut self,
        value: ir::Expr,
        list: ir::Expr,
        span: Span,
    ) -> Option<ir::Expr> {
        let elem = list.ty().elem().cloned()?;
        if !comparable(&elem) {
            self.error(
                Diagnostic::error(
                    span,
                    format!("not supported in kernels yet: `in` on a list of {elem}"),
                )
                .label(uncomparable(&elem)),
            );
            return None;
        }
        let value = self.coerce(value, &elem, span, "the value looked for")?;
        let site = self.site(span);
        Some(ir::Expr::new(
            E::ListMethod(ListMethod::Contains, vec![list, value], site),
            Type::Bool,
        ))
    }

    /// `sorted(xs)`.
    pub(super) fn sorted(&mut self, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        if !self.arity("sorted", args, &[1], span) {
            return None;
        }
        let x = self.expr_value(&args[0])?;
        // `sorted(b)` of a `bytes`: its ints, sorted.
        let x = self.ints_of_bytes(x, span);
        let Some(elem) = x.ty().elem().cloned() else {
            self.error(
                Diagnostic::error(
                    args[0].span,
                    format!("`sorted` takes a list, not {}", x.ty()),
                )
                .label("not a list"),
            );
            return None;
        };
        if !comparable(&elem) {
            self.error(
                Diagnostic::error(
                    span,
                    format!("not supported in kernels yet: sorting a list of {elem}"),
                )
                .label(uncomparable(&elem)),
            );
            return None;
        }
        let site = self.site(span);
        let ty = x.ty();
        Some(ir::Expr::new(
            E::ListMethod(ListMethod::Sorted, vec![x], site),
            ty,
        ))
    }

    /// `reversed(xs)` as a value (outside a `for`): a reversed copy, which gives Python's result
    /// wherever the iterator is consumed whole (`list(...)`, `sum(...)`, `"".join(...)`).
    pub(super) fn reversed(&mut self, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        if !self.arity("reversed", args, &[1], span) {
            return None;
        }
        let x = self.expr_value(&args[0])?;
        let ty = x.ty();
        if ty.is_str_or_bytes() {
            // The characters (the ints of a `bytes`) from last to first: `list(s[::-1])`.
            let at = args[0].span;
            let minus_one = ast::Expr {
                kind: ast::ExprKind::Unary(
                    ast::UnaryOp::Neg,
                    Box::new(ast::Expr {
                        kind: ast::ExprKind::Int(1),
                        span: at,
                    }),
                ),
                span: at,
            };
            let backwards = ast::Expr {
                kind: ast::ExprKind::Slice(
                    Box::new(args[0].clone()),
                    [None, None, Some(Box::new(minus_one))],
                ),
                span: at,
            };
            return self.list_of(&[backwards], span);
        }
        if !ty.is_list() || ty.is_nested_list() {
            let why = if ty.is_list() {
                "a reversed copy of a list of lists would share its inner lists; loop with `for row in reversed(m):`"
            } else {
                "`reversed` takes a list, a string or bytes here"
            };
            self.error(
                Diagnostic::error(
                    args[0].span,
                    format!("not supported in kernels: `reversed` of {ty} as a value"),
                )
                .label(format!("{ty}"))
                .note(why),
            );
            return None;
        }
        let site = self.site(span);
        let t = self.temp(ty.clone());
        let copy = ir::Expr::new(E::CopyList(Box::new(x), site), ty.clone());
        let reverse = ir::Expr {
            kind: E::ListMethod(
                ListMethod::Reverse,
                vec![ir::Expr::new(E::Local(t), ty.clone())],
                site,
            ),
            ty: None,
        };
        Some(ir::Expr::new(
            E::Block(
                vec![ir::Stmt::Assign(t, copy), ir::Stmt::Expr(reverse)],
                Box::new(ir::Expr::new(E::Local(t), ty.clone())),
            ),
            ty,
        ))
    }

    /// A copy of the list `x` (`xs.copy()`, `list(xs)`); refused for a list of lists, whose
    /// inner lists Python would share between both.
    fn shallow_copy(&mut self, x: ir::Expr, what: &str, span: Span) -> Option<ir::Expr> {
        if x.ty().is_nested_list() {
            self.error(
                Diagnostic::error(span, format!("{what} of a list of lists would share its inner lists"))
                    .label("shallow copy")
                    .note("Python shares the inner lists between both; copy each: `[row.copy() for row in m]`"),
            );
            return None;
        }
        let site = self.site(span);
        let ty = x.ty();
        Some(ir::Expr::new(E::CopyList(Box::new(x), site), ty))
    }

    /// `list(x)`: a copy of a list, or the items of anything a `for` loop takes (`range`, a
    /// string's characters, `reversed`, ...), as the comprehension `[v for v in x]`.
    pub(super) fn list_of(&mut self, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        if !self.arity("list", args, &[1], span) {
            return None;
        }
        let arg = &args[0];
        if self.is_list_value(arg) {
            let x = self.expr_value(arg)?;
            return self.shallow_copy(x, "`list()`", span);
        }
        if self.is_bytes_value(arg) {
            let x = self.expr_value(arg)?;
            return Some(self.ints_of_bytes(x, span));
        }
        let item = ast::Ident {
            name: "__item".into(),
            span: arg.span,
        };
        let comp = ast::ExprKind::ListComp {
            elem: Box::new(ast::Expr {
                kind: ast::ExprKind::Name(item.name.clone()),
                span: arg.span,
            }),
            target: item,
            more: Vec::new(),
            iter: Box::new(arg.clone()),
            cond: None,
        };
        self.expr_value(&ast::Expr { kind: comp, span })
    }
}
