//! Applying the facts: operations and indices proved safe lose their checks, and a `range` loop
//! whose facts need conditions is versioned:
//!
//! ```text
//! if <the conditions, checked once>:  for … (without those checks)
//! else:                               for … (as written, every check in place)
//! ```
//!
//! Both copies compute the same values, so a failing pre-check only costs speed: the checked
//! copy raises the same error at the same line, after the same output, as the program would.
//! A fast copy may also carry `var % d` from step to step instead of dividing ([`Kind::ModStep`]).

use super::facts::{Affine, Cond, Facts, Kind, NodeId, node};
use super::map::{Mapper, map_expr, map_stmt};
use super::poly::{Atom, Poly};
use crate::ir::{
    Cmp, CmpKind, Expr, ExprKind as E, IndexProof, IntOp, Local, LocalId, Role, Step, Stmt,
};
use crate::types::Type;
use std::collections::{BTreeMap, BTreeSet};

/// What holds where code is being rebuilt.
#[derive(Clone, Default)]
struct Ctx {
    /// Conditions checked by the pre-checks of enclosing versioned loops.
    assumed: BTreeSet<(NodeId, Cond)>,
    /// `ModStep` nodes and the local holding their value in this step.
    steps: BTreeMap<NodeId, LocalId>,
    /// Inside the checked copy of a versioned loop: taken only when a pre-check failed, so
    /// its loops are not versioned again (which would multiply the code).
    checked_copy: bool,
}

/// Rebuilds a function body with its facts applied.
pub struct Rewriter<'a> {
    facts: &'a Facts,
    locals: &'a mut Vec<Local>,
    /// IR nodes versioning may still add (each versioned loop copies itself once).
    budget: usize,
    ctx: Ctx,
}

/// The number of IR nodes in some statements.
pub fn size(stmts: &[Stmt]) -> usize {
    let mut n = 0;
    crate::ir::walk(stmts, &mut |_| n += 1);
    n
}

fn int(kind: E) -> Expr {
    Expr::new(kind, Type::Int)
}

fn boolean(kind: E) -> Expr {
    Expr::new(kind, Type::Bool)
}

/// `x op y` computed without checks (the caller knows it is exact or wants it wrapped), with
/// constants folded.
fn exact(op: IntOp, x: Expr, y: Expr) -> Expr {
    match (op, &x.kind, &y.kind) {
        (IntOp::Add, E::Int(a), E::Int(b)) => int(E::Int(a.wrapping_add(*b))),
        (IntOp::Mul, E::Int(a), E::Int(b)) => int(E::Int(a.wrapping_mul(*b))),
        (IntOp::Add, E::Int(0), _) | (IntOp::Mul, E::Int(1), _) => y,
        (IntOp::Add, _, E::Int(0)) | (IntOp::Mul, _, E::Int(1)) => x,
        _ => int(E::IntExact(op, Box::new(x), Box::new(y))),
    }
}

