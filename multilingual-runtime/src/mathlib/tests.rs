//! Known values, special cases, and the agreement of the mathlib with the platform's libm
//! (`f64::exp` etc.; glibc on Linux, which is what CPython uses).
//!
//! `cargo test -p multilingual-runtime --lib mathlib -- --nocapture` prints the agreement rates;
//! `MULTILINGUAL_MATHLIB_SAMPLES=2000000` sets the number of inputs per distribution.

use super::{cos, exp, fmod, log, pow, sin};

/// Same bits, or both NaN.
fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

#[track_caller]
fn check(name: &str, x: f64, got: f64, want: f64) {
    assert!(
        same(got, want),
        "{name}({x:e}) = {got:e} ({:#x}), want {want:e} ({:#x})",
        got.to_bits(),
        want.to_bits()
    );
}

#[test]
fn known_values() {
    // Correctly rounded values (mpmath), which CPython on glibc also gives.
    let exp_cases: &[(f64, f64)] = &[
        (0.0, 1.0),
        (1.0, std::f64::consts::E),
        (-1.0, 0.36787944117144233),
        (0.5, 1.6487212707001282),
        (10.0, 22026.465794806718),
        (-10.0, 4.5399929762484854e-05),
        (709.782712893384, 1.7976931348622732e+308),
        (-745.1332191019411, 5e-324),
        (-708.4, 2.217119081664265e-308),
        (1e-300, 1.0),
        (700.0, 1.0142320547350045e+304),
        (-740.0, 4.2e-322),
    ];
    for &(x, want) in exp_cases {
        check("exp", x, exp(x), want);
    }
    let log_cases: &[(f64, f64)] = &[
        (1.0, 0.0),
        (2.0, std::f64::consts::LN_2),
        (10.0, std::f64::consts::LN_10),
        (0.5, -std::f64::consts::LN_2),
        (1.5, 0.4054651081081644),
        (1e-300, -690.7755278982137),
        (5e-324, -744.4400719213812),
        (f64::MAX, 709.782712893384),
        (0.9, -0.10536051565782628),
        (1.1, 0.09531017980432493),
        (std::f64::consts::E, 1.0),
    ];
    for &(x, want) in log_cases {
        check("log", x, log(x), want);
    }
    let sin_cases: &[(f64, f64)] = &[
        (1.0, 0.8414709848078965),
        (-1.0, -0.8414709848078965),
        (std::f64::consts::PI, 1.2246467991473532e-16),
        (1e22, -0.8522008497671888),
        (1e300, -0.8178819121159085),
        (1e6, -0.34999350217129294),
        (0.5, 0.479425538604203),
        (100.0, -0.5063656411097588),
        (9.313225746154785e-10, 9.313225746154785e-10),
        (1e-310, 1e-310),
        (5e9, 0.2518733583799049),
        (-1e20, 0.6452512852657808),
        (std::f64::consts::FRAC_PI_2, 1.0),
    ];
    for &(x, want) in sin_cases {
        check("sin", x, sin(x), want);
    }
    let cos_cases: &[(f64, f64)] = &[
        (0.0, 1.0),
        (1.0, 0.5403023058681398),
        (std::f64::consts::PI, -1.0),
        (1e22, 0.523214785395139),
        (1e300, -0.5753861119575491),
        (0.5, 0.8775825618903728),
        (100.0, 0.8623188722876839),
        (std::f64::consts::FRAC_PI_2, 6.123233995736766e-17),
        (1e-10, 1.0),
        (1e6, 0.9367521275331447),
        (7e18, -0.7383033125379704),
    ];
    for &(x, want) in cos_cases {
        check("cos", x, cos(x), want);
    }
    let pow_cases: &[(f64, f64, f64)] = &[
        (2.0, 0.5, std::f64::consts::SQRT_2),
        (2.0, 10.0, 1024.0),
        (10.0, -3.0, 0.001),
        (-2.0, 3.0, -8.0),
        (-8.0, 3.0, -512.0),
        (1.0000001, 1e9, 2.6881038582144647e+43),
        (0.5, 1074.0, 5e-324),
        (2.0, -1074.0, 5e-324),
        (3.0, 0.3, 1.3903891703159093),
        (1.5, -700.0, 5.446514460510651e-124),
    ];
    for &(x, y, want) in pow_cases {
        check("pow", x, pow(x, y), want);
    }
}

