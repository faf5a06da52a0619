//! The native half of the language's semantics: Python's meaning for every operation that can
//! raise, used by generated native code (which panics with the error). The wasm module computes
//! the same results with its own helpers (`multilingual-build`'s wasm back end): the float
//! operations and math functions here use only IEEE operations and [`crate::mathlib`], which the
//! wasm helpers reproduce step by step, so both paths give bit-identical floats.

use crate::error::raise;
use crate::fault::Fault;
use crate::mathlib;
use crate::site::Site;
use std::cmp::Ordering;

#[cold]
#[inline(never)]
fn fail(fault: Fault, file: &'static str, site: Site) -> ! {
    raise(fault, file, site)
}

#[inline]
fn ok_or_raise<T>(r: Result<T, Fault>, file: &'static str, site: Site) -> T {
    match r {
        Ok(v) => v,
        Err(f) => fail(f, file, site),
    }
}

/// `a + b` on ints.
#[inline]
pub fn add(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    a.checked_add(b)
        .unwrap_or_else(|| fail(Fault::IntOverflow, file, site))
}

/// `a - b` on ints.
#[inline]
pub fn sub(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    a.checked_sub(b)
        .unwrap_or_else(|| fail(Fault::IntOverflow, file, site))
}

/// `a * b` on ints.
#[inline]
pub fn mul(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    a.checked_mul(b)
        .unwrap_or_else(|| fail(Fault::IntOverflow, file, site))
}

/// `-a` on ints.
#[inline]
pub fn neg(a: i64, file: &'static str, site: Site) -> i64 {
    a.checked_neg()
        .unwrap_or_else(|| fail(Fault::IntOverflow, file, site))
}

/// `abs(a)` on ints.
#[inline]
pub fn abs(a: i64, file: &'static str, site: Site) -> i64 {
    a.checked_abs()
        .unwrap_or_else(|| fail(Fault::IntOverflow, file, site))
}

/// Python's `a // b` on ints: rounds toward negative infinity.
#[inline]
pub fn floordiv(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    ok_or_raise(int_floordiv(a, b), file, site)
}

/// Python's `a % b` on ints: the result has the sign of `b`.
#[inline]
pub fn modulo(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    ok_or_raise(int_mod(a, b), file, site)
}