impl<'a> Rewriter<'a> {
    pub fn new(facts: &'a Facts, locals: &'a mut Vec<Local>, budget: usize) -> Rewriter<'a> {
        Rewriter {
            facts,
            locals,
            budget,
            ctx: Ctx::default(),
        }
    }

    fn temp(&mut self, ty: Type) -> LocalId {
        self.locals.push(Local {
            name: format!("__v{}", self.locals.len()),
            ty,
            role: Role::Temp,
        });
        self.locals.len() - 1
    }

    /// Whether a fact holds here: one of its alternatives needs only assumed conditions.
    fn holds(&self, key: (NodeId, Kind)) -> bool {
        self.facts.alts.get(&key).is_some_and(|alts| {
            alts.iter()
                .any(|alt| alt.iter().all(|c| self.ctx.assumed.contains(c)))
        })
    }

    /// The conditions to check before loop `id` so that most facts inside it hold: for each
    /// fact that does not hold yet, the alternative needing the fewest new conditions, all of
    /// them at this loop.
    fn new_conds(&self, id: NodeId) -> BTreeSet<Cond> {
        let mut new = BTreeSet::new();
        for key in self.facts.inside.get(&id).into_iter().flatten() {
            if self.holds(*key) {
                continue;
            }
            let best = self.facts.alts[key]
                .iter()
                .filter(|alt| {
                    alt.iter()
                        .all(|c| c.0 == id || self.ctx.assumed.contains(c))
                })
                .map(|alt| {
                    alt.iter()
                        .filter(|c| !self.ctx.assumed.contains(*c) && !new.contains(&c.1))
                        .map(|c| c.1.clone())
                        .collect::<Vec<_>>()
                })
                .min_by_key(|v| v.len());
            if let Some(conds) = best {
                new.extend(conds);
            }
        }
        new
    }

    fn range_loop(&mut self, s: &Stmt, out: &mut Vec<Stmt>) {
        let id = node(s);
        let new = self.new_conds(id);
        let cost = size(std::slice::from_ref(s));
        if new.is_empty() || cost > self.budget || self.ctx.checked_copy {
            self.emit_loop(s, out);
            return;
        }
        self.budget -= cost;
        let (pre, ok) = self.precheck(&new);
        let saved = self.ctx.clone();
        self.ctx.assumed.extend(new.into_iter().map(|c| (id, c)));
        let mut fast = Vec::new();
        self.emit_loop(s, &mut fast);
        self.ctx = saved.clone();
        self.ctx.checked_copy = true;
        let mut slow = Vec::new();
        self.emit_loop(s, &mut slow);
        self.ctx = saved;
        out.push(Stmt::If {
            cond: boolean(E::Block(pre, Box::new(ok))),
            then: fast,
            otherwise: slow,
        });
    }

    /// A range loop with what holds here applied.
    fn emit_loop(&mut self, s: &Stmt, out: &mut Vec<Stmt>) {
        let Stmt::ForRange {
            var,
            counter,
            stop,
            step,
            body,
        } = s
        else {
            return;
        };
        let id = node(s);
        // `var % d` carried from step to step: before the loop r = start % d; each step takes
        // r, then advances it (wrapping at d).
        let mut prefix = Vec::new();
        let mut carried: BTreeMap<String, LocalId> = BTreeMap::new();
        let saved = self.ctx.clone();
        let steps: Vec<(NodeId, Expr)> = self
            .facts
            .mod_steps
            .iter()
            .filter(|(n, l, _)| *l == id && self.holds((*n, Kind::ModStep)))
            .map(|(n, _, d)| (*n, d.clone()))
            .collect();
        for (n, divisor) in steps {
            let key = format!("{:?}", divisor.kind);
            let cur = match carried.get(&key) {
                Some(c) => *c,
                None => {
                    let (d, r, cur) = (
                        self.temp(Type::Int),
                        self.temp(Type::Int),
                        self.temp(Type::Int),
                    );
                    let local = |v| int(E::Local(v));
                    out.push(Stmt::Assign(d, divisor));
                    out.push(Stmt::Assign(
                        r,
                        int(E::IntExact(
                            IntOp::Mod,
                            Box::new(local(*counter)),
                            Box::new(local(d)),
                        )),
                    ));
                    prefix.push(Stmt::Assign(cur, local(r)));
                    prefix.push(Stmt::Assign(
                        r,
                        int(E::NextRemainder(Box::new(local(r)), Box::new(local(d)))),
                    ));
                    carried.insert(key, cur);
                    cur
                }
            };
            self.ctx.steps.insert(n, cur);
        }
        self.carry_affine(id, *counter, step, out, &mut prefix);
        prefix.extend(self.stmts(body));
        self.ctx = saved;
        out.push(Stmt::ForRange {
            var: *var,
            counter: *counter,
            stop: *stop,
            step: step.clone(),
            body: prefix,
        });
    }

    /// Products affine in loop `id`'s variable, carried from step to step: before the loop
    /// `v = b + a × start` and `d = a × step`; each step takes `v`, then adds `d`.
    fn carry_affine(
        &mut self,
        id: NodeId,
        counter: LocalId,
        step: &Step,
        out: &mut Vec<Stmt>,
        prefix: &mut Vec<Stmt>,
    ) {
        let Step::Const(k) = step else { return };
        let mut carried: BTreeMap<(Poly, Poly), LocalId> = BTreeMap::new();
        let found: Vec<&Affine> = self
            .facts
            .affine
            .iter()
            .filter(|f| f.lp == id && f.ops.iter().all(|o| self.holds((*o, Kind::Exact))))
            .collect();
        // Only the outermost of nested affine expressions is carried.
        let outer: Vec<(NodeId, Poly, Poly)> = found
            .iter()
            .filter(|f| {
                !found
                    .iter()
                    .any(|g| g.node != f.node && g.ops.contains(&f.node))
            })
            .map(|f| (f.node, f.a.clone(), f.b.clone()))
            .collect();
        for (n, a, b) in outer {
            if self.ctx.steps.contains_key(&n) {
                continue;
            }
            let key = (a.clone(), b.clone());
            let cur = match carried.get(&key) {
                Some(c) => *c,
                None => {
                    let (v, d, cur) = (
                        self.temp(Type::Int),
                        self.temp(Type::Int),
                        self.temp(Type::Int),
                    );
                    let av = match a.as_const() {
                        Some(c) => int(E::Int(c)),
                        None => {
                            let t = self.temp(Type::Int);
                            out.push(Stmt::Assign(t, self.wrapping(&a)));
                            int(E::Local(t))
                        }
                    };
                    let start = exact(IntOp::Mul, av.clone(), int(E::Local(counter)));
                    out.push(Stmt::Assign(v, exact(IntOp::Add, self.wrapping(&b), start)));
                    out.push(Stmt::Assign(d, exact(IntOp::Mul, av, int(E::Int(*k)))));
                    prefix.push(Stmt::Assign(cur, int(E::Local(v))));
                    prefix.push(Stmt::Assign(
                        v,
                        exact(IntOp::Add, int(E::Local(v)), int(E::Local(d))),
                    ));
                    carried.insert(key, cur);
                    cur
                }
            };
            self.ctx.steps.insert(n, cur);
        }
    }

    /// A polynomial's value computed with wrapping operations (exact when the value fits).
    fn wrapping(&self, p: &Poly) -> Expr {
        let mut acc: Option<Expr> = None;
        for (m, c) in p.terms() {
            let term = m
                .iter()
                .map(|a| self.atom(*a))
                .reduce(|x, y| exact(IntOp::Mul, x, y));
            let term = match term {
                None => int(E::Int(c)),
                Some(t) if c == 1 => t,
                Some(t) => exact(IntOp::Mul, int(E::Int(c)), t),
            };
            acc = Some(match acc {
                None => term,
                Some(x) => exact(IntOp::Add, x, term),
            });
        }
        acc.unwrap_or_else(|| int(E::Int(0)))
    }

    /// Statements computing the conditions, and the bool that is true when all hold.
    fn precheck(&mut self, conds: &BTreeSet<Cond>) -> (Vec<Stmt>, Expr) {
        let ok = self.temp(Type::Bool);
        let mut pre = vec![Stmt::Assign(ok, boolean(E::Bool(true)))];
        let mut values: BTreeMap<Poly, LocalId> = BTreeMap::new();
        let mut tests = Vec::new();
        for c in conds {
            match c {
                Cond::Fits(p) => {
                    self.value(p, ok, &mut pre, &mut values);
                }
                Cond::NonNeg(p) => {
                    let t = self.value(p, ok, &mut pre, &mut values);
                    tests.push(boolean(E::Compare(
                        Cmp::Ge,
                        CmpKind::Int,
                        Box::new(int(E::Local(t))),
                        Box::new(int(E::Int(0))),
                    )));
                }
                Cond::Less(p, q) => {
                    let a = self.value(p, ok, &mut pre, &mut values);
                    let b = self.value(q, ok, &mut pre, &mut values);
                    tests.push(boolean(E::Compare(
                        Cmp::Lt,
                        CmpKind::Int,
                        Box::new(int(E::Local(a))),
                        Box::new(int(E::Local(b))),
                    )));
                }
            }
        }
        // `ok` first: the values mean something only when none overflowed.
        let all = tests.into_iter().fold(boolean(E::Local(ok)), |acc, t| {
            boolean(E::And(Box::new(acc), Box::new(t)))
        });
        (pre, all)
    }

    /// An atom as an expression.
    fn atom(&self, a: Atom) -> Expr {
        match a {
            Atom::Local(v) => int(E::Local(v)),
            Atom::Len(l) => int(E::Len(Box::new(Expr::new(
                E::Local(l),
                self.locals[l].ty.clone(),
            )))),
        }
    }

    /// Computes `x op y` into a new local, and-ing into `ok` whether it fits.
    fn checked(&mut self, op: IntOp, x: Expr, y: Expr, ok: LocalId, pre: &mut Vec<Stmt>) -> Expr {
        let fits = boolean(E::IntFits(op, Box::new(x.clone()), Box::new(y.clone())));
        pre.push(Stmt::Assign(
            ok,
            boolean(E::Bool2(
                IntOp::And,
                Box::new(boolean(E::Local(ok))),
                Box::new(fits),
            )),
        ));
        let t = self.temp(Type::Int);
        pre.push(Stmt::Assign(
            t,
            int(E::IntExact(op, Box::new(x), Box::new(y))),
        ));
        int(E::Local(t))
    }

    /// The local holding a polynomial's value (computed once per pre-check).
    fn value(
        &mut self,
        p: &Poly,
        ok: LocalId,
        pre: &mut Vec<Stmt>,
        values: &mut BTreeMap<Poly, LocalId>,
    ) -> LocalId {
        if let Some(t) = values.get(p) {
            return *t;
        }
        let terms: Vec<(&[Atom], i64)> = p.terms().collect();
        let mut acc: Option<Expr> = None;
        if let [(m, 1)] = terms.as_slice()
            && m.len() > 1
        {
            // A product of atoms.
            let mut t = self.atom(m[0]);
            for a in &m[1..] {
                let y = self.atom(*a);
                t = self.checked(IntOp::Mul, t, y, ok, pre);
            }
            acc = Some(t);
        } else {
            for (m, c) in terms {
                // Each product is computed once per pre-check; a negative coefficient is
                // subtracted.
                let (sub, k) = match acc {
                    Some(_) if c < 0 && c != i64::MIN => (true, -c),
                    _ => (false, c),
                };
                let product = match m {
                    [] => None,
                    [a] => Some(self.atom(*a)),
                    _ => Poly::monomial(m, 1)
                        .map(|unit| int(E::Local(self.value(&unit, ok, pre, values)))),
                };
                let term = match product {
                    None => int(E::Int(k)),
                    Some(x) if k == 1 => x,
                    Some(x) => self.checked(IntOp::Mul, int(E::Int(k)), x, ok, pre),
                };
                acc = Some(match acc {
                    None => term,
                    Some(x) if sub => self.checked(IntOp::Sub, x, term, ok, pre),
                    Some(x) => self.checked(IntOp::Add, x, term, ok, pre),
                });
            }
        }
        let t = self.temp(Type::Int);
        pre.push(Stmt::Assign(t, acc.unwrap_or_else(|| int(E::Int(0)))));
        values.insert(p.clone(), t);
        t
    }

    /// An index with what is proved of it.
    fn index(&mut self, index: &Expr) -> Expr {
        let id = node(index);
        let inner = self.expr(index);
        let proof = if self.holds((id, Kind::InBounds)) {
            IndexProof::InBounds
        } else if self.holds((id, Kind::NonNeg)) {
            IndexProof::NonNegative
        } else {
            return inner;
        };
        Expr::new(E::ProvedIndex(Box::new(inner), proof), Type::Int)
    }
}

