//! The typed intermediate representation: the only input of the back ends. Every value has a
//! known type, every operator is resolved to its typed form, every run-time error has a site, and
//! Python's evaluation order is explicit. Only the checker can build a [`Program`].

use crate::types::Type;
use crate::vocabulary::MathFn;

/// Index of a local variable in its function (parameters first).
pub type LocalId = usize;
/// Index of a function in the program.
pub type FuncId = usize;
/// Index into the program's table of error sites.
pub type SiteId = u32;

/// A source position where a run-time error can be raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Site {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

/// A checked program.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// The file path, as shown in errors.
    pub file: String,
    /// The functions, in source order.
    pub functions: Vec<Function>,
    /// Error sites, referenced by [`SiteId`].
    pub sites: Vec<Site>,
    pub(crate) _checked: Checked,
}

/// Proof that a program went through the checker.
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct Checked;

impl Program {
    pub(crate) fn new(file: String, functions: Vec<Function>, sites: Vec<Site>) -> Program {
        Program {
            file,
            functions,
            sites,
            _checked: Checked,
        }
    }

    /// Calls `f` on every statement and expression of the program's functions, each before
    /// the statements and expressions it contains, in source order.
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(Node<'a>)) {
        for func in &self.functions {
            walk(&func.body, f);
        }
    }

    /// The public functions (names not starting with `_`).
    pub fn public_functions(&self) -> impl Iterator<Item = (FuncId, &Function)> {
        self.functions.iter().enumerate().filter(|(_, f)| f.public)
    }
}

/// A statement or an expression, as [`Program::walk`] visits them.
#[derive(Clone, Copy, Debug)]
pub enum Node<'a> {
    /// A statement.
    Stmt(&'a Stmt),
    /// An expression.
    Expr(&'a Expr),
}

/// Visits `stmts` (see [`Program::walk`]).
pub(crate) fn walk<'a>(stmts: &'a [Stmt], f: &mut dyn FnMut(Node<'a>)) {
    for s in stmts {
        f(Node::Stmt(s));
        match s {
            Stmt::Assign(_, e) | Stmt::Expr(e) | Stmt::Return(Some(e)) => walk_expr(e, f),
            Stmt::SetIndex {
                list, index, value, ..
            } => {
                walk_expr(value, f);
                walk_expr(list, f);
                walk_expr(index, f);
            }
            Stmt::Append { list, value, .. } => {
                walk_expr(list, f);
                walk_expr(value, f);
            }
            Stmt::Print { items, .. } => {
                for e in items {
                    walk_expr(e, f);
                }
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                walk_expr(cond, f);
                walk(then, f);
                walk(otherwise, f);
            }
            Stmt::While { cond, body } => {
                walk_expr(cond, f);
                walk(body, f);
            }
            Stmt::ForRange { body, .. } => walk(body, f),
            Stmt::ForList { list, body, .. } => {
                walk_expr(list, f);
                walk(body, f);
            }
            Stmt::Break | Stmt::Continue | Stmt::Return(None) => {}
        }
    }
}

/// Visits `e` and its subexpressions.
pub(crate) fn walk_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(Node<'a>)) {
    use ExprKind as E;
    f(Node::Expr(e));
    match &e.kind {
        E::Int(_)
        | E::Float(_)
        | E::Bool(_)
        | E::Local(_)
        | E::Take(..)
        | E::Str(_)
        | E::Bytes(_) => {}
        E::NegInt(x, _)
        | E::NegFloat(x)
        | E::InvertInt(x)
        | E::Not(x)
        | E::Convert(_, x, _)
        | E::Abs(x, _)
        | E::Math(_, x, _)
        | E::Len(x)
        | E::ListFn(_, x, _)
        | E::ListTruthy(x)
        | E::CopyList(x, _)
        | E::StrLen(x)
        | E::StrTruthy(x)
        | E::ToStr(x, _)
        | E::Format(x, _, _)
        | E::StrRepr(x, _)
        | E::TupleGet(x, _)
        | E::ProvedIndex(x, _) => walk_expr(x, f),
        E::Int2(_, a, b, _)
        | E::IntExact(_, a, b)
        | E::AddToNatural(a, b, _)
        | E::NextRemainder(a, b)
        | E::IntFits(_, a, b)
        | E::Float2(_, a, b, _)
        | E::Bool2(_, a, b)
        | E::Compare(_, _, a, b)
        | E::And(a, b)
        | E::Or(a, b)
        | E::Index(a, b, _)
        | E::ListRepeat(a, b, _)
        | E::StrConcat(a, b, _)
        | E::StrJoin(a, b, _)
        | E::StrRepeat(a, b, _)
        | E::StrCompare(_, a, b)
        | E::StrIndex(a, b, _)
        | E::BytesIndex(a, b, _)
        | E::StrContains(a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        E::Cond(c, a, b) => {
            walk_expr(c, f);
            walk_expr(a, f);
            walk_expr(b, f);
        }
        E::StrSplit(x, sep, _) => {
            walk_expr(x, f);
            if let Some(sep) = sep {
                walk_expr(sep, f);
            }
        }
        E::Slice(x, parts, _) => {
            walk_expr(x, f);
            for p in parts.iter().flatten() {
                walk_expr(p, f);
            }
        }
        E::Block(stmts, x) => {
            walk(stmts, f);
            walk_expr(x, f);
        }
        E::Call(_, args)
        | E::Tuple(args, _)
        | E::ListLit(_, args, _)
        | E::StrFn(_, args, _)
        | E::BytesFn(_, args, _)
        | E::ListMethod(_, args, _) => {
            for a in args {
                walk_expr(a, f);
            }
        }
    }
}

/// A local variable.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    /// Its name in the source (compiler temporaries start with `__`).
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Parameter, variable, or compiler temporary.
    pub role: Role,
}

/// What a local is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A parameter; for lists, whether the function writes into it (directly or through calls).
    Param { written: bool },
    /// A variable of the source.
    Var,
    /// A temporary introduced by lowering.
    Temp,
}

