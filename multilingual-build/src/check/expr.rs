//! Expressions: name resolution, typing, Python's promotions and evaluation order.

use super::FnChecker;
use crate::ast::{self, BinOp, BoolOp, CmpOp, ExprKind as A, UnaryOp};
use crate::diagnostic::Diagnostic;
use crate::ir::{self, Cmp, CmpKind, Convert, ExprKind as E, FloatOp, IntOp, ListFn, Role, StrFn};
use crate::source::Span;
use crate::types::Type;
use crate::vocabulary::{Builtin, MathFn, Method, keyword_elsewhere};

/// Largest magnitude up to which every int converts to float exactly.
const EXACT_FLOAT_INT: i64 = 1 << 53;

fn int(v: i64) -> ir::Expr {
    ir::Expr::new(E::Int(v), Type::Int)
}

fn float(v: f64) -> ir::Expr {
    ir::Expr::new(E::Float(v), Type::Float)
}

fn local(id: usize, ty: Type) -> ir::Expr {
    ir::Expr::new(E::Local(id), ty)
}

/// `{ t = value; t }`: evaluates once, names the result.
fn tee(t: usize, value: ir::Expr) -> ir::Expr {
    let ty = value.ty();
    ir::Expr::new(
        E::Block(
            vec![ir::Stmt::Assign(t, value)],
            Box::new(local(t, ty.clone())),
        ),
        ty,
    )
}

