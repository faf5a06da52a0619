//! Kernels: ours (native and wasm) against the same algorithms hand-written in Rust (native, and
//! compiled by rustc for wasm32 and run in the same wasmtime through the same marshalling).
//!
//!     cargo bench --bench kernels                 # everything (a few minutes on 2 cores)
//!     cargo bench --bench kernels -- mandelbrot   # one kernel
//!
//! Each kernel's four results are compared once, before timing: the benchmark stops if they
//! differ (and, when `benches/reference_times.json` holds the Python reference's result for the
//! same input, compares with it too). Inputs are made by formulas that
//! `scripts/time_reference.py` repeats in Python.
//!
//! Criterion reports the time of one call of each variant; `BENCHMARKS.md` gives the medians and
//! their ratios.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode};

#[path = "handwritten/mod.rs"]
mod handwritten;

/// The benchmark kernels, compiled by `include_ml!`.
mod ours {
    pub mod fib {
        multilingual_runtime::include_ml!("benches/kernels/fib.ml");
    }
    pub mod matmul {
        multilingual_runtime::include_ml!("benches/kernels/matmul.ml");
    }
    pub mod xor_cipher {
        multilingual_runtime::include_ml!("benches/kernels/xor_cipher.ml");
    }
    pub mod monte_carlo_pi {
        multilingual_runtime::include_ml!("benches/kernels/monte_carlo_pi.ml");
    }
    pub mod mandelbrot {
        multilingual_runtime::include_ml!("benches/kernels/mandelbrot.ml");
    }
    pub mod box_blur {
        multilingual_runtime::include_ml!("benches/kernels/box_blur.ml");
    }
}

use handwritten::native as hw;
use handwritten::wasm as hw_wasm;

// The sizes (the issue's); `scripts/time_reference.py` uses the same ones unless it says otherwise.
const FIB_N: i64 = 30;
const MATMUL_SMALL: i64 = 100;
const MATMUL_LARGE: i64 = 1000;
/// The size at which the Python reference runs the large product (1000 would take minutes there).
const MATMUL_REFERENCE: i64 = 200;
const XOR_BYTES: i64 = 1 << 20;
const XOR_KEY: i64 = 16;
const PI_SAMPLES: i64 = 1_000_000;
const PI_SEED: i64 = 42;
const MANDEL_W: i64 = 140;
const MANDEL_H: i64 = 50;
const MANDEL_ITER: i64 = 100_000;
const BLUR_W: i64 = 3840;
const BLUR_H: i64 = 2160;

// ---------------------------------------------------------------------------------------- inputs

/// `n × n` matrices `a` and `b`: `a[i] = ((37 i + 11) mod 101) / 101`, `b[i] = ((53 i + 7) mod 97) / 97`.
fn matrices(n: i64) -> (Vec<f64>, Vec<f64>) {
    let a = (0..n * n)
        .map(|i| ((i * 37 + 11) % 101) as f64 / 101.0)
        .collect();
    let b = (0..n * n)
        .map(|i| ((i * 53 + 7) % 97) as f64 / 97.0)
        .collect();
    (a, b)
}

/// `data[i] = (131 i + 7) mod 256`, `key[k] = (29 k + 101) mod 256`.
fn xor_input() -> (Vec<i64>, Vec<i64>) {
    let data = (0..XOR_BYTES).map(|i| (i * 131 + 7) % 256).collect();
    let key = (0..XOR_KEY).map(|k| (k * 29 + 101) % 256).collect();
    (data, key)
}

/// `src[i] = ((7919 i) mod 1000) / 1000`.
fn image() -> Vec<f64> {
    (0..BLUR_W * BLUR_H)
        .map(|i| ((i * 7919) % 1000) as f64 / 1000.0)
        .collect()
}

// ----------------------------------------------------------------------------------- agreement

/// A kernel result, compared exactly between the four variants (and with the reference).
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Int(i64),
    Float(f64),
    Ints(Vec<i64>),
    Floats(Vec<f64>),
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Float(v)
    }
}
impl From<Vec<i64>> for Value {
    fn from(v: Vec<i64>) -> Value {
        Value::Ints(v)
    }
}
impl From<Vec<f64>> for Value {
    fn from(v: Vec<f64>) -> Value {
        Value::Floats(v)
    }
}

