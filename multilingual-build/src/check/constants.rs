//! Top-level constants: a name that the program's top-level statements assign exactly once,
//! directly (not inside an `if` or a loop), to a constant expression, can be read by the file's
//! functions, as Python functions read module globals.

use crate::ast::{self, BinOp, ExprKind as A, StmtKind as S, UnaryOp};
use std::collections::BTreeMap;

/// The value of a top-level constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
}

/// The constants of a program's top-level statements, by name.
pub fn program_constants(main: &[ast::Stmt]) -> BTreeMap<String, Const> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    count_assignments(main, &mut counts);
    let mut out = BTreeMap::new();
    for s in main {
        if let S::Assign { target, value, .. } = &s.kind
            && let A::Name(n) = &target.kind
            && counts.get(n.as_str()) == Some(&1)
            && let Some(v) = eval(value, &out)
        {
            out.insert(n.clone(), v);
        }
    }
    out
}

fn count_assignments<'a>(body: &'a [ast::Stmt], counts: &mut BTreeMap<&'a str, usize>) {
    for s in body {
        match &s.kind {
            S::Assign { target, .. } => count_target(target, 1, counts),
            // An augmented assignment changes a value assigned before: never a constant.
            S::AugAssign { target, .. } => count_target(target, 2, counts),
            S::For {
                target, more, body, ..
            } => {
                for t in std::iter::once(target).chain(more) {
                    *counts.entry(t.name.as_str()).or_default() += 2;
                }
                count_assignments(body, counts);
            }
            S::If {
                then, otherwise, ..
            } => {
                count_assignments(then, counts);
                count_assignments(otherwise, counts);
            }
            S::While { body, .. } => count_assignments(body, counts),
            _ => {}
        }
    }
}

/// Counts the names a target binds (`a`, `a, b`) `weight` times each.
fn count_target<'a>(target: &'a ast::Expr, weight: usize, counts: &mut BTreeMap<&'a str, usize>) {
    match &target.kind {
        A::Name(n) => *counts.entry(n.as_str()).or_default() += weight,
        // Names inside an unpacking are bound from values known only when it runs.
        A::Tuple(items) => {
            for t in items {
                count_target(t, 2, counts);
            }
        }
        _ => {}
    }
}

/// Evaluates literals, earlier constants, unary minus and `+ - *` (exact for ints, else not a
/// constant), `/` of numbers, `+` of strings and of `bytes`.
fn eval(e: &ast::Expr, known: &BTreeMap<String, Const>) -> Option<Const> {
    Some(match &e.kind {
        A::Int(v) => Const::Int(i64::try_from(*v).ok()?),
        A::Float(v) => Const::Float(*v),
        A::Bool(b) => Const::Bool(*b),
        A::Str(s) => Const::Str(s.clone()),
        A::Bytes(b) => Const::Bytes(b.clone()),
        A::Name(n) => known.get(n)?.clone(),
        A::Unary(UnaryOp::Neg, x) => match eval(x, known)? {
            Const::Int(v) => Const::Int(v.checked_neg()?),
            Const::Float(v) => Const::Float(-v),
            Const::Bool(_) | Const::Str(_) | Const::Bytes(_) => return None,
        },
        A::Binary(op, l, r) => {
            let (l, r) = (eval(l, known)?, eval(r, known)?);
            match (l, r) {
                (Const::Int(a), Const::Int(b)) => match op {
                    BinOp::Add => Const::Int(a.checked_add(b)?),
                    BinOp::Sub => Const::Int(a.checked_sub(b)?),
                    BinOp::Mul => Const::Int(a.checked_mul(b)?),
                    _ => return None,
                },
                (Const::Float(a), Const::Float(b)) => match op {
                    BinOp::Add => Const::Float(a + b),
                    BinOp::Sub => Const::Float(a - b),
                    BinOp::Mul => Const::Float(a * b),
                    BinOp::Div if b != 0.0 => Const::Float(a / b),
                    _ => return None,
                },
                (Const::Str(a), Const::Str(b)) if *op == BinOp::Add => Const::Str(a + &b),
                (Const::Bytes(a), Const::Bytes(b)) if *op == BinOp::Add => {
                    Const::Bytes([a, b].concat())
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use crate::vocabulary::Lang;

    fn parse_only_for_tests(text: &str) -> ast::Module {
        crate::compile::parse_only(&SourceFile::new("k.ml", text), Some(Lang::En))
            .expect("parses")
            .0
    }

    #[test]
    fn constants_and_non_constants() {
        let m = parse_only_for_tests(
            "N = 10\nM = N * 3 - 1\nX = -2.5\nF = True\nC = 0\nC = 1\nfor I in range(3):\n    pass\nY = M / 2\nS = 'ab' + 'c'\nB = b'a' + b'\\xff'\nP = 1\nP, Q = 2, 3\nR = 1\nR += 1\n",
        );
        let c = program_constants(&m.main);
        assert_eq!(c.get("N"), Some(&Const::Int(10)));
        assert_eq!(c.get("M"), Some(&Const::Int(29)));
        assert_eq!(c.get("X"), Some(&Const::Float(-2.5)));
        assert_eq!(c.get("F"), Some(&Const::Bool(true)));
        assert_eq!(c.get("C"), None, "assigned twice");
        assert_eq!(c.get("I"), None, "a loop variable");
        assert_eq!(c.get("Y"), None, "int / int is left to run time");
        assert_eq!(c.get("S"), Some(&Const::Str("abc".into())));
        assert_eq!(c.get("B"), Some(&Const::Bytes(vec![b'a', 0xff])));
        assert_eq!(c.get("P"), None, "assigned again by unpacking");
        assert_eq!(c.get("R"), None, "changed by `+=`");
    }
}