impl FnChecker<'_> {
    /// An expression that must have a value.
    pub(super) fn expr_value(&mut self, e: &ast::Expr) -> Option<ir::Expr> {
        let x = self.expr_any(e)?;
        if x.ty.is_none() {
            self.error(
                Diagnostic::error(e.span, "this call returns nothing")
                    .label("no value")
                    .note("the function has no result annotation"),
            );
            return None;
        }
        Some(x)
    }

    /// An expression whose value must have type `ty` (int literals become floats where needed).
    pub(super) fn expr_as(&mut self, e: &ast::Expr, ty: &Type, what: &str) -> Option<ir::Expr> {
        if let (A::List(items), Some(elem)) = (&e.kind, ty.elem()) {
            return self.list_literal(items, Some(elem), e.span);
        }
        if let (A::Tuple(items), Some(types)) = (&e.kind, ty.tuple_items())
            && items.len() == types.len()
        {
            let x = self.tuple_expr(items, Some(types), e.span)?;
            return self.coerce(x, ty, e.span, what);
        }
        let x = self.expr_value(e)?;
        self.coerce(x, ty, e.span, what)
    }

    /// Converts `x` to `ty` where Python's value is unchanged, else reports a mismatch.
    pub(super) fn coerce(
        &mut self,
        x: ir::Expr,
        ty: &Type,
        span: Span,
        what: &str,
    ) -> Option<ir::Expr> {
        let found = x.ty();
        if &found == ty {
            return Some(x);
        }
        if *ty == Type::Float
            && let E::Int(v) = x.kind
            && v.abs() <= EXACT_FLOAT_INT
        {
            return Some(float(v as f64));
        }
        let hint = match (ty, &found) {
            (Type::Float, Type::Int | Type::Bool) => "convert it with `float(...)`",
            (Type::Int, Type::Float) => "convert it with `int(...)` (truncates) or use `//`",
            (Type::Int, Type::Bool) => "convert it with `int(...)`",
            (Type::Bool, _) => "compare it, e.g. `x != 0`, or convert it with `bool(...)`",
            (Type::Bytes, Type::Str) => "encode the string with `.encode()` (UTF-8)",
            (Type::Str, Type::Bytes) => "decode the bytes with `.decode()` (UTF-8)",
            _ => "kernels do not convert between these types implicitly",
        };
        self.error(
            Diagnostic::error(
                span,
                format!("mismatched types: {what} is declared {ty}, but this value is {found}"),
            )
            .label(format!("this is {found}"))
            .note(hint),
        );
        None
    }

    /// An int index or bound (bools count as 0 and 1).
    pub(super) fn int_expr(&mut self, e: &ast::Expr, what: &str) -> Option<ir::Expr> {
        let x = self.expr_value(e)?;
        match x.ty() {
            Type::Int => Some(x),
            Type::Bool => Some(self.convert(Convert::BoolToInt, x, e.span)),
            other => {
                self.error(
                    Diagnostic::error(e.span, format!("{what} must be an int, found {other}"))
                        .label(format!("{other}"))
                        .note(if other == Type::Float {
                            "convert it with `int(...)`"
                        } else {
                            "use an int here"
                        }),
                );
                None
            }
        }
    }

    fn convert(&mut self, c: Convert, x: ir::Expr, span: Span) -> ir::Expr {
        let ty = match c {
            Convert::BoolToInt | Convert::FloatToInt => Type::Int,
            Convert::IntToFloat => Type::Float,
            Convert::IntToBool | Convert::FloatToBool => Type::Bool,
        };
        match (c, &x.kind) {
            (Convert::BoolToInt, E::Bool(b)) => return int(*b as i64),
            (Convert::IntToFloat, E::Int(v)) if v.abs() <= EXACT_FLOAT_INT => {
                return float(*v as f64);
            }
            _ => {}
        }
        let site = self.site(span);
        ir::Expr::new(E::Convert(c, Box::new(x), site), ty)
    }

    /// Widens bools to ints and, when `to_float`, ints to floats.
    pub(super) fn numeric(&mut self, x: ir::Expr, to_float: bool, span: Span) -> ir::Expr {
        let x = if x.ty() == Type::Bool {
            self.convert(Convert::BoolToInt, x, span)
        } else {
            x
        };
        if to_float && x.ty() == Type::Int {
            self.convert(Convert::IntToFloat, x, span)
        } else {
            x
        }
    }

    /// Python truthiness as a bool.
    fn truthy(&mut self, x: ir::Expr, span: Span) -> ir::Expr {
        match x.ty() {
            Type::Bool => x,
            Type::Int => self.convert(Convert::IntToBool, x, span),
            Type::Float => self.convert(Convert::FloatToBool, x, span),
            Type::List(_) => ir::Expr::new(E::ListTruthy(Box::new(x)), Type::Bool),
            Type::Str | Type::Bytes => ir::Expr::new(E::StrTruthy(Box::new(x)), Type::Bool),
            // A tuple is never empty.
            Type::Tuple(_) => ir::Expr::new(
                E::Block(
                    vec![ir::Stmt::Expr(x)],
                    Box::new(ir::Expr::new(E::Bool(true), Type::Bool)),
                ),
                Type::Bool,
            ),
        }
    }

    /// A condition (`if`, `while`, operands of `not`): any value, by its truthiness.
    pub(super) fn condition(&mut self, e: &ast::Expr) -> Option<ir::Expr> {
        match &e.kind {
            A::BoolOp(op, a, b) => {
                let a = self.condition(a);
                let b = self.condition(b);
                let (a, b) = (a?, b?);
                let kind = match op {
                    BoolOp::And => E::And(Box::new(a), Box::new(b)),
                    BoolOp::Or => E::Or(Box::new(a), Box::new(b)),
                };
                Some(ir::Expr::new(kind, Type::Bool))
            }
            A::Unary(UnaryOp::Not, x) => {
                let x = self.condition(x)?;
                Some(ir::Expr::new(E::Not(Box::new(x)), Type::Bool))
            }
            _ => {
                let x = self.expr_value(e)?;
                Some(self.truthy(x, e.span))
            }
        }
    }

    /// Any expression; calls of functions without a result have no type.
    pub(super) fn expr_any(&mut self, e: &ast::Expr) -> Option<ir::Expr> {
        match &e.kind {
            A::Int(v) => match i64::try_from(*v) {
                Ok(v) => Some(int(v)),
                Err(_) => {
                    self.error(
                        Diagnostic::error(e.span, "integer literal too large")
                            .label("does not fit in 64 bits")
                            .note("kernel integers are 64-bit signed"),
                    );
                    None
                }
            },
            A::Float(v) => Some(float(*v)),
            A::Bool(b) => Some(ir::Expr::new(E::Bool(*b), Type::Bool)),
            A::None => {
                self.error(
                    Diagnostic::error(e.span, "not supported in kernels yet: `None` values")
                        .label("None"),
                );
                None
            }
            A::Str(text) => Some(ir::Expr::new(E::Str(text.clone()), Type::Str)),
            A::FString(parts) => self.fstring(parts, e.span),
            A::Bytes(b) => Some(ir::Expr::new(E::Bytes(b.clone()), Type::Bytes)),
            A::Name(n) => self.name(n, e.span),
            A::Unary(op, x) => self.unary(*op, x, e.span),
            A::Binary(op, l, r) => {
                let l = self.expr_value(l);
                let r = self.expr_value(r);
                self.binary(*op, l?, r?, e.span)
            }
            A::Compare(first, rest) => self.compare_chain(first, rest),
            A::BoolOp(op, a, b) => self.bool_op(*op, a, b, e.span),
            A::IfExp {
                cond,
                then,
                otherwise,
            } => {
                let c = self.condition(cond);
                let t = self.expr_value(then);
                let o = self.expr_value(otherwise);
                let (c, t, o) = (c?, t?, o?);
                if t.ty() != o.ty() {
                    self.error(
                        Diagnostic::error(
                            e.span,
                            format!(
                                "the two branches have different types: {} and {}",
                                t.ty(),
                                o.ty()
                            ),
                        )
                        .label("conditional expression")
                        .note("make both branches the same type, e.g. write `1.0` instead of `1`"),
                    );
                    return None;
                }
                let t = self.owned(t, then.span, "into a conditional expression")?;
                let o = self.owned(o, otherwise.span, "into a conditional expression")?;
                let ty = t.ty();
                Some(ir::Expr::new(
                    E::Cond(Box::new(c), Box::new(t), Box::new(o)),
                    ty,
                ))
            }
            A::Call {
                func,
                args,
                keywords,
            } => {
                if let Some((name, _)) = keywords.first() {
                    self.error(
                        Diagnostic::error(
                            name.span,
                            format!("unexpected keyword argument `{}`", name.name),
                        )
                        .label("keyword argument")
                        .note("pass the arguments by position"),
                    );
                    return None;
                }
                self.call(func, args, e.span)
            }
            A::Attribute(_, name) => {
                self.error(
                    Diagnostic::error(
                        name.span,
                        format!(
                            "not supported in kernels yet: the attribute `{}`",
                            name.name
                        ),
                    )
                    .label("attribute"),
                );
                None
            }
            A::Index(list, index) => {
                let l = self.expr_value(list);
                let i = self.int_expr(index, "a list index");
                let (l, i) = (l?, i?);
                if l.ty().tuple_items().is_some() {
                    return self.tuple_index(l, &i, index.span);
                }
                if l.ty() == Type::Str {
                    let site = self.site(e.span);
                    return Some(ir::Expr::new(
                        E::StrIndex(Box::new(l), Box::new(i), site),
                        Type::Str,
                    ));
                }
                if l.ty() == Type::Bytes {
                    let site = self.site(e.span);
                    return Some(ir::Expr::new(
                        E::BytesIndex(Box::new(l), Box::new(i), site),
                        Type::Int,
                    ));
                }
                let Some(elem) = l.ty().elem().cloned() else {
                    self.error(
                        Diagnostic::error(
                            list.span,
                            format!("cannot index a value of type {}", l.ty()),
                        )
                        .label("not a list"),
                    );
                    return None;
                };
                let site = self.site(e.span);
                Some(ir::Expr::new(
                    E::Index(Box::new(l), Box::new(i), site),
                    elem,
                ))
            }
            A::List(items) => self.list_literal(items, None, e.span),
            A::Tuple(items) => self.tuple_expr(items, None, e.span),
            A::ListComp {
                elem,
                target,
                more,
                iter,
                cond,
            } => self.list_comp(elem, target, more, iter, cond.as_deref(), e.span),
            A::Slice(value, parts) => self.slice(value, parts, e.span),
        }
    }

    fn name(&mut self, n: &str, span: Span) -> Option<ir::Expr> {
        if let Some(&id) = self.names.get(n) {
            if let Some(element) = self.aliases.get(&id) {
                return Some(element.clone());
            }
            if !self.known[id] {
                self.error(
                    Diagnostic::error(span, format!("`{n}` is used before it is assigned"))
                        .label("no value yet")
                        .note(format!("assign `{n}` before this line")),
                );
                return None;
            }
            if !self.assigned.contains(&id) {
                self.error(
                    Diagnostic::error(span, format!("`{n}` may be used before it is assigned"))
                        .label("not assigned on every path to here")
                        .note(format!(
                            "assign `{n}` before the `if` or loop that sets it (Python would raise UnboundLocalError)"
                        )),
                );
                return None;
            }
            if self.pending.contains(&id) {
                self.error(
                    Diagnostic::error(span, format!("the element type of `{n}` is not known here"))
                        .label("created empty, nothing appended yet")
                        .note(format!(
                            "annotate it where it is created (`{n}: list[int] = []`, with the type names of the file's language) or append to it first"
                        )),
                );
                return None;
            }
            return Some(local(id, self.locals[id].ty.clone()));
        }
        if let Some(c) = self.constants.get(n) {
            return Some(match c {
                super::constants::Const::Int(v) => int(*v),
                super::constants::Const::Float(v) => float(*v),
                super::constants::Const::Bool(b) => ir::Expr::new(E::Bool(*b), Type::Bool),
                super::constants::Const::Str(s) => ir::Expr::new(E::Str(s.clone()), Type::Str),
                super::constants::Const::Bytes(b) => {
                    ir::Expr::new(E::Bytes(b.clone()), Type::Bytes)
                }
            });
        }
        let mut d = if self.by_name.contains_key(n) || self.lexicon.builtin(n).is_some() {
            Diagnostic::error(span, format!("`{n}` is a function; call it")).label("not a value")
        } else {
            Diagnostic::error(span, format!("unknown name `{n}`")).label("not defined")
        };
        if let Some((lang, k)) = keyword_elsewhere(n, self.lexicon.lang).first() {
            let note = match self.lexicon.spellings(*k).first() {
                Some(here) => format!(
                    "`{n}` is a keyword in {}; in {}, write `{here}`",
                    lang.english_name(),
                    self.lexicon.lang.english_name()
                ),
                None => format!(
                    "`{n}` is a keyword in {}, but this file is written in {}",
                    lang.english_name(),
                    self.lexicon.lang.english_name()
                ),
            };
            d = d.note(note);
        }
        self.error(d);
        None
    }

    fn unary(&mut self, op: UnaryOp, x: &ast::Expr, span: Span) -> Option<ir::Expr> {
        if op == UnaryOp::Not {
            let c = self.condition(x)?;
            return Some(ir::Expr::new(E::Not(Box::new(c)), Type::Bool));
        }
        // Fold negative literals (also -2**63, which is not a positive literal).
        if op == UnaryOp::Neg {
            match x.kind {
                A::Int(v) if v <= 1 << 63 => return Some(int((v as i128).wrapping_neg() as i64)),
                A::Float(v) => return Some(float(-v)),
                _ => {}
            }
        }
        let v = self.expr_value(x)?;
        match (op, v.ty()) {
            (_, t) if !t.is_scalar() => {
                self.error(
                    Diagnostic::error(
                        span,
                        format!("bad operand type for unary operator: {}", v.ty()),
                    )
                    .label(format!("{}", v.ty())),
                );
                None
            }
            (UnaryOp::Pos, _) => Some(self.numeric(v, false, x.span)),
            (UnaryOp::Neg, Type::Float) => {
                Some(ir::Expr::new(E::NegFloat(Box::new(v)), Type::Float))
            }
            (UnaryOp::Neg, _) => {
                let v = self.numeric(v, false, x.span);
                let site = self.site(span);
                Some(ir::Expr::new(E::NegInt(Box::new(v), site), Type::Int))
            }
            (UnaryOp::Invert, Type::Float) => {
                self.error(
                    Diagnostic::error(span, "bad operand type for `~`: float").label("float"),
                );
                None
            }
            (UnaryOp::Invert, _) => {
                let v = self.numeric(v, false, x.span);
                Some(ir::Expr::new(E::InvertInt(Box::new(v)), Type::Int))
            }
            (UnaryOp::Not, _) => None,
        }
    }

    /// A binary operator on checked operands (also used by augmented assignment).
    pub(super) fn binary(
        &mut self,
        op: BinOp,
        l: ir::Expr,
        r: ir::Expr,
        span: Span,
    ) -> Option<ir::Expr> {
        let (lt, rt) = (l.ty(), r.ty());
        if lt.is_str_or_bytes() || rt.is_str_or_bytes() {
            return self.str_binary(op, l, r, span);
        }
        // `[x] * n` and `n * [x]`.
        if op == BinOp::Mul && (lt.elem().is_some() || rt.elem().is_some()) {
            let (list, count) = if lt.elem().is_some() { (l, r) } else { (r, l) };
            if let (E::ListLit(_, items, _), true) = (&list.kind, count.ty().is_intlike())
                && items.len() == 1
            {
                let ty = list.ty();
                if ty.is_nested_list() {
                    self.error(
                        Diagnostic::error(span, "`[row] * n` would put one list n times into the new list")
                            .label("one list, repeated")
                            .note("Python shares that one list between all the places; build each row anew: `[[0] * w for _ in range(h)]`"),
                    );
                    return None;
                }
                let count = self.numeric(count, false, span);
                let site = self.site(span);
                let value = items[0].clone();
                return Some(ir::Expr::new(
                    E::ListRepeat(Box::new(value), Box::new(count), site),
                    ty,
                ));
            }
            self.error(
                Diagnostic::error(span, "not supported in kernels yet: repeating this list")
                    .label("list repetition")
                    .note("write `[value] * count` with a single-element list literal"),
            );
            return None;
        }
        if !lt.is_scalar() || !rt.is_scalar() {
            self.error(
                Diagnostic::error(
                    span,
                    format!("unsupported operand types for {}: {lt} and {rt}", op.text()),
                )
                .label("list operand")
                .note("lists support indexing, len, sum, min, max and append"),
            );
            return None;
        }
        let site = self.site(span);
        let any_float = lt == Type::Float || rt == Type::Float;
        let int_op = |op: BinOp| match op {
            BinOp::Add => IntOp::Add,
            BinOp::Sub => IntOp::Sub,
            BinOp::Mul => IntOp::Mul,
            BinOp::FloorDiv => IntOp::FloorDiv,
            BinOp::Mod => IntOp::Mod,
            BinOp::Pow => IntOp::Pow,
            BinOp::BitAnd => IntOp::And,
            BinOp::BitOr => IntOp::Or,
            BinOp::BitXor => IntOp::Xor,
            BinOp::Shl => IntOp::Shl,
            BinOp::Shr | BinOp::Div => IntOp::Shr,
        };
        match op {
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Shr => {
                if any_float {
                    self.error(
                        Diagnostic::error(
                            span,
                            format!("unsupported operand types for {}: {lt} and {rt}", op.text()),
                        )
                        .label("float operand")
                        .note("bitwise operators work on ints"),
                    );
                    return None;
                }
                if lt == Type::Bool && rt == Type::Bool && !matches!(op, BinOp::Shl | BinOp::Shr) {
                    return Some(ir::Expr::new(
                        E::Bool2(int_op(op), Box::new(l), Box::new(r)),
                        Type::Bool,
                    ));
                }
                let l = self.numeric(l, false, span);
                let r = self.numeric(r, false, span);
                Some(ir::Expr::new(
                    E::Int2(int_op(op), Box::new(l), Box::new(r), site),
                    Type::Int,
                ))
            }
            BinOp::Div => {
                let l = self.numeric(l, true, span);
                let r = self.numeric(r, true, span);
                Some(ir::Expr::new(
                    E::Float2(FloatOp::Div, Box::new(l), Box::new(r), site),
                    Type::Float,
                ))
            }
            _ if any_float => {
                let fop = match op {
                    BinOp::Add => FloatOp::Add,
                    BinOp::Sub => FloatOp::Sub,
                    BinOp::Mul => FloatOp::Mul,
                    BinOp::FloorDiv => FloatOp::FloorDiv,
                    BinOp::Mod => FloatOp::Mod,
                    _ => FloatOp::Pow,
                };
                let l = self.numeric(l, true, span);
                let r = self.numeric(r, true, span);
                Some(ir::Expr::new(
                    E::Float2(fop, Box::new(l), Box::new(r), site),
                    Type::Float,
                ))
            }
            _ => {
                let l = self.numeric(l, false, span);
                let r = self.numeric(r, false, span);
                Some(ir::Expr::new(
                    E::Int2(int_op(op), Box::new(l), Box::new(r), site),
                    Type::Int,
                ))
            }
        }
    }

    pub(super) fn compare(
        &mut self,
        op: CmpOp,
        l: ir::Expr,
        r: ir::Expr,
        span: Span,
    ) -> Option<ir::Expr> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && l.ty().tuple_items().is_some()
            && r.ty().tuple_items().is_some()
        {
            return self.tuple_equal(op == CmpOp::Ne, l, r, span);
        }
        let cmp = match op {
            CmpOp::Lt => Cmp::Lt,
            CmpOp::Le => Cmp::Le,
            CmpOp::Gt => Cmp::Gt,
            CmpOp::Ge => Cmp::Ge,
            CmpOp::Eq => Cmp::Eq,
            CmpOp::Ne => Cmp::Ne,
            CmpOp::In | CmpOp::NotIn
                if (l.ty().is_str_or_bytes() && l.ty() == r.ty())
                    || (l.ty().is_intlike() && r.ty() == Type::Bytes) =>
            {
                let test = if l.ty().is_str_or_bytes() {
                    ir::Expr::new(E::StrContains(Box::new(l), Box::new(r)), Type::Bool)
                } else {
                    self.byte_in(l, r, span)
                };
                return Some(if op == CmpOp::NotIn {
                    ir::Expr::new(E::Not(Box::new(test)), Type::Bool)
                } else {
                    test
                });
            }
            CmpOp::In | CmpOp::NotIn if r.ty().is_str_or_bytes() => {
                let (lt, rt) = (l.ty(), r.ty());
                let wanted = if rt == Type::Str {
                    "a string"
                } else {
                    "a bytes or an int"
                };
                self.error(
                    Diagnostic::error(
                        span,
                        format!("`in` {rt} needs {wanted} on the left, found {lt}"),
                    )
                    .label("mismatched operands")
                    .note(if rt == Type::Str {
                        "decode bytes with `.decode()` to look for them in a string"
                    } else {
                        "encode a string with `.encode()` to look for it in bytes"
                    }),
                );
                return None;
            }
            CmpOp::In | CmpOp::NotIn if r.ty().is_list() => {
                let test = self.list_contains(l, r, span)?;
                return Some(if op == CmpOp::NotIn {
                    ir::Expr::new(E::Not(Box::new(test)), Type::Bool)
                } else {
                    test
                });
            }
            CmpOp::In | CmpOp::NotIn => {
                self.error(
                    Diagnostic::error(span, "not supported in kernels yet: `in` tests")
                        .label("membership test")
                        .note("loop over the list and compare each element"),
                );
                return None;
            }
            CmpOp::Is | CmpOp::IsNot => {
                self.error(
                    Diagnostic::error(span, "not supported in kernels: `is` comparisons")
                        .label("identity test")
                        .note("compare values with `==`"),
                );
                return None;
            }
        };
        let (lt, rt) = (l.ty(), r.ty());
        if lt.is_str_or_bytes() && lt == rt {
            return Some(ir::Expr::new(
                E::StrCompare(cmp, Box::new(l), Box::new(r)),
                Type::Bool,
            ));
        }
        if !lt.is_scalar() || !rt.is_scalar() {
            self.error(
                Diagnostic::error(
                    span,
                    format!("not supported in kernels yet: comparing {lt} and {rt}"),
                )
                .label("list comparison"),
            );
            return None;
        }
        let (kind, l, r) = match (lt == Type::Float, rt == Type::Float) {
            (false, false) => (
                CmpKind::Int,
                self.numeric(l, false, span),
                self.numeric(r, false, span),
            ),
            (true, true) => (CmpKind::Float, l, r),
            (false, true) => {
                let l = self.numeric(l, false, span);
                match l.kind {
                    E::Int(v) if v.abs() <= EXACT_FLOAT_INT => (CmpKind::Float, float(v as f64), r),
                    _ => (CmpKind::IntFloat, l, r),
                }
            }
            (true, false) => {
                let r = self.numeric(r, false, span);
                match r.kind {
                    E::Int(v) if v.abs() <= EXACT_FLOAT_INT => (CmpKind::Float, l, float(v as f64)),
                    _ => (CmpKind::FloatInt, l, r),
                }
            }
        };
        Some(ir::Expr::new(
            E::Compare(cmp, kind, Box::new(l), Box::new(r)),
            Type::Bool,
        ))
    }

    /// `a < b < c` is `a < b and b < c` with `b` evaluated once.
    fn compare_chain(
        &mut self,
        first: &ast::Expr,
        rest: &[(CmpOp, ast::Expr)],
    ) -> Option<ir::Expr> {
        // `if __name__ == "__main__":` around a program's top-level code: a program compiled
        // here is always the main module.
        if let (A::Name(n), [(op @ (CmpOp::Eq | CmpOp::Ne), other)]) = (&first.kind, rest)
            && n == "__name__"
            && !self.names.contains_key(n)
            && let A::Str(text) = &other.kind
        {
            let is_main = text == "__main__";
            return Some(ir::Expr::new(
                E::Bool(if *op == CmpOp::Eq { is_main } else { !is_main }),
                Type::Bool,
            ));
        }
        let mut left = self.expr_value(first)?;
        let mut result: Option<ir::Expr> = None;
        for (i, (op, right)) in rest.iter().enumerate() {
            // `x in (1, 2, 3)`, `x in t`: a tuple of like items searched as a list is.
            let items = match op {
                CmpOp::In | CmpOp::NotIn => self.tuple_items_ast(right),
                _ => None,
            };
            let r = match items {
                Some(items) => self.list_literal(&items, None, right.span)?,
                None => self.expr_value(right)?,
            };
            let last = i + 1 == rest.len();
            let (r_use, next_left) = if last {
                (r, None)
            } else {
                let t = self.temp(r.ty());
                let ty = r.ty();
                (tee(t, r), Some(local(t, ty)))
            };
            let span = first.span.to(right.span);
            let c = self.compare(*op, left, r_use, span)?;
            result = Some(match result {
                None => c,
                Some(acc) => ir::Expr::new(E::And(Box::new(acc), Box::new(c)), Type::Bool),
            });
            match next_left {
                Some(n) => left = n,
                None => break,
            }
        }
        result
    }

    /// `a and b` / `a or b` as values: Python yields one of the operands.
    fn bool_op(
        &mut self,
        op: BoolOp,
        a: &ast::Expr,
        b: &ast::Expr,
        span: Span,
    ) -> Option<ir::Expr> {
        let x = self.expr_value(a);
        let y = self.expr_value(b);
        let (x, y) = (x?, y?);
        if x.ty() != y.ty() || x.ty().elem().is_some() {
            self.error(
                Diagnostic::error(
                    span,
                    format!(
                        "the operands of `{}` have different types: {} and {}",
                        if op == BoolOp::And { "and" } else { "or" },
                        x.ty(),
                        y.ty()
                    ),
                )
                .label("Python would return either operand")
                .note("use operands of one scalar type, or compare them first (e.g. `x != 0`)"),
            );
            return None;
        }
        if x.ty() == Type::Bool {
            let kind = match op {
                BoolOp::And => E::And(Box::new(x), Box::new(y)),
                BoolOp::Or => E::Or(Box::new(x), Box::new(y)),
            };
            return Some(ir::Expr::new(kind, Type::Bool));
        }
        let ty = x.ty();
        let t = self.temp(ty.clone());
        let test = self.truthy(local(t, ty.clone()), span);
        let keep = local(t, ty.clone());
        let cond = match op {
            BoolOp::Or => E::Cond(Box::new(test), Box::new(keep), Box::new(y)),
            BoolOp::And => E::Cond(Box::new(test), Box::new(y), Box::new(keep)),
        };
        Some(ir::Expr::new(
            E::Block(
                vec![ir::Stmt::Assign(t, x)],
                Box::new(ir::Expr::new(cond, ty.clone())),
            ),
            ty,
        ))
    }

    pub(super) fn list_literal(
        &mut self,
        items: &[ast::Expr],
        expected: Option<&Type>,
        span: Span,
    ) -> Option<ir::Expr> {
        let mut values = Vec::new();
        for item in items {
            values.push(match (expected, &item.kind) {
                (Some(t), A::List(inner)) if t.is_list() => {
                    self.list_literal(inner, t.elem(), item.span)?
                }
                _ => self.expr_value(item)?,
            });
        }
        let elem = match expected {
            Some(t) => t.clone(),
            None => {
                let Some(first) = values.first() else {
                    self.error(
                        Diagnostic::error(span, "the type of an empty list is unknown")
                            .label("empty list")
                            .note("annotate the variable, e.g. `xs: list[int] = []`"),
                    );
                    return None;
                };
                if values.iter().any(|v| v.ty() == Type::Float) {
                    Type::Float
                } else {
                    first.ty()
                }
            }
        };
        let mut out = Vec::new();
        for (v, item) in values.into_iter().zip(items) {
            let v = self.coerce(v, &elem, item.span, "a list element")?;
            out.push(self.owned(v, item.span, "into a list")?);
        }
        let site = self.site(span);
        Some(ir::Expr::new(
            E::ListLit(elem.clone(), out, site),
            Type::list(elem),
        ))
    }

    /// The builtin a callee expression names, if it names one (and no local shadows it).
    pub(super) fn callee_builtin(&self, func: &ast::Expr) -> Option<Builtin> {
        match &func.kind {
            A::Name(n) if !self.names.contains_key(n) && !self.by_name.contains_key(n) => {
                self.lexicon.builtin(n)
            }
            _ => None,
        }
    }

    pub(super) fn arity(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        allowed: &[usize],
        span: Span,
    ) -> bool {
        if allowed.contains(&args.len()) {
            return true;
        }
        let expected = allowed
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" or ");
        self.error(
            Diagnostic::error(
                span,
                format!(
                    "`{name}` takes {expected} {} but {}",
                    plural(allowed.iter().all(|&n| n == 1), "argument"),
                    given(args.len())
                ),
            )
            .label("wrong number of arguments"),
        );
        false
    }

    fn call(&mut self, func: &ast::Expr, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        if let A::Attribute(obj, name) = &func.kind {
            if let A::Name(m) = &obj.kind
                && m == "math"
                && !self.names.contains_key(m)
            {
                if !self.imported_math {
                    self.error(
                            Diagnostic::error(obj.span, "`math` is not imported")
                                .label("unknown name")
                                .note("add `import math` (with the file language's import keyword) at the top of the file"),
                        );
                    return None;
                }
                let Some(f) = self.lexicon.math_fn(&name.name) else {
                    self.error(
                        Diagnostic::error(
                            name.span,
                            format!("`math.{}` is not available in kernels", name.name),
                        )
                        .label("unknown math function")
                        .note("available: sqrt, floor, ceil, sin, cos, exp, log"),
                    );
                    return None;
                };
                return self.math(f, args, span);
            }
            if let Some(lm) =
                super::list_methods::named(self.lexicon.method(&name.name), &name.name)
                && self.is_list_value(obj)
            {
                return self.list_method(lm, obj, args, span);
            }
            if let Some(m @ (Method::Split | Method::Join)) = self.lexicon.method(&name.name) {
                return self.split_join(m, obj, args, span);
            }
            if let Some(call) = self.fromhex_call(obj, name, args, span) {
                return call;
            }
            if let Some(call) = self.conversion_method(obj, name, args, span) {
                return call;
            }
            if let Some(m) = self.lexicon.method(&name.name)
                && let Some(f) = str_method(m)
            {
                let receiver = self.expr_value(obj)?;
                if receiver.ty() == Type::Bytes {
                    return self.bytes_method(m.python_name(), receiver, args, span);
                }
                if receiver.ty() == Type::Str {
                    let expected = [f.params().len() - 1];
                    if !self.arity(&format!(".{}", m.python_name()), args, &expected, span) {
                        return None;
                    }
                    let mut values = vec![receiver];
                    for (a, ty) in args.iter().zip(&f.params()[1..]) {
                        values.push(self.expr_as(
                            a,
                            ty,
                            &format!("the argument of `.{}()`", m.python_name()),
                        )?);
                    }
                    let site = self.site(span);
                    return Some(ir::Expr::new(E::StrFn(f, values, site), f.result()));
                }
                let message = if receiver.ty().elem().is_some() {
                    format!(
                        "not supported in kernels yet: the list method `.{}()`",
                        m.python_name()
                    )
                } else {
                    format!(
                        "`.{}()` is a string method, but this is {}",
                        m.python_name(),
                        receiver.ty()
                    )
                };
                self.error(Diagnostic::error(name.span, message).label("method"));
                return None;
            }
            if let Some(m) = self.lexicon.method(&name.name) {
                let what = if m == Method::Append {
                    "`append` returns nothing; call it as a statement".to_string()
                } else {
                    format!(
                        "not supported in kernels yet: the method `.{}()`",
                        m.python_name()
                    )
                };
                self.error(Diagnostic::error(name.span, what).label("method"));
                return None;
            }
            self.error(
                Diagnostic::error(name.span, format!("unknown method `.{}()`", name.name))
                    .label("method"),
            );
            return None;
        }
        if let A::Name(n) = &func.kind {
            if let Some(&id) = self.names.get(n) {
                self.error(
                    Diagnostic::error(
                        func.span,
                        format!(
                            "`{n}` is a variable of type {}, not a function",
                            self.locals[id].ty
                        ),
                    )
                    .label("not callable"),
                );
                return None;
            }
            if let Some(&callee) = self.by_name.get(n) {
                return self.user_call(callee, args, span);
            }
            if let Some(&f) = self.math_names.get(n) {
                return self.math(f, args, span);
            }
        }
        match self.callee_builtin(func) {
            Some(b) => self.builtin_call(b, args, span),
            None => {
                self.expr_any(func)?;
                self.error(
                    Diagnostic::error(func.span, "this expression cannot be called")
                        .label("not a function"),
                );
                None
            }
        }
    }

    fn user_call(&mut self, callee: usize, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        let sig = self.signatures[callee].clone();
        if args.len() != sig.params.len() {
            self.error(
                Diagnostic::error(
                    span,
                    format!(
                        "`{}` takes {} {} but {}",
                        sig.name,
                        sig.params.len(),
                        plural(sig.params.len() == 1, "argument"),
                        given(args.len())
                    ),
                )
                .label("wrong number of arguments"),
            );
            return None;
        }
        let mut out = Vec::new();
        let mut lists = Vec::new();
        for (i, (arg, (pname, pty))) in args.iter().zip(&sig.params).enumerate() {
            let x = self.expr_as(arg, pty, &format!("parameter `{pname}` of `{}`", sig.name))?;
            if pty.is_list()
                && x.is_place()
                && let Some(root) = x.root()
            {
                lists.push((i, root, arg.span));
                if matches!(self.locals[root].role, Role::Param { .. }) {
                    self.forwards.push((root, callee, i));
                }
            }
            out.push(x);
        }
        if !lists.is_empty() {
            self.list_calls.push(super::ownership::ListCall {
                callee,
                args: lists,
            });
        }
        Some(ir::Expr {
            kind: E::Call(callee, out),
            ty: sig.result.clone(),
        })
    }

    fn math(&mut self, f: MathFn, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        if !self.arity(&format!("math.{}", f.python_name()), args, &[1], span) {
            return None;
        }
        let x = self.expr_value(&args[0])?;
        if !x.ty().is_scalar() {
            self.error(
                Diagnostic::error(
                    args[0].span,
                    format!(
                        "`math.{}` needs a number, found {}",
                        f.python_name(),
                        x.ty()
                    ),
                )
                .label("not a number"),
            );
            return None;
        }
        let site = self.site(span);
        if matches!(f, MathFn::Floor | MathFn::Ceil) {
            // Python's math.floor/ceil return ints; of an int they return it unchanged.
            if x.ty() != Type::Float {
                return Some(self.numeric(x, false, span));
            }
            return Some(ir::Expr::new(E::Math(f, Box::new(x), site), Type::Int));
        }
        let x = self.numeric(x, true, args[0].span);
        Some(ir::Expr::new(E::Math(f, Box::new(x), site), Type::Float))
    }

    fn builtin_call(&mut self, b: Builtin, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        let name = b.python_name();
        match b {
            Builtin::Sorted => self.sorted(args, span),
            Builtin::Bytes => self.bytes_call(args, span),
            Builtin::Reversed => self.reversed(args, span),
            Builtin::List => self.list_of(args, span),
            Builtin::Len => {
                if !self.arity(name, args, &[1], span) {
                    return None;
                }
                // The length of a list still waiting for its element type is known.
                if let A::Name(n) = &args[0].kind
                    && let Some(&id) = self.names.get(n)
                    && self.pending.contains(&id)
                    && self.assigned.contains(&id)
                {
                    let x = local(id, self.locals[id].ty.clone());
                    return Some(ir::Expr::new(E::Len(Box::new(x)), Type::Int));
                }
                let x = self.expr_value(&args[0])?;
                if x.ty().is_str_or_bytes() {
                    return Some(ir::Expr::new(E::StrLen(Box::new(x)), Type::Int));
                }
                if let Some(items) = x.ty().tuple_items() {
                    let n = int(items.len() as i64);
                    return Some(ir::Expr::new(
                        E::Block(vec![ir::Stmt::Expr(x)], Box::new(n)),
                        Type::Int,
                    ));
                }
                if x.ty().elem().is_none() {
                    self.error(
                        Diagnostic::error(
                            args[0].span,
                            format!("`len` needs a list, found {}", x.ty()),
                        )
                        .label("not a list"),
                    );
                    return None;
                }
                Some(ir::Expr::new(E::Len(Box::new(x)), Type::Int))
            }
            Builtin::Abs => {
                if !self.arity(name, args, &[1], span) {
                    return None;
                }
                let x = self.expr_value(&args[0])?;
                if !x.ty().is_scalar() {
                    self.error(
                        Diagnostic::error(args[0].span, "`abs` needs a number")
                            .label("not a number"),
                    );
                    return None;
                }
                let x = self.numeric(x, false, span);
                let ty = x.ty();
                let site = self.site(span);
                Some(ir::Expr::new(E::Abs(Box::new(x), site), ty))
            }
            Builtin::Sum | Builtin::Min | Builtin::Max if args.len() == 1 => {
                let x = self.expr_value(&args[0])?;
                // Over a `bytes`: over its ints.
                let x = self.ints_of_bytes(x, span);
                let Some(elem) = x.ty().elem().cloned() else {
                    self.error(
                        Diagnostic::error(
                            args[0].span,
                            format!("`{name}` of one argument needs a list, found {}", x.ty()),
                        )
                        .label("not a list"),
                    );
                    return None;
                };
                if b == Builtin::Sum && !elem.is_numeric() {
                    self.error(
                        Diagnostic::error(span, format!("`sum` adds numbers, not {elem}"))
                            .label(format!("a list of {elem}")),
                    );
                    return None;
                }
                if b != Builtin::Sum
                    && (!super::list_methods::comparable(&elem) || elem.tuple_items().is_some())
                {
                    self.error(
                        Diagnostic::error(
                            span,
                            format!("not supported in kernels yet: `{name}` of a list of {elem}"),
                        )
                        .label(super::list_methods::uncomparable(&elem)),
                    );
                    return None;
                }
                let (f, ty) = match b {
                    Builtin::Sum => (
                        ListFn::Sum,
                        if elem == Type::Float {
                            Type::Float
                        } else {
                            Type::Int
                        },
                    ),
                    Builtin::Min => (ListFn::Min, elem),
                    _ => (ListFn::Max, elem),
                };
                let site = self.site(span);
                Some(ir::Expr::new(E::ListFn(f, Box::new(x), site), ty))
            }
            Builtin::Min | Builtin::Max if args.len() >= 2 => {
                self.min_max(b == Builtin::Max, args, span)
            }
            Builtin::Sum | Builtin::Min | Builtin::Max => {
                self.arity(name, args, &[1], span);
                None
            }
            Builtin::Int | Builtin::Float | Builtin::Bool => {
                if !self.arity(name, args, &[0, 1], span) {
                    return None;
                }
                let Some(arg) = args.first() else {
                    return Some(match b {
                        Builtin::Int => int(0),
                        Builtin::Float => float(0.0),
                        _ => ir::Expr::new(E::Bool(false), Type::Bool),
                    });
                };
                let x = self.expr_value(arg)?;
                match (b, x.ty()) {
                    (Builtin::Bool, _) => Some(self.truthy(x, span)),
                    (_, Type::Str) => {
                        let f = if b == Builtin::Int {
                            StrFn::ToInt
                        } else {
                            StrFn::ToFloat
                        };
                        let site = self.site(span);
                        Some(ir::Expr::new(E::StrFn(f, vec![x], site), f.result()))
                    }
                    (_, t) if !t.is_scalar() => {
                        self.error(
                            Diagnostic::error(arg.span, format!("`{name}` cannot convert {t}"))
                                .label(format!("{t}")),
                        );
                        None
                    }
                    (Builtin::Int, Type::Float) => Some(self.convert(Convert::FloatToInt, x, span)),
                    (Builtin::Int, _) => Some(self.numeric(x, false, span)),
                    (_, _) => Some(self.numeric(x, true, span)),
                }
            }
            Builtin::Range => {
                self.error(
                    Diagnostic::error(span, "`range` can only be looped over here")
                        .label("range outside `for`")
                        .note("write `for i in range(...)`"),
                );
                None
            }
            Builtin::Print => {
                self.error(
                    Diagnostic::error(span, "not supported in kernels yet: printing")
                        .label("print")
                        .note("return the values to Rust and print them there"),
                );
                None
            }
            Builtin::Ord | Builtin::Chr => {
                if !self.arity(name, args, &[1], span) {
                    return None;
                }
                let (f, ty) = if b == Builtin::Ord {
                    (StrFn::Ord, Type::Str)
                } else {
                    (StrFn::Chr, Type::Int)
                };
                let x = self.expr_as(&args[0], &ty, &format!("the argument of `{name}`"))?;
                let site = self.site(span);
                Some(ir::Expr::new(E::StrFn(f, vec![x], site), f.result()))
            }
            Builtin::Str => {
                if !self.arity(name, args, &[0, 1], span) {
                    return None;
                }
                let Some(arg) = args.first() else {
                    return Some(ir::Expr::new(E::Str(String::new()), Type::Str));
                };
                let x = self.expr_value(arg)?;
                self.str_of(x, arg.span)
            }
            _ => {
                self.error(
                    Diagnostic::error(
                        span,
                        format!("not supported in kernels yet: the builtin `{name}`"),
                    )
                    .label("builtin"),
                );
                None
            }
        }
    }

    /// `min(a, b, ...)`/`max(...)`: arguments evaluated in order, the first extreme kept.
    fn min_max(&mut self, is_max: bool, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        let mut values = Vec::new();
        for a in args {
            values.push(self.expr_value(a)?);
        }
        let ty = values[0].ty();
        if !ty.is_scalar() || values.iter().any(|v| v.ty() != ty) {
            let types: Vec<String> = values.iter().map(|v| v.ty().to_string()).collect();
            self.error(
                Diagnostic::error(
                    span,
                    format!(
                        "`{}` needs arguments of one scalar type, found {}",
                        if is_max { "max" } else { "min" },
                        types.join(", ")
                    ),
                )
                .label("mixed types")
                .note("Python would return one of them unchanged; convert them to one type first"),
            );
            return None;
        }
        let mut stmts = Vec::new();
        let temps: Vec<usize> = values.iter().map(|_| self.temp(ty.clone())).collect();
        for (t, v) in temps.iter().zip(values) {
            stmts.push(ir::Stmt::Assign(*t, v));
        }
        let best = temps[0];
        for &t in &temps[1..] {
            let cmp = if is_max { CmpOp::Gt } else { CmpOp::Lt };
            let c = self.compare(cmp, local(t, ty.clone()), local(best, ty.clone()), span)?;
            stmts.push(ir::Stmt::If {
                cond: c,
                then: vec![ir::Stmt::Assign(best, local(t, ty.clone()))],
                otherwise: Vec::new(),
            });
        }
        Some(ir::Expr::new(
            E::Block(stmts, Box::new(local(best, ty.clone()))),
            ty,
        ))
    }

    /// `xs.append(v)` as a statement.
    pub(super) fn method_statement(
        &mut self,
        obj: &ast::Expr,
        method: &ast::Ident,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<Vec<ir::Stmt>> {
        if self.lexicon.method(&method.name) != Some(Method::Append) {
            return None;
        }
        let mut stmts = Vec::new();
        if args.len() != 1 {
            self.arity("append", args, &[1], span);
            return Some(stmts);
        }
        // The first append to `x = []` decides its element type.
        if let A::Name(n) = &obj.kind
            && let Some(&id) = self.names.get(n)
            && self.pending.contains(&id)
            && self.assigned.contains(&id)
        {
            let Some(v) = self.expr_value(&args[0]) else {
                return Some(stmts);
            };
            let Some(v) = self.owned(v, args[0].span, "into a list") else {
                return Some(stmts);
            };
            self.pending.remove(&id);
            self.locals[id].ty = Type::list(v.ty());
            let site = self.site(span);
            stmts.push(ir::Stmt::Append {
                list: local(id, self.locals[id].ty.clone()),
                value: v,
                site,
            });
            return Some(stmts);
        }
        let Some((place, elem)) = self.writable_place(obj) else {
            return Some(stmts);
        };
        if let E::Local(id) = place.kind
            && matches!(self.locals[id].role, Role::Param { .. })
        {
            self.error(
                Diagnostic::error(obj.span, "cannot append to a parameter list")
                    .label("the caller's list")
                    .note(
                        "the caller passes a slice of fixed length; build a new list and return it",
                    ),
            );
            return Some(stmts);
        }
        let Some(v) = self.expr_as(&args[0], &elem, "the appended element") else {
            return Some(stmts);
        };
        let Some(v) = self.owned(v, args[0].span, "into a list") else {
            return Some(stmts);
        };
        let site = self.site(span);
        stmts.push(ir::Stmt::Append {
            list: place,
            value: v,
            site,
        });
        Some(stmts)
    }
}

