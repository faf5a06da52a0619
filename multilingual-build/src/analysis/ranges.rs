//! The range analysis: an abstract interpretation of one function over [`State`], which records
//! for every int operation and every list index what can be proved about it ([`Facts`]): outright,
//! or under conditions checked once before an enclosing `range` loop.
//!
//! Loops: at a loop's head everything the loop assigns is unknown, except
//! - the variable of `for v in range(a, b)` (step > 0), in `[a, b - 1]`;
//! - a local that each step only increases (decreases) by constants, at most `u` per step: after
//!   `t` steps it is within `t × u` of its value before the loop (`hits += 1` cannot overflow
//!   in a loop of at most 2^63 steps that starts it at 0);
//! - a local whose range a step preserves (`s = (s * a + c) % m` stays in `[0, m - 1]`): guessed
//!   from what one step gives, verified by running the step from the guess, and assumed when its
//!   value before the loop is in the range (checked before the loop when not known).

use super::effects::{Effects, changes_list};
use super::facts::{Affine, Alt, Cond, Facts, Kind, NodeId, node};
use super::interval::Iv;
use super::poly::{Atom, Poly};
use super::state::{Range, State, Val};
use crate::ir::{
    Cmp, CmpKind, Convert, Expr, ExprKind as E, FuncId, Function, IntOp, LocalId, Step, Stmt,
};
use crate::types::Type;
use std::collections::BTreeMap;

/// Rounds of verification of guessed loop invariants.
const GUESS_ROUNDS: usize = 3;
/// Loops nested deeper than this guess no invariant (each guess analyses the body again).
const GUESS_DEPTH: usize = 3;

/// An enclosing `range` loop: where conditions can be checked.
struct Level {
    id: NodeId,
    fx: Effects,
    var: LocalId,
    unit_step: bool,
}

/// The conditions of a fact at the atoms a predicate keeps (`None`: none can be stated).
type Conds<'a> = dyn Fn(&State, &dyn Fn(Atom) -> bool) -> Option<Vec<Cond>> + 'a;

/// Whether atom `a` keeps its value in a loop with effects `fx`.
pub fn unchanged(fx: &Effects, a: Atom) -> bool {
    match a {
        Atom::Local(v) => !fx.assigned.contains(&v),
        Atom::Len(l) => !fx.assigned.contains(&l) && !fx.resized.contains(&l),
    }
}

/// The analysis of one function.
pub struct Analyzer<'a> {
    f: &'a Function,
    facts: Facts,
    levels: Vec<Level>,
    /// Invariants assumed in enclosing loops: (index in `levels`, conditions before that loop).
    assumptions: Vec<(usize, Vec<Cond>)>,
    /// False while trying a loop body for a guess: nothing is recorded.
    recording: bool,
    /// For each enclosing loop, the states at its `continue`s.
    continues: Vec<Vec<State>>,
    /// True while a loop body is analysed a second time, under its invariants: its facts add
    /// to those of the first pass.
    union: bool,
    /// When summarizing a recursive function: what its calls of itself return, and what was
    /// seen of their arguments and of its results.
    recursion: Option<Recursion>,
}

/// What a recursive function does with its own calls (see [`Analyzer::summarize`]).
#[derive(Clone, Debug)]
pub struct Recursion {
    /// The function.
    pub id: FuncId,
    /// The range its calls of itself are assumed to return.
    pub result: Iv,
    /// For each parameter, the range of the arguments of its calls of itself (`None`: no call).
    pub args: Option<Vec<Iv>>,
    /// The range of the values it returns (`None`: it returns none).
    pub returns: Option<Iv>,
    /// An addition to watch, and the range of its left operand.
    pub watch: Option<(NodeId, Option<Iv>)>,
}

impl<'a> Analyzer<'a> {
    /// Analyses `f`.
    pub fn run(f: &'a Function) -> Facts {
        let mut a = Analyzer::new(f);
        let mut st = State::default();
        a.stmts(&mut st, &f.body);
        a.facts
    }

