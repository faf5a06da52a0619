//! What the range analysis proves, and above all what it must not prove. Each test checks a
//! small program and reads the facts about its operations and indices by line.

use super::facts::{Facts, Kind, node};
use super::ranges::Analyzer;
use crate::check::check;
use crate::ir::{self, ExprKind as E, Node, Program, Stmt};
use crate::lexer::lex;
use crate::parser::parse;
use crate::source::SourceFile;
use crate::vocabulary::{Lang, Lexicon};

/// What is known of a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    /// Holds with no check.
    Outright,
    /// Holds when a loop's pre-check passes.
    Checked,
    /// Not proved.
    No,
}

pub(super) fn checked_program(src: &str) -> Program {
    let lexicon = Lexicon::of(Lang::En);
    let tokens = lex(src, lexicon).unwrap_or_else(|d| panic!("lex error {d:?}"));
    let module = parse(&tokens, Lang::En).unwrap_or_else(|d| panic!("parse error {d:?}"));
    let file = SourceFile::new("test.ml", src);
    check(&module, &file, lexicon).unwrap_or_else(|d| panic!("check errors {d:?}"))
}

/// The facts of the first function of `src`: (line, what, kind, status) for every int
/// operation (`+ - * // %`) and index (`[]`) in source order.
fn facts(src: &str) -> Vec<(u32, &'static str, Kind, Status)> {
    let program = checked_program(src);
    let f = &program.functions[0];
    let facts = Analyzer::run(f);
    let status = |facts: &Facts, id, kind| match facts.alts.get(&(id, kind)) {
        Some(alts) if alts.iter().any(|a| a.is_empty()) => Status::Outright,
        Some(alts) if !alts.is_empty() => Status::Checked,
        _ => Status::No,
    };
    let line = |s: u32| program.sites[s as usize].line;
    let mut out = Vec::new();
    let index = |out: &mut Vec<_>, l: u32, i: &ir::Expr| {
        for k in [Kind::NonNeg, Kind::InBounds] {
            out.push((l, "[]", k, status(&facts, node(i), k)));
        }
    };
    ir::walk(&f.body, &mut |n| match n {
        Node::Expr(e) => match &e.kind {
            E::Int2(op, _, _, s) => {
                let what = match op {
                    ir::IntOp::Add => "+",
                    ir::IntOp::Sub => "-",
                    ir::IntOp::Mul => "*",
                    ir::IntOp::FloorDiv => "//",
                    ir::IntOp::Mod => "%",
                    _ => return,
                };
                out.push((
                    line(*s),
                    what,
                    Kind::Exact,
                    status(&facts, node(e), Kind::Exact),
                ));
                if *op == ir::IntOp::Mod {
                    out.push((
                        line(*s),
                        what,
                        Kind::ModStep,
                        status(&facts, node(e), Kind::ModStep),
                    ));
                }
            }
            E::Index(_, i, s) => index(&mut out, line(*s), i),
            _ => {}
        },
        Node::Stmt(Stmt::SetIndex { index: i, site, .. }) => index(&mut out, line(*site), i),
        Node::Stmt(_) => {}
    });
    out
}

/// The status of the fact `kind` of the (first) `what` on `line`.
fn at(src: &str, line: u32, what: &str, kind: Kind) -> Status {
    facts(src)
        .into_iter()
        .find(|(l, w, k, _)| *l == line && *w == what && *k == kind)
        .map(|(.., s)| s)
        .unwrap_or_else(|| panic!("no {what} ({kind:?}) on line {line}: {:?}", facts(src)))
}

use Kind::{Exact, InBounds, ModStep, NonNeg};
use Status::{Checked, No, Outright};

#[test]
fn a_range_over_a_list_indexes_within_it() {
    let src = "def f(xs: list[int]) -> int:
    s = 0
    for i in range(len(xs)):
        s = s + xs[i]
    return s
";
    assert_eq!(at(src, 4, "[]", NonNeg), Outright);
    assert_eq!(at(src, 4, "[]", InBounds), Outright);
    // A sum of unknown elements can overflow.
    assert_eq!(at(src, 4, "+", Exact), No);
}

