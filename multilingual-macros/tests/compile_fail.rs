//! Compile-fail tests of `include_ml!`: each kind of kernel diagnostic as a Rust user sees it.
//!
//! trybuild compiles every `tests/ui/*.rs` as a binary of a project it generates in
//! `<target dir>/tests/trybuild/multilingual-macros/`, and that directory is the
//! `CARGO_MANIFEST_DIR` against which `include_ml!` resolves its path. The kernels are copied
//! there under the same relative path, so `include_ml!("tests/ui/kernels/k.ml")` names the same
//! file seen from this crate's directory or from trybuild's, wherever the target dir is.
//!
//! Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test -p multilingual-macros --test compile_fail`, then read them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const KERNELS: &str = "tests/ui/kernels";

/// The directory of trybuild's project: `<target dir>/tests/trybuild/multilingual-macros`, with
/// the target dir that `cargo metadata` reports, where trybuild looks it up. (The target dir
/// cannot be told from `CARGO_TARGET_TMPDIR`, which is `<target dir>/tmp`, or
/// `<target dir>/<triple>/tmp` when building with `--target`.)
fn trybuild_project() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version=1"])
        .output()
        .expect("runs cargo metadata");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON");
    let target_dir = metadata["target_directory"]
        .as_str()
        .expect("cargo metadata names the target directory");
    Path::new(target_dir).join("tests/trybuild/multilingual-macros")
}

#[test]
fn ui() {
    let project = trybuild_project();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(KERNELS);
    let to = project.join(KERNELS);
    // Start afresh so that a kernel deleted here does not linger in trybuild's copy.
    if to.exists() {
        fs::remove_dir_all(&to).expect("remove the old copy of the kernels");
    }
    fs::create_dir_all(&to).expect("create the kernels' directory in trybuild's project");
    let mut copied = 0;
    for entry in fs::read_dir(&from).expect("read tests/ui/kernels") {
        let path = entry.expect("list tests/ui/kernels").path();
        if path.extension().is_some_and(|e| e == "ml") {
            let name = path.file_name().expect("a file name");
            fs::copy(&path, to.join(name)).expect("copy a kernel");
            copied += 1;
        }
    }
    assert!(copied > 0, "no kernels found in {}", from.display());

    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