#[test]
fn special_cases() {
    let (inf, nan) = (f64::INFINITY, f64::NAN);
    check("exp", inf, exp(inf), inf);
    check("exp", -inf, exp(-inf), 0.0);
    check("exp", nan, exp(nan), nan);
    check("exp", 710.0, exp(710.0), inf);
    check("exp", -746.0, exp(-746.0), 0.0);
    check("exp", -0.0, exp(-0.0), 1.0);
    check("log", 0.0, log(0.0), -inf);
    check("log", -0.0, log(-0.0), -inf);
    check("log", -1.0, log(-1.0), nan);
    check("log", inf, log(inf), inf);
    check("log", -inf, log(-inf), nan);
    check("log", nan, log(nan), nan);
    for f in [sin, cos] {
        check("sin/cos", inf, f(inf), nan);
        check("sin/cos", -inf, f(-inf), nan);
        check("sin/cos", nan, f(nan), nan);
    }
    check("sin", -0.0, sin(-0.0), -0.0);
    check("sin", 0.0, sin(0.0), 0.0);
    check("cos", -0.0, cos(-0.0), 1.0);
    check("sin", -5e-324, sin(-5e-324), -5e-324);
    // C99 Annex F cases of pow.
    let pow_cases: &[(f64, f64, f64)] = &[
        (nan, 0.0, 1.0),
        (1.0, nan, 1.0),
        (nan, 1.0, nan),
        (2.0, nan, nan),
        (0.0, -1.0, inf),
        (-0.0, -1.0, -inf),
        (-0.0, -2.0, inf),
        (-0.0, 3.0, -0.0),
        (-0.0, 2.0, 0.0),
        (0.0, 0.5, 0.0),
        (-1.0, inf, 1.0),
        (-1.0, -inf, 1.0),
        (0.5, inf, 0.0),
        (0.5, -inf, inf),
        (2.0, inf, inf),
        (2.0, -inf, 0.0),
        (-inf, 3.0, -inf),
        (-inf, 2.0, inf),
        (-inf, -3.0, -0.0),
        (-inf, -2.0, 0.0),
        (inf, -1.0, 0.0),
        (inf, 0.5, inf),
        (-2.0, 0.5, nan),
        (-2.0, 1e300, inf),
        (-0.5, 1e300, 0.0),
        (2.0, 1e-300, 1.0),
        (0.5, 1e-300, 1.0),
        (-3.0, 5.0, -243.0),
        (10.0, 400.0, inf),
        (10.0, -400.0, 0.0),
        (-10.0, 401.0, -inf),
        (-10.0, -401.0, -0.0),
        (5e-324, 0.5, 2.2227587494850775e-162),
        (1.0, 1e300, 1.0),
    ];
    for &(x, y, want) in pow_cases {
        check(&format!("pow(·, {y:e})"), x, pow(x, y), want);
    }
}

#[test]
fn fmod_is_exact() {
    let cases: &[(f64, f64)] = &[
        (7.0, 3.0),
        (-7.0, 3.0),
        (7.0, -3.0),
        (1e300, 3.0),
        (5e-324, 3e-320),
        (3e-320, 5e-324),
        (1e308, 1e-308),
        (0.1, 0.01),
        (-0.0, 1.0),
        (1.0, f64::INFINITY),
        (f64::INFINITY, 1.0),
        (1.0, 0.0),
        (f64::NAN, 1.0),
        (2.5, 2.5),
    ];
    for &(x, y) in cases {
        check("fmod", x, fmod(x, y), x % y);
    }
    let mut rng = Rng(42);
    for _ in 0..100_000 {
        let (x, y) = (rng.any_finite(), rng.any_finite());
        check("fmod", x, fmod(x, y), x % y);
    }
}

/// splitmix64.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    /// Uniform in [lo, hi).
    pub(crate) fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * ((self.next() >> 11) as f64 * f64::EPSILON / 2.0)
    }

    /// Any finite double, every exponent equally likely.
    pub(crate) fn any_finite(&mut self) -> f64 {
        loop {
            let x = f64::from_bits(self.next());
            if x.is_finite() {
                return x;
            }
        }
    }
}

