//! A tour of multilingual: kernels written in eight human languages, each run natively and in
//! wasmtime through the same signatures, checked to agree, and timed.
//!
//! Run it with `cargo run --release --example tour`.

// Kernel names in many scripts: some look alike across scripts.
#![allow(confusable_idents, mixed_script_confusables, uncommon_codepoints)]

use std::time::{Duration, Instant};

mod fib_fr {
    multilingual_runtime::include_ml!("examples/kernels/fibonacci_fr.ml");
}
mod fib_zh {
    multilingual_runtime::include_ml!("examples/kernels/fibonacci_zh.ml");
}
mod mandel_de {
    multilingual_runtime::include_ml!("examples/kernels/mandelbrot_de.ml");
}
mod mandel_ja {
    multilingual_runtime::include_ml!("examples/kernels/mandelbrot_ja.ml");
}
mod matrix_en {
    multilingual_runtime::include_ml!("examples/kernels/matrix_multiply_en.ml");
}
mod matrix_it {
    multilingual_runtime::include_ml!("examples/kernels/matrix_multiply_it.ml");
}
mod xor_es {
    multilingual_runtime::include_ml!("examples/kernels/xor_cipher_es.ml");
}
mod xor_nl {
    multilingual_runtime::include_ml!("examples/kernels/xor_cipher_nl.ml");
}
mod pi_en {
    multilingual_runtime::include_ml!("examples/kernels/monte_carlo_pi_en.ml");
}
mod pi_pl {
    multilingual_runtime::include_ml!("examples/kernels/monte_carlo_pi_pl.ml");
}
mod image_fr {
    multilingual_runtime::include_ml!("examples/kernels/image_fr.ml");
}
mod primes_pt {
    multilingual_runtime::include_ml!("examples/programs/primes_pt.ml");
}

/// Runs `native` and `wasm`, checks they agree, prints both timings.
fn compare<T: PartialEq + std::fmt::Debug>(
    label: &str,
    native: impl FnOnce() -> T,
    wasm: impl FnOnce() -> Result<T, multilingual_runtime::Error>,
) -> T {
    let start = Instant::now();
    let n = native();
    let native_time = start.elapsed();
    let start = Instant::now();
    let w = match wasm() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("{label}: wasm path failed: {e}");
            std::process::exit(1);
        }
    };
    let wasm_time = start.elapsed();
    if n != w {
        eprintln!("{label}: native and wasm disagree: {n:?} vs {w:?}");
        std::process::exit(1);
    }
    println!(
        "{label:<44} native {:>10}  wasm {:>10}  agree",
        ms(native_time),
        ms(wasm_time)
    );
    n
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    println!("multilingual tour: every kernel on both paths\n");

    let f = compare(
        "fib(30), French (fibonacci_fr.ml)",
        || fib_fr::native::fib(30),
        || fib_fr::wasm::fib(30),
    );
    compare(
        "斐波那契(30), Chinese (fibonacci_zh.ml)",
        || fib_zh::native::斐波那契(30),
        || fib_zh::wasm::斐波那契(30),
    );
    println!("  fib(30) = {f}");

    let (w, h, iters) = (140, 50, 100_000);
    let picture = compare(
        "mandel(140, 50, 100000), German",
        || mandel_de::native::mandel(w, h, iters),
        || mandel_de::wasm::mandel(w, h, iters),
    );
    compare(
        "マンデルブロ(140, 50, 100000), Japanese",
        || mandel_ja::native::マンデルブロ(w, h, iters),
        || mandel_ja::wasm::マンデルブロ(w, h, iters),
    );
    for row in picture.chunks(w as usize) {
        let line: String = row.iter().map(|&v| if v > 0 { '-' } else { '*' }).collect();
        println!("{line}");
    }

    let n = 100;
    let a: Vec<f64> = (0..n * n).map(|i| (i % 7) as f64 * 0.5).collect();
    let b: Vec<f64> = (0..n * n).map(|i| (i % 5) as f64 - 1.0).collect();
    let c = compare(
        "multiply 100x100, English",
        || matrix_en::native::multiply(&a, &b, n as i64),
        || matrix_en::wasm::multiply(&a, &b, n as i64),
    );
    compare(
        "moltiplica 100x100, Italian",
        || matrix_it::native::moltiplica(&a, &b, n as i64),
        || matrix_it::wasm::moltiplica(&a, &b, n as i64),
    );
    println!("  c[0] = {}, c[last] = {}", c[0], c[n * n - 1]);

    let data: Vec<i64> = (0..1 << 16).map(|i| (i * 31 % 256) as i64).collect();
    let key: Vec<i64> = b"multilingual key".iter().map(|&b| b as i64).collect();
    let x = compare(
        "cifrado_xor 64 KiB, Spanish",
        || xor_es::native::cifrado_xor(&data, &key),
        || xor_es::wasm::cifrado_xor(&data, &key),
    );
    compare(
        "xor_versleutel 64 KiB, Dutch",
        || xor_nl::native::xor_versleutel(&data, &key),
        || xor_nl::wasm::xor_versleutel(&data, &key),
    );
    println!("  first bytes: {:?}", &x[..8]);

    let pi = compare(
        "estimate_pi(1000000), English",
        || pi_en::native::estimate_pi(1_000_000, 42),
        || pi_en::wasm::estimate_pi(1_000_000, 42),
    );
    compare(
        "szacuj_pi(1000000), Polish",
        || pi_pl::native::szacuj_pi(1_000_000, 42),
        || pi_pl::wasm::szacuj_pi(1_000_000, 42),
    );
    println!("  pi ~ {pi}");

    println!("\nimage_fr.ml: a 3x3 blur over a list of lists, and one line of text per row:");
    let image: Vec<Vec<f64>> = (0..8)
        .map(|y| {
            (0..24)
                .map(|x| if (x / 4 + y / 2) % 2 == 0 { 1.0 } else { 0.0 })
                .collect()
        })
        .collect();
    let blurred = compare(
        "flou(8x24), French",
        || image_fr::native::flou(&image),
        || image_fr::wasm::flou(&image),
    );
    let lines = compare(
        "légende(0.7), French",
        || image_fr::native::légende(&blurred, 0.7),
        || image_fr::wasm::légende(&blurred, 0.7),
    );
    for line in &lines {
        println!("  {line}");
    }

    println!("\nprimes_pt.ml, a whole program in Portuguese, on both paths:");
    let ((), native) = multilingual_runtime::capture_output(primes_pt::native::main);
    let (wasm, wasm_out) = multilingual_runtime::capture_output(primes_pt::wasm::main);
    match wasm {
        Ok(()) if wasm_out == native => print!("{native}"),
        Ok(()) => eprintln!("  the paths printed different text:\n{native}---\n{wasm_out}"),
        Err(e) => eprintln!("  wasm path failed: {e}"),
    }

    multilingual_runtime::set_backend(multilingual_runtime::Backend::Auto);
    println!(
        "\ndispatcher (Backend::Auto): fib(20) = {}",
        fib_fr::fib(20)
    );
}
