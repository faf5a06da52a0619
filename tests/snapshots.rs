//! Snapshots of what the compiler generates for every example kernel: the Rust items (formatted
//! with prettyplease) and the WebAssembly module (as WAT, printed by wasmprinter). A change in
//! code generation shows up here as a reviewable text diff (`cargo insta review`).

use multilingual_build::emit::{self, WasmBytes};
use multilingual_build::{SourceFile, compile};
use std::path::{Path, PathBuf};

/// Every example kernel and program.
fn example_kernels() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in ["examples/kernels", "examples/programs"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(sub);
        files.extend(
            std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|e| e.expect("readable directory entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "ml")),
        );
    }
    files.sort();
    files
}

fn compiled(path: &Path) -> multilingual_build::Compiled {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let name = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let text = std::fs::read_to_string(path).expect("readable kernel");
    match compile(SourceFile::new(name, text), None) {
        Ok(c) => c,
        Err(d) => panic!("{} does not compile:\n{}", path.display(), d.render()),
    }
}

fn snapshot_name(path: &Path) -> String {
    path.file_stem()
        .expect("a file stem")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn generated_rust() {
    let files = example_kernels();
    assert!(!files.is_empty());
    for path in files {
        let c = compiled(&path);
        let wasm_file = format!("{}.wasm", snapshot_name(&path));
        let rust = emit::pretty(&emit::items(&c, WasmBytes::OutDir(&wasm_file)));
        insta::assert_snapshot!(format!("{}.rs", snapshot_name(&path)), rust);
    }
}

#[test]
fn generated_wat() {
    for path in example_kernels() {
        let c = compiled(&path);
        let wat = wasmprinter::print_bytes(&c.wasm).expect("valid wasm prints as WAT");
        insta::assert_snapshot!(format!("{}.wat", snapshot_name(&path)), wat);
    }
}