impl Value {
    fn summary(&self) -> String {
        match self {
            Value::Int(v) => v.to_string(),
            Value::Float(v) => format!("{v:?}"),
            Value::Ints(v) => format!("{} ints, sum {}", v.len(), v.iter().sum::<i64>()),
            Value::Floats(v) => format!("{} floats, first {:?}", v.len(), v.first()),
        }
    }

    fn len(&self) -> usize {
        match self {
            Value::Ints(v) => v.len(),
            Value::Floats(v) => v.len(),
            Value::Int(_) | Value::Float(_) => 1,
        }
    }

    /// Element `i` of a list result, as JSON.
    fn element(&self, i: usize) -> Option<serde_json::Value> {
        match self {
            Value::Ints(v) => v.get(i).map(|&x| x.into()),
            Value::Floats(v) => v.get(i).map(|&x| x.into()),
            _ => None,
        }
    }
}

/// Stops unless the four variants agree; then compares with the Python reference's result when
/// `benches/reference_times.json` has one for the same input (`key`, `size`).
fn agree(key: &str, size: serde_json::Value, results: [(&str, Value); 4]) {
    let [(first_name, first), rest @ ..] = &results;
    for (name, value) in rest {
        assert!(
            value == first,
            "{key}: {name} gives {} but {first_name} gives {}",
            value.summary(),
            first.summary()
        );
    }
    println!("{key}: all four variants give {}", first.summary());
    check_reference(key, &size, first);
}

fn check_reference(key: &str, size: &serde_json::Value, ours: &Value) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/reference_times.json");
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let json: serde_json::Value = serde_json::from_str(&text).expect("reference_times.json");
    let Some(entry) = json["kernels"].get(key) else {
        return;
    };
    if &entry["size"] != size {
        println!(
            "{key}: the Python reference ran another size ({}); not compared",
            entry["size"]
        );
        return;
    }
    let result = &entry["result"];
    match ours {
        Value::Int(v) => assert_eq!(result.as_i64(), Some(*v), "{key}: Python gives {result}"),
        Value::Float(v) => assert_eq!(result.as_f64(), Some(*v), "{key}: Python gives {result}"),
        Value::Ints(_) | Value::Floats(_) => {
            let list = ours;
            assert_eq!(
                result["len"].as_u64(),
                Some(list.len() as u64),
                "{key}: length"
            );
            let samples = result["samples"].as_object().expect("samples");
            for (index, expected) in samples {
                let i: usize = index.parse().expect("sample index");
                let got = list.element(i).expect("sample index in range");
                assert!(
                    got.as_f64() == expected.as_f64(),
                    "{key}[{i}]: ours {got}, Python {expected}"
                );
            }
        }
    }
    println!("{key}: same result as the Python reference");
}

// ----------------------------------------------------------------------------------- benchmarks

fn settings<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sampling_mode(SamplingMode::Flat);
    group
}

fn fib(c: &mut Criterion) {
    agree(
        "fib",
        serde_json::json!({ "n": FIB_N }),
        [
            ("ours native", ours::fib::native::fib(FIB_N).into()),
            ("ours wasm", ours::fib::wasm::fib(FIB_N).unwrap().into()),
            ("hand-written native", hw::fib(FIB_N).into()),
            ("rustc wasm32", hw_wasm::fib(FIB_N).unwrap().into()),
        ],
    );
    let mut g = settings(c, "fib");
    g.bench_function("ours_native", |b| {
        b.iter(|| ours::fib::native::fib(black_box(FIB_N)))
    });
    g.bench_function("ours_wasm", |b| {
        b.iter(|| ours::fib::wasm::fib(black_box(FIB_N)).unwrap())
    });
    g.bench_function("handwritten_native", |b| {
        b.iter(|| hw::fib(black_box(FIB_N)))
    });
    g.bench_function("rustc_wasm32", |b| {
        b.iter(|| hw_wasm::fib(black_box(FIB_N)).unwrap())
    });
    g.finish();
}

