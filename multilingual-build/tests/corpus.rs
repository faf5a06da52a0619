//! Every kernel of the repository compiles, deterministically, to a valid wasm module.

use multilingual_build::emit::{self, WasmBytes};
use multilingual_build::{SourceFile, compile};
use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["examples/kernels", "tests/languages"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("corpus directory") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_kernel_compiles_to_valid_deterministic_output() {
    let mut failures = Vec::new();
    for path in corpus() {
        let text = std::fs::read_to_string(&path).expect("read");
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        match compile(SourceFile::new(name.clone(), text.clone()), None) {
            Ok(c) => {
                let again =
                    compile(SourceFile::new(name.clone(), text), None).expect("second compile");
                assert_eq!(c.wasm, again.wasm, "{name}: wasm differs between runs");
                let rust = emit::pretty(&emit::items(&c, WasmBytes::OutDir("k.wasm")));
                let rust_again = emit::pretty(&emit::items(&again, WasmBytes::OutDir("k.wasm")));
                assert_eq!(rust, rust_again, "{name}: Rust differs between runs");
                if let Err(e) = wasmparser::Validator::new().validate_all(&c.wasm) {
                    failures.push(format!("{name}: invalid wasm: {e}"));
                }
            }
            Err(d) => failures.push(d.render()),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn blank_and_comment_lines_may_open_a_block() {
    for src in [
        "def f() -> int:\n    # a comment\n    return 1\n",
        "def f() -> int:\n\n    return 1\n",
        "def f(n: int) -> int:\n    for i in range(n):\n        # step\n\n        n += i\n    return n\n",
    ] {
        if let Err(d) =
            multilingual_build::compile(multilingual_build::SourceFile::new("k.ml", src), None)
        {
            panic!("rejected:\n{src}\n{}", d.render());
        }
    }
}
