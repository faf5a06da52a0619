//! Floats as CPython writes them: `repr(float)` / `str(float)`, and the `e`, `f`, `g` and repr-like
//! layouts the format-spec mini-language uses.
//!
//! This is a port of CPython's `PyOS_double_to_string` / `format_float_short` (Python/pystrtod.c,
//! `float_repr_style = 'short'`). CPython takes its digits from David Gay's `_Py_dg_dtoa`; here they come
//! from Rust's own float formatting, which gives the same digits:
//!
//! - mode 0 (shortest round-trip digits, for repr): `{:e}`, Rust's shortest representation (Grisu with a
//!   Dragon4 fallback), the shortest digit string that reads back to the same double, and among those the
//!   one nearest to the exact value. Rust breaks an exact tie between two nearest strings differently
//!   from dtoa (which takes the even digit); `Digits::generate` corrects that case;
//! - mode 2 (`n` significant digits, for `e` and `g`): `{:.*e}` with `n - 1` decimals;
//! - mode 3 (`p` digits after the point, for `f` and `%`): `{:.*}` with `p` decimals.
//!
//! Both of Rust's exact modes round the exact binary value, half to even, like `_Py_dg_dtoa`
//! (`format(0.125, '.2f') == '0.12'`, `format(2.5, '.0f') == '2'`); the unit tests and
//! `tests/pyfmt_reference.rs` check this against CPython's output.
//!
//! Rust's formatting machinery limits a precision to `u16::MAX` (and panics beyond). A double's exact
//! decimal expansion has at most 767 significant digits and at most 1074 digits after the point, so
//! precisions are capped at [`MAX_SIGNIFICANT`] and [`MAX_FIXED`] and the layout pads the rest with
//! zeros, as `_Py_dg_dtoa` does.

use std::fmt::{self, Write as _};

/// More significant digits than any double's exact decimal expansion has (767).
pub(crate) const MAX_SIGNIFICANT: usize = 800;
/// More digits after the point than any double's exact decimal expansion has (1074).
pub(crate) const MAX_FIXED: usize = 1100;

/// Writes `repr(x)` (which is also `str(x)`) into `out`: `0.1`, `1e-05`, `1e+16`, `123.0`, `inf`, `nan`,
/// `-0.0`.
pub fn write_repr_float<W: fmt::Write + ?Sized>(out: &mut W, x: f64) -> fmt::Result {
    let text = double_to_string(x, Code::R, 0, Flags::REPR);
    text.write_signed(out)
}

/// Appends `repr(x)` to `out`.
pub fn push_repr_float(out: &mut String, x: f64) {
    // Writing into a String cannot fail.
    let _ = write_repr_float(out, x);
}

/// `repr(x)` (which is also `str(x)`) of a float, as CPython 3.12 gives it.
///
/// ```
/// use multilingual_runtime::pyfmt::repr_float;
/// assert_eq!(repr_float(0.1), "0.1");
/// assert_eq!(repr_float(1e-5), "1e-05");
/// assert_eq!(repr_float(1e16), "1e+16");
/// assert_eq!(repr_float(123.0), "123.0");
/// assert_eq!(repr_float(-0.0), "-0.0");
/// ```
pub fn repr_float(x: f64) -> String {
    let mut s = String::new();
    push_repr_float(&mut s, x);
    s
}

/// [`Display`](fmt::Display)s a float as Python's `repr`/`str`: `format!("{}", FloatRepr(1.0)) == "1.0"`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FloatRepr(pub f64);

impl fmt::Display for FloatRepr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_repr_float(f, self.0)
    }
}

/// The format codes of `PyOS_double_to_string`, upper-case codes folded into [`Flags::upper`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Code {
    /// `e`: `precision` digits after the point, always an exponent.
    E,
    /// `f`: `precision` digits after the point, never an exponent.
    F,
    /// `g`: `precision` significant digits (0 means 1), exponent when the exponent is < -4 or >= precision.
    G,
    /// `r`: shortest round-trip digits, exponent when the exponent is < -4 or >= 16 (precision unused).
    R,
}

