//! The abstract state of the range analysis at one program point: what is known of every int
//! local and list length, as polynomials over atoms and as ranges of those atoms.
//!
//! Invariant: an atom `Local(v)` is mentioned (in a polynomial or a bound) only while `v` has no
//! polynomial of its own, and `Len(l)` only while `l`'s length has none; assigning `v` first
//! forgets every mention of its old value ([`State::forget`]).

use super::interval::Iv;
use super::poly::{Atom, Poly};
use crate::ir::LocalId;
use std::collections::{BTreeMap, BTreeSet};

/// What is known of an atom: a static interval, and bounds as polynomials of other atoms.
#[derive(Clone, Debug, PartialEq)]
pub struct Range {
    pub stat: Iv,
    pub lo: Option<Poly>,
    pub hi: Option<Poly>,
}

impl Range {
    /// Nothing known beyond the atom's kind.
    pub fn unknown(a: Atom) -> Range {
        Range {
            stat: match a {
                Atom::Local(_) => Iv::I64,
                Atom::Len(_) => Iv::new(0, i64::MAX as i128),
            },
            lo: None,
            hi: None,
        }
    }

    /// Only a static interval.
    pub fn stat(stat: Iv) -> Range {
        Range {
            stat,
            lo: None,
            hi: None,
        }
    }
}

/// What is known of an int expression's value.
#[derive(Clone, Debug, PartialEq)]
pub struct Val {
    /// The value as a polynomial of atoms, when it is one.
    pub poly: Option<Poly>,
    /// A static interval holding it.
    pub stat: Iv,
    /// Bounds as polynomials, for values that are not polynomials (`x % n` is in `[0, n - 1]`).
    pub lo: Option<Poly>,
    pub hi: Option<Poly>,
}

impl Val {
    pub fn unknown() -> Val {
        Val::stat(Iv::I64)
    }

    pub fn stat(stat: Iv) -> Val {
        Val {
            poly: None,
            stat,
            lo: None,
            hi: None,
        }
    }

    pub fn constant(c: i64) -> Val {
        Val {
            poly: Some(Poly::constant(c)),
            stat: Iv::point(c as i128),
            lo: None,
            hi: None,
        }
    }

    /// A lower bound as a polynomial (the value itself when it is one).
    pub fn lower(&self) -> Option<&Poly> {
        self.poly.as_ref().or(self.lo.as_ref())
    }

    /// An upper bound as a polynomial.
    pub fn upper(&self) -> Option<&Poly> {
        self.poly.as_ref().or(self.hi.as_ref())
    }
}

/// The abstract state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// No execution reaches this point.
    pub dead: bool,
    /// Int locals whose value is a known polynomial (and a static interval of it); every other
    /// int local stands for itself, the atom `Local(v)`.
    polys: BTreeMap<LocalId, (Poly, Iv)>,
    /// Ranges of atoms (absent: [`Range::unknown`]).
    ranges: BTreeMap<Atom, Range>,
    /// List locals whose length is a known polynomial; the others have the atom `Len(l)`.
    lens: BTreeMap<LocalId, Poly>,
    /// Range-loop variables that still hold the value their loop gave them in this step.
    pub intact: BTreeSet<LocalId>,
}

impl State {
    pub fn range(&self, a: Atom) -> Range {
        self.ranges
            .get(&a)
            .cloned()
            .unwrap_or_else(|| Range::unknown(a))
    }

    pub fn set_range(&mut self, a: Atom, r: Range) {
        self.ranges.insert(a, r);
    }

    /// The value of int local `v`.
    pub fn local(&self, v: LocalId) -> Val {
        match self.polys.get(&v) {
            Some((p, stat)) => Val {
                poly: Some(p.clone()),
                stat: *stat,
                lo: None,
                hi: None,
            },
            None => Val {
                poly: Some(Poly::atom(Atom::Local(v))),
                stat: self.range(Atom::Local(v)).stat,
                lo: None,
                hi: None,
            },
        }
    }