/// A function.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// The name as written.
    pub name: String,
    /// Exported (name not starting with `_`).
    pub public: bool,
    /// Number of parameters: locals `0..params`.
    pub params: usize,
    /// All locals.
    pub locals: Vec<Local>,
    /// Result type (`None`: returns nothing).
    pub result: Option<Type>,
    /// The body.
    pub body: Vec<Stmt>,
}

impl Function {
    /// The parameter locals.
    pub fn param_locals(&self) -> &[Local] {
        &self.locals[..self.params]
    }
}

/// Statements.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `local = value`.
    Assign(LocalId, Expr),
    /// `list[index] = value`, `list` a [place](Expr::is_place); the value is evaluated first
    /// (as Python does), then the place, then the index.
    SetIndex {
        list: Expr,
        index: Expr,
        value: Expr,
        site: SiteId,
    },
    /// `list.append(value)`, `list` a [place](Expr::is_place), evaluated before the value.
    Append {
        list: Expr,
        value: Expr,
        site: SiteId,
    },
    /// `print(items…, sep=…, end=…)`: every item is evaluated first, then the line is written;
    /// each item is an int, float, bool, string or list of numbers, written as `str()` shows it.
    Print {
        items: Vec<Expr>,
        sep: String,
        end: String,
    },
    /// An expression evaluated for its effects.
    Expr(Expr),
    /// `if cond: then else: otherwise`.
    If {
        cond: Expr,
        then: Vec<Stmt>,
        otherwise: Vec<Stmt>,
    },
    /// `while cond: body`; `forever` when the condition is the literal `True`.
    While { cond: Expr, body: Vec<Stmt> },
    /// `for var in range(start, stop, step)`: bounds evaluated once, in order, into temporaries.
    ForRange {
        var: LocalId,
        counter: LocalId,
        stop: LocalId,
        step: Step,
        body: Vec<Stmt>,
    },
    /// `for var in list`, `list` a [place](Expr::is_place) whose indices are locals the loop
    /// does not assign: its length is read afresh on each step (appends are seen, as in Python).
    /// `var` is `None` when the elements are lists: the body then reads `list[index]` in place
    /// of the variable, so writes through it reach the list, as in Python.
    ForList {
        var: Option<LocalId>,
        list: Expr,
        index: LocalId,
        body: Vec<Stmt>,
    },
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return [value]`.
    Return(Option<Expr>),
}

/// The step of a range loop.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// A literal step, never zero.
    Const(i64),
    /// A step held in a local, checked against zero at `site`.
    Local(LocalId, SiteId),
}

/// A typed expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What it computes.
    pub kind: ExprKind,
    /// Its type (`None` for calls of functions that return nothing).
    pub ty: Option<Type>,
}

/// Operations on ints (checked ones carry a site).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    Shl,
    Shr,
}

/// Operations on floats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

/// What a comparison compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    /// Two ints (bools are widened first).
    Int,
    /// Two floats.
    Float,
    /// An int (left) and a float (right), compared exactly as Python does.
    IntFloat,
    /// A float (left) and an int (right), compared exactly as Python does.
    FloatInt,
}

/// Conversions between scalar types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Convert {
    /// bool → int.
    BoolToInt,
    /// int → float (round to nearest).
    IntToFloat,
    /// float → int, truncating; NaN, infinities and out-of-range values raise.
    FloatToInt,
    /// int → bool (`!= 0`).
    IntToBool,
    /// float → bool (`!= 0.0`; NaN is true).
    FloatToBool,
}

/// Builtins that work on a whole list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFn {
    /// `sum(list)`: checked for ints, Python 3.12's compensated summation for floats.
    Sum,
    /// `min(list)`: raises on an empty list.
    Min,
    /// `max(list)`: raises on an empty list.
    Max,
}

/// Expression kinds.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An int constant.
    Int(i64),
    /// A float constant.
    Float(f64),
    /// A bool constant.
    Bool(bool),
    /// Read a local (a list local: borrow it, or copy it where it is bound to a second name; the
    /// checker allows that only where the copy and Python's shared list cannot be told apart).
    Local(LocalId),
    /// Move a list out of a local that is not read again before it is assigned (proved by the
    /// checker): putting it into another list, or binding it to another name. The site locates
    /// the move in diagnostics.
    Take(LocalId, SiteId),
    /// `list.copy()`: a new list with the same elements.
    CopyList(Box<Expr>, SiteId),
    /// `s.split()` / `s.split(sep)`: a new list of strings; an empty `sep` raises at the site.
    StrSplit(Box<Expr>, Option<Box<Expr>>, SiteId),
    /// `sep.join(items)` of a list of strings.
    StrJoin(Box<Expr>, Box<Expr>, SiteId),
    /// A list method, `value in list` or `sorted(list)` (the runtime's `list_fn` on both paths);
    /// the list first (a place for the methods that change it), then the arguments.
    ListMethod(ListMethod, Vec<Expr>, SiteId),
    /// `seq[lower:upper:step]` of a list (a new list), a string or a `bytes`, bounds clamped as
    /// Python does; a zero step raises `ValueError` at the site.
    Slice(Box<Expr>, [Option<Box<Expr>>; 3], SiteId),
    /// `-x` on ints (checked).
    NegInt(Box<Expr>, SiteId),
    /// `-x` on floats.
    NegFloat(Box<Expr>),
    /// `~x` on ints.
    InvertInt(Box<Expr>),
    /// `not x` on a bool.
    Not(Box<Expr>),
    /// Binary int operation; the site is where overflow / division by zero is reported.
    Int2(IntOp, Box<Expr>, Box<Expr>, SiteId),
    /// Binary int operation that [`crate::analysis`] proved cannot raise: `Add`, `Sub` and `Mul`
    /// without overflow, `FloorDiv` and `Mod` by a divisor > 0. Computed without checks.
    IntExact(IntOp, Box<Expr>, Box<Expr>),
    /// `a + b` of ints where [`crate::analysis`] proved `a` ≥ 0: it can only overflow upwards,
    /// exactly when the wrapped sum is below `b`, a cheaper test than the general one
    /// (`OverflowError` at the site).
    AddToNatural(Box<Expr>, Box<Expr>, SiteId),
    /// The next value of a carried `i % d` (`r` in `0..d`): `r + 1`, or 0 when that reaches `d`.
    /// Both back ends branch, which the processor predicts, rather than select: a select would
    /// make each step wait for the comparison of the one before.
    NextRemainder(Box<Expr>, Box<Expr>),
    /// Whether `a op b` (`Add`, `Sub` or `Mul`) stays within 64 bits: a bool, raises nothing (the
    /// pre-checks of loops that [`crate::analysis`] versions).
    IntFits(IntOp, Box<Expr>, Box<Expr>),
    /// Binary float operation.
    Float2(FloatOp, Box<Expr>, Box<Expr>, SiteId),
    /// `&`, `|`, `^` on two bools.
    Bool2(IntOp, Box<Expr>, Box<Expr>),
    /// A comparison of two scalars.
    Compare(Cmp, CmpKind, Box<Expr>, Box<Expr>),
    /// Short-circuit `and` of two bools.
    And(Box<Expr>, Box<Expr>),
    /// Short-circuit `or` of two bools.
    Or(Box<Expr>, Box<Expr>),
    /// `then if cond else otherwise`.
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// Run statements, then yield a value (lowering of chained comparisons, min/max, ...).
    Block(Vec<Stmt>, Box<Expr>),
    /// Scalar conversion.
    Convert(Convert, Box<Expr>, SiteId),
    /// `abs` of an int (checked) or a float.
    Abs(Box<Expr>, SiteId),
    /// A math function of a float.
    Math(MathFn, Box<Expr>, SiteId),
    /// Call of a function of the program.
    Call(FuncId, Vec<Expr>),
    /// `len(list)`.
    Len(Box<Expr>),
    /// `list[index]`, Python's negative indices included.
    Index(Box<Expr>, Box<Expr>, SiteId),
    /// An index (of [`ExprKind::Index`] or [`Stmt::SetIndex`]) whose value [`crate::analysis`]
    /// proved to be `≥ 0` or within the list: evaluates to the inner index.
    ProvedIndex(Box<Expr>, IndexProof),
    /// `sum`/`min`/`max` over a list.
    ListFn(ListFn, Box<Expr>, SiteId),
    /// `[a, b, c]`.
    ListLit(Type, Vec<Expr>, SiteId),
    /// `[value] * count` (a negative count gives an empty list).
    ListRepeat(Box<Expr>, Box<Expr>, SiteId),
    /// A list is true when it is not empty.
    ListTruthy(Box<Expr>),
    /// A string literal.
    Str(String),
    /// A `bytes` literal.
    Bytes(Vec<u8>),
    /// `a + b` on two strings or two `bytes` (the site reports running out of memory).
    StrConcat(Box<Expr>, Box<Expr>, SiteId),
    /// `s * n` on a string or `bytes` and an int (a negative count gives an empty one).
    StrRepeat(Box<Expr>, Box<Expr>, SiteId),
    /// A comparison of two strings, by code points (as Python compares them), or of two
    /// `bytes`, by bytes (the same order on their shared layout: UTF-8 order is code point
    /// order).
    StrCompare(Cmp, Box<Expr>, Box<Expr>),
    /// `len(s)`: the number of code points of a string, of bytes of a `bytes`.
    StrLen(Box<Expr>),
    /// `s[i]`: the code point at `i` as a one-character string; negative indices count from
    /// the end; out of range raises `IndexError` at the site.
    StrIndex(Box<Expr>, Box<Expr>, SiteId),
    /// `b[i]` of a `bytes`: the byte at `i` as an int; negative indices count from the end; out
    /// of range raises `IndexError` at the site.
    BytesIndex(Box<Expr>, Box<Expr>, SiteId),
    /// `needle in haystack` on two strings or two `bytes`.
    StrContains(Box<Expr>, Box<Expr>),
    /// A string or `bytes` is true when it is not empty.
    StrTruthy(Box<Expr>),
    /// `str(x)` of an int, a float (shortest round-trip form) or a bool.
    ToStr(Box<Expr>, SiteId),
    /// `format(x, spec)` of an int, float, bool or string, with Python's format-spec
    /// mini-language (f-string fields); a bad spec raises `ValueError` at the site.
    Format(Box<Expr>, String, SiteId),
    /// `repr(s)` of a string or a `bytes` (Python's quoting; also `str(b)` of a `bytes`).
    StrRepr(Box<Expr>, SiteId),
    /// `(a, b, …)`: a new tuple, items evaluated left to right (the site reports running out of
    /// memory).
    Tuple(Vec<Expr>, SiteId),
    /// `t[k]` of a tuple, `k` a constant in range.
    TupleGet(Box<Expr>, usize),
    /// A string method or conversion (`s.upper()`, `s.find(t)`, `int(s)`, `ord(c)`, ...); the
    /// arguments are in [`StrFn::params`] order; errors are raised at the site.
    StrFn(StrFn, Vec<Expr>, SiteId),
    /// A `bytes` method or conversion (`s.encode()`, `b.decode()`, `bytes(xs)`, `x in b`, ...);
    /// the arguments are in [`BytesFn::params`] order; errors are raised at the site.
    BytesFn(BytesFn, Vec<Expr>, SiteId),
}

/// What is known of a [`ExprKind::ProvedIndex`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum IndexProof {
    /// `index ≥ 0`: no negative-index fix-up, only the upper bound is checked.
    NonNegative,
    /// `0 ≤ index < len(list)`: no check at all.
    InBounds,
}

/// List methods (codes of the runtime's `list_fn::ListOp`; the wasm ABI).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListMethod {
    /// `xs.pop([i])`: the element.
    Pop = 0,
    /// `xs.insert(i, x)`.
    Insert = 1,
    /// `xs.extend(ys)`.
    Extend = 2,
    /// `xs.index(x)`.
    Index = 3,
    /// `xs.count(x)`.
    Count = 4,
    /// `xs.remove(x)`.
    Remove = 5,
    /// `xs.reverse()`.
    Reverse = 6,
    /// `xs.sort()`.
    Sort = 7,
    /// `xs.clear()`.
    Clear = 8,
    /// `x in xs` (the list first in the arguments; the value is evaluated first, as Python
    /// does).
    Contains = 9,
    /// `xs[i], xs[j] = xs[j], xs[i]` (arguments: the list, `i`, `j`).
    Swap = 11,
    /// `sorted(xs)`: a new list.
    Sorted = 10,
}

/// String methods and conversions, computed by the runtime on both paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrFn {
    Upper,
    Lower,
    Strip,
    Replace,
    Find,
    Count,
    StartsWith,
    EndsWith,
    IsAlpha,
    IsDigit,
    IsUpper,
    IsLower,
    /// `int(s)`.
    ToInt,
    /// `float(s)`.
    ToFloat,
    /// `ord(c)`.
    Ord,
    /// `chr(i)`.
    Chr,
}

impl StrFn {
    /// The code the wasm module passes to `ml.str_fn` (the runtime's `text::StrFn` order).
    pub fn code(self) -> i32 {
        self as i32
    }

    /// Parameter types (the receiver first for methods).
    pub fn params(self) -> &'static [Type] {
        use StrFn::*;
        match self {
            Upper | Lower | Strip | IsAlpha | IsDigit | IsUpper | IsLower | ToInt | ToFloat
            | Ord => &[Type::Str],
            Replace => &[Type::Str, Type::Str, Type::Str],
            Find | Count | StartsWith | EndsWith => &[Type::Str, Type::Str],
            Chr => &[Type::Int],
        }
    }

    /// The result type.
    pub fn result(self) -> Type {
        use StrFn::*;
        match self {
            Upper | Lower | Strip | Replace | Chr => Type::Str,
            Find | Count | ToInt | Ord => Type::Int,
            StartsWith | EndsWith | IsAlpha | IsDigit | IsUpper | IsLower => Type::Bool,
            ToFloat => Type::Float,
        }
    }
}

/// `bytes` methods and conversions, computed by the runtime on both paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BytesFn {
    /// `s.encode()`: UTF-8.
    Encode,
    /// `b.decode()`: UTF-8; invalid input raises `UnicodeDecodeError`.
    Decode,
    /// `b.hex()`.
    Hex,
    /// `bytes.fromhex(s)`.
    FromHex,
    /// `bytes(list_of_ints)`: each int in `range(0, 256)`.
    FromInts,
    /// `bytes(n)`: `n` zero bytes.
    Zeros,
    /// `list(b)`: the bytes as ints.
    ToList,
    /// `b.count(sub)`.
    Count,
    /// `b.find(sub)`.
    Find,
    /// `b.startswith(prefix)`.
    StartsWith,
    /// `b.endswith(suffix)`.
    EndsWith,
    /// `b.count(x)` of an int in `range(0, 256)`.
    CountByte,
    /// `b.find(x)` of an int in `range(0, 256)`.
    FindByte,
    /// `x in b` of an int in `range(0, 256)` (the int first, as Python evaluates it).
    ContainsByte,
}

impl BytesFn {
    /// The code the wasm module passes to `ml.bytes_fn` (the runtime's `bytes_fn::BytesFn`).
    pub fn code(self) -> i32 {
        self as i32
    }

    /// Parameter types.
    pub fn params(self) -> Vec<Type> {
        use BytesFn::*;
        match self {
            Encode | FromHex => vec![Type::Str],
            Decode | Hex | ToList => vec![Type::Bytes],
            FromInts => vec![Type::list(Type::Int)],
            Zeros => vec![Type::Int],
            Count | Find | StartsWith | EndsWith => vec![Type::Bytes, Type::Bytes],
            CountByte | FindByte => vec![Type::Bytes, Type::Int],
            ContainsByte => vec![Type::Int, Type::Bytes],
        }
    }

    /// The result type.
    pub fn result(self) -> Type {
        use BytesFn::*;
        match self {
            Encode | FromHex | FromInts | Zeros => Type::Bytes,
            Decode | Hex => Type::Str,
            ToList => Type::list(Type::Int),
            Count | Find | CountByte | FindByte => Type::Int,
            StartsWith | EndsWith | ContainsByte => Type::Bool,
        }
    }
}

impl Expr {
    /// An expression of type `ty`.
    pub fn new(kind: ExprKind, ty: Type) -> Expr {
        Expr { kind, ty: Some(ty) }
    }

    /// A list place: a local, or an element of a place (`m`, `m[i]`, `m[i][j]`).
    pub fn is_place(&self) -> bool {
        match &self.kind {
            ExprKind::Local(_) => true,
            ExprKind::Index(list, _, _) => list.is_place(),
            _ => false,
        }
    }

    /// The local a place starts from.
    pub fn root(&self) -> Option<LocalId> {
        match &self.kind {
            ExprKind::Local(id) => Some(*id),
            ExprKind::Index(list, _, _) => list.root(),
            _ => None,
        }
    }

    /// The type, for expressions that have one (the checker guarantees it where used).
    pub fn ty(&self) -> Type {
        self.ty.clone().unwrap_or(Type::Int)
    }
}
