//! Polynomials with integer coefficients over atoms (the current value of an int local, the
//! current length of a list local): the symbolic form of index expressions such as `i * n + k`
//! and of loop bounds such as `n - 1`. Canonical (sorted monomials, no zero coefficients), so two
//! polynomials are equal exactly when they are the same expression of the same atoms.

use crate::ir::LocalId;

/// A value the analysis names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Atom {
    /// The current value of an int local.
    Local(LocalId),
    /// The current length of a list local.
    Len(LocalId),
}

/// The largest degree kept (a product beyond it is not a polynomial for the analysis).
const MAX_DEGREE: usize = 4;
/// The most monomials kept.
const MAX_TERMS: usize = 16;

/// `Σ coefficient × Π atoms`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Poly {
    /// (monomial, coefficient), sorted by monomial, coefficients not zero; a monomial is its
    /// atoms, sorted, repeated for powers (empty for the constant).
    terms: Vec<(Vec<Atom>, i64)>,
}

impl Poly {
    pub fn constant(c: i64) -> Poly {
        let mut p = Poly::default();
        if c != 0 {
            p.terms.push((Vec::new(), c));
        }
        p
    }

    pub fn atom(a: Atom) -> Poly {
        Poly {
            terms: vec![(vec![a], 1)],
        }
    }

    /// The monomials and their coefficients, in canonical order.
    pub fn terms(&self) -> impl Iterator<Item = (&[Atom], i64)> {
        self.terms.iter().map(|(m, c)| (m.as_slice(), *c))
    }

    /// `c × Π atoms`.
    pub fn monomial(atoms: &[Atom], c: i64) -> Option<Poly> {
        atoms
            .iter()
            .try_fold(Poly::constant(c), |p, a| p.mul(&Poly::atom(*a)))
    }

    /// `(a, b)` with `self = a × x + b` and neither mentioning `x`, when `self` is affine in `x`.
    pub fn affine_in(&self, x: Atom) -> Option<(Poly, Poly)> {
        let (mut a, mut b) = (Poly::constant(0), Poly::constant(0));
        for (m, c) in self.terms() {
            let rest: Vec<Atom> = m.iter().filter(|y| **y != x).copied().collect();
            let term = Poly::monomial(&rest, c)?;
            match m.len() - rest.len() {
                0 => b = b.add(&term)?,
                1 => a = a.add(&term)?,
                _ => return None,
            }
        }
        Some((a, b))
    }

    /// The value, when the polynomial is a constant.
    pub fn as_const(&self) -> Option<i64> {
        match self.terms.as_slice() {
            [] => Some(0),
            [(m, c)] if m.is_empty() => Some(*c),
            _ => None,
        }
    }

    /// The atom, when the polynomial is exactly one atom.
    pub fn as_atom(&self) -> Option<Atom> {
        match self.terms.as_slice() {
            [(m, 1)] if m.len() == 1 => Some(m[0]),
            _ => None,
        }
    }

    /// Every atom it mentions.
    pub fn atoms(&self) -> impl Iterator<Item = Atom> + '_ {
        self.terms.iter().flat_map(|(m, _)| m.iter().copied())
    }

    pub fn mentions(&self, a: Atom) -> bool {
        self.atoms().any(|x| x == a)
    }

    fn add_term(&mut self, m: Vec<Atom>, c: i64) -> Option<()> {
        if c == 0 {
            return Some(());
        }
        match self.terms.binary_search_by(|(x, _)| x.cmp(&m)) {
            Ok(i) => {
                let sum = self.terms[i].1.checked_add(c)?;
                if sum == 0 {
                    self.terms.remove(i);
                } else {
                    self.terms[i].1 = sum;
                }
            }
            Err(i) => self.terms.insert(i, (m, c)),
        }
        (self.terms.len() <= MAX_TERMS).then_some(())
    }

    /// `self + o`; `None` when a coefficient would overflow or the result grows too large.
    pub fn add(&self, o: &Poly) -> Option<Poly> {
        let mut r = self.clone();
        for (m, c) in &o.terms {
            r.add_term(m.clone(), *c)?;
        }
        Some(r)
    }

    pub fn sub(&self, o: &Poly) -> Option<Poly> {
        self.add(&o.scale(-1)?)
    }

    pub fn add_const(&self, c: i64) -> Option<Poly> {
        self.add(&Poly::constant(c))
    }

    pub fn scale(&self, k: i64) -> Option<Poly> {
        let mut r = Poly::default();
        for (m, c) in &self.terms {
            r.add_term(m.clone(), c.checked_mul(k)?)?;
        }
        Some(r)
    }

    pub fn mul(&self, o: &Poly) -> Option<Poly> {
        let mut r = Poly::default();
        for (m1, c1) in &self.terms {
            for (m2, c2) in &o.terms {
                let mut m: Vec<Atom> = m1.iter().chain(m2).copied().collect();
                if m.len() > MAX_DEGREE {
                    return None;
                }
                m.sort();
                r.add_term(m, c1.checked_mul(*c2)?)?;
            }
        }
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::{Atom, Poly};

    #[test]
    fn canonical_forms_compare_equal() {
        let n = Poly::atom(Atom::Local(0));
        let i = Poly::atom(Atom::Local(1));
        // (n - 1) * n + (n - 1) == n*n - 1
        let a = n
            .add_const(-1)
            .unwrap()
            .mul(&n)
            .unwrap()
            .add(&n.add_const(-1).unwrap())
            .unwrap();
        let b = n.mul(&n).unwrap().add_const(-1).unwrap();
        assert_eq!(a, b);
        // i * n == n * i, and i - i is the constant 0
        assert_eq!(i.mul(&n), n.mul(&i));
        assert_eq!(i.sub(&i).unwrap().as_const(), Some(0));
        assert_eq!(n.as_atom(), Some(Atom::Local(0)));
        assert_eq!(n.add_const(1).unwrap().as_atom(), None);
    }

    #[test]
    fn overflowing_coefficients_are_refused() {
        let big = Poly::constant(i64::MAX);
        assert!(big.add_const(1).is_none());
        assert!(big.scale(2).is_none());
    }
}