/// `a // b` on ints, as a result.
pub fn int_floordiv(a: i64, b: i64) -> Result<i64, Fault> {
    if b == 0 {
        return Err(Fault::IntDivByZero);
    }
    let q = a.checked_div(b).ok_or(Fault::IntOverflow)?;
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

/// `a % b` on ints, as a result.
pub fn int_mod(a: i64, b: i64) -> Result<i64, Fault> {
    if b == 0 {
        return Err(Fault::IntDivByZero);
    }
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `a ** b` on ints (a negative exponent is an error: Python would give a float).
#[inline]
pub fn pow(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    if b < 0 {
        fail(Fault::NegativePower, file, site);
    }
    let mut result: i64 = 1;
    let mut base = a;
    let mut exp = b;
    while exp > 0 {
        if exp & 1 == 1 {
            result = mul(result, base, file, site);
        }
        exp >>= 1;
        if exp > 0 {
            base = mul(base, base, file, site);
        }
    }
    result
}

/// `a << b` on ints.
#[inline]
pub fn shl(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    if b < 0 {
        fail(Fault::NegativeShift, file, site);
    }
    if a == 0 {
        return 0;
    }
    if b >= 64 {
        fail(Fault::IntOverflow, file, site);
    }
    let r = a << b;
    if (r >> b) != a {
        fail(Fault::IntOverflow, file, site);
    }
    r
}

/// `a >> b` on ints (arithmetic).
#[inline]
pub fn shr(a: i64, b: i64, file: &'static str, site: Site) -> i64 {
    if b < 0 {
        fail(Fault::NegativeShift, file, site);
    }
    if b >= 64 {
        if a < 0 { -1 } else { 0 }
    } else {
        a >> b
    }
}

/// `a / b` on floats.
#[inline]
pub fn float_div(a: f64, b: f64, file: &'static str, site: Site) -> f64 {
    if b == 0.0 {
        fail(Fault::FloatDivByZero, file, site);
    }
    a / b
}

/// Python's `a // b` on floats.
#[inline]
pub fn float_floordiv(a: f64, b: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(float_floordiv_checked(a, b), file, site)
}

/// Python's `a % b` on floats.
#[inline]
pub fn float_mod(a: f64, b: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(float_mod_checked(a, b), file, site)
}

/// Python's `a ** b` on floats.
#[inline]
pub fn float_pow(a: f64, b: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(float_pow_checked(a, b), file, site)
}

/// `a // b` on floats, as CPython computes it (`float_floor_div`).
pub fn float_floordiv_checked(vx: f64, wx: f64) -> Result<f64, Fault> {
    if wx == 0.0 {
        return Err(Fault::FloatDivByZero);
    }
    let m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 && (wx < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    Ok(if div != 0.0 {
        let mut floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv += 1.0;
        }
        floordiv
    } else {
        0.0f64.copysign(vx / wx)
    })
}

/// `a % b` on floats, as CPython computes it (`float_rem`).
pub fn float_mod_checked(vx: f64, wx: f64) -> Result<f64, Fault> {
    if wx == 0.0 {
        return Err(Fault::FloatModByZero);
    }
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    Ok(m)
}

/// `a ** b` on floats with Python's errors (a negative base with a fractional exponent, which
/// Python turns into a complex number, is a `ValueError` in kernels).
pub fn float_pow_checked(x: f64, y: f64) -> Result<f64, Fault> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(Fault::ZeroToNegativePower);
    }
    if x.is_finite() && x < 0.0 && y.is_finite() && y != y.floor() {
        return Err(Fault::ComplexPower);
    }
    let r = mathlib::pow(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(Fault::MathRange);
    }
    Ok(r)
}

/// Python's `math.sqrt`.
pub fn sqrt_checked(x: f64) -> Result<f64, Fault> {
    if x < 0.0 {
        Err(Fault::MathDomain)
    } else {
        Ok(x.sqrt())
    }
}

/// Python's `math.sin`.
pub fn sin_checked(x: f64) -> Result<f64, Fault> {
    if x.is_infinite() {
        Err(Fault::MathDomain)
    } else {
        Ok(mathlib::sin(x))
    }
}

/// Python's `math.cos`.
pub fn cos_checked(x: f64) -> Result<f64, Fault> {
    if x.is_infinite() {
        Err(Fault::MathDomain)
    } else {
        Ok(mathlib::cos(x))
    }
}

/// Python's `math.exp`.
pub fn exp_checked(x: f64) -> Result<f64, Fault> {
    let r = mathlib::exp(x);
    if r.is_infinite() && x.is_finite() {
        Err(Fault::MathRange)
    } else {
        Ok(r)
    }
}

/// Python's `math.log` (natural logarithm).
pub fn log_checked(x: f64) -> Result<f64, Fault> {
    if x <= 0.0 || x == f64::NEG_INFINITY {
        Err(Fault::MathDomain)
    } else {
        Ok(mathlib::log(x))
    }
}

/// Python's `int(x)` of a float: truncation, with its errors.
pub fn float_to_int_checked(x: f64) -> Result<i64, Fault> {
    if x.is_nan() {
        Err(Fault::FloatNanToInt)
    } else if x.is_infinite() {
        Err(Fault::FloatInfToInt)
    } else if !(-9223372036854775808.0..9223372036854775808.0).contains(&x) {
        Err(Fault::FloatToIntRange)
    } else {
        Ok(x as i64)
    }
}

