//! The syntax tree, as written (names unresolved, types unchecked), with spans.

use crate::source::Span;
use crate::token::AugOp;
use crate::vocabulary::Builtin;

/// A name as written, with its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// The name.
    pub name: String,
    /// Where it is written.
    pub span: Span,
}

/// A parsed file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Module {
    /// `import math` and `from math import sqrt` lines.
    pub imports: Vec<Import>,
    /// Top-level function definitions, in source order.
    pub functions: Vec<FuncDef>,
    /// Statements at the top level (outside any `def`), in source order: the program's main.
    pub main: Vec<Stmt>,
}

/// An import of the `math` module.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The module name (`math`).
    pub module: Ident,
    /// For `from math import a, b`: the names; empty for `import math`.
    pub names: Vec<Ident>,
}

/// A `def`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDef {
    /// The function's name.
    pub name: Ident,
    /// Its parameters.
    pub params: Vec<Param>,
    /// The annotated result type (`None`: returns nothing).
    pub result: Option<TypeExpr>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A parameter with its annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// The name.
    pub name: Ident,
    /// Its annotation, if written.
    pub ty: Option<TypeExpr>,
}

/// A type as written: a type name, maybe with element types (`liste[flottant]`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    /// The base: a type keyword or another name.
    pub base: TypeName,
    /// Element types between brackets.
    pub args: Vec<TypeExpr>,
    /// Where it is written.
    pub span: Span,
}

/// The base of a type annotation.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeName {
    /// A builtin type (from a type keyword or a type name of any spelling).
    Builtin(Builtin),
    /// Any other name (resolved by the checker).
    Name(String),
    /// `None`.
    None,
}

/// A statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What it is.
    pub kind: StmtKind,
    /// Where it is.
    pub span: Span,
}

/// The statements of the kernel language.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect (a call).
    Expr(Expr),
    /// `target = value` or `target: ty = value`.
    Assign {
        target: Expr,
        annotation: Option<TypeExpr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: AugOp,
        value: Expr,
    },
    /// `if`/`elif`/`else` (an `elif` is an `if` alone in the `else` part).
    If {
        cond: Expr,
        then: Vec<Stmt>,
        otherwise: Vec<Stmt>,
    },
    /// `while cond:`.
    While { cond: Expr, body: Vec<Stmt> },
    /// `for target in iter:` (in any word order); `for i, x in enumerate(xs):` has the names
    /// after the first in `more`.
    For {
        target: Ident,
        more: Vec<Ident>,
        iter: Expr,
        body: Vec<Stmt>,
    },
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `pass`.
    Pass,
    /// `return [value]`.
    Return(Option<Expr>),
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where it is.
    pub span: Span,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

/// Binary arithmetic and bitwise operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

impl BinOp {
    /// The operator of an augmented assignment.
    pub fn from_aug(op: AugOp) -> BinOp {
        match op {
            AugOp::Add => BinOp::Add,
            AugOp::Sub => BinOp::Sub,
            AugOp::Mul => BinOp::Mul,
            AugOp::Div => BinOp::Div,
            AugOp::FloorDiv => BinOp::FloorDiv,
            AugOp::Mod => BinOp::Mod,
            AugOp::Pow => BinOp::Pow,
            AugOp::BitAnd => BinOp::BitAnd,
            AugOp::BitOr => BinOp::BitOr,
            AugOp::BitXor => BinOp::BitXor,
            AugOp::Shl => BinOp::Shl,
            AugOp::Shr => BinOp::Shr,
        }
    }

    /// The ASCII spelling.
    pub fn text(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
        }
    }
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    In,
    NotIn,
    Is,
    IsNot,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// The expressions of the kernel language.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An integer literal (the sign is a separate operator).
    Int(u64),
    /// A float literal.
    Float(f64),
    /// `True` / `False`.
    Bool(bool),
    /// `None`.
    None,
    /// A string literal.
    Str(String),
    /// A bytes literal `b"..."`.
    Bytes(Vec<u8>),
    /// An f-string `f"..."`: its literal pieces and replacement fields, in source order.
    FString(Vec<FStringPart>),
    /// A name.
    Name(String),
    /// `op operand`.
    Unary(UnaryOp, Box<Expr>),
    /// `left op right`.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a < b <= c`: the first operand and the (operator, operand) pairs.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `a and b`, `a or b`.
    BoolOp(BoolOp, Box<Expr>, Box<Expr>),
    /// `then if cond else otherwise`.
    IfExp {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `func(args)`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        /// Keyword arguments (`sep=", "`), in source order.
        keywords: Vec<(Ident, Expr)>,
    },
    /// `value.name`.
    Attribute(Box<Expr>, Ident),
    /// `value[index]`.
    Index(Box<Expr>, Box<Expr>),
    /// `value[lower:upper:step]`, each part optional.
    Slice(Box<Expr>, [Option<Box<Expr>>; 3]),
    /// `[a, b, c]`.
    List(Vec<Expr>),
    /// `(a, b)`, or `a, b` where a statement allows it (assignments, `return`).
    Tuple(Vec<Expr>),
    /// `[elem for target, more... in iter if cond]`.
    ListComp {
        elem: Box<Expr>,
        target: Ident,
        more: Vec<Ident>,
        iter: Box<Expr>,
        cond: Option<Box<Expr>>,
    },
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text, with escapes processed and `{{`/`}}` reduced to one brace.
    Text(String),
    /// A replacement field `{value!conversion:spec}`.
    Field {
        /// The expression between the braces (its span points into the file).
        value: Expr,
        /// The conversion after `!`: `'r'` (repr), `'s'` (str) or `'a'` (ascii).
        conversion: Option<char>,
        /// The format spec after `:` as literal text (`.2f`, `>8`), escapes processed; `None`
        /// when there is no spec or it is empty.
        spec: Option<String>,
        /// The whole field, from `{` to `}`.
        span: Span,
    },
}
