//! `bytes`: the `bytes(...)` builtin, `bytes.fromhex`, `s.encode()`, the methods of a `bytes`
//! and `x in b` of an int. Operators, indexing, slicing, loops and printing are where those of
//! strings are; what a `bytes` has of its own is computed by the runtime (`ir::BytesFn`).

use super::FnChecker;
use crate::ast::{self, ExprKind as A};
use crate::diagnostic::Diagnostic;
use crate::ir::{self, BytesFn, ExprKind as E};
use crate::source::Span;
use crate::types::Type;
use crate::vocabulary::Builtin;

/// The methods of `str` and `bytes` known only by their English names.
const CONVERSIONS: &[&str] = &["encode", "decode", "hex"];

impl FnChecker<'_> {
    fn bytes_fn(&mut self, f: BytesFn, args: Vec<ir::Expr>, span: Span) -> ir::Expr {
        let site = self.site(span);
        ir::Expr::new(E::BytesFn(f, args, site), f.result())
    }

    /// `bytes()`, `bytes(n)` (`n` zero bytes), `bytes(xs)` of a list of ints, `bytes(b)`.
    pub(super) fn bytes_call(&mut self, args: &[ast::Expr], span: Span) -> Option<ir::Expr> {
        if !self.arity("bytes", args, &[0, 1], span) {
            return None;
        }
        let Some(arg) = args.first() else {
            return Some(ir::Expr::new(E::Bytes(Vec::new()), Type::Bytes));
        };
        let x = match &arg.kind {
            A::List(_) => self.expr_as(arg, &Type::list(Type::Int), "the argument of `bytes`")?,
            _ => self.expr_value(arg)?,
        };
        match x.ty() {
            Type::Bytes => Some(x),
            t if t.is_intlike() => {
                let n = self.numeric(x, false, arg.span);
                Some(self.bytes_fn(BytesFn::Zeros, vec![n], span))
            }
            t if t == Type::list(Type::Int) => {
                Some(self.bytes_fn(BytesFn::FromInts, vec![x], span))
            }
            t => {
                let note = match t {
                    Type::Str => "encode a string with `.encode()` (UTF-8)",
                    _ => "`bytes` takes a count, a list of ints in range(0, 256), or bytes",
                };
                self.error(
                    Diagnostic::error(arg.span, format!("`bytes` cannot convert {t}"))
                        .label(format!("{t}"))
                        .note(note),
                );
                None
            }
        }
    }

    /// `bytes.fromhex(s)`, when `obj.name` is that.
    pub(super) fn fromhex_call(
        &mut self,
        obj: &ast::Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<Option<ir::Expr>> {
        if name.name != "fromhex" || self.callee_builtin(obj) != Some(Builtin::Bytes) {
            return None;
        }
        if !self.arity("bytes.fromhex", args, &[1], span) {
            return Some(None);
        }
        let Some(s) = self.expr_as(&args[0], &Type::Str, "the argument of `bytes.fromhex`") else {
            return Some(None);
        };
        Some(Some(self.bytes_fn(BytesFn::FromHex, vec![s], span)))
    }

    /// `s.encode()`, `b.decode()` and `b.hex()`, when `name` is one of them.
    pub(super) fn conversion_method(
        &mut self,
        obj: &ast::Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<Option<ir::Expr>> {
        let method = name.name.as_str();
        if !CONVERSIONS.contains(&method) {
            return None;
        }
        let receiver = self.expr_value(obj)?;
        Some(self.bytes_method(method, receiver, args, span))
    }

    /// `receiver.method(args)` of a `bytes` (`encode` of a string): `count`, `find`,
    /// `startswith` and `endswith` (with a `bytes` argument, or an int for `count` and `find`),
    /// `decode`, `hex`.
    pub(super) fn bytes_method(
        &mut self,
        method: &str,
        receiver: ir::Expr,
        args: &[ast::Expr],
        span: Span,
    ) -> Option<ir::Expr> {
        let owner = if method == "encode" {
            Type::Str
        } else {
            Type::Bytes
        };
        if receiver.ty() != owner {
            self.error(
                Diagnostic::error(
                    span,
                    format!(
                        "`.{method}()` is a method of {owner}, but this is {}",
                        receiver.ty()
                    ),
                )
                .label("method"),
            );
            return None;
        }
        let what = format!("the argument of `.{method}()`");
        let f = match method {
            "encode" | "decode" => {
                if !self.arity(&format!(".{method}"), args, &[0, 1], span) || !self.utf8(args) {
                    return None;
                }
                return Some(if method == "encode" {
                    self.bytes_fn(BytesFn::Encode, vec![receiver], span)
                } else {
                    self.bytes_fn(BytesFn::Decode, vec![receiver], span)
                });
            }
            "hex" => {
                if !self.arity(".hex", args, &[0], span) {
                    return None;
                }
                return Some(self.bytes_fn(BytesFn::Hex, vec![receiver], span));
            }
            "startswith" => BytesFn::StartsWith,
            "endswith" => BytesFn::EndsWith,
            "count" => BytesFn::Count,
            "find" => BytesFn::Find,
            _ => {
                self.error(
                    Diagnostic::error(
                        span,
                        format!("not supported in kernels yet: the bytes method `.{method}()`"),
                    )
                    .label("method"),
                );
                return None;
            }
        };
        if !self.arity(&format!(".{method}"), args, &[1], span) {
            return None;
        }
        let arg = self.expr_value(&args[0])?;
        let (f, arg) = match (f, arg.ty()) {
            (_, Type::Bytes) => (f, arg),
            (BytesFn::Count, t) if t.is_intlike() => {
                (BytesFn::CountByte, self.numeric(arg, false, span))
            }
            (BytesFn::Find, t) if t.is_intlike() => {
                (BytesFn::FindByte, self.numeric(arg, false, span))
            }
            (_, t) => {
                let takes = if matches!(f, BytesFn::Count | BytesFn::Find) {
                    "bytes or an int"
                } else {
                    "bytes"
                };
                self.error(
                    Diagnostic::error(
                        args[0].span,
                        format!("mismatched types: {what} must be {takes}, but this value is {t}"),
                    )
                    .label(format!("this is {t}"))
                    .note("encode a string with `.encode()` (UTF-8)"),
                );
                return None;
            }
        };
        Some(self.bytes_fn(f, vec![receiver, arg], span))
    }

    /// Whether the optional encoding argument of `encode`/`decode` is UTF-8 (reported if not).
    fn utf8(&mut self, args: &[ast::Expr]) -> bool {
        let Some(arg) = args.first() else {
            return true;
        };
        let is_utf8 = matches!(&arg.kind, A::Str(name)
            if matches!(name.to_ascii_lowercase().replace('_', "-").as_str(), "utf-8" | "utf8"));
        if !is_utf8 {
            self.error(
                Diagnostic::error(
                    arg.span,
                    "not supported in kernels: encodings other than UTF-8",
                )
                .label("encoding")
                .note("leave the encoding out, or write \"utf-8\""),
            );
        }
        is_utf8
    }

    /// `x in b` of an int `x` (evaluated first) and a `bytes` `b`.
    pub(super) fn byte_in(&mut self, x: ir::Expr, b: ir::Expr, span: Span) -> ir::Expr {
        let x = self.numeric(x, false, span);
        self.bytes_fn(BytesFn::ContainsByte, vec![x, b], span)
    }

    /// The list of the ints of `x` when it is a `bytes` (`sum`, `min`, `max`, `sorted` and
    /// `list` of a `bytes`), else `x`.
    pub(super) fn ints_of_bytes(&mut self, x: ir::Expr, span: Span) -> ir::Expr {
        if x.ty() == Type::Bytes {
            self.bytes_fn(BytesFn::ToList, vec![x], span)
        } else {
            x
        }
    }
}
