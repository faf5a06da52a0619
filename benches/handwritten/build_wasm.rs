//! Part of the build script: compiles the hand-written benchmark kernels
//! (`benches/handwritten/wasm_module.rs`) with rustc for `wasm32-unknown-unknown`, into
//! `$OUT_DIR/handwritten/handwritten.wasm`, and writes `$OUT_DIR/handwritten/wasm.rs`, which
//! defines `pub const WASM: Result<&[u8], &str>`: the module, or why it could not be built.
//!
//! A failure never fails the build (tests and examples do not need the module): only the
//! benchmark that uses it stops, with the message (typically: the target is not installed, and
//! the `rustup` command that installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-unknown-unknown";
const SOURCE: &str = "benches/handwritten/wasm_module.rs";
const ALGORITHMS: &str = "benches/handwritten/algorithms.rs";

pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed={ALGORITHMS}");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    // Rerun when targets are added to the toolchain (rustup rewrites this file), so installing
    // the target after a failed build is enough.
    if let Some(components) = sysroot(&rustc).map(|s| s.join("lib/rustlib/components"))
        && components.is_file()
    {
        println!("cargo:rerun-if-changed={}", components.display());
    }
    let dir = PathBuf::from(std::env::var("OUT_DIR")?).join("handwritten");
    std::fs::create_dir_all(&dir)?;
    let wasm = dir.join("handwritten.wasm");
    let output = Command::new(&rustc)
        .args([
            "--edition",
            "2024",
            "--target",
            TARGET,
            "--crate-type",
            "cdylib",
        ])
        .args([
            "-C",
            "opt-level=3",
            "-C",
            "panic=abort",
            "-C",
            "strip=symbols",
        ])
        .arg("-o")
        .arg(&wasm)
        .arg(SOURCE)
        // Flags meant for the host (e.g. `-C target-cpu=native`) are not for this target.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output();
    let generated = match output {
        Ok(out) if out.status.success() => {
            format!(
                "pub const WASM: Result<&[u8], &str> = Ok(include_bytes!({:?}));\n",
                wasm.display().to_string()
            )
        }
        Ok(out) => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            failure(&rustc, &stderr)
        }
        Err(e) => failure(
            &rustc,
            &format!("cannot run {}: {e}", Path::new(&rustc).display()),
        ),
    };
    let rs = dir.join("wasm.rs");
    if std::fs::read_to_string(&rs).ok().as_deref() != Some(generated.as_str()) {
        std::fs::write(rs, generated)?;
    }
    Ok(())
}

/// The `WASM` constant for a failed compilation, with a message that says what to do.
fn failure(rustc: &std::ffi::OsStr, stderr: &str) -> String {
    let installed = sysroot(rustc).is_some_and(|s| s.join("lib/rustlib").join(TARGET).is_dir());
    let message = if installed {
        format!("rustc could not compile {SOURCE} for {TARGET}:\n{stderr}")
    } else {
        let said = stderr.lines().next().unwrap_or_default();
        format!(
            "the Rust target {TARGET} is not installed, so the hand-written wasm baseline \
             ({SOURCE}) was not built: install it with `rustup target add {TARGET}` and run the \
             benchmark again (rustc said: {said})"
        )
    };
    println!(
        "cargo:warning=benches: {}",
        message.lines().next().unwrap_or_default()
    );
    format!("pub const WASM: Result<&[u8], &str> = Err({message:?});\n")
}

fn sysroot(rustc: &std::ffi::OsStr) -> Option<PathBuf> {
    let out = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}
