//! What the range analysis proves: facts about IR nodes, each with the conditions under which it
//! holds. A condition is checked before a loop (the loop's pre-check), on values the loop does
//! not change; a fact with no condition holds everywhere.

use super::interval::Iv;
use super::poly::Poly;
use super::state::State;
use crate::ir::Expr;
use std::collections::BTreeMap;

/// An IR node (statement or expression), by its address in the program being analysed.
pub type NodeId = usize;

/// The identity of an IR node.
pub fn node<T>(x: &T) -> NodeId {
    x as *const T as usize
}

/// A fact about a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// An int operation cannot raise (no overflow; a divisor > 0).
    Exact,
    /// An index is ≥ 0.
    NonNeg,
    /// An index is within its list.
    InBounds,
    /// `var % d`, with `var` its loop's variable and `d` unchanged and > 0 in the loop, can be
    /// carried from step to step instead of divided.
    ModStep,
}

/// A condition on values available before a loop.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cond {
    /// The polynomial's value is an i64 (evaluating it does not overflow).
    Fits(Poly),
    /// The value is ≥ 0.
    NonNeg(Poly),
    /// The first value is below the second.
    Less(Poly, Poly),
}

impl Cond {
    /// `Some(None)`: holds without a check; `Some(Some(c))`: needs the run-time check `c`;
    /// `None`: cannot hold (or cannot be decided usefully). `st` gives the atoms' ranges.
    pub fn simplify(self, st: &State) -> Option<Option<Cond>> {
        let fits = |p: &Poly| st.stat_of(p).fits_i64();
        match &self {
            Cond::Fits(p) => {
                if fits(p) || p.as_atom().is_some() {
                    Some(None)
                } else {
                    Some(Some(self))
                }
            }
            Cond::NonNeg(p) => match p.as_const() {
                Some(c) => (c >= 0).then_some(None),
                None if st.stat_of(p).lo >= 0 => Some(None),
                None => Some(Some(self)),
            },
            Cond::Less(p, q) => {
                let gap = q.sub(p).map(|d| st.stat_of(&d));
                match gap {
                    Some(Iv { lo, .. }) if lo >= 1 => Some(None),
                    Some(Iv { hi, .. }) if hi <= 0 => None,
                    _ => Some(Some(self)),
                }
            }
        }
    }
}

/// The conditions of one way to prove a fact: each is checked before the loop named with it.
pub type Alt = Vec<(NodeId, Cond)>;

/// An int expression with a product whose value is `a × var + b` in a loop, `a` and `b`
/// unchanged in it: it can be carried from step to step by adding `a × step`.
#[derive(Debug)]
pub struct Affine {
    pub node: NodeId,
    /// The loop.
    pub lp: NodeId,
    /// Its int operations (which must all be exact for it to be computed another way).
    pub ops: Vec<NodeId>,
    pub a: Poly,
    pub b: Poly,
}

/// Everything the analysis proved about a function.
#[derive(Debug, Default)]
pub struct Facts {
    /// For each fact, the ways to prove it (an empty alternative: proved outright).
    pub alts: BTreeMap<(NodeId, Kind), Vec<Alt>>,
    /// For each range loop, the facts about nodes inside it.
    pub inside: BTreeMap<NodeId, Vec<(NodeId, Kind)>>,
    /// The `ModStep` nodes in program order: (node, its loop, the divisor).
    pub mod_steps: Vec<(NodeId, NodeId, Expr)>,
    /// Products affine in a loop's variable, in program order.
    pub affine: Vec<Affine>,
}

impl Facts {
    /// Records `alts` for a fact about a node inside `loops`. A node met again either adds its
    /// proofs (`union`: another sound analysis of the same code) or keeps only what both visits
    /// proved.
    pub fn record(&mut self, key: (NodeId, Kind), alts: Vec<Alt>, loops: &[NodeId], union: bool) {
        let fresh = !self.alts.contains_key(&key);
        let known = self.alts.entry(key).or_default();
        if fresh || union {
            for a in alts {
                if !known.contains(&a) {
                    known.push(a);
                }
            }
        } else {
            known.retain(|a| alts.contains(a));
        }
        if !known.is_empty() {
            for l in loops {
                let inside = self.inside.entry(*l).or_default();
                if !inside.contains(&key) {
                    inside.push(key);
                }
            }
        }
    }
}