#[test]
fn a_range_over_a_parameter_bound_needs_a_pre_check() {
    let src = "def f(xs: list[int], n: int) -> int:
    s = 0
    for i in range(n):
        s = s + xs[i] + xs[2 * i + 1]
    return s
";
    assert_eq!(at(src, 4, "[]", NonNeg), Outright);
    assert_eq!(at(src, 4, "[]", InBounds), Checked);
    // 2 * i + 1 fits when 2 * (n - 1) + 1 does: checked before the loop.
    assert_eq!(at(src, 4, "*", Exact), Checked);
}

#[test]
fn a_loop_variable_reassigned_in_the_body_loses_its_range() {
    let src = "def f(xs: list[int]) -> int:
    s = 0
    for i in range(len(xs)):
        i = i + 1
        s = s + xs[i]
        i = 0 - 5
        s = s + xs[i]
    return s
";
    assert_eq!(at(src, 5, "[]", InBounds), No);
    assert_eq!(at(src, 7, "[]", NonNeg), No);
    assert_eq!(at(src, 7, "[]", InBounds), No);
}

#[test]
fn a_list_that_shrinks_in_the_loop_is_not_trusted() {
    let src = "def f(xs: list[int]) -> int:
    s = 0
    ys = xs.copy()
    for i in range(len(ys)):
        ys.pop()
        s = s + ys[i]
    return s
";
    assert_eq!(at(src, 6, "[]", NonNeg), Outright);
    assert_eq!(at(src, 6, "[]", InBounds), No);
}

#[test]
fn a_list_appended_to_in_the_loop_has_no_known_length() {
    let src = "def f(xs: list[int], n: int) -> int:
    s = 0
    ys = xs.copy()
    for i in range(n):
        ys.append(i)
        s = s + ys[i + 1]
    return s
";
    assert_eq!(at(src, 6, "[]", InBounds), No);
}

#[test]
fn counters_that_step_once_per_iteration_cannot_overflow() {
    let src = "def f(xs: list[float], n: int, h: int) -> int:
    hits = 0
    misses = h
    for i in range(n):
        if xs[i] > 0.5:
            hits += 1
        else:
            misses += 1
    return hits + misses
";
    assert_eq!(at(src, 6, "+", Exact), Outright);
    // From an unknown start the pre-check asks whether h + n fits.
    assert_eq!(at(src, 8, "+", Exact), Checked);
    assert_eq!(at(src, 9, "+", Exact), No);
}

#[test]
fn counters_stepping_twice_or_in_a_while_loop_are_not_counters() {
    let src = "def f(n: int) -> int:
    c = 0
    for i in range(n):
        j = 0
        while j < i:
            c += 1
            j += 1
    d = 0
    while d < n:
        d += 1
    return c
";
    assert_eq!(at(src, 6, "+", Exact), No);
    // d < n ≤ MAX, so d + 1 fits.
    assert_eq!(at(src, 10, "+", Exact), Outright);
}

#[test]
fn a_return_narrows_what_follows() {
    let src = "def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
";
    assert_eq!(at(src, 4, "-", Exact), Outright);
    assert_eq!(at(src, 4, "+", Exact), No);
}

#[test]
fn a_range_a_step_preserves_is_assumed_after_a_check() {
    let src = "def f(n: int, seed: int) -> int:
    s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
    return s
";
    // s in [0, 2^31) before the loop (checked) stays there: s * 1103515245 fits.
    assert_eq!(at(src, 4, "*", Exact), Checked);
    assert_eq!(at(src, 4, "%", Exact), Outright);
    let known = src.replace("s = seed", "s = 42");
    assert_eq!(at(&known, 4, "*", Exact), Outright);
    // Without the modulus nothing bounds s.
    let unbounded = src.replace(" % 2147483648", "");
    assert_eq!(at(&unbounded, 4, "*", Exact), No);
}