/// The `Py_DTSF_*` flags, and upper case (`E`, `F`, `G`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Flags {
    /// `Py_DTSF_ADD_DOT_0`: an integral value without exponent gets `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep trailing zeros of `g` and a trailing decimal point.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a value that rounds to zero loses its minus sign (the `z` option).
    pub no_neg_0: bool,
    /// `INF`, `NAN` and `E` instead of `inf`, `nan` and `e`.
    pub upper: bool,
}

impl Flags {
    const REPR: Flags = Flags {
        add_dot_0: true,
        alt: false,
        no_neg_0: false,
        upper: false,
    };
}

/// Digits are generated into this buffer; 64 bytes hold every shortest repr, every i64 in any base and
/// short precisions, longer outputs (large `f` values, large precisions) spill to the heap.
pub(crate) struct DigitBuf {
    inline: [u8; 64],
    len: usize,
    heap: Vec<u8>,
}

impl DigitBuf {
    pub(crate) fn new() -> DigitBuf {
        DigitBuf {
            inline: [0; 64],
            len: 0,
            heap: Vec::new(),
        }
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.heap
        }
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        if self.heap.is_empty() {
            &mut self.inline[..self.len]
        } else {
            &mut self.heap
        }
    }
}

impl fmt::Write for DigitBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let b = s.as_bytes();
        if self.heap.is_empty() && self.len + b.len() <= self.inline.len() {
            self.inline[self.len..self.len + b.len()].copy_from_slice(b);
            self.len += b.len();
        } else {
            if self.heap.is_empty() {
                self.heap.extend_from_slice(&self.inline[..self.len]);
            }
            self.heap.extend_from_slice(b);
        }
        Ok(())
    }
}

/// How many digits to generate (`_Py_dg_dtoa`'s modes).
#[derive(Debug, Clone, Copy)]
enum Mode {
    /// Mode 0: shortest round-trip.
    Shortest,
    /// Mode 2: this many significant digits (>= 1).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

/// The decimal digits of a finite non-negative double, as `_Py_dg_dtoa` returns them: no leading or
/// trailing zeros (zero is the single digit `0`), and the value is `0.DIGITS × 10^decpt`.
struct Digits {
    buf: DigitBuf,
    start: usize,
    end: usize,
    zero: bool,
    decpt: i64,
}

impl Digits {
    fn generate(a: f64, mode: Mode) -> Digits {
        debug_assert!(a.is_finite() && a.is_sign_positive());
        match mode {
            Mode::Shortest => {
                let shortest = Digits::from_exp(write_exp(a, None));
                let n = shortest.as_bytes().len();
                // With 16 or 17 digits, two strings of that length may read back as `a`. Both Rust and
                // `_Py_dg_dtoa` take the one nearest to the exact value, but when the exact value lies
                // halfway between them, dtoa takes the even last digit and Rust may not (repr of
                // 1000000000000000.25 is '1000000000000000.2' in Python, `{:e}` gives ...0003e15).
                // The correctly rounded (half-even) n-digit string is the nearest; take it when it
                // reads back as `a`. With 15 digits or fewer there is only one candidate: those
                // decimals are further apart than the doubles that read back as `a`.
                if n < 16 {
                    return shortest;
                }
                let nearest = write_exp(a, Some(n - 1));
                let round_trips = std::str::from_utf8(nearest.bytes())
                    .ok()
                    .and_then(|t| t.parse::<f64>().ok())
                    == Some(a);
                if round_trips {
                    Digits::from_exp(nearest)
                } else {
                    shortest
                }
            }
            Mode::Significant(n) => {
                Digits::from_exp(write_exp(a, Some(n.clamp(1, MAX_SIGNIFICANT) - 1)))
            }
            Mode::Fixed(p) => {
                let mut buf = DigitBuf::new();
                // Writing into a DigitBuf cannot fail.
                let _ = write!(buf, "{:.*}", p.min(MAX_FIXED), a);
                // `III[.FFF]`: move the integer digits over the point.
                let s = buf.bytes_mut();
                let end = s.len();
                match s.iter().position(|&c| c == b'.') {
                    Some(dot) => {
                        s.copy_within(0..dot, 1);
                        Digits::normalize(buf, 1, end, dot as i64)
                    }
                    None => Digits::normalize(buf, 0, end, end as i64),
                }
            }
        }
    }

