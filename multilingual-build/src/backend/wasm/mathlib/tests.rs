//! Differential tests: every math helper, run in wasmtime, against the runtime's native
//! `mathlib` and `ops` on hundreds of thousands of inputs, edge cases included. Results must
//! have the same bits (any NaN matches any NaN: wasm does not specify NaN payloads), and the
//! Python-level helpers must raise the same errors.

use super::super::build;
use super::super::helper::Helper;
use crate::ir::Program;
use multilingual_runtime::__private::Fault;
use multilingual_runtime::{mathlib, ops};
use wasmtime::{Caller, Engine, Instance, Linker, Module, Store, TypedFunc};

/// Random inputs per function, on top of the edge cases.
const RANDOM: usize = 250_000;

/// splitmix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * ((self.next() >> 11) as f64 * f64::EPSILON / 2.0)
    }

    /// Any double: random bits (NaN and infinities rarely, every exponent equally likely).
    fn bits(&mut self) -> f64 {
        f64::from_bits(self.next())
    }

    /// A subnormal or zero of random sign.
    fn subnormal(&mut self) -> f64 {
        f64::from_bits(self.next() & 0x800f_ffff_ffff_ffff)
    }

    /// `v` moved by a few ulps.
    fn near(&mut self, v: f64) -> f64 {
        let d = (self.next() % 9) as i64 - 4;
        f64::from_bits((v.to_bits() as i64).wrapping_add(d) as u64)
    }
}

fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

const EDGES: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    2.0,
    -2.0,
    3.0,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    f64::MAX,
    -f64::MAX,
    f64::MIN_POSITIVE,
    -f64::MIN_POSITIVE,
    5e-324,
    -5e-324,
    2.225073858507201e-308,
    1e-300,
    1e300,
    -1e300,
    1e22,
    std::f64::consts::PI,
    std::f64::consts::FRAC_PI_2,
    std::f64::consts::FRAC_PI_4,
    0.7853981633974484,
    1647099.3291652855,
    1647099.3291652858,
    709.782712893384,
    709.7827128933841,
    -708.3964185322641,
    -745.1332191019411,
    -745.1332191019412,
    -744.44,
    512.0,
    -512.0,
    1024.0,
    -1024.0,
    5.551115123125783e-17,
    -5.551115123125783e-17,
    1.0000000000000002,
    0.9999999999999999,
    0.9375,
    1.064453125,
    9007199254740992.0,
    9007199254740993.0,
    -9007199254740992.0,
    4503599627370497.0,
    1.8446744073709552e19,
    9.223372036854776e18,
];

struct Host {
    raised: Option<(i32, i32)>,
}

/// A module exporting `helpers`, instantiated.
fn instantiate(helpers: &[Helper]) -> (Store<Host>, Instance) {
    let bytes = build(
        &Program::new("math.ml".into(), Vec::new(), Vec::new()),
        helpers,
    );
    let engine = Engine::default();
    let module = Module::new(&engine, &bytes).expect("compile");
    let mut linker = Linker::new(&engine);
    linker
        .func_wrap(
            "ml",
            "raise",
            |mut c: Caller<'_, Host>, fault: i32, site: i32| -> wasmtime::Result<()> {
                c.data_mut().raised = Some((fault, site));
                Err(wasmtime::Error::msg("raised"))
            },
        )
        .expect("raise");
    let mut store = Store::new(&engine, Host { raised: None });
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    (store, instance)
}

fn unary(name: &str) -> (Store<Host>, TypedFunc<f64, f64>) {
    let h = helper(name);
    let (mut store, instance) = instantiate(&[h]);
    let f = instance
        .get_typed_func::<f64, f64>(&mut store, &h.name())
        .expect("export");
    (store, f)
}

fn helper(name: &str) -> Helper {
    [
        Helper::Exp,
        Helper::Log,
        Helper::Pow,
        Helper::Fmod,
        Helper::SinShifted,
        Helper::RemPio2Large,
        Helper::FloatMod,
        Helper::FloatFloorDiv,
        Helper::FloatPow,
        Helper::MathSin,
        Helper::MathCos,
        Helper::MathExp,
        Helper::MathLog,
    ]
    .into_iter()
    .find(|h| h.name() == name)
    .unwrap_or_else(|| panic!("no helper {name}"))
}

/// Inputs: the edge cases, values near them, then `RANDOM` drawn by `draw`.
fn inputs(seed: u64, mut draw: impl FnMut(&mut Rng) -> f64) -> Vec<f64> {
    let mut rng = Rng(seed);
    let mut xs: Vec<f64> = EDGES.to_vec();
    for &e in EDGES {
        xs.extend((0..4).map(|_| rng.near(e)));
        xs.push(-e);
    }
    xs.extend((0..RANDOM).map(|_| draw(&mut rng)));
    xs
}

