//! Modules precompiled by the build script (build.rs, for the build's target): the artifact is
//! machine code for the architecture this test runs on (also when the build script ran on
//! another one, cross-compiling), it is loaded without compiling, and MULTILINGUAL_DEBUG says so;
//! an artifact made for the other architecture falls back to compiling the same module's `.wasm`.

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

/// ELF's `e_machine` of x86-64 and of aarch64 code.
const EM_X86_64: u16 = 62;
const EM_AARCH64: u16 = 183;

/// The ELF machine of code for the architecture this test was compiled for.
const THIS_MACHINE: Option<u16> = if cfg!(target_arch = "x86_64") {
    Some(EM_X86_64)
} else if cfg!(target_arch = "aarch64") {
    Some(EM_AARCH64)
} else {
    None
};

/// The machine an artifact's code is for: wasmtime's artifacts are little-endian ELF files.
fn elf_machine(artifact: &[u8]) -> Option<u16> {
    let header = artifact.get(..20)?;
    (header[..4] == *b"\x7fELF" && header[5] == 1)
        .then(|| u16::from_le_bytes([header[18], header[19]]))
}

#[test]
fn the_build_scripts_artifact_is_loaded() {
    assert_eq!(add::add(2, 3), 5);
    assert_eq!(add::wasm::add(20, 22), Ok(42));
    if PRECOMPILED {
        let artifact = add::module()
            .precompiled()
            .expect("build.rs embedded an artifact");
        assert_eq!(elf_machine(artifact), THIS_MACHINE);
        assert_eq!(add::module().origin(), Ok(Origin::Precompiled));
    }
}

#[test]
fn an_artifact_for_the_other_architecture_falls_back_to_the_wasm() {
    let (other, other_machine) = match std::env::consts::ARCH {
        "x86_64" => ("aarch64-unknown-linux-gnu", EM_AARCH64),
        "aarch64" => ("x86_64-unknown-linux-gnu", EM_X86_64),
        _ => return,
    };
    let precompiler = multilingual_build::Precompiler::new(&multilingual_build::Target::new(other))
        .expect("a Cranelift back end for the other architecture");
    let artifact = precompiler
        .precompile(add::module().bytes())
        .expect("precompiles");
    assert_eq!(elf_machine(&artifact), Some(other_machine));
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

/// This test binary, to run again in a child process: through the runner cargo ran it with when
/// the runner names itself in `MULTILINGUAL_TEST_RUNNER` (.cargo/aarch64-runner does: under
/// qemu-user, a process cannot execute an aarch64 binary by itself), else directly.
fn this_test_binary() -> Command {
    let exe = std::env::current_exe().expect("the test binary");
    match std::env::var_os("MULTILINGUAL_TEST_RUNNER") {
        Some(runner) => {
            let mut command = Command::new(runner);
            command.arg(exe);
            command
        }
        None => Command::new(exe),
    }
}

#[test]
fn debug_notice_says_where_the_code_came_from() {
    let out = this_test_binary()
        .args(["--exact", "child_calls_add_once", "--nocapture"])
        .env("MULTILINGUAL_DEBUG", "1")
        .env("MULTILINGUAL_BACKEND", "auto")
        .output()
        .expect("runs the child");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let expected = if PRECOMPILED {
        "multilingual: benches/kernels/add.ml runs on wasm (precompiled artifact)"
    } else {
        "multilingual: benches/kernels/add.ml runs on wasm (compiled from the embedded .wasm"
    };
    assert!(stderr.contains(expected), "{stderr}");
}
