//! What `include_ml!` costs at build time for a 1000-line kernel file: `emit::expand`, the
//! library call the macro makes (lex, parse, check, both back ends, the generated items), the
//! same with the items printed as text (as rustc receives them), `compile` alone (lex to wasm,
//! without the Rust items), and — for comparison, since the
//! macro does not do it — precompiling the module with Cranelift for x86-64 and for aarch64.
//!
//!     cargo bench --bench expansion

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use multilingual_build::{Precompiler, SourceFile, Target, compile, emit};

/// Lines of the generated kernel file.
const LINES: usize = 1000;

/// One function of 20 lines (with the blank line after it); `k` makes each one different.
fn function(k: usize) -> String {
    format!(
        "def f{k}(xs: list[float], n: int, s: str) -> float:
    total = 0.0
    count = 0
    for i in range(n):
        if i % 3 == 0:
            total += xs[i % len(xs)] * 2.0
        elif i % 3 == 1:
            total -= xs[(i + {k}) % len(xs)]
        else:
            count += 1
    ys = [x * 0.5 for x in xs if x > 0.0]
    words = s.split(\" \")
    while count > 10:
        count = count // 2
    label = f\"{{count}}:{{len(words)}}\"
    if len(label) > 3 and len(ys) > 0:
        total += ys[0]
    best = max(xs) if len(xs) > 0 else 0.0
    return total + best + float(count + len(s)) + math.sqrt(abs(total))

"
    )
}

/// A kernel file of exactly [`LINES`] lines: a header, then functions as written above.
fn kernel_file() -> SourceFile {
    let mut text = String::from("# lang: en\n# Generated: 1000 lines of kernels.\nimport math\n\n");
    let mut k = 0;
    while text.lines().count() + 20 <= LINES {
        text.push_str(&function(k));
        k += 1;
    }
    while text.lines().count() < LINES {
        text.push_str("# padding\n");
    }
    assert_eq!(text.lines().count(), LINES);
    SourceFile::new("benches/generated_1000_lines.ml".to_owned(), text)
}

fn main() {
    let file = kernel_file();
    let compiled = match compile(file.clone(), None) {
        Ok(c) => c,
        Err(d) => panic!("{}", d.render()),
    };
    println!(
        "kernel file: {LINES} lines, {} functions, {} bytes of wasm",
        compiled.program.functions.len(),
        compiled.wasm.len()
    );
    let tokens = emit::expand(file.clone(), None).expect("expands");
    println!(
        "expansion: {} bytes of Rust tokens",
        tokens.to_string().len()
    );

    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("expansion");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    g.bench_function("include_ml_1000_lines", |b| {
        b.iter(|| emit::expand(black_box(file.clone()), None).expect("expands"))
    });
    g.bench_function("compile_1000_lines", |b| {
        b.iter(|| compile(black_box(file.clone()), None).expect("compiles"))
    });
    g.bench_function("include_ml_1000_lines_as_text", |b| {
        b.iter(|| {
            emit::expand(black_box(file.clone()), None)
                .expect("expands")
                .to_string()
        })
    });
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let p = Precompiler::new(&Target::new(triple)).expect("a Cranelift back end");
        let arch = triple.split('-').next().unwrap_or(triple);
        g.bench_function(format!("precompile_1000_lines_{arch}"), |b| {
            b.iter(|| {
                p.precompile(black_box(&compiled.wasm))
                    .expect("precompiles")
            })
        });
    }
    g.finish();
    c.final_summary();
}