fn plural(one: bool, word: &str) -> String {
    if one {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// "1 was given", "2 were given".
fn given(n: usize) -> String {
    if n == 1 {
        "1 was given".to_string()
    } else {
        format!("{n} were given")
    }
}

impl FnChecker<'_> {
    /// `str(x)`.
    pub(super) fn str_of(&mut self, x: ir::Expr, span: Span) -> Option<ir::Expr> {
        match x.ty() {
            Type::Str => Some(x),
            Type::Int | Type::Float | Type::Bool => {
                let site = self.site(span);
                Some(ir::Expr::new(E::ToStr(Box::new(x), site), Type::Str))
            }
            Type::Tuple(_) => self.tuple_str(x, span),
            // `str(b)` of a `bytes` is its `repr`.
            Type::Bytes => {
                let site = self.site(span);
                Some(ir::Expr::new(E::StrRepr(Box::new(x), site), Type::Str))
            }
            t if t.holds_tuples() => self.list_str(x, span),
            t => {
                self.error(
                    Diagnostic::error(span, format!("not supported in kernels yet: `str` of {t}"))
                        .label("not convertible yet"),
                );
                None
            }
        }
    }

    /// `+` and `*` with a string or `bytes` operand.
    fn str_binary(&mut self, op: BinOp, l: ir::Expr, r: ir::Expr, span: Span) -> Option<ir::Expr> {
        let (lt, rt) = (l.ty(), r.ty());
        let site = self.site(span);
        match (op, &lt, &rt) {
            (BinOp::Add, a, b) if a.is_str_or_bytes() && a == b => Some(ir::Expr::new(
                E::StrConcat(Box::new(l), Box::new(r), site),
                lt,
            )),
            (BinOp::Mul, s, t) if s.is_str_or_bytes() && t.is_intlike() => {
                let n = self.numeric(r, false, span);
                Some(ir::Expr::new(
                    E::StrRepeat(Box::new(l), Box::new(n), site),
                    lt,
                ))
            }
            (BinOp::Mul, t, s) if t.is_intlike() && s.is_str_or_bytes() => {
                // `n * s`: Python evaluates `n` first.
                let n = self.numeric(l, false, span);
                let t = self.temp(Type::Int);
                let repeat = ir::Expr::new(
                    E::StrRepeat(
                        Box::new(r),
                        Box::new(ir::Expr::new(E::Local(t), Type::Int)),
                        site,
                    ),
                    rt.clone(),
                );
                Some(ir::Expr::new(
                    E::Block(vec![ir::Stmt::Assign(t, n)], Box::new(repeat)),
                    rt,
                ))
            }
            _ => {
                let hint = match (op, &lt, &rt) {
                    (BinOp::Add, Type::Bytes, Type::Str) => {
                        "bytes join only bytes: encode the string with `.encode()` first"
                    }
                    (BinOp::Add, Type::Str, Type::Bytes) => {
                        "strings join only strings: decode the bytes with `.decode()` first"
                    }
                    (BinOp::Add, Type::Bytes, _) | (BinOp::Add, _, Type::Bytes) => {
                        "bytes join only bytes: build them with `bytes([...])` of ints"
                    }
                    (BinOp::Add, ..) => "convert the other operand with `str(...)`",
                    _ => "strings and bytes support `+` with their own type and `*` with an int",
                };
                self.error(
                    Diagnostic::error(
                        span,
                        format!("unsupported operand types for {}: {lt} and {rt}", op.text()),
                    )
                    .label("mismatched operands")
                    .note(hint),
                );
                None
            }
        }
    }
}

impl FnChecker<'_> {
    /// An f-string: its pieces formatted and joined left to right.
    fn fstring(&mut self, parts: &[ast::FStringPart], whole: Span) -> Option<ir::Expr> {
        let mut pieces = Vec::new();
        for part in parts {
            let piece = match part {
                ast::FStringPart::Text(t) => ir::Expr::new(E::Str(t.clone()), Type::Str),
                ast::FStringPart::Field {
                    value,
                    conversion,
                    spec,
                    span,
                } => {
                    let mut x = self.expr_value(value)?;
                    let ty = x.ty();
                    if ty.tuple_items().is_some() || ty == Type::Bytes {
                        if spec.as_ref().is_some_and(|s| !s.is_empty()) {
                            let what = if ty == Type::Bytes { "bytes" } else { "tuple" };
                            self.error(
                                Diagnostic::error(*span, format!("a {what} takes no format spec"))
                                    .label(format!("format spec on a {what}"))
                                    .note(format!("Python raises TypeError: unsupported format string passed to {what}.__format__; format the items")),
                            );
                            return None;
                        }
                        // `str` and `repr` of a tuple or a `bytes` are the same text.
                        x = self.str_of(x, value.span)?;
                        pieces.push(x);
                        continue;
                    }
                    if !(x.ty().is_scalar() || x.ty() == Type::Str) {
                        self.error(
                            Diagnostic::error(
                                value.span,
                                format!("not supported in kernels yet: formatting {}", x.ty()),
                            )
                            .label("not formattable yet"),
                        );
                        return None;
                    }
                    let site = self.site(*span);
                    // `!r` only differs from `!s` for strings; `!a` equals `!r` for ASCII.
                    let x = match conversion {
                        Some('r' | 'a') if x.ty() == Type::Str => {
                            ir::Expr::new(E::StrRepr(Box::new(x), site), Type::Str)
                        }
                        Some(_) => self.str_of(x, value.span)?,
                        None => x,
                    };
                    match spec {
                        Some(spec) if !spec.is_empty() => {
                            ir::Expr::new(E::Format(Box::new(x), spec.clone(), site), Type::Str)
                        }
                        _ => self.str_of(x, value.span)?,
                    }
                }
            };
            pieces.push(piece);
        }
        let mut iter = pieces.into_iter();
        let Some(mut acc) = iter.next() else {
            return Some(ir::Expr::new(E::Str(String::new()), Type::Str));
        };
        let site = self.site(whole);
        for piece in iter {
            acc = ir::Expr::new(
                E::StrConcat(Box::new(acc), Box::new(piece), site),
                Type::Str,
            );
        }
        Some(acc)
    }
}