/// Pairs: every pair of edge cases, then `RANDOM` drawn by `draw`.
fn pairs(seed: u64, mut draw: impl FnMut(&mut Rng) -> (f64, f64)) -> Vec<(f64, f64)> {
    let mut rng = Rng(seed);
    let mut v = Vec::new();
    for &x in EDGES {
        for &y in EDGES {
            v.push((x, y));
        }
    }
    v.extend((0..RANDOM).map(|_| draw(&mut rng)));
    v
}

#[track_caller]
fn assert_all_same(name: &str, mismatches: Vec<String>, total: usize) {
    assert!(
        mismatches.is_empty(),
        "{name}: {} of {total} differ, e.g. {:?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(10)]
    );
}

fn check_unary(name: &str, native: fn(f64) -> f64, xs: &[f64]) {
    let (mut store, f) = unary(name);
    let mut bad = Vec::new();
    for &x in xs {
        let w = f.call(&mut store, x).expect("call");
        let n = native(x);
        if !same(w, n) {
            bad.push(format!(
                "{x:e} ({:#x}): wasm {w:e}, native {n:e}",
                x.to_bits()
            ));
        }
    }
    assert_all_same(name, bad, xs.len());
}

fn check_binary(name: &str, native: fn(f64, f64) -> f64, xys: &[(f64, f64)]) {
    let h = helper(name);
    let (mut store, instance) = instantiate(&[h]);
    let f = instance
        .get_typed_func::<(f64, f64), f64>(&mut store, &h.name())
        .expect("export");
    let mut bad = Vec::new();
    for &(x, y) in xys {
        let w = f.call(&mut store, (x, y)).expect("call");
        let n = native(x, y);
        if !same(w, n) {
            bad.push(format!("({x:e}, {y:e}): wasm {w:e}, native {n:e}"));
        }
    }
    assert_all_same(name, bad, xys.len());
}

/// Wide inputs for every unary function: random bits, subnormals, and uniform ranges.
fn mixed(rng: &mut Rng, lo: f64, hi: f64) -> f64 {
    match rng.next() % 8 {
        0 => rng.bits(),
        1 => rng.subnormal(),
        2 => rng.uniform(-1.0, 1.0),
        _ => rng.uniform(lo, hi),
    }
}

#[test]
fn exp_matches_native() {
    let xs = inputs(1, |r| match r.next() % 4 {
        0 => r.near(709.782712893384),
        1 => r.uniform(-746.0, -708.0),
        _ => mixed(r, -750.0, 712.0),
    });
    check_unary("ml.exp", mathlib::exp, &xs);
}

#[test]
fn log_matches_native() {
    let xs = inputs(2, |r| match r.next() % 4 {
        0 => r.uniform(0.93, 1.07),
        1 => r.bits().abs(),
        _ => mixed(r, 0.0, 1000.0),
    });
    check_unary("ml.log", mathlib::log, &xs);
}

/// `x + k*π/2` for a random `k`: the hard cases of the reduction.
fn near_multiple_of_pi_2(r: &mut Rng) -> f64 {
    let k = (r.next() % (1 << 24)) as f64;
    r.near(k * std::f64::consts::FRAC_PI_2)
}

fn sin_inputs(seed: u64) -> Vec<f64> {
    inputs(seed, |r| match r.next() % 6 {
        0 => near_multiple_of_pi_2(r),
        1 => r.uniform(-1e7, 1e7),
        2 => r.bits(),
        _ => mixed(r, -10.0, 10.0),
    })
}

#[test]
fn sin_and_cos_match_native() {
    let h = Helper::SinShifted;
    let (mut store, instance) = instantiate(&[h]);
    let f = instance
        .get_typed_func::<(f64, i32), f64>(&mut store, &h.name())
        .expect("export");
    for (shift, native, xs) in [
        (0, mathlib::sin as fn(f64) -> f64, sin_inputs(3)),
        (1, mathlib::cos, sin_inputs(4)),
    ] {
        let mut bad = Vec::new();
        for &x in &xs {
            let w = f.call(&mut store, (x, shift)).expect("call");
            let n = native(x);
            if !same(w, n) {
                bad.push(format!(
                    "{x:e} ({:#x}): wasm {w:e}, native {n:e}",
                    x.to_bits()
                ));
            }
        }
        assert_all_same(if shift == 0 { "sin" } else { "cos" }, bad, xs.len());
    }
}

#[test]
fn pow_matches_native() {
    let xys = pairs(5, |r| match r.next() % 10 {
        0 => (r.bits(), r.bits()),
        1 => (r.uniform(-10.0, 10.0), (r.next() % 81) as f64 - 40.0),
        2 => (-r.uniform(0.0, 3.0), ((r.next() % 2001) as f64 - 1000.0)),
        3 => (r.uniform(0.0, 2.0), r.uniform(-1100.0, 1100.0)),
        4 => (r.subnormal().abs(), r.uniform(-2.0, 2.0)),
        5 => (r.near(1.0), r.bits()),
        6 => (r.uniform(0.0, 1e6), r.uniform(-60.0, 60.0)),
        _ => (r.uniform(0.0, 100.0), r.uniform(-30.0, 30.0)),
    });
    check_binary("ml.pow", mathlib::pow, &xys);
}

