//! The benchmark kernels hand-written in Rust: the same algorithms as `benches/kernels/*.ml`, in
//! the same order of floating-point operations (so the results are bit-identical), written with
//! slices and iterators and without `unsafe`.
//!
//! This file is compiled twice: into the benchmark binary (the hand-written native baseline,
//! through `handwritten/mod.rs`) and by the build script for `wasm32-unknown-unknown` (the
//! hand-written wasm baseline, through `handwritten/wasm_module.rs`, a `#![no_std]` crate). So it
//! uses only `core`: functions that make a list write it into a slice the caller allocated.

/// Recursive Fibonacci.
pub fn fib(n: i64) -> i64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

/// `c = a × b` for square `n × n` row-major matrices; `c` has `n * n` elements.
///
/// The naive i-j-k order of the `.ml` kernel, each element summed in order of `k` from 0.0.
pub fn matmul(a: &[f64], b: &[f64], n: usize, c: &mut [f64]) {
    for (a_row, c_row) in a.chunks_exact(n).zip(c.chunks_exact_mut(n)) {
        for (j, c_ij) in c_row.iter_mut().enumerate() {
            *c_ij = a_row
                .iter()
                .zip(b[j..].iter().step_by(n))
                .fold(0.0, |total, (x, y)| total + x * y);
        }
    }
}

/// Every byte of `data` XORed with `key`, repeated; `out` has `data.len()` elements.
pub fn xor_cipher(data: &[i64], key: &[i64], out: &mut [i64]) {
    for ((o, d), k) in out.iter_mut().zip(data).zip(key.iter().cycle()) {
        *o = d ^ k;
    }
}

/// Monte Carlo estimate of pi with the LCG `state = (state * 1103515245 + 12345) mod 2^31`.
pub fn monte_carlo_pi(samples: u64, seed: u64) -> f64 {
    const MODULUS: u64 = 1 << 31;
    let next = |state: u64| (state * 1_103_515_245 + 12_345) % MODULUS;
    let mut state = seed;
    let mut hits: u64 = 0;
    for _ in 0..samples {
        state = next(state);
        let x = state as f64 / MODULUS as f64;
        state = next(state);
        let y = state as f64 / MODULUS as f64;
        if x * x + y * y <= 1.0 {
            hits += 1;
        }
    }
    4.0 * hits as f64 / samples as f64
}

/// The escape time of one point of the Mandelbrot set, at most `max_iter`.
fn escape_time(x: f64, y: f64, max_iter: i64) -> i64 {
    let (mut zx, mut zy) = (0.0_f64, 0.0_f64);
    let mut i = 0;
    while i < max_iter && zx * zx + zy * zy <= 4.0 {
        let t = zx * zx - zy * zy + x;
        zy = 2.0 * zx * zy + y;
        zx = t;
        i += 1;
    }
    i
}

/// The escape times of a `width × height` grid over [-2, 1] × [-1, 1], row by row, into `out`
/// (`width * height` elements).
pub fn mandelbrot(width: usize, height: usize, max_iter: i64, out: &mut [i64]) {
    for (row, out_row) in out.chunks_exact_mut(width).enumerate().take(height) {
        let y = -1.0 + 2.0 * row as f64 / height as f64;
        for (col, count) in out_row.iter_mut().enumerate() {
            let x = -2.0 + 3.0 * col as f64 / width as f64;
            *count = escape_time(x, y, max_iter);
        }
    }
}

/// 3 × 3 box blur of a `width × height` row-major image into `dst`; border pixels are copied.
pub fn box_blur(src: &[f64], width: usize, height: usize, dst: &mut [f64]) {
    let w = width;
    for (y, (dst_row, mid)) in dst
        .chunks_exact_mut(w)
        .zip(src.chunks_exact(w))
        .enumerate()
        .take(height)
    {
        if y == 0 || y == height - 1 || w < 3 {
            dst_row.copy_from_slice(mid);
            continue;
        }
        let up = &src[(y - 1) * w..y * w];
        let down = &src[(y + 1) * w..(y + 2) * w];
        dst_row[0] = mid[0];
        dst_row[w - 1] = mid[w - 1];
        for (((d, u), m), l) in dst_row[1..w - 1]
            .iter_mut()
            .zip(up.windows(3))
            .zip(mid.windows(3))
            .zip(down.windows(3))
        {
            let total = u[0] + u[1] + u[2] + (m[0] + m[1] + m[2]) + (l[0] + l[1] + l[2]);
            *d = total / 9.0;
        }
    }
}