/// `math.sqrt(x)`.
#[inline]
pub fn sqrt(x: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(sqrt_checked(x), file, site)
}

/// `math.sin(x)`.
#[inline]
pub fn sin(x: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(sin_checked(x), file, site)
}

/// `math.cos(x)`.
#[inline]
pub fn cos(x: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(cos_checked(x), file, site)
}

/// `math.exp(x)`.
#[inline]
pub fn exp(x: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(exp_checked(x), file, site)
}

/// `math.log(x)`.
#[inline]
pub fn log(x: f64, file: &'static str, site: Site) -> f64 {
    ok_or_raise(log_checked(x), file, site)
}

/// `math.floor(x)` of a float: an int.
#[inline]
pub fn floor(x: f64, file: &'static str, site: Site) -> i64 {
    ok_or_raise(float_to_int_checked(x.floor()), file, site)
}

/// `math.ceil(x)` of a float: an int.
#[inline]
pub fn ceil(x: f64, file: &'static str, site: Site) -> i64 {
    ok_or_raise(float_to_int_checked(x.ceil()), file, site)
}

/// `int(x)` of a float.
#[inline]
pub fn float_to_int(x: f64, file: &'static str, site: Site) -> i64 {
    ok_or_raise(float_to_int_checked(x), file, site)
}

/// Compares an int with a float exactly, as Python does (`None` when the float is NaN).
#[inline]
pub fn compare_int_float(i: i64, f: f64) -> Option<Ordering> {
    let g = i as f64;
    if g < f {
        Some(Ordering::Less)
    } else if g > f {
        Some(Ordering::Greater)
    } else if f.is_nan() {
        None
    } else if f >= 9223372036854775808.0 {
        Some(Ordering::Less)
    } else {
        Some(i.cmp(&(f as i64)))
    }
}

/// Compares a float with an int exactly.
#[inline]
pub fn compare_float_int(f: f64, i: i64) -> Option<Ordering> {
    compare_int_float(i, f).map(Ordering::reverse)
}

/// The position of `list[i]` with Python's negative indices, or an `IndexError`.
#[inline]
pub fn index(i: i64, len: usize, file: &'static str, site: Site) -> usize {
    let len = len as i64;
    let j = if i < 0 { i.wrapping_add(len) } else { i };
    if j < 0 || j >= len {
        fail(Fault::IndexOutOfRange, file, site);
    }
    j as usize
}

/// The position of `list[i]` where the compiler's range analysis proved `0 <= i < len`: tells the
/// optimizer so, which removes the bounds check of the indexing that follows. Generated code only
/// calls it for proved indices; debug builds still check the claim.
#[inline(always)]
pub fn proved_index(i: i64, len: usize) -> usize {
    let p = i as usize;
    debug_assert!(p < len, "index {i} not below {len}: a wrong range proof");
    // SAFETY: the range analysis proved `0 <= i < len` for every call the compiler emits (the
    // argument above is the list's own length).
    unsafe { core::hint::assert_unchecked(p < len) };
    p
}

/// `[value] * count` (a negative count gives an empty list).
pub fn repeat<T: Clone>(value: T, count: i64, file: &'static str, site: Site) -> Vec<T> {
    let n = usize::try_from(count.max(0)).unwrap_or(usize::MAX);
    // Too large a list is a MemoryError, not an abort: `vec!` aborts, so a large one is asked for
    // first. Then `vec!`, which takes zeroed pages from the allocator for a zero value where
    // `resize` writes them.
    let large = n.saturating_mul(size_of::<T>()) > 1 << 20;
    if large && Vec::<T>::new().try_reserve_exact(n).is_err() {
        fail(Fault::OutOfMemory, file, site);
    }
    vec![value; n]
}