    /// The length of list local `l`.
    pub fn len(&self, l: LocalId) -> Val {
        let non_negative = Iv::new(0, i64::MAX as i128);
        match self.lens.get(&l) {
            Some(p) => Val {
                poly: Some(p.clone()),
                stat: self.stat_of(p).intersect(non_negative),
                lo: None,
                hi: None,
            },
            None => Val {
                poly: Some(Poly::atom(Atom::Len(l))),
                stat: self.range(Atom::Len(l)).stat,
                lo: None,
                hi: None,
            },
        }
    }

    /// A static interval of a polynomial's value, from its atoms' ranges.
    pub fn stat_of(&self, p: &Poly) -> Iv {
        let mut total = Iv::point(0);
        for (m, c) in p.terms() {
            let mut t = Iv::point(c as i128);
            for a in m {
                t = t.mul(self.range(*a).stat);
            }
            total = total.add(t);
        }
        total
    }

    /// Forgets every mention of atom `a` (its value is about to change), and what is known of
    /// `a` itself.
    pub fn forget(&mut self, a: Atom) {
        let stale: Vec<LocalId> = self
            .polys
            .iter()
            .filter(|(_, (p, _))| p.mentions(a))
            .map(|(v, _)| *v)
            .collect();
        for v in stale {
            if let Some((_, stat)) = self.polys.remove(&v) {
                self.ranges.insert(Atom::Local(v), Range::stat(stat));
            }
        }
        let stale: Vec<LocalId> = self
            .lens
            .iter()
            .filter(|(_, p)| p.mentions(a))
            .map(|(l, _)| *l)
            .collect();
        for l in stale {
            if let Some(p) = self.lens.remove(&l) {
                let stat = self
                    .stat_of(&p)
                    .intersect(Range::unknown(Atom::Len(l)).stat);
                self.ranges.insert(Atom::Len(l), Range::stat(stat));
            }
        }
        for r in self.ranges.values_mut() {
            if r.lo.as_ref().is_some_and(|p| p.mentions(a)) {
                r.lo = None;
            }
            if r.hi.as_ref().is_some_and(|p| p.mentions(a)) {
                r.hi = None;
            }
        }
        self.ranges.remove(&a);
        match a {
            Atom::Local(v) => {
                self.polys.remove(&v);
                self.intact.remove(&v);
            }
            Atom::Len(l) => {
                self.lens.remove(&l);
            }
        }
    }

    /// `v = value`.
    pub fn assign(&mut self, v: LocalId, value: Val) {
        let me = Atom::Local(v);
        self.forget(me);
        match value.poly {
            Some(p) if !p.mentions(me) => {
                self.polys.insert(v, (p, value.stat));
            }
            _ => {
                let keep = |b: Option<Poly>| b.filter(|p| !p.mentions(me));
                self.ranges.insert(
                    me,
                    Range {
                        stat: value.stat,
                        lo: keep(value.lo),
                        hi: keep(value.hi),
                    },
                );
            }
        }
    }

    /// List `l` now has length `len`.
    pub fn set_len(&mut self, l: LocalId, len: Val) {
        let me = Atom::Len(l);
        self.forget(me);
        match len.poly.filter(|p| !p.mentions(me)) {
            Some(p) => {
                self.lens.insert(l, p);
            }
            None => {
                let stat = len.stat.intersect(Range::unknown(me).stat);
                self.ranges.insert(me, Range::stat(stat));
            }
        }
    }