fn matmul_at(c: &mut Criterion, key: &str, n: i64, all_four: bool) {
    let (a, b) = matrices(n);
    if all_four {
        agree(
            key,
            serde_json::json!({ "n": n }),
            [
                (
                    "ours native",
                    ours::matmul::native::matmul(&a, &b, n).into(),
                ),
                (
                    "ours wasm",
                    ours::matmul::wasm::matmul(&a, &b, n).unwrap().into(),
                ),
                ("hand-written native", hw::matmul(&a, &b, n).into()),
                ("rustc wasm32", hw_wasm::matmul(&a, &b, n).unwrap().into()),
            ],
        );
    } else {
        let ours = Value::from(ours::matmul::native::matmul(&a, &b, n));
        assert_eq!(
            ours,
            Value::from(ours::matmul::wasm::matmul(&a, &b, n).unwrap())
        );
        check_reference(key, &serde_json::json!({ "n": n }), &ours);
    }
    let mut g = settings(c, key);
    let (a, b) = (&a[..], &b[..]);
    g.bench_function("ours_native", |bch| {
        bch.iter(|| ours::matmul::native::matmul(black_box(a), black_box(b), n))
    });
    g.bench_function("ours_wasm", |bch| {
        bch.iter(|| ours::matmul::wasm::matmul(black_box(a), black_box(b), n).unwrap())
    });
    if all_four {
        g.bench_function("handwritten_native", |bch| {
            bch.iter(|| hw::matmul(black_box(a), black_box(b), n))
        });
        g.bench_function("rustc_wasm32", |bch| {
            bch.iter(|| hw_wasm::matmul(black_box(a), black_box(b), n).unwrap())
        });
    }
    g.finish();
}

fn matmul(c: &mut Criterion) {
    matmul_at(c, "matmul_100", MATMUL_SMALL, true);
    matmul_at(c, "matmul_1000", MATMUL_LARGE, true);
    // Ours only, at the size the Python reference ran, for the "Python / ours" ratio.
    matmul_at(c, "matmul_200", MATMUL_REFERENCE, false);
}

fn xor_cipher(c: &mut Criterion) {
    let (data, key) = xor_input();
    let (d, k) = (&data[..], &key[..]);
    agree(
        "xor_cipher",
        serde_json::json!({ "bytes": XOR_BYTES, "key": XOR_KEY }),
        [
            (
                "ours native",
                ours::xor_cipher::native::xor_cipher(d, k).into(),
            ),
            (
                "ours wasm",
                ours::xor_cipher::wasm::xor_cipher(d, k).unwrap().into(),
            ),
            ("hand-written native", hw::xor_cipher(d, k).into()),
            ("rustc wasm32", hw_wasm::xor_cipher(d, k).unwrap().into()),
        ],
    );
    let mut g = settings(c, "xor_cipher");
    g.bench_function("ours_native", |b| {
        b.iter(|| ours::xor_cipher::native::xor_cipher(black_box(d), black_box(k)))
    });
    g.bench_function("ours_wasm", |b| {
        b.iter(|| ours::xor_cipher::wasm::xor_cipher(black_box(d), black_box(k)).unwrap())
    });
    g.bench_function("handwritten_native", |b| {
        b.iter(|| hw::xor_cipher(black_box(d), black_box(k)))
    });
    g.bench_function("rustc_wasm32", |b| {
        b.iter(|| hw_wasm::xor_cipher(black_box(d), black_box(k)).unwrap())
    });
    g.finish();
}

fn monte_carlo_pi(c: &mut Criterion) {
    let (n, seed) = (PI_SAMPLES, PI_SEED);
    agree(
        "monte_carlo_pi",
        serde_json::json!({ "samples": n, "seed": seed }),
        [
            (
                "ours native",
                ours::monte_carlo_pi::native::monte_carlo_pi(n, seed).into(),
            ),
            (
                "ours wasm",
                ours::monte_carlo_pi::wasm::monte_carlo_pi(n, seed)
                    .unwrap()
                    .into(),
            ),
            ("hand-written native", hw::monte_carlo_pi(n, seed).into()),
            (
                "rustc wasm32",
                hw_wasm::monte_carlo_pi(n, seed).unwrap().into(),
            ),
        ],
    );
    let mut g = settings(c, "monte_carlo_pi");
    g.bench_function("ours_native", |b| {
        b.iter(|| ours::monte_carlo_pi::native::monte_carlo_pi(black_box(n), black_box(seed)))
    });
    g.bench_function("ours_wasm", |b| {
        b.iter(|| {
            ours::monte_carlo_pi::wasm::monte_carlo_pi(black_box(n), black_box(seed)).unwrap()
        })
    });
    g.bench_function("handwritten_native", |b| {
        b.iter(|| hw::monte_carlo_pi(black_box(n), black_box(seed)))
    });
    g.bench_function("rustc_wasm32", |b| {
        b.iter(|| hw_wasm::monte_carlo_pi(black_box(n), black_box(seed)).unwrap())
    });
    g.finish();
}