/// Python's `slice(lower, upper, step).indices(len)` as (first index, step, count); a zero step
/// raises `ValueError`.
pub fn slice_indices(
    len: usize,
    bounds: [Option<i64>; 3],
    file: &'static str,
    site: Site,
) -> (i64, i64, usize) {
    match slice_range(len, bounds) {
        Some(r) => r,
        None => fail(Fault::SliceStepZero, file, site),
    }
}

/// [`slice_indices`] without raising: `None` for a zero step.
pub fn slice_range(len: usize, bounds: [Option<i64>; 3]) -> Option<(i64, i64, usize)> {
    let len = len as i64;
    let step = bounds[2].unwrap_or(1);
    if step == 0 {
        return None;
    }
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) => {
                let v = if v < 0 { v.saturating_add(len) } else { v };
                if v < 0 {
                    if step < 0 { -1 } else { 0 }
                } else if v >= len {
                    if step < 0 { len - 1 } else { len }
                } else {
                    v
                }
            }
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(bounds[0], 0), clamp(bounds[1], len))
    } else {
        (clamp(bounds[0], len - 1), clamp(bounds[1], -1))
    };
    let count = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / step.unsigned_abs() as i64 + 1
    } else {
        0
    };
    Some((start, step, count as usize))
}

/// `xs[lower:upper:step]`: a new list.
pub fn slice_list<T: Clone>(
    xs: &[T],
    bounds: [Option<i64>; 3],
    file: &'static str,
    site: Site,
) -> Vec<T> {
    let (start, step, count) = slice_indices(xs.len(), bounds, file, site);
    (0..count as i64)
        .map(|k| xs[(start + k * step) as usize].clone())
        .collect()
}

/// `list.copy()`: a new list with the same elements.
pub fn copy_list<T: Clone>(xs: &[T], file: &'static str, site: Site) -> Vec<T> {
    let mut v = Vec::new();
    if v.try_reserve_exact(xs.len()).is_err() {
        fail(Fault::OutOfMemory, file, site);
    }
    v.extend_from_slice(xs);
    v
}

/// A list literal `[a, b, …]`.
#[inline]
pub fn list<T, const N: usize>(items: [T; N], file: &'static str, site: Site) -> Vec<T> {
    let mut v = Vec::new();
    if v.try_reserve_exact(N).is_err() {
        fail(Fault::OutOfMemory, file, site);
    }
    v.extend(items);
    v
}

/// `list.append(value)`.
#[inline]
pub fn append<T>(list: &mut Vec<T>, value: T, file: &'static str, site: Site) {
    if list.try_reserve(1).is_err() {
        fail(Fault::OutOfMemory, file, site);
    }
    list.push(value);
}

/// `sum(list)` of ints.
pub fn sum_int(xs: &[i64], file: &'static str, site: Site) -> i64 {
    xs.iter().fold(0, |acc, &x| add(acc, x, file, site))
}

/// `sum(list)` of bools: how many are true.
pub fn sum_bool(xs: &[bool], _file: &'static str, _site: Site) -> i64 {
    xs.iter().filter(|&&b| b).count() as i64
}

/// `sum(list)` of floats, with CPython 3.12's compensated (Neumaier) summation.
pub fn sum_float(xs: &[f64], _file: &'static str, _site: Site) -> f64 {
    let mut f = 0.0f64;
    let mut c = 0.0f64;
    for &x in xs {
        let t = f + x;
        if f.abs() >= x.abs() {
            c += (f - t) + x;
        } else {
            c += (x - t) + f;
        }
        f = t;
    }
    if c != 0.0 && c.is_finite() {
        f += c;
    }
    f
}

/// `min(list)`: the first smallest element, as Python's `item < best` finds it.
pub fn min<T: PartialOrd + Copy>(xs: &[T], file: &'static str, site: Site) -> T {
    let Some((&first, rest)) = xs.split_first() else {
        fail(Fault::MinEmpty, file, site)
    };
    rest.iter()
        .fold(first, |best, &x| if x < best { x } else { best })
}

