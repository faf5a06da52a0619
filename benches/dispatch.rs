//! What a call costs, apart from the kernel: `def add(a: int, b: int) -> int` through the
//! dispatcher on each backend, through `wasm::add` and `native::add` directly, and through a raw
//! wasmtime `TypedFunc` on the same module bytes (the floor of any wasmtime embedding); then the
//! cold path: fresh processes that create the engine, load the module (precompiled by build.rs,
//! or compiled from the `.wasm` for comparison), instantiate it and make the first call, median
//! over several runs.
//!
//!     cargo bench --bench dispatch
//!
//! The cold-path children are this same binary, started with `ML_BENCH_COLD=<mode>`.

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::Criterion;
use multilingual_runtime::{Backend, set_backend};

/// `add.ml` as build.rs compiled it, with its module precompiled for the target.
mod add {
    multilingual_runtime::include_kernels!("add");

    pub fn origin() -> multilingual_runtime::Origin {
        __ML_MODULE.origin().expect("add.ml's module loads")
    }

    pub fn artifact() -> &'static [u8] {
        __ML_MODULE
            .precompiled()
            .expect("build.rs precompiled add.ml for this target")
    }
}

/// The same kernel through `include_ml!`, which embeds no precompiled module.
mod add_compiled {
    multilingual_runtime::include_ml!("benches/kernels/add.ml");
}

const ADD_FILE: &str = "benches/kernels/add.ml";

/// The bytes `include_ml!` embeds for `add.ml` (the compiler is deterministic).
fn add_module_bytes() -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/kernels/add.ml");
    let text = std::fs::read_to_string(path).expect("benches/kernels/add.ml");
    let source = multilingual_build::SourceFile::new(ADD_FILE.to_owned(), text);
    match multilingual_build::compile(source, None) {
        Ok(compiled) => compiled.wasm,
        Err(d) => panic!("{}", d.render()),
    }
}

/// `add` of the same module, called through wasmtime's `TypedFunc` with nothing around it.
struct Raw {
    store: wasmtime::Store<()>,
    add: wasmtime::TypedFunc<(i64, i64), i64>,
}

impl Raw {
    fn new(bytes: &[u8]) -> wasmtime::Result<Raw> {
        let engine = wasmtime::Engine::new(&wasmtime::Config::new())?;
        let module = wasmtime::Module::new(&engine, bytes)?;
        let mut linker = wasmtime::Linker::new(&engine);
        linker.func_wrap("ml", "raise", |_: i32, _: i32| -> wasmtime::Result<()> {
            Err(wasmtime::Error::msg("the kernel raised an error"))
        })?;
        let mut store = wasmtime::Store::new(&engine, ());
        let instance = linker.instantiate(&mut store, &module)?;
        let add = instance.get_typed_func::<(i64, i64), i64>(&mut store, "add")?;
        Ok(Raw { store, add })
    }
}

fn calls(c: &mut Criterion) {
    let mut raw = Raw::new(&add_module_bytes()).expect("raw wasmtime instance of add.ml");
    assert_eq!(raw.add.call(&mut raw.store, (2, 3)).unwrap(), 5);
    assert_eq!(add::native::add(2, 3), 5);
    assert_eq!(add::wasm::add(2, 3).unwrap(), 5);

    let mut g = c.benchmark_group("dispatch");
    g.sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    let (a, b) = (20, 22);
    g.bench_function("native_direct", |bch| {
        bch.iter(|| add::native::add(black_box(a), black_box(b)))
    });
    set_backend(Backend::Native);
    g.bench_function("dispatcher_native", |bch| {
        bch.iter(|| add::add(black_box(a), black_box(b)))
    });
    set_backend(Backend::Wasm);
    g.bench_function("dispatcher_wasm", |bch| {
        bch.iter(|| add::add(black_box(a), black_box(b)))
    });
    set_backend(Backend::Auto);
    g.bench_function("dispatcher_auto", |bch| {
        bch.iter(|| add::add(black_box(a), black_box(b)))
    });
    g.bench_function("wasm_direct", |bch| {
        bch.iter(|| add::wasm::add(black_box(a), black_box(b)).unwrap())
    });
    g.bench_function("raw_typed_func", |bch| {
        bch.iter(|| {
            raw.add
                .call(&mut raw.store, (black_box(a), black_box(b)))
                .unwrap()
        })
    });
    g.finish();
}

// ------------------------------------------------------------------------------------ cold path

/// The environment variable that makes this binary a cold-path child.
const COLD: &str = "ML_BENCH_COLD";
/// Cold processes started per mode.
const COLD_RUNS: usize = 15;

