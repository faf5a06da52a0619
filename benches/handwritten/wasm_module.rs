//! The hand-written kernels (`algorithms.rs`) as a WebAssembly module that follows the module ABI
//! of the multilingual compiler, so that the runtime loads it and marshals its arguments exactly
//! as it does for a generated module.
//!
//! The build script compiles this file with
//! `rustc --edition 2024 --target wasm32-unknown-unknown -C opt-level=3 --crate-type cdylib`.
//!
//! The ABI (`multilingual-build/src/backend/wasm/abi.rs` and `heap.rs`,
//! `multilingual-runtime/src/call.rs`):
//!
//! - exports `memory`, `ml_alloc(size: i32) -> i32` (an 8-aligned block, 0 when out of memory)
//!   and `ml_reset()` (frees everything; the runtime calls it before every kernel call);
//! - ints are `i64`, floats `f64`; a list is an `i32` pointer to a 16-byte header `len: i32`,
//!   `cap: i32`, `data: i32` (pointer to the 8-byte little-endian elements), 4 unused bytes.
//!
//! The kernels themselves are the safe slice code of `algorithms.rs`; `unsafe` is confined to
//! turning list pointers into slices here. An out-of-bounds index or other panic traps
//! (`unreachable`), which the runtime reports as `Error::Trap`.

#![no_std]

#[path = "algorithms.rs"]
mod algorithms;

use core::arch::wasm32;
use core::sync::atomic::{AtomicUsize, Ordering};

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    wasm32::unreachable()
}

unsafe extern "C" {
    /// Set by the linker: the first address after the data and the stack.
    static __heap_base: u8;
}

/// The next free address of the bump allocator (0 until the first `ml_reset`/`ml_alloc`).
static HEAP: AtomicUsize = AtomicUsize::new(0);

const LIST_HEADER: usize = 16;
const PAGE: usize = 65536;

fn heap_base() -> usize {
    (&raw const __heap_base) as usize
}

/// `ml_reset()`: frees everything allocated so far.
#[unsafe(no_mangle)]
pub extern "C" fn ml_reset() {
    HEAP.store(heap_base(), Ordering::Relaxed);
}

/// `ml_alloc(size) -> ptr`: an 8-aligned block of `size` bytes, growing the memory as needed;
/// 0 when it cannot.
#[unsafe(no_mangle)]
pub extern "C" fn ml_alloc(size: i32) -> i32 {
    let Ok(size) = usize::try_from(size) else {
        return 0;
    };
    let mut next = HEAP.load(Ordering::Relaxed);
    if next == 0 {
        next = heap_base();
    }
    let ptr = (next + 7) & !7;
    let Some(end) = ptr.checked_add(size) else {
        return 0;
    };
    let have = wasm32::memory_size(0) * PAGE;
    if end > have {
        let pages = (end - have).div_ceil(PAGE);
        if wasm32::memory_grow(0, pages) == usize::MAX {
            return 0;
        }
    }
    HEAP.store(end, Ordering::Relaxed);
    ptr as i32
}

/// The header of the list at `list`: `(len, data pointer)`.
fn header(list: i32) -> (usize, usize) {
    let at = list as u32 as usize as *const u32;
    // SAFETY: `list` points to a list header the runtime wrote with `ml_alloc`.
    unsafe { (at.read() as usize, at.add(2).read() as usize) }
}

/// The elements of the list argument at `list`.
fn elements<T>(list: i32) -> &'static [T] {
    let (len, data) = header(list);
    // SAFETY: the runtime wrote `len` elements of `T` at `data`; nothing else refers to them
    // during the call.
    unsafe { core::slice::from_raw_parts(data as *const T, len) }
}

/// A new list of `len` 8-byte elements (header then data, `cap == len`): its pointer and its
/// elements, zeroed. Traps when out of memory.
fn new_list<T: Copy>(len: usize, zero: T) -> (i32, &'static mut [T]) {
    let ptr = ml_alloc((LIST_HEADER + len * 8) as i32);
    if ptr == 0 {
        wasm32::unreachable();
    }
    let at = ptr as u32 as usize;
    let data = at + LIST_HEADER;
    // SAFETY: `ml_alloc` returned `LIST_HEADER + len * 8` fresh, 8-aligned bytes at `at`.
    unsafe {
        let h = at as *mut u32;
        h.write(len as u32);
        h.add(1).write(len as u32);
        h.add(2).write(data as u32);
        h.add(3).write(0);
        let items = core::slice::from_raw_parts_mut(data as *mut T, len);
        items.fill(zero);
        (ptr, items)
    }
}

fn size(n: i64) -> usize {
    usize::try_from(n).unwrap_or_else(|_| wasm32::unreachable())
}

#[unsafe(no_mangle)]
pub extern "C" fn fib(n: i64) -> i64 {
    algorithms::fib(n)
}

#[unsafe(no_mangle)]
pub extern "C" fn matmul(a: i32, b: i32, n: i64) -> i32 {
    let n = size(n);
    let (c, out) = new_list(n * n, 0.0_f64);
    algorithms::matmul(elements(a), elements(b), n, out);
    c
}

#[unsafe(no_mangle)]
pub extern "C" fn xor_cipher(data: i32, key: i32) -> i32 {
    let data: &[i64] = elements(data);
    let (r, out) = new_list(data.len(), 0_i64);
    algorithms::xor_cipher(data, elements(key), out);
    r
}

#[unsafe(no_mangle)]
pub extern "C" fn monte_carlo_pi(samples: i64, seed: i64) -> f64 {
    algorithms::monte_carlo_pi(samples as u64, seed as u64)
}

#[unsafe(no_mangle)]
pub extern "C" fn mandelbrot(width: i64, height: i64, max_iter: i64) -> i32 {
    let (width, height) = (size(width), size(height));
    let (r, out) = new_list(width * height, 0_i64);
    algorithms::mandelbrot(width, height, max_iter, out);
    r
}

#[unsafe(no_mangle)]
pub extern "C" fn box_blur(src: i32, width: i64, height: i64) -> i32 {
    let (width, height) = (size(width), size(height));
    let (r, out) = new_list(width * height, 0.0_f64);
    algorithms::box_blur(elements(src), width, height, out);
    r
}
