//! The process does not grow across a million calls on either path, lists in and out included:
//! each call's allocations (host copies, the instance's heap, result vectors) are given back.
//! One test in its own binary, so that no other test allocates while it measures.

mod builders {
    multilingual_runtime::include_ml!("tests/memory/builders.ml");
}

/// Resident memory of this process in bytes (Linux: `VmRSS` in `/proc/self/status`).
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[test]
fn a_million_calls_do_not_grow_the_process() {
    let calls = |n: usize| {
        for _ in 0..n {
            let xs = builders::wasm::grow(16).expect("runs");
            assert_eq!(xs.len(), 16);
            assert_eq!(builders::native::grow(16), xs);
            assert_eq!(builders::wasm::build(4).expect("runs"), 8);
        }
    };
    // Warm up: the instance, its memory and the allocator's pools reach their working size.
    calls(20_000);
    let Some(before) = resident_bytes() else {
        eprintln!("no /proc/self/status here: resident memory not measured");
        calls(1_000_000);
        return;
    };
    calls(1_000_000);
    let after = resident_bytes().expect("read before");
    // Any per-call leak of even one small allocation would add tens of megabytes.
    assert!(
        after <= before + 2 * 1024 * 1024,
        "resident memory grew from {before} to {after} bytes over a million calls"
    );
}
