//! Static intervals of mathematical integers: what is known of an int value at compile time.
//! Bounds are `i128` so that the result of an i64 operation can be represented before it is
//! known to fit; bounds beyond ±2^100 stand for "unbounded" (arithmetic saturates there).

/// A closed interval `[lo, hi]` of integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Iv {
    pub lo: i128,
    pub hi: i128,
}

const INF: i128 = 1 << 100;

fn clamp(v: i128) -> i128 {
    v.clamp(-INF, INF)
}

impl Iv {
    /// Every i64.
    pub const I64: Iv = Iv {
        lo: i64::MIN as i128,
        hi: i64::MAX as i128,
    };

    /// `[lo, hi]`.
    pub fn new(lo: i128, hi: i128) -> Iv {
        Iv {
            lo: clamp(lo),
            hi: clamp(hi),
        }
    }

    /// `[v, v]`.
    pub fn point(v: i128) -> Iv {
        Iv::new(v, v)
    }

    /// Whether every value of the interval is an i64.
    pub fn fits_i64(self) -> bool {
        self.lo >= i64::MIN as i128 && self.hi <= i64::MAX as i128
    }

    /// The values that are also i64 (what a checked operation can produce).
    pub fn within_i64(self) -> Iv {
        self.intersect(Iv::I64)
    }

    pub fn intersect(self, o: Iv) -> Iv {
        Iv::new(self.lo.max(o.lo), self.hi.min(o.hi))
    }

    pub fn union(self, o: Iv) -> Iv {
        Iv::new(self.lo.min(o.lo), self.hi.max(o.hi))
    }

    pub fn add(self, o: Iv) -> Iv {
        Iv::new(self.lo.saturating_add(o.lo), self.hi.saturating_add(o.hi))
    }

    pub fn sub(self, o: Iv) -> Iv {
        Iv::new(self.lo.saturating_sub(o.hi), self.hi.saturating_sub(o.lo))
    }

    pub fn neg(self) -> Iv {
        Iv::new(-self.hi, -self.lo)
    }

    pub fn mul(self, o: Iv) -> Iv {
        let p = [
            self.lo.saturating_mul(o.lo),
            self.lo.saturating_mul(o.hi),
            self.hi.saturating_mul(o.lo),
            self.hi.saturating_mul(o.hi),
        ];
        let lo = p.iter().copied().min().unwrap_or(-INF);
        let hi = p.iter().copied().max().unwrap_or(INF);
        Iv::new(lo, hi)
    }

    /// Python's `x // k` for a constant `k > 0` (monotone in `x`).
    pub fn floordiv_pos(self, k: i128) -> Iv {
        Iv::new(self.lo.div_euclid(k), self.hi.div_euclid(k))
    }
}

#[cfg(test)]
mod tests {
    use super::Iv;

    #[test]
    fn arithmetic_is_exact_within_range_and_saturates_beyond() {
        let a = Iv::new(-3, 5);
        let b = Iv::new(2, 4);
        assert_eq!(a.add(b), Iv::new(-1, 9));
        assert_eq!(a.sub(b), Iv::new(-7, 3));
        assert_eq!(a.mul(b), Iv::new(-12, 20));
        assert_eq!(Iv::new(-7, 7).floordiv_pos(2), Iv::new(-4, 3));
        assert!(Iv::I64.add(Iv::point(0)).fits_i64());
        assert!(!Iv::I64.add(Iv::point(1)).fits_i64());
        assert!(!Iv::I64.mul(Iv::I64).mul(Iv::I64).fits_i64());
    }
}
