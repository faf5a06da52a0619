//! What the compiler proves about a checked program before code generation, and the program
//! rewritten with it, so that both back ends drop the same checks:
//!
//! - int operations that cannot overflow become [`ExprKind::IntExact`];
//! - indices that are `≥ 0`, or within their list, become [`ExprKind::ProvedIndex`];
//! - a `range` loop whose proofs need conditions on values it does not change (`n * n` fits,
//!   the largest index is below `len(a)`) is versioned: the conditions are checked once before
//!   it, and it runs without those checks when they hold, as written otherwise;
//! - `i % n` of a loop variable, with `n` unchanged and > 0, is carried from step to step;
//! - a recursion `return x + f(args)` whose sums cannot overflow differently becomes a loop.
//!
//! Nothing here changes what a program computes, prints or raises: a check is removed only where
//! it cannot fail.
//!
//! [`ExprKind::IntExact`]: crate::ir::ExprKind::IntExact
//! [`ExprKind::ProvedIndex`]: crate::ir::ExprKind::ProvedIndex

mod accumulate;
mod bounds;
pub(crate) mod effects;
#[cfg(test)]
mod equivalence_tests;
mod facts;
mod interval;
mod map;
mod poly;
mod ranges;
mod state;
#[cfg(test)]
mod tests;
mod version;

use crate::ir::{Function, Program};
use map::Mapper;

/// How much versioning may grow a function: copies of loops up to this many times its size.
const GROWTH: usize = 3;

/// The program with what the analysis proves applied.
pub fn optimize(program: Program) -> Program {
    let functions = program
        .functions
        .iter()
        .enumerate()
        .map(|(id, f)| {
            let f = optimize_function(f);
            accumulate::accumulate(&f, id).unwrap_or(f)
        })
        .collect();
    Program::new(program.file.clone(), functions, program.sites.clone())
}

fn optimize_function(f: &Function) -> Function {
    let facts = ranges::Analyzer::run(f);
    let mut locals = f.locals.clone();
    let budget = GROWTH * version::size(&f.body);
    let body = version::Rewriter::new(&facts, &mut locals, budget).stmts(&f.body);
    Function {
        locals,
        body,
        ..f.clone()
    }
}