#[test]
fn nested_loops_check_the_whole_product_once() {
    let src = "def f(a: list[float], n: int) -> float:
    t = 0.0
    for i in range(n):
        for k in range(n):
            t += a[i * n + k]
    return t
";
    assert_eq!(at(src, 5, "*", Exact), Checked);
    assert_eq!(at(src, 5, "+", Exact), Checked);
    assert_eq!(at(src, 5, "[]", NonNeg), Outright);
    assert_eq!(at(src, 5, "[]", InBounds), Checked);
}

#[test]
fn conditions_narrow_the_branches() {
    let src = "def f(src: list[float], w: int) -> float:
    t = 0.0
    for x in range(w):
        if x == 0 or x == w - 1:
            t += src[x]
        else:
            t += src[x - 1] + src[x + 1]
    return t
";
    assert_eq!(at(src, 7, "[]", NonNeg), Outright);
    assert_eq!(at(src, 7, "[]", InBounds), Checked);
    // In the other branch x - 1 can be -1.
    let swapped = src.replace("t += src[x]", "t += src[x - 1]");
    assert_eq!(at(&swapped, 5, "[]", NonNeg), No);
}

#[test]
fn the_modulo_of_a_loop_variable_steps_when_the_divisor_is_positive() {
    let src = "def f(data: list[int], key: list[int]) -> int:
    s = 0
    n = len(key)
    for i in range(len(data)):
        s = s ^ key[i % n]
    return s
";
    // n may be 0 (ZeroDivisionError): checked before the loop.
    assert_eq!(at(src, 5, "%", Exact), Checked);
    assert_eq!(at(src, 5, "%", ModStep), Checked);
    // When it does not raise, i % n is in [0, n - 1] = [0, len(key) - 1].
    assert_eq!(at(src, 5, "[]", InBounds), Outright);
    // Not when the variable changed, nor for a divisor the loop changes.
    let moved = src.replace(
        "s = s ^ key[i % n]",
        "i = i + 1\n        s = s ^ key[i % n]",
    );
    assert_eq!(at(&moved, 6, "%", ModStep), No);
    let changing = src.replace(
        "s = s ^ key[i % n]",
        "s = s ^ key[i % n]\n        n = n + 0",
    );
    assert_eq!(at(&changing, 5, "%", ModStep), No);
}

/// Whether the first function of `src` becomes a loop with an accumulator.
fn accumulates(src: &str) -> bool {
    let program = checked_program(src);
    let f = super::optimize_function(&program.functions[0]);
    super::accumulate::accumulate(&f, 0).is_some()
}

#[test]
fn sums_of_recursive_calls_accumulate_when_every_term_is_natural() {
    let fib = "def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
";
    assert!(accumulates(fib));
    let triangle = "def t(n: int, big: int) -> int:
    if n <= 0 or big < 0:
        return 0
    return big + t(n - 1, big)
";
    assert!(accumulates(triangle));
}

#[test]
fn sums_that_may_reassociate_differently_do_not_accumulate() {
    // A base value can be negative: partial sums may overflow in one order only.
    let negative = "def g(n: int) -> int:
    if n < 2:
        return n - 5
    return g(n - 1) + g(n - 2)
";
    assert!(!accumulates(negative));
    let unknown = "def g(n: int, k: int) -> int:
    if n < 2:
        return k
    return g(n - 1, k) + g(n - 2, k)
";
    assert!(!accumulates(unknown));
    // Another operation can raise (n * n): errors could come in another order.
    let raising = "def g(n: int) -> int:
    if n < 2:
        return n * n
    return g(n - 1) + g(n - 2)
";
    assert!(!accumulates(raising));
    // Output is an effect the order of calls would change.
    let printing = "def g(n: int) -> int:
    print(n)
    if n < 2:
        return n
    return g(n - 1) + g(n - 2)
";
    assert!(!accumulates(printing));
    // The call must come last: here the other operand is evaluated after it.
    let first = "def g(n: int) -> int:
    if n < 2:
        return n
    return g(n - 1) + n
";
    assert!(!accumulates(first));
}
