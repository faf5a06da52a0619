//! Memory of the wasm path: what a call allocates is given back when the next call starts, and
//! `append` grows a list geometrically (amortized constant time per element).

mod builders {
    multilingual_runtime::include_ml!("tests/memory/builders.ml");

    /// The size of this thread's instance memory, in bytes.
    pub fn memory_size() -> usize {
        __ML_MODULE
            .call(|cx| Ok(cx.memory_size()))
            .expect("the module runs")
    }
}

#[test]
fn a_million_calls_do_not_grow_the_instance() {
    assert_eq!(builders::wasm::build(20).expect("runs"), 40);
    let before = builders::memory_size();
    for _ in 0..1_000_000 {
        builders::wasm::build(20).expect("runs");
    }
    assert_eq!(builders::memory_size(), before);
}

#[test]
fn a_million_appends_grow_geometrically() {
    let n = 1_000_000;
    let xs = builders::wasm::grow(n).expect("runs");
    assert_eq!(xs.len(), n as usize);
    assert!(xs.iter().enumerate().all(|(i, &x)| x == i as i64));
    // Copying the list on every append would need memory quadratic in `n` (the allocator is
    // reset per call, not per append); doubling needs about twice the final 8 MB.
    let size = builders::memory_size();
    assert!(
        size <= 4 * 8 * n as usize,
        "memory {size} bytes after {n} appends"
    );
    assert_eq!(builders::native::grow(n), xs);
}

#[test]
fn failing_calls_give_their_memory_back_too() {
    // Each call allocates about 100 kB and then raises IndexError, so the module's own entry
    // never gives the heap back: the next call must.
    assert!(builders::wasm::build_then_fail(1000).is_err());
    let before = builders::memory_size();
    for _ in 0..300 {
        let err = builders::wasm::build_then_fail(1000).expect_err("raises");
        assert!(err.to_string().starts_with("IndexError"), "{err}");
    }
    assert_eq!(builders::memory_size(), before);
    assert_eq!(builders::wasm::build(20).expect("runs"), 40);
}