    /// Digits from `D[.DDD]e[-]N`: the first digit moves over the point.
    fn from_exp(mut buf: DigitBuf) -> Digits {
        let s = buf.bytes_mut();
        let e = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
        let exp = parse_exponent(&s[(e + 1).min(s.len())..]);
        let start = if s.len() > 1 && s[1] == b'.' {
            s[1] = s[0];
            1
        } else {
            0
        };
        Digits::normalize(buf, start, e, exp + 1)
    }

    /// Strips leading and trailing zeros of `buf[start..end]`, the digits of `0.DIGITS × 10^decpt`.
    fn normalize(buf: DigitBuf, mut start: usize, mut end: usize, mut decpt: i64) -> Digits {
        let s = buf.bytes();
        while start < end && s[start] == b'0' {
            start += 1;
            decpt -= 1;
        }
        while end > start && s[end - 1] == b'0' {
            end -= 1;
        }
        let zero = start == end;
        if zero {
            decpt = 1;
        }
        Digits {
            buf,
            start,
            end,
            zero,
            decpt,
        }
    }

    fn as_bytes(&self) -> &[u8] {
        if self.zero {
            b"0"
        } else {
            &self.buf.bytes()[self.start..self.end]
        }
    }
}

/// Rust's `{:e}` (shortest round-trip digits) or `{:.*e}` (`decimals` digits after the first) of `a`.
fn write_exp(a: f64, decimals: Option<usize>) -> DigitBuf {
    let mut buf = DigitBuf::new();
    // Writing into a DigitBuf cannot fail.
    let _ = match decimals {
        Some(d) => write!(buf, "{:.*e}", d, a),
        None => write!(buf, "{a:e}"),
    };
    buf
}

/// `[-]N` as written by Rust's `{:e}`.
fn parse_exponent(s: &[u8]) -> i64 {
    let (neg, digits) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    let n = digits
        .iter()
        .fold(0i64, |n, &d| n * 10 + i64::from(d.wrapping_sub(b'0')));
    if neg { -n } else { n }
}

/// A float laid out by [`double_to_string`]; the sign is kept apart from the body.
pub(crate) struct FloatText {
    /// A minus sign is due (never for nan).
    pub negative: bool,
    body: Body,
    upper: bool,
}

enum Body {
    Inf,
    Nan,
    Finite {
        digits: Digits,
        /// Position of the decimal point in the virtual digit string (digits padded with zeros on both
        /// sides; digit `i` is `digits[i]`).
        decpt: i64,
        /// Output the virtual digits `vstart..decpt`, then the point, then `decpt..vend`.
        vstart: i64,
        vend: i64,
        dot: bool,
        exp: Option<i64>,
    },
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`, `precision` (at most `i32::MAX`) as
/// CPython passes it: digits after the point for `e` and `f`, significant digits for `g`.
pub(crate) fn double_to_string(x: f64, code: Code, precision: i64, flags: Flags) -> FloatText {
    let upper = flags.upper;
    if x.is_nan() {
        // The sign of a nan is ignored.
        return FloatText {
            negative: false,
            body: Body::Nan,
            upper,
        };
    }
    if x.is_infinite() {
        return FloatText {
            negative: x < 0.0,
            body: Body::Inf,
            upper,
        };
    }
    let precision = precision.max(0);
    let to_usize = |p: i64| usize::try_from(p).unwrap_or(usize::MAX);
    // `precision` becomes the number of digits `_Py_dg_dtoa` produces in modes 2 and 3.
    let (mode, precision) = match code {
        Code::E => (Mode::Significant(to_usize(precision + 1)), precision + 1),
        Code::F => (Mode::Fixed(to_usize(precision)), precision),
        Code::G => {
            let p = precision.max(1);
            (Mode::Significant(to_usize(p)), p)
        }
        Code::R => (Mode::Shortest, 17),
    };
    let digits = Digits::generate(x.abs(), mode);
    let negative = x.is_sign_negative() && !(flags.no_neg_0 && digits.zero);
    let n = digits.as_bytes().len() as i64;
    let mut decpt = digits.decpt;
    let mut vend = n;
    let mut use_exp = false;
    match code {
        Code::E => {
            use_exp = true;
            vend = precision;
        }
        Code::F => vend = decpt + precision,
        Code::G => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        Code::R => {
            // Exponent from 1e16 on (see pystrtod.c on why not 1e17).
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let exp = if use_exp {
        let e = decpt - 1;
        decpt = 1;
        Some(e)
    } else {
        None
    };
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    // A trailing decimal point is dropped unless in alternate form.
    let dot = vend > decpt || flags.alt;
    FloatText {
        negative,
        body: Body::Finite {
            digits,
            decpt,
            vstart,
            vend,
            dot,
            exp,
        },
        upper,
    }
}

const ZEROS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn write_zeros<W: fmt::Write + ?Sized>(out: &mut W, mut n: i64) -> fmt::Result {
    while n > 0 {
        let k = n.min(ZEROS.len() as i64);
        out.write_str(&ZEROS[..k as usize])?;
        n -= k;
    }
    Ok(())
}

/// Writes the virtual digits `a..b`: `digits` padded with zeros on both sides.
fn write_virtual<W: fmt::Write + ?Sized>(
    out: &mut W,
    digits: &[u8],
    a: i64,
    b: i64,
) -> fmt::Result {
    let n = digits.len() as i64;
    write_zeros(out, b.min(0) - a)?;
    let (lo, hi) = (a.max(0), b.min(n));
    if lo < hi {
        // ASCII digits.
        out.write_str(std::str::from_utf8(&digits[lo as usize..hi as usize]).unwrap_or(""))?;
    }
    write_zeros(out, b - a.max(n))
}

fn exponent_len(e: i64) -> i64 {
    let digits = e.unsigned_abs().checked_ilog10().unwrap_or(0) as i64 + 1;
    2 + digits.max(2)
}

impl FloatText {
    /// The body: everything but the sign.
    pub fn write_body<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        match &self.body {
            Body::Inf => out.write_str(if self.upper { "INF" } else { "inf" }),
            Body::Nan => out.write_str(if self.upper { "NAN" } else { "nan" }),
            Body::Finite {
                digits,
                decpt,
                vstart,
                vend,
                dot,
                exp,
            } => {
                let d = digits.as_bytes();
                write_virtual(out, d, *vstart, *decpt)?;
                if *dot {
                    out.write_char('.')?;
                }
                write_virtual(out, d, *decpt, *vend)?;
                if let Some(e) = exp {
                    out.write_char(if self.upper { 'E' } else { 'e' })?;
                    write!(out, "{e:+03}")?;
                }
                Ok(())
            }
        }
    }

    /// The length of [`write_body`](Self::write_body)'s output in bytes (all ASCII).
    pub fn body_len(&self) -> u64 {
        let len = match &self.body {
            Body::Inf | Body::Nan => 3,
            Body::Finite {
                decpt,
                vstart,
                vend,
                dot,
                exp,
                ..
            } => (decpt - vstart) + i64::from(*dot) + (vend - decpt) + exp.map_or(0, exponent_len),
        };
        len as u64
    }

    /// `-` when negative, then the body.
    pub fn write_signed<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        if self.negative {
            out.write_char('-')?;
        }
        self.write_body(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64, code: Code, precision: i64, flags: Flags) -> String {
        let t = double_to_string(x, code, precision, flags);
        let mut s = String::new();
        t.write_signed(&mut s).unwrap();
        let sign = usize::from(t.negative);
        assert_eq!(t.body_len(), (s.len() - sign) as u64, "body_len of {s}");
        s
    }

    #[test]
    fn repr_examples_from_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e16, "1e+16"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (123.0, "123.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (1e15, "1000000000000000.0"),
            (1e22, "1e+22"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (0.30000000000000004, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            // Exact ties between two shortest candidates: dtoa takes the even digit.
            (1e15 + 0.25, "1000000000000000.2"),
            (1e15 + 0.75, "1000000000000000.8"),
            (2f64.powi(50) + 0.25, "1125899906842624.2"),
            (2f64.powi(50) + 1.75, "1125899906842625.8"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr_float(x), want, "repr({x:e})");
            assert_eq!(FloatRepr(x).to_string(), want);
        }
    }

    #[test]
    fn fixed_rounds_the_exact_value_half_to_even() {
        let f = |x: f64, p: i64| fmt(x, Code::F, p, Flags::default());
        assert_eq!(f(2.675, 2), "2.67");
        assert_eq!(f(0.125, 2), "0.12");
        assert_eq!(f(0.375, 2), "0.38");
        assert_eq!(f(0.5, 0), "0");
        assert_eq!(f(1.5, 0), "2");
        assert_eq!(f(2.5, 0), "2");
        assert_eq!(f(-0.001, 1), "-0.0");
        assert_eq!(f(1e22, 6), "10000000000000000000000.000000");
        assert_eq!(f(1e-7, 20), "0.00000010000000000000");
        assert_eq!(f(0.1, 30), "0.100000000000000005551115123126");
        assert_eq!(f(9.995, 2), "9.99");
        assert_eq!(f(9.9951, 2), "10.00");
        assert_eq!(f(0.0, 3), "0.000");
        let alt = Flags {
            alt: true,
            ..Flags::default()
        };
        assert_eq!(fmt(3.0, Code::F, 0, alt), "3.");
        assert_eq!(fmt(0.2, Code::F, 0, alt), "0.");
    }

    #[test]
    fn huge_precisions_pad_with_zeros() {
        let s = fmt(5e-324, Code::F, 1200, Flags::default());
        assert_eq!(s.len(), 1202);
        assert!(s.starts_with("0.000"));
        assert_eq!(&s[2 + 323..2 + 330], "4940656");
        assert_eq!(&s[2 + 1071..2 + 1074], "625");
        assert!(s[2 + 1074..].bytes().all(|b| b == b'0'));
        let e = fmt(0.1, Code::E, 70_000, Flags::default());
        assert_eq!(e.len(), 70_006);
        assert!(e.starts_with("1.000000000000000055511151231257827"));
        assert!(e.ends_with("000e-01"));
    }

    #[test]
    fn exponent_and_general_layouts() {
        let d = Flags::default();
        assert_eq!(fmt(1234.5, Code::E, 2, d), "1.23e+03");
        assert_eq!(fmt(0.0, Code::E, 0, d), "0e+00");
        assert_eq!(fmt(1e-300, Code::E, 3, d), "1.000e-300");
        assert_eq!(fmt(1234.5, Code::G, 2, d), "1.2e+03");
        assert_eq!(fmt(0.0001, Code::G, 6, d), "0.0001");
        assert_eq!(fmt(0.00001, Code::G, 6, d), "1e-05");
        assert_eq!(fmt(123456.0, Code::G, 6, d), "123456");
        assert_eq!(fmt(1234567.0, Code::G, 6, d), "1.23457e+06");
        assert_eq!(fmt(1.0, Code::G, 0, d), "1");
        let dot0 = Flags {
            add_dot_0: true,
            ..d
        };
        assert_eq!(fmt(1.0, Code::G, 3, dot0), "1.0");
        assert_eq!(fmt(100.0, Code::G, 3, dot0), "1e+02");
        assert_eq!(fmt(1234.5, Code::G, 2, dot0), "1.2e+03");
        let alt = Flags { alt: true, ..d };
        assert_eq!(fmt(1.0, Code::G, 3, alt), "1.00");
        assert_eq!(fmt(1e16, Code::R, 0, Flags { alt: true, ..dot0 }), "1.e+16");
        let upper = Flags { upper: true, ..d };
        assert_eq!(fmt(1e-10, Code::E, 1, upper), "1.0E-10");
        assert_eq!(fmt(f64::NEG_INFINITY, Code::F, 2, upper), "-INF");
        assert_eq!(fmt(f64::NAN, Code::G, 2, upper), "NAN");
    }

    #[test]
    fn no_negative_zero() {
        let z = Flags {
            no_neg_0: true,
            ..Flags::default()
        };
        assert_eq!(fmt(-0.0, Code::F, 2, z), "0.00");
        assert_eq!(fmt(-0.001, Code::F, 1, z), "0.0");
        assert_eq!(fmt(-0.06, Code::F, 1, z), "-0.1");
        assert_eq!(fmt(f64::NEG_INFINITY, Code::F, 1, z), "-inf");
    }

    #[test]
    fn shortest_digits_round_trip() {
        // A cheap deterministic walk over bit patterns; the reference test covers CPython's output.
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            bits = bits
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = f64::from_bits(bits);
            if !x.is_finite() {
                continue;
            }
            let s = repr_float(x);
            let back: f64 = s.parse().unwrap();
            assert_eq!(back.to_bits(), x.to_bits(), "{s}");
        }
    }
}
