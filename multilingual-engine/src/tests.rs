//! Precompiling for both supported architectures, and what is refused.

use super::{cranelift_flags, precompile, precompiler};

/// `(module (func (export "one") (result i32) i32.const 1))`
const MODULE: &[u8] = &[
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type: [] -> [i32]
    0x03, 0x02, 0x01, 0x00, // function 0 has type 0
    0x07, 0x07, 0x01, 0x03, b'o', b'n', b'e', 0x00, 0x00, // export "one"
    0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x01, 0x0b, // code: i32.const 1
];

#[test]
fn precompiles_for_x86_64_and_aarch64() {
    for target in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let artifact = precompile(MODULE, target, &[]).unwrap_or_else(|e| panic!("{target}: {e}"));
        assert_eq!(
            wasmtime::Engine::detect_precompiled(&artifact),
            Some(wasmtime::Precompiled::Module),
            "{target}"
        );
    }
}

#[test]
fn artifacts_are_deterministic() {
    let p = precompiler("aarch64-unknown-linux-gnu", &["lse"]).expect("an aarch64 engine");
    assert_eq!(p.precompile(MODULE), p.precompile(MODULE));
}

#[test]
fn artifact_for_the_host_loads_in_the_runtime_configuration() {
    let host = match std::env::consts::ARCH {
        "x86_64" => "x86_64-unknown-linux-gnu",
        "aarch64" => "aarch64-unknown-linux-gnu",
        _ => return,
    };
    if std::env::consts::OS != "linux" {
        return;
    }
    let artifact = precompile(MODULE, host, &[]).expect("precompiles");
    let engine = wasmtime::Engine::new(&super::config()).expect("engine");
    // SAFETY: the artifact was just made by `precompile` with the same wasmtime.
    let module = unsafe { wasmtime::Module::deserialize(&engine, &artifact) };
    assert!(module.is_ok(), "{:?}", module.err());
}

#[test]
fn unknown_and_unsupported_targets_are_errors() {
    assert!(precompile(MODULE, "not-a-target", &[]).is_err());
    // Cranelift's riscv64 back end is not built.
    let err = precompile(MODULE, "riscv64gc-unknown-linux-gnu", &[]).unwrap_err();
    assert!(err.contains("riscv64"), "{err}");
    assert!(precompile(b"\0asm\x01\0\0\0junk", "x86_64-unknown-linux-gnu", &[]).is_err());
}

#[test]
fn cpu_features_map_to_cranelift_flags_of_their_architecture() {
    let features = ["fxsr", "sse", "sse2", "sse4.1", "avx2", "lse"];
    let x86: Vec<_> = cranelift_flags("x86_64", &features).collect();
    assert_eq!(x86, ["has_sse41", "has_avx2"]);
    let arm: Vec<_> = cranelift_flags("aarch64", &features).collect();
    assert_eq!(arm, ["has_lse"]);
    assert!(
        precompile(
            MODULE,
            "x86_64-unknown-linux-gnu",
            &["sse4.1", "popcnt", "avx2"]
        )
        .is_ok()
    );
}