    /// Narrows atom `a` to `a ≥ lo` and `a ≤ hi` (each optional, static and symbolic); a
    /// symbolic bound replaces the known one only when it is provably tighter.
    pub fn narrow(
        &mut self,
        a: Atom,
        lo: Option<(i128, Option<Poly>)>,
        hi: Option<(i128, Option<Poly>)>,
    ) {
        let mut r = self.range(a);
        if let Some((s, p)) = lo {
            r.stat = r.stat.intersect(Iv::new(s, i128::MAX));
            if let Some(p) = p.filter(|p| !p.mentions(a)) {
                let tighter = match &r.lo {
                    None => true,
                    Some(old) => p
                        .sub(old)
                        .and_then(|d| d.as_const())
                        .is_some_and(|d| d >= 0),
                };
                if tighter {
                    r.lo = Some(p);
                }
            }
        }
        if let Some((s, p)) = hi {
            r.stat = r.stat.intersect(Iv::new(i128::MIN, s));
            if let Some(p) = p.filter(|p| !p.mentions(a)) {
                let tighter = match &r.hi {
                    None => true,
                    Some(old) => old
                        .sub(&p)
                        .and_then(|d| d.as_const())
                        .is_some_and(|d| d >= 0),
                };
                if tighter {
                    r.hi = Some(p);
                }
            }
        }
        self.ranges.insert(a, r);
    }

    /// What holds after either of two states (the meet of two branches).
    pub fn join(&self, o: &State) -> State {
        if self.dead {
            return o.clone();
        }
        if o.dead {
            return self.clone();
        }
        let mut out = State::default();
        let mut opaque: BTreeMap<Atom, Range> = BTreeMap::new();
        // Locals: the same polynomial on both sides stays; otherwise the local stands for itself.
        let locals: BTreeSet<LocalId> = self.polys.keys().chain(o.polys.keys()).copied().collect();
        for v in locals {
            match (self.polys.get(&v), o.polys.get(&v)) {
                (Some((p, a)), Some((q, b))) if p == q => {
                    out.polys.insert(v, (p.clone(), a.union(*b)));
                }
                _ => {
                    opaque.insert(
                        Atom::Local(v),
                        join_range(&self.as_range_local(v), &o.as_range_local(v)),
                    );
                }
            }
        }
        let lists: BTreeSet<LocalId> = self.lens.keys().chain(o.lens.keys()).copied().collect();
        for l in lists {
            match (self.lens.get(&l), o.lens.get(&l)) {
                (Some(p), Some(q)) if p == q => {
                    out.lens.insert(l, p.clone());
                }
                _ => {
                    let a = Atom::Len(l);
                    opaque.insert(a, join_range(&self.as_range_len(l), &o.as_range_len(l)));
                }
            }
        }
        let atoms: BTreeSet<Atom> = self.ranges.keys().chain(o.ranges.keys()).copied().collect();
        for a in atoms {
            if !opaque.contains_key(&a) {
                let r = join_range(&self.range(a), &o.range(a));
                out.ranges.insert(a, r);
            }
        }
        out.ranges.extend(opaque);
        out.intact = self.intact.intersection(&o.intact).copied().collect();
        out
    }

    /// Local `v`'s value as a range (its polynomial as both bounds).
    fn as_range_local(&self, v: LocalId) -> Range {
        match self.polys.get(&v) {
            Some((p, stat)) => Range {
                stat: *stat,
                lo: Some(p.clone()),
                hi: Some(p.clone()),
            },
            None => self.range(Atom::Local(v)),
        }
    }

    fn as_range_len(&self, l: LocalId) -> Range {
        match self.lens.get(&l) {
            Some(p) => Range {
                stat: self.len(l).stat,
                lo: Some(p.clone()),
                hi: Some(p.clone()),
            },
            None => self.range(Atom::Len(l)),
        }
    }
}

/// The range that holds for values in either range: symbolic bounds survive when one is
/// provably the looser of the two.
fn join_range(a: &Range, b: &Range) -> Range {
    let pick = |x: &Option<Poly>, y: &Option<Poly>, lower: bool| -> Option<Poly> {
        let (x, y) = (x.as_ref()?, y.as_ref()?);
        let d = x.sub(y)?.as_const()?;
        // For a lower bound keep the smaller, for an upper bound the larger.
        Some(if (d <= 0) == lower {
            x.clone()
        } else {
            y.clone()
        })
    };
    Range {
        stat: a.stat.union(b.stat),
        lo: pick(&a.lo, &b.lo, true),
        hi: pick(&a.hi, &b.hi, false),
    }
}
