//! The literal table: every string and `bytes` literal a program uses, laid out once in a data
//! segment below the heap in the layout of a string (see [`super::abi::STR_BYTES`]), so that a
//! literal is a constant pointer. A string and a `bytes` with the same block (an ASCII string and
//! its bytes) share one entry.

use super::stmt::FnGen;
use crate::ir::{ExprKind as E, Node, Program, Stmt};
use crate::types::Type;

/// The texts `str(bool)` gives, kept as literals.
pub const TRUE: &str = "True";
pub const FALSE: &str = "False";

/// One block of the table: its bytes and its length in code points (for a `bytes`, its length in
/// bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Literal<'a> {
    bytes: &'a [u8],
    chars: usize,
}

impl<'a> Literal<'a> {
    /// The block of a string.
    pub fn text(t: &'a str) -> Literal<'a> {
        Literal {
            bytes: t.as_bytes(),
            chars: t.chars().count(),
        }
    }

    /// The block of a `bytes`.
    pub fn bytes(b: &'a [u8]) -> Literal<'a> {
        Literal {
            bytes: b,
            chars: b.len(),
        }
    }
}

/// The literals of `program`, each once, in order of first use: string and `bytes` values, the
/// `sep` and `end` of `print`, format specs, and `True` and `False` when the program converts a
/// bool to a string.
pub fn literals(program: &Program) -> Vec<Literal<'_>> {
    fn add<'a>(l: Literal<'a>, out: &mut Vec<Literal<'a>>) {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    let mut out = Vec::new();
    program.walk(&mut |node| {
        let e = match node {
            // `sep` and `end` of `print` are written from literals too.
            Node::Stmt(Stmt::Print { sep, end, .. }) => {
                for t in [sep, end] {
                    if !t.is_empty() {
                        add(Literal::text(t), &mut out);
                    }
                }
                return;
            }
            Node::Stmt(_) => return,
            Node::Expr(e) => e,
        };
        match &e.kind {
            E::Str(t) => add(Literal::text(t), &mut out),
            E::Bytes(b) => add(Literal::bytes(b), &mut out),
            // The format spec of an f-string field is handed to the host as a literal.
            E::Format(_, spec, _) if !spec.is_empty() => add(Literal::text(spec), &mut out),
            E::ToStr(x, _) if x.ty() == Type::Bool => {
                add(Literal::text(TRUE), &mut out);
                add(Literal::text(FALSE), &mut out);
            }
            E::Format(x, spec, _) if spec.is_empty() && x.ty() == Type::Bool => {
                add(Literal::text(TRUE), &mut out);
                add(Literal::text(FALSE), &mut out);
            }
            _ => {}
        }
    });
    out
}

/// The data of the literal table placed at `base` (8-aligned), and each literal's address.
pub fn literal_segment(literals: &[Literal<'_>], base: u32) -> (Vec<u8>, Vec<i32>) {
    let mut data = Vec::new();
    let mut addrs = Vec::with_capacity(literals.len());
    for l in literals {
        data.resize(data.len().next_multiple_of(8), 0);
        addrs.push((base as usize + data.len()) as i32);
        data.extend_from_slice(&(l.bytes.len() as u32).to_le_bytes());
        data.extend_from_slice(&(l.chars as u32).to_le_bytes());
        data.extend_from_slice(l.bytes);
    }
    (data, addrs)
}

impl FnGen<'_> {
    /// Pushes the address of the string literal `text`.
    pub(super) fn literal(&mut self, text: &str) {
        self.push_literal(Literal::text(text));
    }

    /// Pushes the address of the `bytes` literal `b`.
    pub(super) fn bytes_literal(&mut self, b: &[u8]) {
        self.push_literal(Literal::bytes(b));
    }

    fn push_literal(&mut self, l: Literal<'_>) {
        let n = self.strs.iter().position(|t| *t == l).unwrap_or(0);
        self.a.str_lit(n as u32);
    }
}