#[test]
fn fmod_matches_native() {
    let xys = pairs(6, |r| match r.next() % 4 {
        0 => (r.bits(), r.bits()),
        1 => (r.uniform(-1e6, 1e6), r.uniform(-10.0, 10.0)),
        2 => (r.subnormal(), r.subnormal()),
        _ => {
            let x = r.bits();
            (
                x,
                f64::from_bits(x.to_bits() ^ (r.next() & 0x001f_ffff_ffff_ffff)),
            )
        }
    });
    check_binary("ml.fmod", |x, y| x % y, &xys);
    check_binary("ml.fmod", mathlib::fmod, &xys);
}

/// The Python-level helpers: same value, or the same fault with the site passed.
fn check_python(name: &str, arity: usize, native: impl Fn(f64, f64) -> Result<f64, Fault>) {
    let h = helper(name);
    let (mut store, instance) = instantiate(&[h]);
    let xys = pairs(7, |r| match r.next() % 4 {
        0 => (r.bits(), r.bits()),
        1 => (r.uniform(-10.0, 10.0), (r.next() % 21) as f64 - 10.0),
        2 => (r.uniform(-800.0, 800.0), r.uniform(-5.0, 5.0)),
        _ => (r.uniform(-1e3, 1e3), r.uniform(-1e3, 1e3)),
    });
    let site = 1234;
    let mut bad = Vec::new();
    let f2 = (arity == 2).then(|| {
        instance
            .get_typed_func::<(f64, f64, i32), f64>(&mut store, &h.name())
            .expect("export")
    });
    let f1 = (arity == 1).then(|| {
        instance
            .get_typed_func::<(f64, i32), f64>(&mut store, &h.name())
            .expect("export")
    });
    for &(x, y) in &xys {
        store.data_mut().raised = None;
        let w = match (&f1, &f2) {
            (Some(f), _) => f.call(&mut store, (x, site)),
            (_, Some(f)) => f.call(&mut store, (x, y, site)),
            _ => unreachable!(),
        };
        let w = w.map_err(|_| store.data_mut().raised.take());
        let n = native(x, y);
        let ok = match (&w, &n) {
            (Ok(a), Ok(b)) => same(*a, *b),
            (Err(Some((code, s))), Err(fault)) => *code as u32 == fault.code() && *s == site,
            _ => false,
        };
        if !ok {
            bad.push(format!("({x:e}, {y:e}): wasm {w:?}, native {n:?}"));
        }
    }
    assert_all_same(name, bad, xys.len());
}

#[test]
fn python_float_operators_match_native() {
    check_python("ml.float_mod", 2, ops::float_mod_checked);
    check_python("ml.float_floordiv", 2, ops::float_floordiv_checked);
    check_python("ml.float_pow", 2, ops::float_pow_checked);
}

#[test]
fn python_math_functions_match_native() {
    check_python("ml.math_sin", 1, |x, _| ops::sin_checked(x));
    check_python("ml.math_cos", 1, |x, _| ops::cos_checked(x));
    check_python("ml.math_exp", 1, |x, _| ops::exp_checked(x));
    check_python("ml.math_log", 1, |x, _| ops::log_checked(x));
}

/// Prints the code size of each math helper and of the tables (`-- --nocapture`), and keeps them
/// within loose bounds.
#[test]
fn helper_code_sizes() {
    use wasmparser::{Parser, Payload};
    let all = [
        Helper::FloatFloorDiv,
        Helper::FloatMod,
        Helper::FloatPow,
        Helper::MathSin,
        Helper::MathCos,
        Helper::MathExp,
        Helper::MathLog,
        Helper::Fmod,
        Helper::Pow,
        Helper::Exp,
        Helper::Log,
        Helper::SinShifted,
        Helper::RemPio2Large,
    ];
    let bytes = build(
        &Program::new("math.ml".into(), Vec::new(), Vec::new()),
        &all,
    );
    let mut sizes = Vec::new();
    for payload in Parser::new(0).parse_all(&bytes) {
        if let Payload::CodeSectionEntry(body) = payload.expect("parse") {
            sizes.push(body.range().len());
        }
    }
    // Functions: ml_alloc, ml_reset, then the helpers in enum order.
    let mut helpers: Vec<Helper> = all.to_vec();
    helpers.sort();
    let mut total = 0;
    for (h, size) in helpers.iter().zip(&sizes[2..]) {
        println!("{:<22} {size:>6} bytes", h.name());
        total += size;
        assert!(*size < 4096, "{} is {size} bytes", h.name());
    }
    let tables: usize = super::Table::ALL.iter().map(|t| t.words().len() * 8).sum();
    println!("{:<22} {total:>6} bytes", "all math helpers");
    println!("{:<22} {tables:>6} bytes", "tables (data)");
    println!("{:<22} {:>6} bytes", "whole module", bytes.len());
}