/// The string function a method name denotes, for methods that strings have.
impl FnChecker<'_> {
    /// `s.split([sep])` and `sep.join(words)`.
    fn split_join(
        &mut self,
        m: Method,
        obj: &ast::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<ir::Expr> {
        let receiver = self.expr_as(
            obj,
            &Type::Str,
            &format!("the receiver of `.{}()`", m.python_name()),
        )?;
        let site = self.site(span);
        if m == Method::Split {
            if !self.arity(".split", args, &[0, 1], span) {
                return None;
            }
            let sep = match args.first() {
                Some(a) => Some(Box::new(self.expr_as(a, &Type::Str, "the separator")?)),
                None => None,
            };
            return Some(ir::Expr::new(
                E::StrSplit(Box::new(receiver), sep, site),
                Type::list(Type::Str),
            ));
        }
        if !self.arity(".join", args, &[1], span) {
            return None;
        }
        let items = self.expr_as(
            &args[0],
            &Type::list(Type::Str),
            "the argument of `.join()`",
        )?;
        Some(ir::Expr::new(
            E::StrJoin(Box::new(receiver), Box::new(items), site),
            Type::Str,
        ))
    }
}

fn str_method(m: Method) -> Option<StrFn> {
    Some(match m {
        Method::Upper => StrFn::Upper,
        Method::Lower => StrFn::Lower,
        Method::Strip => StrFn::Strip,
        Method::Replace => StrFn::Replace,
        Method::Find => StrFn::Find,
        Method::Count => StrFn::Count,
        Method::Startswith => StrFn::StartsWith,
        Method::Endswith => StrFn::EndsWith,
        Method::Isalpha => StrFn::IsAlpha,
        Method::Isdigit => StrFn::IsDigit,
        Method::Isupper => StrFn::IsUpper,
        Method::Islower => StrFn::IsLower,
        _ => return None,
    })
}
