//! Bounds of a polynomial in terms of chosen atoms: the atoms that do not change inside a loop
//! are kept, the others (loop variables, locals the loop assigns) are replaced by their ranges
//! until only kept atoms remain. This turns "`i * n + k` with `i, k` in `[0, n - 1]`" into
//! "`i * n + k` is in `[0, n*n - 1]`", which can be checked once before the loop.

use super::poly::{Atom, Poly};
use super::state::State;

/// How many rounds of substitution are tried (nested loop variables need one each).
const MAX_ROUNDS: usize = 6;

impl State {
    /// A lower (`upper == false`) or upper bound of `p`, as a polynomial of atoms that satisfy
    /// `keep`; `None` when one cannot be derived.
    pub fn bound(&self, p: &Poly, upper: bool, keep: &dyn Fn(Atom) -> bool) -> Option<Poly> {
        let mut p = p.clone();
        for _ in 0..MAX_ROUNDS {
            if p.atoms().all(keep) {
                return Some(p);
            }
            p = self.substitute(&p, upper, keep)?;
        }
        None
    }

    /// One round: every monomial with an atom outside `keep` is replaced by its bound.
    fn substitute(&self, p: &Poly, upper: bool, keep: &dyn Fn(Atom) -> bool) -> Option<Poly> {
        let mut out = Poly::constant(0);
        for (m, c) in p.terms() {
            if m.iter().all(|a| keep(*a)) {
                let mut term = Poly::constant(c);
                for a in m {
                    term = term.mul(&Poly::atom(*a))?;
                }
                out = out.add(&term)?;
                continue;
            }
            // c × m is largest where m is largest when c > 0, smallest otherwise.
            let want_hi = (c > 0) == upper;
            let bound_of = |a: Atom| -> Option<Poly> {
                if keep(a) {
                    return Some(Poly::atom(a));
                }
                let r = self.range(a);
                if want_hi { r.hi } else { r.lo }
            };
            let m_bound = if let [a] = m {
                bound_of(*a)?
            } else {
                // A product is monotone in each factor only where all factors are ≥ 0, and its
                // lower bound is a product of lower bounds only where those are ≥ 0 too.
                let mut prod = Poly::constant(1);
                for a in m {
                    if self.range(*a).stat.lo < 0 {
                        return None;
                    }
                    let b = bound_of(*a)?;
                    if !want_hi && self.stat_of(&b).lo < 0 {
                        return None;
                    }
                    prod = prod.mul(&b)?;
                }
                prod
            };
            out = out.add(&m_bound.scale(c)?)?;
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::interval::Iv;
    use super::super::poly::{Atom, Poly};
    use super::super::state::{Range, State};

    #[test]
    fn loop_variables_are_replaced_by_their_ranges() {
        // n ≥ 1; i, k in [0, n - 1]: i*n + k is in [0, n*n - 1].
        let (n, i, k) = (Atom::Local(0), Atom::Local(1), Atom::Local(2));
        let pn = Poly::atom(n);
        let mut st = State::default();
        st.set_range(n, Range::stat(Iv::new(1, i64::MAX as i128)));
        for v in [i, k] {
            st.set_range(
                v,
                Range {
                    stat: Iv::new(0, i64::MAX as i128),
                    lo: Some(Poly::constant(0)),
                    hi: pn.add_const(-1),
                },
            );
        }
        let e = Poly::atom(i).mul(&pn).unwrap().add(&Poly::atom(k)).unwrap();
        let keep = |a: Atom| a == n;
        assert_eq!(st.bound(&e, false, &keep), Some(Poly::constant(0)));
        assert_eq!(
            st.bound(&e, true, &keep),
            pn.mul(&pn).unwrap().add_const(-1)
        );
    }

    #[test]
    fn products_of_possibly_negative_values_have_no_bound() {
        let (n, i) = (Atom::Local(0), Atom::Local(1));
        let mut st = State::default();
        st.set_range(
            i,
            Range {
                stat: Iv::new(-5, 5),
                lo: Some(Poly::constant(-5)),
                hi: Some(Poly::constant(5)),
            },
        );
        let e = Poly::atom(i).mul(&Poly::atom(n)).unwrap();
        assert_eq!(st.bound(&e, true, &|a| a == n), None);
        // A single atom needs no sign: i + n is in [n - 5, n + 5].
        let e = Poly::atom(i).add(&Poly::atom(n)).unwrap();
        assert_eq!(st.bound(&e, true, &|a| a == n), Poly::atom(n).add_const(5));
    }
}