impl Mapper for Rewriter<'_> {
    fn expr(&mut self, e: &Expr) -> Expr {
        let id = node(e);
        match &e.kind {
            E::Int2(op, a, b, _) => {
                if let Some(cur) = self.ctx.steps.get(&id) {
                    return int(E::Local(*cur));
                }
                if self.holds((id, Kind::Exact)) {
                    let (a, b) = (self.expr(a), self.expr(b));
                    return int(E::IntExact(*op, Box::new(a), Box::new(b)));
                }
                map_expr(e, self)
            }
            E::Index(list, index, s) => {
                let list = self.expr(list);
                let index = self.index(index);
                Expr {
                    kind: E::Index(Box::new(list), Box::new(index), *s),
                    ty: e.ty.clone(),
                }
            }
            _ => map_expr(e, self),
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            match s {
                Stmt::ForRange { .. } => self.range_loop(s, &mut out),
                Stmt::SetIndex {
                    list,
                    index,
                    value,
                    site,
                } => {
                    let list = self.expr(list);
                    let index = self.index(index);
                    let value = self.expr(value);
                    out.push(Stmt::SetIndex {
                        list,
                        index,
                        value,
                        site: *site,
                    });
                }
                _ => out.push(map_stmt(s, self)),
            }
        }
        out
    }
}