/// `max(list)`: the first largest element, as Python's `item > best` finds it.
pub fn max<T: PartialOrd + Copy>(xs: &[T], file: &'static str, site: Site) -> T {
    let Some((&first, rest)) = xs.split_first() else {
        fail(Fault::MaxEmpty, file, site)
    };
    rest.iter()
        .fold(first, |best, &x| if x > best { x } else { best })
}

/// Raises when a dynamic `range` step is zero.
#[inline]
pub fn check_range_step(step: i64, file: &'static str, site: Site) {
    if step == 0 {
        fail(Fault::RangeStepZero, file, site);
    }
}

/// The next value of a range counter, or `stop` when the step would pass it (never overflows).
#[inline]
pub fn range_next(counter: i64, stop: i64, step: i64) -> i64 {
    if step > 0 {
        if (stop.wrapping_sub(counter) as u64) > step as u64 {
            counter + step
        } else {
            stop
        }
    } else if (counter.wrapping_sub(stop) as u64) > step.unsigned_abs() {
        counter + step
    } else {
        stop
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(int_floordiv(-7, 2), Ok(-4));
        assert_eq!(int_mod(-7, 3), Ok(2));
        assert_eq!(int_mod(7, -3), Ok(-2));
        assert_eq!(int_floordiv(i64::MIN, -1), Err(Fault::IntOverflow));
        assert_eq!(int_mod(i64::MIN, -1), Ok(0));
        assert_eq!(int_floordiv(1, 0), Err(Fault::IntDivByZero));
        assert_eq!(float_mod_checked(-7.0, 3.0), Ok(2.0));
        assert_eq!(float_floordiv_checked(-7.0, 2.0), Ok(-4.0));
        assert_eq!(float_mod_checked(5.0, -0.0), Err(Fault::FloatModByZero));
        assert!(float_mod_checked(0.0, -1.0).is_ok_and(|m| m == 0.0 && m.is_sign_negative()));
    }

    #[test]
    fn int_float_comparison_is_exact() {
        let big = (1i64 << 53) + 1;
        assert_eq!(
            compare_int_float(big, (1i64 << 53) as f64),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare_int_float(i64::MAX, 9223372036854775808.0),
            Some(Ordering::Less)
        );
        assert_eq!(compare_int_float(1, f64::NAN), None);
        assert_eq!(compare_float_int(2.5, 2), Some(Ordering::Greater));
    }

    #[test]
    fn compensated_sum_matches_python() {
        assert_eq!(sum_float(&[0.1; 10], "k", Site::new(1, 1)), 1.0);
        assert_eq!(sum_float(&[], "k", Site::new(1, 1)), 0.0);
    }

    #[test]
    fn range_steps_never_overflow() {
        assert_eq!(range_next(i64::MAX - 1, i64::MAX, 5), i64::MAX);
        assert_eq!(range_next(0, 10, 3), 3);
        assert_eq!(range_next(i64::MIN + 1, i64::MIN, -7), i64::MIN);
    }

    #[test]
    fn float_conversions_and_math_errors() {
        assert_eq!(float_to_int_checked(-2.9), Ok(-2));
        assert_eq!(float_to_int_checked(f64::NAN), Err(Fault::FloatNanToInt));
        assert_eq!(float_to_int_checked(1e19), Err(Fault::FloatToIntRange));
        assert_eq!(sqrt_checked(-1.0), Err(Fault::MathDomain));
        assert_eq!(log_checked(0.0), Err(Fault::MathDomain));
        assert_eq!(exp_checked(1000.0), Err(Fault::MathRange));
        assert_eq!(
            float_pow_checked(0.0, -1.0),
            Err(Fault::ZeroToNegativePower)
        );
        assert_eq!(float_pow_checked(-8.0, 0.5), Err(Fault::ComplexPower));
        assert_eq!(float_pow_checked(2.0, 0.5), Ok(2f64.sqrt()));
    }
}