fn mandelbrot(c: &mut Criterion) {
    let (w, h, m) = (MANDEL_W, MANDEL_H, MANDEL_ITER);
    agree(
        "mandelbrot",
        serde_json::json!({ "width": w, "height": h, "max_iter": m }),
        [
            (
                "ours native",
                ours::mandelbrot::native::mandelbrot(w, h, m).into(),
            ),
            (
                "ours wasm",
                ours::mandelbrot::wasm::mandelbrot(w, h, m).unwrap().into(),
            ),
            ("hand-written native", hw::mandelbrot(w, h, m).into()),
            ("rustc wasm32", hw_wasm::mandelbrot(w, h, m).unwrap().into()),
        ],
    );
    let mut g = settings(c, "mandelbrot");
    g.bench_function("ours_native", |b| {
        b.iter(|| ours::mandelbrot::native::mandelbrot(black_box(w), h, m))
    });
    g.bench_function("ours_wasm", |b| {
        b.iter(|| ours::mandelbrot::wasm::mandelbrot(black_box(w), h, m).unwrap())
    });
    g.bench_function("handwritten_native", |b| {
        b.iter(|| hw::mandelbrot(black_box(w), h, m))
    });
    g.bench_function("rustc_wasm32", |b| {
        b.iter(|| hw_wasm::mandelbrot(black_box(w), h, m).unwrap())
    });
    g.finish();
}

fn box_blur(c: &mut Criterion) {
    let src = image();
    let s = &src[..];
    let (w, h) = (BLUR_W, BLUR_H);
    agree(
        "box_blur",
        serde_json::json!({ "width": w, "height": h }),
        [
            (
                "ours native",
                ours::box_blur::native::box_blur(s, w, h).into(),
            ),
            (
                "ours wasm",
                ours::box_blur::wasm::box_blur(s, w, h).unwrap().into(),
            ),
            ("hand-written native", hw::box_blur(s, w, h).into()),
            ("rustc wasm32", hw_wasm::box_blur(s, w, h).unwrap().into()),
        ],
    );
    let mut g = settings(c, "box_blur");
    g.bench_function("ours_native", |b| {
        b.iter(|| ours::box_blur::native::box_blur(black_box(s), w, h))
    });
    g.bench_function("ours_wasm", |b| {
        b.iter(|| ours::box_blur::wasm::box_blur(black_box(s), w, h).unwrap())
    });
    g.bench_function("handwritten_native", |b| {
        b.iter(|| hw::box_blur(black_box(s), w, h))
    });
    g.bench_function("rustc_wasm32", |b| {
        b.iter(|| hw_wasm::box_blur(black_box(s), w, h).unwrap())
    });
    g.finish();
}

/// The kernels, by the name of their criterion group (matmul has three groups).
type Kernel = (&'static str, fn(&mut Criterion));
const KERNELS: &[Kernel] = &[
    ("fib", fib),
    ("matmul", matmul),
    ("xor_cipher", xor_cipher),
    ("monte_carlo_pi", monte_carlo_pi),
    ("mandelbrot", mandelbrot),
    ("box_blur", box_blur),
];

/// Whether a filter on the command line (`cargo bench --bench kernels -- mandelbrot`) leaves the
/// kernel `key` in, so that a filtered run also skips the other kernels' inputs and agreement
/// checks. A filter that names no kernel (`ours_wasm`) leaves them all in; criterion applies it.
fn selected(key: &str) -> bool {
    let names = |f: &str, k: &str| f.contains(k) || k.contains(f);
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty()
        || filters
            .iter()
            .any(|f| names(f, key) || !KERNELS.iter().any(|(other, _)| names(f, other)))
}

fn main() {
    handwritten::wasm::require();
    let mut c = Criterion::default().configure_from_args();
    for (key, run) in KERNELS {
        if selected(key) {
            run(&mut c);
        }
    }
    c.final_summary();
}