fn samples() -> usize {
    std::env::var("MULTILINGUAL_MATHLIB_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000)
}

/// The fraction of inputs from `gen` on which `ours` and `libm` give the same bits.
fn agreement(
    n: usize,
    mut draw: impl FnMut(&mut Rng) -> (f64, f64),
    ours: impl Fn(f64, f64) -> f64,
    libm: impl Fn(f64, f64) -> f64,
) -> f64 {
    let mut rng = Rng(0x5eed);
    let mut same_bits = 0usize;
    for _ in 0..n {
        let (x, y) = draw(&mut rng);
        if same(ours(x, y), libm(x, y)) {
            same_bits += 1;
        }
    }
    same_bits as f64 / n as f64
}

/// One measurement: inputs, our function and the platform's, and the least agreement expected.
struct Case {
    name: &'static str,
    draw: fn(&mut Rng) -> (f64, f64),
    ours: fn(f64, f64) -> f64,
    libm: fn(f64, f64) -> f64,
    bound: f64,
}

/// The agreement with the platform's libm (glibc on Linux): printed, and held above bounds
/// measured with glibc 2.36 (x86-64, 2 million inputs each: 99.85 % to 100 %), so that a
/// regression to a less accurate algorithm fails. Elsewhere (another libm) only printed.
#[test]
fn agreement_with_the_platform_libm() {
    let n = samples();
    let cases = [
        Case {
            name: "exp  x in [-745, 710]",
            draw: |r| (r.uniform(-745.0, 710.0), 0.0),
            ours: |x, _| exp(x),
            libm: |x, _| x.exp(),
            bound: 0.998,
        },
        Case {
            name: "exp  x in [-1, 1]",
            draw: |r| (r.uniform(-1.0, 1.0), 0.0),
            ours: |x, _| exp(x),
            libm: |x, _| x.exp(),
            bound: 0.998,
        },
        Case {
            name: "log  x any positive",
            draw: |r| (r.any_finite().abs(), 0.0),
            ours: |x, _| log(x),
            libm: |x, _| x.ln(),
            bound: 0.998,
        },
        Case {
            name: "log  x in (0, 10)",
            draw: |r| (r.uniform(0.0, 10.0), 0.0),
            ours: |x, _| log(x),
            libm: |x, _| x.ln(),
            bound: 0.998,
        },
        Case {
            name: "log  x in [0.9, 1.1]",
            draw: |r| (r.uniform(0.9, 1.1), 0.0),
            ours: |x, _| log(x),
            libm: |x, _| x.ln(),
            bound: 0.998,
        },
        Case {
            name: "sin  x in [-10, 10]",
            draw: |r| (r.uniform(-10.0, 10.0), 0.0),
            ours: |x, _| sin(x),
            libm: |x, _| x.sin(),
            bound: 0.997,
        },
        Case {
            name: "sin  x in [-1e9, 1e9]",
            draw: |r| (r.uniform(-1e9, 1e9), 0.0),
            ours: |x, _| sin(x),
            libm: |x, _| x.sin(),
            bound: 0.997,
        },
        Case {
            name: "sin  x any, |x| < 1e300",
            draw: |r| (r.any_finite() % 1e300, 0.0),
            ours: |x, _| sin(x),
            libm: |x, _| x.sin(),
            bound: 0.997,
        },
        Case {
            name: "cos  x in [-10, 10]",
            draw: |r| (r.uniform(-10.0, 10.0), 0.0),
            ours: |x, _| cos(x),
            libm: |x, _| x.cos(),
            bound: 0.997,
        },
        Case {
            name: "cos  x in [-1e9, 1e9]",
            draw: |r| (r.uniform(-1e9, 1e9), 0.0),
            ours: |x, _| cos(x),
            libm: |x, _| x.cos(),
            bound: 0.997,
        },
        Case {
            name: "cos  x any, |x| < 1e300",
            draw: |r| (r.any_finite() % 1e300, 0.0),
            ours: |x, _| cos(x),
            libm: |x, _| x.cos(),
            bound: 0.997,
        },
        Case {
            name: "pow  x in (0, 100), y in [-30, 30]",
            draw: |r| (r.uniform(0.0, 100.0), r.uniform(-30.0, 30.0)),
            ours: pow,
            libm: f64::powf,
            bound: 0.998,
        },
        Case {
            name: "pow  x in (0, 2), y in [-1000, 1000]",
            draw: |r| (r.uniform(0.0, 2.0), r.uniform(-1000.0, 1000.0)),
            ours: pow,
            libm: f64::powf,
            bound: 0.998,
        },
        Case {
            name: "pow  x in [-10, 10], y integer in [-40, 40]",
            draw: |r| (r.uniform(-10.0, 10.0), (r.next() % 81) as f64 - 40.0),
            ours: pow,
            libm: f64::powf,
            bound: 0.998,
        },
    ];
    let glibc = cfg!(all(
        target_os = "linux",
        target_env = "gnu",
        target_arch = "x86_64"
    ));
    let mut failures = Vec::new();
    println!("agreement of the mathlib with the platform libm, {n} inputs each:");
    for c in cases {
        let rate = agreement(n, c.draw, c.ours, c.libm);
        println!("  {:<45} {:>8.4} %", c.name, rate * 100.0);
        if glibc && rate < c.bound {
            failures.push(format!(
                "{}: {:.4} % < {:.2} %",
                c.name,
                rate * 100.0,
                c.bound * 100.0
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "agreement below the bounds: {failures:?}"
    );
}