/// A cold-path child: does one thing from a fresh process and prints the nanoseconds it took
/// (`"<name> <ns>"` lines).
fn cold_child(mode: &str) {
    let start = Instant::now();
    match mode {
        // Nothing: the cost of starting this process.
        "empty" => {}
        // The dispatcher's first call: engine, precompiled module, instance, call.
        "dispatcher" => {
            assert_eq!(black_box(add::add(black_box(2), black_box(3))), 5);
            println!("first_call {}", start.elapsed().as_nanos());
            let again = Instant::now();
            assert_eq!(black_box(add::add(black_box(2), black_box(3))), 5);
            println!("second_call {}", again.elapsed().as_nanos());
            assert_eq!(add::origin(), multilingual_runtime::Origin::Precompiled);
        }
        // The same without a precompiled module: Cranelift compiles the `.wasm` first.
        "dispatcher_compile" => {
            assert_eq!(black_box(add_compiled::add(black_box(2), black_box(3))), 5);
            println!("first_call {}", start.elapsed().as_nanos());
        }
        // The same steps by hand with wasmtime, timed one by one.
        "steps" => {
            let bytes = add_module_bytes();
            let artifact = add::artifact();
            let t = Instant::now();
            let engine = wasmtime::Engine::new(&multilingual_engine::config()).unwrap();
            println!("engine {}", t.elapsed().as_nanos());
            let t = Instant::now();
            let compiled = wasmtime::Module::new(&engine, &bytes).unwrap();
            println!("compile {}", t.elapsed().as_nanos());
            let t = Instant::now();
            // SAFETY: build.rs made the artifact with this wasmtime and engine configuration.
            let module = unsafe { wasmtime::Module::deserialize(&engine, artifact) }.unwrap();
            println!("deserialize {}", t.elapsed().as_nanos());
            drop(compiled);
            let t = Instant::now();
            let mut linker = wasmtime::Linker::new(&engine);
            linker
                .func_wrap("ml", "raise", |_: i32, _: i32| -> wasmtime::Result<()> {
                    Err(wasmtime::Error::msg("raised"))
                })
                .unwrap();
            let mut store = wasmtime::Store::new(&engine, ());
            let instance = linker.instantiate(&mut store, &module).unwrap();
            println!("instantiate {}", t.elapsed().as_nanos());
            let t = Instant::now();
            let f = instance
                .get_typed_func::<(i64, i64), i64>(&mut store, "add")
                .unwrap();
            assert_eq!(f.call(&mut store, (2, 3)).unwrap(), 5);
            println!("first_call {}", t.elapsed().as_nanos());
            println!("module_bytes {}", bytes.len());
            println!("artifact_bytes {}", artifact.len());
        }
        other => panic!("unknown {COLD} mode {other:?}"),
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Starts `COLD_RUNS` children per mode and prints the median of each figure they report, and of
/// the whole process (start to exit, measured here).
fn cold_start() {
    let exe = std::env::current_exe().expect("the benchmark's own path");
    println!("\ncold path: {COLD_RUNS} fresh processes per mode, medians (min–max)");
    let mut json = serde_json::Map::new();
    for mode in ["empty", "dispatcher", "dispatcher_compile", "steps"] {
        let mut entry = serde_json::Map::new();
        let mut figures: Vec<(String, Vec<f64>)> = Vec::new();
        let mut process = Vec::new();
        for _ in 0..COLD_RUNS {
            let t = Instant::now();
            let out = Command::new(&exe)
                .env(COLD, mode)
                .env_remove("MULTILINGUAL_BACKEND")
                .output()
                .expect("start a cold-path child");
            process.push(t.elapsed().as_nanos() as f64);
            assert!(
                out.status.success(),
                "cold-path child {mode} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            for line in String::from_utf8_lossy(&out.stdout).lines() {
                let Some((name, value)) = line.split_once(' ') else {
                    continue;
                };
                let value: f64 = value.trim().parse().expect("a number");
                match figures.iter_mut().find(|(n, _)| n == name) {
                    Some((_, v)) => v.push(value),
                    None => figures.push((name.to_owned(), vec![value])),
                }
            }
        }
        figures.push(("whole_process".to_owned(), process));
        for (name, values) in figures {
            let min = values.iter().copied().fold(f64::INFINITY, f64::min);
            let max = values.iter().copied().fold(0.0, f64::max);
            entry.insert(
                name.clone(),
                serde_json::json!({ "median": median(values.clone()), "min": min, "max": max }),
            );
            let show = |ns: f64| {
                if name.ends_with("_bytes") {
                    format!("{ns:.0} B")
                } else if ns >= 1e6 {
                    format!("{:.2} ms", ns / 1e6)
                } else {
                    format!("{:.1} µs", ns / 1e3)
                }
            };
            println!(
                "{:<32} {:>10}   ({} – {})",
                format!("cold/{mode}/{name}"),
                show(median(values.clone())),
                show(min),
                show(max)
            );
        }
        json.insert(mode.to_owned(), entry.into());
    }
    // Beside criterion's results, for `scripts/bench_table.py`.
    let dir = criterion_dir(&exe);
    let path = dir.join("cold_start.json");
    let text = serde_json::to_string_pretty(&serde_json::json!({ "runs": COLD_RUNS, "ns": json }))
        .expect("JSON");
    match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text)) {
        Ok(()) => println!("wrote {}", path.display()),
        Err(e) => eprintln!("cannot write {}: {e}", path.display()),
    }
}

/// Where criterion writes its results: `$CRITERION_HOME`, else `criterion/` in the target
/// directory (this binary is `<target>/<profile>/deps/dispatch-…`).
fn criterion_dir(exe: &std::path::Path) -> std::path::PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    exe.ancestors()
        .nth(3)
        .map_or_else(|| "target".into(), std::path::Path::to_path_buf)
        .join("criterion")
}

fn main() {
    if let Ok(mode) = std::env::var(COLD) {
        cold_child(&mode);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    calls(&mut c);
    c.final_summary();
    if std::env::args()
        .skip(1)
        .all(|a| a.starts_with('-') || "cold".contains(a.as_str()))
    {
        cold_start();
    }
}
