//! The hand-written baselines: `algorithms.rs` compiled natively (`native`), and compiled by rustc
//! for wasm32 by the build script and run in the runtime's wasmtime through the same marshalling as
//! generated modules (`wasm`). Both have the signatures of the generated `native::f`/`wasm::f`.

mod algorithms;

/// The hand-written kernels, native. Lists made by a kernel are `Vec`s, as in generated code.
pub mod native {
    use super::algorithms;

    fn size(n: i64) -> usize {
        usize::try_from(n).expect("a size must not be negative")
    }

    pub fn fib(n: i64) -> i64 {
        algorithms::fib(n)
    }

    pub fn matmul(a: &[f64], b: &[f64], n: i64) -> Vec<f64> {
        let n = size(n);
        let mut c = vec![0.0; n * n];
        algorithms::matmul(a, b, n, &mut c);
        c
    }

    pub fn xor_cipher(data: &[i64], key: &[i64]) -> Vec<i64> {
        let mut out = vec![0; data.len()];
        algorithms::xor_cipher(data, key, &mut out);
        out
    }

    pub fn monte_carlo_pi(samples: i64, seed: i64) -> f64 {
        algorithms::monte_carlo_pi(samples as u64, seed as u64)
    }

    pub fn mandelbrot(width: i64, height: i64, max_iter: i64) -> Vec<i64> {
        let (width, height) = (size(width), size(height));
        let mut out = vec![0; width * height];
        algorithms::mandelbrot(width, height, max_iter, &mut out);
        out
    }

    pub fn box_blur(src: &[f64], width: i64, height: i64) -> Vec<f64> {
        let (width, height) = (size(width), size(height));
        let mut dst = vec![0.0; width * height];
        algorithms::box_blur(src, width, height, &mut dst);
        dst
    }
}

/// The hand-written kernels compiled by rustc for `wasm32-unknown-unknown` (`wasm_module.rs`), run
/// by the runtime exactly as a generated `wasm::f` runs its module: `WasmModule::call`, `put_*`,
/// `invoke`, `get_*`.
pub mod wasm {
    use multilingual_runtime::{Error, WasmModule};

    mod built {
        include!(concat!(env!("OUT_DIR"), "/handwritten/wasm.rs"));
    }

    const EXPORTS: &[&str] = &[
        "fib",
        "matmul",
        "xor_cipher",
        "monte_carlo_pi",
        "mandelbrot",
        "box_blur",
    ];

    static MODULE: WasmModule = WasmModule::from_bytes(
        "handwritten.wasm (rustc wasm32-unknown-unknown)",
        match built::WASM {
            Ok(bytes) => bytes,
            Err(_) => &[],
        },
        EXPORTS,
    );

    /// Stops the benchmark with the build script's message when the module could not be built
    /// (e.g. the target `wasm32-unknown-unknown` is not installed).
    pub fn require() {
        if let Err(why) = built::WASM {
            eprintln!("error: {why}");
            std::process::exit(1);
        }
    }

    pub fn fib(n: i64) -> Result<i64, Error> {
        MODULE.call(|cx| cx.invoke::<(i64,), i64>(0, (n,)))
    }

    pub fn matmul(a: &[f64], b: &[f64], n: i64) -> Result<Vec<f64>, Error> {
        MODULE.call(|cx| {
            let a = cx.put_list(a)?;
            let b = cx.put_list(b)?;
            let r = cx.invoke::<(i32, i32, i64), i32>(1, (a, b, n))?;
            cx.get_list::<f64>(r)
        })
    }

    pub fn xor_cipher(data: &[i64], key: &[i64]) -> Result<Vec<i64>, Error> {
        MODULE.call(|cx| {
            let data = cx.put_list(data)?;
            let key = cx.put_list(key)?;
            let r = cx.invoke::<(i32, i32), i32>(2, (data, key))?;
            cx.get_list::<i64>(r)
        })
    }

    pub fn monte_carlo_pi(samples: i64, seed: i64) -> Result<f64, Error> {
        MODULE.call(|cx| cx.invoke::<(i64, i64), f64>(3, (samples, seed)))
    }

    pub fn mandelbrot(width: i64, height: i64, max_iter: i64) -> Result<Vec<i64>, Error> {
        MODULE.call(|cx| {
            let r = cx.invoke::<(i64, i64, i64), i32>(4, (width, height, max_iter))?;
            cx.get_list::<i64>(r)
        })
    }

    pub fn box_blur(src: &[f64], width: i64, height: i64) -> Result<Vec<f64>, Error> {
        MODULE.call(|cx| {
            let src = cx.put_list(src)?;
            let r = cx.invoke::<(i32, i64, i64), i32>(5, (src, width, height))?;
            cx.get_list::<f64>(r)
        })
    }
}
