//! Modules precompiled by the build script (build.rs, for the build's target): loaded without
//! compiling, said so under MULTILINGUAL_DEBUG; and an artifact made for the other architecture
//! falls back to compiling the same module's `.wasm`.

use multilingual_runtime::{Origin, WasmModule};
use std::process::Command;

mod add {
    multilingual_runtime::include_kernels!("add");

    pub fn module() -> &'static multilingual_runtime::WasmModule {
        &__ML_MODULE
    }
}

/// Whether build.rs could precompile for this target (Cranelift back ends: x86-64, aarch64).
const PRECOMPILED: bool = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));

#[test]
fn the_build_scripts_artifact_is_loaded() {
    assert_eq!(add::add(2, 3), 5);
    assert_eq!(add::wasm::add(20, 22), Ok(42));
    if PRECOMPILED {
        assert!(add::module().precompiled().is_some());
        assert_eq!(add::module().origin(), Ok(Origin::Precompiled));
    }
}

#[test]
fn an_artifact_for_the_other_architecture_falls_back_to_the_wasm() {
    let other = match std::env::consts::ARCH {
        "x86_64" => "aarch64-unknown-linux-gnu",
        "aarch64" => "x86_64-unknown-linux-gnu",
        _ => return,
    };
    let precompiler = multilingual_build::Precompiler::new(&multilingual_build::Target::new(other))
        .expect("a Cranelift back end for the other architecture");
    let artifact = precompiler
        .precompile(add::module().bytes())
        .expect("precompiles");
    let m: &'static WasmModule = Box::leak(Box::new(
        WasmModule::from_bytes("add-other-arch", add::module().bytes(), &["add"])
            .with_precompiled(Box::leak(artifact.into_boxed_slice())),
    ));
    assert_eq!(m.call(|cx| cx.invoke::<(i64, i64), i64>(0, (2, 3))), Ok(5));
    match m.origin() {
        Ok(Origin::Compiled {
            artifact_rejected: Some(why),
        }) => assert!(why.contains("compiled for architecture"), "{why}"),
        other => panic!("{other:?}"),
    }
}

/// Also run alone in a child process by `debug_notice_says_where_the_code_came_from`.
#[test]
fn child_calls_add_once() {
    assert_eq!(add::add(2, 3), 5);
}

#[test]
fn debug_notice_says_where_the_code_came_from() {
    let out = Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--exact", "child_calls_add_once", "--nocapture"])
        .env("MULTILINGUAL_DEBUG", "1")
        .env("MULTILINGUAL_BACKEND", "auto")
        .output()
        .expect("runs the child");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = if PRECOMPILED {
        "multilingual: benches/kernels/add.ml runs on wasm (precompiled artifact)"
    } else {
        "multilingual: benches/kernels/add.ml runs on wasm (compiled from the embedded .wasm"
    };
    assert!(stderr.contains(expected), "{stderr}");
}