    fn new(f: &'a Function) -> Analyzer<'a> {
        Analyzer {
            f,
            facts: Facts::default(),
            levels: Vec::new(),
            assumptions: Vec::new(),
            recording: true,
            continues: Vec::new(),
            union: false,
            recursion: None,
        }
    }

    /// Runs function `id` (`f`) with its int parameters in `params` and its calls of itself
    /// returning values in `result`: the ranges of those calls' arguments and of its results.
    /// `watch` names an addition whose left operand's range to record.
    pub fn summarize(
        f: &'a Function,
        id: FuncId,
        params: &[Iv],
        result: Iv,
        watch: Option<NodeId>,
    ) -> Recursion {
        let mut a = Analyzer::new(f);
        a.recording = false;
        let r = Recursion {
            id,
            result,
            args: None,
            returns: None,
            watch: watch.map(|w| (w, None)),
        };
        a.recursion = Some(r.clone());
        let mut st = State::default();
        for (v, iv) in params.iter().enumerate() {
            if a.is_int(v) {
                st.set_range(Atom::Local(v), Range::stat(*iv));
            }
        }
        a.stmts(&mut st, &f.body);
        a.recursion.unwrap_or(r)
    }

    fn is_int(&self, v: LocalId) -> bool {
        self.f.locals[v].ty == Type::Int
    }

    fn is_list(&self, v: LocalId) -> bool {
        self.f.locals[v].ty.is_list()
    }

    fn stmts(&mut self, st: &mut State, stmts: &[Stmt]) {
        for s in stmts {
            if st.dead {
                return;
            }
            self.stmt(st, s);
        }
    }

    /// `v = value` for a local of any type (for a list, `value` is its length).
    fn assign(&self, st: &mut State, v: LocalId, value: Val) {
        if self.is_int(v) {
            st.assign(v, value);
        } else if self.is_list(v) {
            st.set_len(v, value);
        }
    }

    /// Forgets what `fx` may change.
    fn forget(&self, st: &mut State, fx: &Effects) {
        for &v in &fx.assigned {
            self.assign(st, v, Val::unknown());
        }
        for &l in &fx.resized {
            st.set_len(l, Val::unknown());
        }
    }

    fn stmt(&mut self, st: &mut State, s: &Stmt) {
        match s {
            Stmt::Assign(v, e) => {
                let val = self.expr(st, e);
                self.assign(st, *v, val);
            }
            Stmt::SetIndex {
                list, index, value, ..
            } => {
                self.expr(st, value);
                self.expr(st, list);
                let vi = self.expr(st, index);
                self.index_facts(st, list, index, &vi);
            }
            Stmt::Append { list, value, .. } => {
                self.expr(st, list);
                self.expr(st, value);
                if let E::Local(l) = list.kind {
                    let len = st.len(l);
                    let grown = Val {
                        poly: len.poly.and_then(|p| p.add_const(1)),
                        stat: len.stat.add(Iv::point(1)),
                        lo: None,
                        hi: None,
                    };
                    st.set_len(l, grown);
                }
            }
            Stmt::Print { items, .. } => {
                for e in items {
                    self.expr(st, e);
                }
            }
            Stmt::Expr(e) => {
                self.expr(st, e);
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                self.expr(st, cond);
                let mut yes = st.clone();
                self.refine(&mut yes, cond, true);
                self.stmts(&mut yes, then);
                let mut no = st.clone();
                self.refine(&mut no, cond, false);
                self.stmts(&mut no, otherwise);
                *st = yes.join(&no);
            }
            Stmt::While { cond, body } => {
                let mut fx = Effects::of(body);
                let cfx = Effects::of_expr(cond);
                fx.assigned.extend(cfx.assigned);
                fx.resized.extend(cfx.resized);
                let mut head = st.clone();
                self.forget(&mut head, &fx);
                self.expr(&mut head, cond);
                let mut inside = head.clone();
                self.refine(&mut inside, cond, true);
                self.continues.push(Vec::new());
                self.stmts(&mut inside, body);
                self.continues.pop();
                if !breaks(body) {
                    self.refine(&mut head, cond, false);
                }
                *st = head;
            }
            Stmt::ForRange {
                var,
                counter,
                stop,
                step,
                body,
            } => self.range_loop(st, s, *var, *counter, *stop, step, body),
            Stmt::ForList {
                var,
                list,
                index,
                body,
            } => {
                let mut fx = Effects::of(body);
                fx.assigned.insert(*index);
                fx.assigned.extend(*var);
                let mut head = st.clone();
                self.forget(&mut head, &fx);
                self.expr(&mut head, list);
                let mut inside = head.clone();
                // The index is in [0, len - 1] of the list it walks.
                let hi = match list.kind {
                    E::Local(l) if unchanged(&fx, Atom::Len(l)) => st
                        .len(l)
                        .poly
                        .filter(|p| p.atoms().all(|a| unchanged(&fx, a)))
                        .and_then(|p| p.add_const(-1)),
                    _ => None,
                };
                inside.set_range(
                    Atom::Local(*index),
                    Range {
                        stat: Iv::new(0, i64::MAX as i128 - 1),
                        lo: Some(Poly::constant(0)),
                        hi,
                    },
                );
                self.continues.push(Vec::new());
                self.stmts(&mut inside, body);
                self.continues.pop();
                *st = head;
            }
            Stmt::Break | Stmt::Return(None) => st.dead = true,
            Stmt::Return(Some(e)) => {
                let v = self.expr(st, e).stat;
                if let Some(r) = &mut self.recursion {
                    r.returns = Some(r.returns.map_or(v, |seen| seen.union(v)));
                }
                st.dead = true;
            }
            Stmt::Continue => {
                if let Some(c) = self.continues.last_mut() {
                    c.push(st.clone());
                }
                st.dead = true;
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_loop(
        &mut self,
        st: &mut State,
        s: &Stmt,
        var: LocalId,
        counter: LocalId,
        stop: LocalId,
        step: &Step,
        body: &[Stmt],
    ) {
        let mut fx = Effects::of(body);
        fx.assigned.extend([var, counter]);
        if let Step::Local(t, _) = step {
            fx.assigned.insert(*t);
        }
        let keep = |a: Atom| unchanged(&fx, a);
        let valid = |v: &Val| v.poly.clone().filter(|p| p.atoms().all(keep));
        let start = st.local(counter);
        let end = st.local(stop);
        let (start_p, end_p) = (valid(&start), valid(&end));

        let mut head = st.clone();
        self.forget(&mut head, &fx);
        let after = head.clone();

        // The variable's range.
        let positive = match step {
            Step::Const(k) => Some(*k > 0),
            Step::Local(..) => None,
        };
        let range = match positive {
            Some(true) => Range {
                stat: Iv::new(start.stat.lo, end.stat.hi - 1),
                lo: start_p.clone(),
                hi: end_p.as_ref().and_then(|p| p.add_const(-1)),
            },
            Some(false) => Range {
                stat: Iv::new(end.stat.lo + 1, start.stat.hi),
                lo: end_p.as_ref().and_then(|p| p.add_const(1)),
                hi: start_p.clone(),
            },
            None => Range::stat(start.stat.union(end.stat)),
        };
        head.set_range(
            Atom::Local(var),
            Range {
                stat: range.stat.within_i64(),
                ..range
            },
        );
        head.intact.insert(var);
        // A step runs only when start < stop: narrow the bounds that are atoms.
        if positive == Some(true) {
            if let Some(a) = end
                .poly
                .as_ref()
                .and_then(Poly::as_atom)
                .filter(|a| keep(*a))
            {
                let lo = start_p.as_ref().and_then(|p| p.add_const(1));
                head.narrow(a, Some((start.stat.lo + 1, lo)), None);
            }
            if let Some(a) = start
                .poly
                .as_ref()
                .and_then(Poly::as_atom)
                .filter(|a| keep(*a))
            {
                let hi = end_p.as_ref().and_then(|p| p.add_const(-1));
                head.narrow(a, None, Some((end.stat.hi - 1, hi)));
            }
        }

        // Locals that only step by constants.
        let mut counted = Vec::new();
        if let (Some(true), Some(sp)) = (positive, &start_p) {
            let steps = Poly::atom(Atom::Local(var)).sub(sp);
            let most = (end.stat.hi - start.stat.lo).max(0);
            for v in fx.assigned.iter().copied() {
                if v == var || v == counter || !self.is_int(v) {
                    continue;
                }
                let Some((up, down)) = increments(body, v) else {
                    continue;
                };
                let entry = st.local(v);
                let Some(ep) = valid(&entry) else { continue };
                let bound = |d: i64| steps.as_ref().and_then(|t| t.scale(d)?.add(&ep));
                let stat = Iv::new(
                    entry
                        .stat
                        .lo
                        .saturating_add(most.saturating_mul(down as i128)),
                    entry
                        .stat
                        .hi
                        .saturating_add(most.saturating_mul(up as i128)),
                );
                head.set_range(
                    Atom::Local(v),
                    Range {
                        stat: stat.within_i64(),
                        lo: bound(down),
                        hi: bound(up),
                    },
                );
                counted.push(v);
            }
        }

        // Locals whose range a step preserves: assumed outright when their values before the
        // loop are in range, else in a second pass whose facts need those values checked.
        let mut invariants = None;
        if self.recording && self.levels.len() < GUESS_DEPTH {
            let candidates: Vec<LocalId> = fx
                .assigned
                .iter()
                .copied()
                .filter(|v| *v != var && *v != counter && self.is_int(*v))
                .filter(|v| !counted.contains(v))
                .filter(|v| {
                    let e = st.local(*v);
                    valid(&e).is_some() || e.stat != Iv::I64
                })
                .collect();
            if !candidates.is_empty() {
                let inv = self.guess(&head, body, &candidates);
                let mut conds = Vec::new();
                let mut ok = true;
                for (v, iv) in &inv {
                    let entry = st.local(*v);
                    if entry.stat.lo >= iv.lo && entry.stat.hi <= iv.hi {
                        continue;
                    }
                    let Some(ep) = valid(&entry) else {
                        ok = false;
                        break;
                    };
                    let lo = i64::try_from(iv.lo).ok().filter(|l| *l > i64::MIN);
                    let hi = i64::try_from(iv.hi).ok().filter(|h| *h < i64::MAX);
                    let sides = [
                        lo.and_then(|l| ep.add_const(l.checked_neg()?)),
                        hi.and_then(|h| Poly::constant(h).sub(&ep)),
                    ];
                    for p in sides.into_iter().flatten() {
                        match Cond::NonNeg(p).simplify(st) {
                            None => ok = false,
                            Some(Some(c)) => conds.push(c),
                            Some(None) => {}
                        }
                    }
                }
                if ok && !inv.is_empty() {
                    let mut assumed = head.clone();
                    for (v, iv) in inv {
                        assumed.set_range(Atom::Local(v), Range::stat(iv));
                    }
                    if conds.is_empty() {
                        head = assumed;
                    } else {
                        invariants = Some((assumed, conds));
                    }
                }
            }
        }

        self.levels.push(Level {
            id: node(s),
            fx: fx.clone(),
            var,
            unit_step: matches!(step, Step::Const(1)),
        });
        self.continues.push(Vec::new());
        self.stmts(&mut head, body);
        self.continues.pop();
        if let Some((mut assumed, conds)) = invariants {
            self.assumptions.push((self.levels.len() - 1, conds));
            let union = std::mem::replace(&mut self.union, true);
            self.continues.push(Vec::new());
            self.stmts(&mut assumed, body);
            self.continues.pop();
            self.union = union;
            self.assumptions.pop();
        }
        self.levels.pop();
        *st = after;
    }

    /// Ranges of `candidates` that one step of `body` preserves, starting from `head`.
    fn guess(&mut self, head: &State, body: &[Stmt], candidates: &[LocalId]) -> Vec<(LocalId, Iv)> {
        let recording = self.recording;
        self.recording = false;
        let back = self.back_edge(head.clone(), body);
        let mut inv: BTreeMap<LocalId, Iv> = candidates
            .iter()
            .map(|v| (*v, back.local(*v).stat))
            .filter(|(_, iv)| *iv != Iv::I64 && !back.dead)
            .collect();
        let mut found = Vec::new();
        for _ in 0..GUESS_ROUNDS {
            if inv.is_empty() {
                break;
            }
            let mut h = head.clone();
            for (v, iv) in &inv {
                h.set_range(Atom::Local(*v), Range::stat(*iv));
            }
            let back = self.back_edge(h, body);
            let before = inv.len();
            inv.retain(|v, iv| {
                let s = back.local(*v).stat;
                back.dead || (s.lo >= iv.lo && s.hi <= iv.hi)
            });
            if inv.len() == before {
                found = inv.into_iter().collect();
                break;
            }
        }
        self.recording = recording;
        found
    }

    /// The state at the end of one step of `body` from `st`, joined with its `continue`s.
    fn back_edge(&mut self, mut st: State, body: &[Stmt]) -> State {
        self.continues.push(Vec::new());
        self.stmts(&mut st, body);
        let conts = self.continues.pop().unwrap_or_default();
        conts.iter().fold(st, |a, b| a.join(b))
    }

    /// The value of an expression without recording anything (for conditions).
    fn peek(&mut self, st: &State, e: &Expr) -> Val {
        let recording = self.recording;
        self.recording = false;
        let v = self.expr(&mut st.clone(), e);
        self.recording = recording;
        v
    }

    /// Narrows `st` to the executions where `c` is `truth`.
    fn refine(&mut self, st: &mut State, c: &Expr, truth: bool) {
        match &c.kind {
            E::Not(x) => self.refine(st, x, !truth),
            E::And(a, b) if truth => {
                self.refine(st, a, true);
                self.refine(st, b, true);
            }
            E::Or(a, b) if !truth => {
                self.refine(st, a, false);
                self.refine(st, b, false);
            }
            E::Bool(b) if *b != truth => st.dead = true,
            E::Compare(cmp, CmpKind::Int, a, b) if Effects::none(a) && Effects::none(b) => {
                let cmp = if truth { *cmp } else { negated(*cmp) };
                let va = self.peek(st, a);
                let vb = self.peek(st, b);
                if let Some(x) = va.poly.as_ref().and_then(Poly::as_atom) {
                    narrow(st, x, cmp, &vb);
                }
                if let Some(y) = vb.poly.as_ref().and_then(Poly::as_atom) {
                    narrow(st, y, swapped(cmp), &va);
                }
            }
            _ => {}
        }
    }

    /// Evaluates `e`: for ints their value, for lists their length.
    fn expr(&mut self, st: &mut State, e: &Expr) -> Val {
        match &e.kind {
            E::Int(v) => Val::constant(*v),
            E::Local(v) if self.is_int(*v) => st.local(*v),
            // A list read as a value may be moved out of its local: its length is known, but
            // not as the other local's length.
            E::Local(l) if self.is_list(*l) => Val::stat(st.len(*l).stat),
            E::Float(_) | E::Bool(_) | E::Str(_) | E::Bytes(_) | E::Local(_) => Val::unknown(),
            // A byte of a `bytes` is an int in 0..=255.
            E::BytesIndex(x, i, _) => {
                self.expr(st, x);
                self.expr(st, i);
                Val::stat(Iv::new(0, 255))
            }
            E::Len(x) | E::CopyList(x, _) => match x.kind {
                E::Local(l) if self.is_list(l) => st.len(l),
                _ => self.expr(st, x),
            },
            E::ProvedIndex(x, _) => self.expr(st, x),
            E::Int2(op, a, b, _) | E::IntExact(op, a, b) => {
                let va = self.expr(st, a);
                if let Some(Recursion {
                    watch: Some((w, seen)),
                    ..
                }) = &mut self.recursion
                    && *w == node(e)
                {
                    *seen = Some(seen.map_or(va.stat, |s| s.union(va.stat)));
                }
                let vb = self.expr(st, b);
                self.int2(st, e, *op, (a, &va), (b, &vb))
            }
            E::NextRemainder(r, d) => {
                self.expr(st, r);
                let vd = self.expr(st, d);
                Val::stat(Iv::new(0, (vd.stat.hi - 1).max(0)))
            }
            E::AddToNatural(a, b, _) => {
                let va = self.expr(st, a);
                let vb = self.expr(st, b);
                self.int2(st, e, IntOp::Add, (a, &va), (b, &vb))
            }
            E::NegInt(x, _) => {
                let v = self.expr(st, x);
                Val {
                    poly: v.poly.and_then(|p| p.scale(-1)),
                    stat: v.stat.neg().within_i64(),
                    lo: None,
                    hi: None,
                }
            }
            E::Convert(c, x, _) => {
                self.expr(st, x);
                match c {
                    Convert::BoolToInt => Val::stat(Iv::new(0, 1)),
                    _ => Val::unknown(),
                }
            }
            E::Abs(x, _) => {
                let v = self.expr(st, x);
                if x.ty() == Type::Int {
                    let m = v.stat.lo.abs().max(v.stat.hi.abs());
                    let lo = if v.stat.lo > 0 {
                        v.stat.lo
                    } else if v.stat.hi < 0 {
                        -v.stat.hi
                    } else {
                        0
                    };
                    Val::stat(Iv::new(lo, m).within_i64())
                } else {
                    Val::unknown()
                }
            }
            E::NegFloat(x) | E::Not(x) | E::InvertInt(x) | E::Math(_, x, _) => {
                self.expr(st, x);
                Val::unknown()
            }
            E::Float2(_, a, b, _)
            | E::Bool2(_, a, b)
            | E::Compare(_, _, a, b)
            | E::IntFits(_, a, b) => {
                self.expr(st, a);
                self.expr(st, b);
                Val::unknown()
            }
            E::And(a, b) | E::Or(a, b) => {
                self.expr(st, a);
                let mut rhs = st.clone();
                self.refine(&mut rhs, a, matches!(e.kind, E::And(..)));
                self.expr(&mut rhs, b);
                if !Effects::none(b) {
                    *st = st.join(&rhs);
                }
                Val::unknown()
            }
            E::Cond(c, a, b) => {
                self.expr(st, c);
                let mut yes = st.clone();
                self.refine(&mut yes, c, true);
                let va = self.expr(&mut yes, a);
                let mut no = st.clone();
                self.refine(&mut no, c, false);
                let vb = self.expr(&mut no, b);
                if !(Effects::none(a) && Effects::none(b)) {
                    *st = yes.join(&no);
                }
                join_val(&va, &vb)
            }
            E::Block(stmts, x) => {
                self.stmts(st, stmts);
                if st.dead {
                    Val::unknown()
                } else {
                    self.expr(st, x)
                }
            }
            E::Index(list, index, _) => {
                self.expr(st, list);
                let vi = self.expr(st, index);
                self.index_facts(st, list, index, &vi);
                if e.ty().is_list() {
                    Val::stat(Iv::new(0, i64::MAX as i128))
                } else {
                    Val::unknown()
                }
            }
            E::ListRepeat(value, count, _) => {
                self.expr(st, value);
                let c = self.expr(st, count);
                if c.stat.lo >= 0 {
                    c
                } else {
                    Val::stat(Iv::new(0, c.stat.hi.max(0)))
                }
            }
            E::ListLit(_, items, _) => {
                for x in items {
                    self.expr(st, x);
                }
                Val::constant(items.len() as i64)
            }
            E::Call(callee, args) => {
                let vals: Vec<Iv> = args.iter().map(|x| self.expr(st, x).stat).collect();
                match &mut self.recursion {
                    Some(r) if r.id == *callee => {
                        r.args = Some(match r.args.take() {
                            None => vals,
                            Some(seen) => {
                                seen.iter().zip(&vals).map(|(a, b)| a.union(*b)).collect()
                            }
                        });
                        Val::stat(r.result)
                    }
                    _ => Val::unknown(),
                }
            }
            E::ListMethod(m, args, _) => {
                for x in args {
                    self.expr(st, x);
                }
                if let Some(E::Local(l)) = args.first().map(|a| &a.kind)
                    && changes_list(*m)
                {
                    st.set_len(*l, Val::unknown());
                }
                Val::unknown()
            }
            _ => {
                // Anything else: no facts inside, and whatever it changes is unknown.
                let fx = Effects::of_expr(e);
                self.forget(st, &fx);
                Val::unknown()
            }
        }
    }

    /// The facts of an int operation, and its value.
    fn int2(
        &mut self,
        st: &State,
        e: &Expr,
        op: IntOp,
        (a, va): (&Expr, &Val),
        (b, vb): (&Expr, &Val),
    ) -> Val {
        match op {
            IntOp::Add | IntOp::Sub | IntOp::Mul => {
                let stat = match op {
                    IntOp::Add => va.stat.add(vb.stat),
                    IntOp::Sub => va.stat.sub(vb.stat),
                    _ => va.stat.mul(vb.stat),
                };
                let poly = match (&va.poly, &vb.poly) {
                    (Some(p), Some(q)) => match op {
                        IntOp::Add => p.add(q),
                        IntOp::Sub => p.sub(q),
                        _ => p.mul(q),
                    },
                    _ => None,
                };
                let (lo, hi) = match (poly.is_none(), op) {
                    (true, IntOp::Add) => (
                        va.lower().zip(vb.lower()).and_then(|(x, y)| x.add(y)),
                        va.upper().zip(vb.upper()).and_then(|(x, y)| x.add(y)),
                    ),
                    (true, IntOp::Sub) => (
                        va.lower().zip(vb.upper()).and_then(|(x, y)| x.sub(y)),
                        va.upper().zip(vb.lower()).and_then(|(x, y)| x.sub(y)),
                    ),
                    _ => (None, None),
                };
                let r = Val { poly, stat, lo, hi };
                if self.recording {
                    let alts = self.alts(st, stat.fits_i64(), &|st, keep| {
                        Some(vec![
                            Cond::Fits(st.bound(r.lower()?, false, keep)?),
                            Cond::Fits(st.bound(r.upper()?, true, keep)?),
                        ])
                    });
                    self.record((node(e), Kind::Exact), alts);
                    self.affine(st, e, &r);
                }
                Val {
                    stat: stat.within_i64(),
                    ..r
                }
            }
            IntOp::FloorDiv | IntOp::Mod => {
                if self.recording {
                    let alts = self.alts(st, vb.stat.lo >= 1, &|st, keep| {
                        let lo = st.bound(vb.lower()?, false, keep)?;
                        Some(vec![Cond::NonNeg(lo.add_const(-1)?)])
                    });
                    self.record((node(e), Kind::Exact), alts);
                    if op == IntOp::Mod {
                        self.mod_step(st, e, a, b, vb);
                    }
                }
                let positive = vb.stat.lo >= 0;
                match (op, b.kind.clone()) {
                    (IntOp::Mod, _) if positive => Val {
                        poly: None,
                        stat: Iv::new(0, vb.stat.hi - 1),
                        lo: Some(Poly::constant(0)),
                        hi: vb.upper().and_then(|p| p.add_const(-1)),
                    },
                    (IntOp::FloorDiv, E::Int(1)) => va.clone(),
                    (IntOp::FloorDiv, E::Int(k)) if k > 0 => {
                        Val::stat(va.stat.floordiv_pos(k as i128))
                    }
                    (IntOp::FloorDiv, _) if positive && va.stat.lo >= 0 => {
                        Val::stat(Iv::new(0, va.stat.hi))
                    }
                    _ => Val::unknown(),
                }
            }
            IntOp::And => match (&a.kind, &b.kind) {
                (_, E::Int(k)) | (E::Int(k), _) if *k >= 0 => Val::stat(Iv::new(0, *k as i128)),
                _ if va.stat.lo >= 0 || vb.stat.lo >= 0 => {
                    let m = if va.stat.lo >= 0 {
                        va.stat.hi
                    } else {
                        vb.stat.hi
                    };
                    Val::stat(Iv::new(0, m))
                }
                _ => Val::unknown(),
            },
            IntOp::Shr => match b.kind {
                E::Int(k) if k >= 0 => Val::stat(va.stat.floordiv_pos(1i128 << k.min(100))),
                _ => Val::unknown(),
            },
            _ => Val::unknown(),
        }
    }

    /// Records `e` (of value `r`) when it multiplies and is affine in the innermost loop's
    /// variable (unchanged in this step), with coefficients the loop does not change.
    fn affine(&mut self, st: &State, e: &Expr, r: &Val) {
        let (Some(level), Some(p)) = (self.levels.last(), r.poly.as_ref()) else {
            return;
        };
        if !multiplies(e) || !st.intact.contains(&level.var) {
            return;
        }
        let Some((a, b)) = p.affine_in(Atom::Local(level.var)) else {
            return;
        };
        let fixed = a.atoms().chain(b.atoms()).all(|x| unchanged(&level.fx, x));
        let mut ops = Vec::new();
        if a.as_const() == Some(0) || !fixed || !arithmetic(e, &mut ops) {
            return;
        }
        let lp = level.id;
        self.facts.affine.push(Affine {
            node: node(e),
            lp,
            ops,
            a,
            b,
        });
    }

    /// `var % d` with `var` the innermost loop's variable (unchanged in this step) and `d` a
    /// local or a list length the loop does not change.
    fn mod_step(&mut self, st: &State, e: &Expr, a: &Expr, b: &Expr, vb: &Val) {
        let Some(level) = self.levels.last() else {
            return;
        };
        let divisor_ok = match &b.kind {
            E::Local(_) => true,
            E::Len(x) => matches!(x.kind, E::Local(_)),
            _ => false,
        };
        let Some(d) = vb.poly.as_ref() else { return };
        let ok = level.unit_step
            && divisor_ok
            && matches!(a.kind, E::Local(v) if v == level.var && st.intact.contains(&v))
            && d.as_const().is_none()
            && d.atoms().all(|x| unchanged(&level.fx, x));
        if !ok {
            return;
        }
        let id = level.id;
        let mut alt = self.assumed_conds();
        if vb.stat.lo < 1 {
            match d.add_const(-1).map(|p| Cond::NonNeg(p).simplify(st)) {
                Some(Some(Some(c))) => alt.push((id, c)),
                Some(Some(None)) => {}
                _ => return,
            }
        }
        self.facts.mod_steps.push((node(e), id, b.clone()));
        self.record((node(e), Kind::ModStep), vec![alt]);
    }

    /// The facts of an index into `list`.
    fn index_facts(&mut self, st: &State, list: &Expr, index: &Expr, vi: &Val) {
        if !self.recording {
            return;
        }
        let alts = self.alts(st, vi.stat.lo >= 0, &|st, keep| {
            Some(vec![Cond::NonNeg(st.bound(vi.lower()?, false, keep)?)])
        });
        self.record((node(index), Kind::NonNeg), alts);
        if let E::Local(l) = list.kind {
            let len = st.len(l);
            let outright = vi.stat.lo >= 0 && vi.stat.hi < len.stat.lo;
            let alts = self.alts(st, outright, &|st, keep| {
                Some(vec![
                    Cond::NonNeg(st.bound(vi.lower()?, false, keep)?),
                    Cond::Less(
                        st.bound(vi.upper()?, true, keep)?,
                        st.bound(len.lower()?, false, keep)?,
                    ),
                ])
            });
            self.record((node(index), Kind::InBounds), alts);
        }
    }

    /// The conditions of the invariants assumed in enclosing loops.
    fn assumed_conds(&self) -> Alt {
        self.assumptions
            .iter()
            .flat_map(|(i, cs)| cs.iter().map(|c| (self.levels[*i].id, c.clone())))
            .collect()
    }

    /// The ways to prove a fact: outright when `outright`, else at each enclosing loop from the
    /// conditions `conds` states with the atoms that loop does not change.
    fn alts(&self, st: &State, outright: bool, conds: &Conds<'_>) -> Vec<Alt> {
        let base = self.assumed_conds();
        if outright {
            return vec![base];
        }
        // With every atom kept, a condition that holds statically proves the fact here.
        if let Some(cs) = conds(st, &|_| true)
            && cs.into_iter().all(|c| c.simplify(st) == Some(None))
        {
            return vec![base];
        }
        let first = self.assumptions.last().map_or(0, |(i, _)| *i);
        let mut alts = Vec::new();
        for level in self.levels.iter().skip(first) {
            let keep = |a: Atom| unchanged(&level.fx, a);
            let Some(cs) = conds(st, &keep) else { continue };
            let mut alt = base.clone();
            let mut possible = true;
            for c in cs {
                match c.simplify(st) {
                    None => possible = false,
                    Some(Some(c)) => alt.push((level.id, c)),
                    Some(None) => {}
                }
            }
            if !possible {
                continue;
            }
            if alt.len() == base.len() {
                return vec![base];
            }
            alts.push(alt);
        }
        alts
    }

    fn record(&mut self, key: (NodeId, Kind), alts: Vec<Alt>) {
        let loops: Vec<NodeId> = self.levels.iter().map(|l| l.id).collect();
        self.facts.record(key, alts, &loops, self.union);
    }
}

/// Narrows atom `x` to the values where `x cmp other` holds.
fn narrow(st: &mut State, x: Atom, cmp: Cmp, other: &Val) {
    let minus = |p: Option<&Poly>, k: i64| p.and_then(|p| p.add_const(-k));
    let upper = |k: i64| Some((other.stat.hi - k as i128, minus(other.upper(), k)));
    let lower = |k: i64| Some((other.stat.lo + k as i128, minus(other.lower(), -k)));
    match cmp {
        Cmp::Lt => st.narrow(x, None, upper(1)),
        Cmp::Le => st.narrow(x, None, upper(0)),
        Cmp::Gt => st.narrow(x, lower(1), None),
        Cmp::Ge => st.narrow(x, lower(0), None),
        Cmp::Eq => st.narrow(x, lower(0), upper(0)),
        Cmp::Ne => {
            // x ≠ its own lowest (highest) value: the range loses that end.
            let r = st.range(x);
            let k = other.poly.as_ref().and_then(Poly::as_const);
            let at_lo = other.poly.is_some() && r.lo == other.poly;
            let at_hi = other.poly.is_some() && r.hi == other.poly;
            if at_lo || k.is_some_and(|k| k as i128 == r.stat.lo) {
                let lo = if at_lo {
                    minus(r.lo.as_ref(), -1)
                } else {
                    None
                };
                let s = if k.is_some_and(|k| k as i128 == r.stat.lo) {
                    r.stat.lo + 1
                } else {
                    r.stat.lo
                };
                st.narrow(x, Some((s, lo)), None);
            }
            if at_hi || k.is_some_and(|k| k as i128 == r.stat.hi) {
                let hi = if at_hi { minus(r.hi.as_ref(), 1) } else { None };
                let s = if k.is_some_and(|k| k as i128 == r.stat.hi) {
                    r.stat.hi - 1
                } else {
                    r.stat.hi
                };
                st.narrow(x, None, Some((s, hi)));
            }
        }
    }
}

fn negated(c: Cmp) -> Cmp {
    match c {
        Cmp::Lt => Cmp::Ge,
        Cmp::Le => Cmp::Gt,
        Cmp::Gt => Cmp::Le,
        Cmp::Ge => Cmp::Lt,
        Cmp::Eq => Cmp::Ne,
        Cmp::Ne => Cmp::Eq,
    }
}

fn swapped(c: Cmp) -> Cmp {
    match c {
        Cmp::Lt => Cmp::Gt,
        Cmp::Le => Cmp::Ge,
        Cmp::Gt => Cmp::Lt,
        Cmp::Ge => Cmp::Le,
        c => c,
    }
}

/// A value that is one of two.
fn join_val(a: &Val, b: &Val) -> Val {
    if a.poly.is_some() && a.poly == b.poly {
        return Val {
            stat: a.stat.union(b.stat),
            ..a.clone()
        };
    }
    let pick = |x: Option<&Poly>, y: Option<&Poly>, lower: bool| -> Option<Poly> {
        let (x, y) = (x?, y?);
        let d = x.sub(y)?.as_const()?;
        Some(if (d <= 0) == lower {
            x.clone()
        } else {
            y.clone()
        })
    };
    Val {
        poly: None,
        stat: a.stat.union(b.stat),
        lo: pick(a.lower(), b.lower(), true),
        hi: pick(a.upper(), b.upper(), false),
    }
}

/// Whether `e` is made of int operations (collected in `ops`) of locals, constants and list
/// lengths only.
fn arithmetic(e: &Expr, ops: &mut Vec<NodeId>) -> bool {
    match &e.kind {
        E::Int(_) | E::Local(_) => true,
        E::Len(x) => matches!(x.kind, E::Local(_)),
        E::Int2(_, a, b, _) => {
            ops.push(node(e));
            arithmetic(a, ops) && arithmetic(b, ops)
        }
        _ => false,
    }
}

/// Whether `e` multiplies two values neither of which is a constant.
fn multiplies(e: &Expr) -> bool {
    match &e.kind {
        E::Int2(op, a, b, _) | E::IntExact(op, a, b) => {
            let constant = |x: &Expr| matches!(x.kind, E::Int(_));
            (*op == IntOp::Mul && !constant(a) && !constant(b)) || multiplies(a) || multiplies(b)
        }
        _ => false,
    }
}

/// Whether a loop body breaks out of its own loop.
fn breaks(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::Break => true,
        Stmt::If {
            then, otherwise, ..
        } => breaks(then) || breaks(otherwise),
        _ => false,
    })
}

/// How much one step of a loop body can raise and lower local `v`, when every assignment to it
/// is `v = v ± constant` outside nested loops: (most added, most subtracted as a negative).
fn increments(body: &[Stmt], v: LocalId) -> Option<(i64, i64)> {
    let mut up = 0i64;
    let mut down = 0i64;
    for s in body {
        let (u, d) = match s {
            Stmt::Assign(t, e) if *t == v => {
                let k = match &e.kind {
                    E::Int2(IntOp::Add, x, y, _) => match (&x.kind, &y.kind) {
                        (E::Local(l), E::Int(k)) | (E::Int(k), E::Local(l)) if *l == v => *k,
                        _ => return None,
                    },
                    E::Int2(IntOp::Sub, x, y, _) => match (&x.kind, &y.kind) {
                        (E::Local(l), E::Int(k)) if *l == v => k.checked_neg()?,
                        _ => return None,
                    },
                    _ => return None,
                };
                (k.max(0), k.min(0))
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                if Effects::of_expr(cond).assigned.contains(&v) {
                    return None;
                }
                let (u1, d1) = increments(then, v)?;
                let (u2, d2) = increments(otherwise, v)?;
                (u1.max(u2), d1.min(d2))
            }
            other => {
                if Effects::of(std::slice::from_ref(other))
                    .assigned
                    .contains(&v)
                {
                    return None;
                }
                (0, 0)
            }
        };
        up = up.checked_add(u)?;
        down = down.checked_add(d)?;
    }
    Some((up, down))
}
