//! Whole programs (top-level statements with `print`): stdout on the native path and on the
//! wasm path must equal the Python reference's stdout byte for byte (recorded in
//! `tests/programs/<name>.stdout` by `scripts/record_programs.py`).

use multilingual_runtime::{Backend, capture_output, set_backend};
use std::sync::Mutex;

mod stats_fr {
    multilingual_runtime::include_ml!("tests/programs/stats_fr.ml");
}
mod countdown_ja {
    multilingual_runtime::include_ml!("tests/programs/countdown_ja.ml");
}
mod shapes_en {
    multilingual_runtime::include_ml!("tests/programs/shapes_en.ml");
}
mod collatz_es {
    multilingual_runtime::include_ml!("tests/programs/collatz_es.ml");
}
mod grid_de {
    multilingual_runtime::include_ml!("tests/programs/grid_de.ml");
}
mod words_en {
    multilingual_runtime::include_ml!("tests/programs/words_en.ml");
}

/// The backend is process-wide; tests that set it take turns.
static BACKEND: Mutex<()> = Mutex::new(());

fn expected(name: &str) -> String {
    let path = format!(
        "{}/tests/programs/{name}.stdout",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check(
    name: &str,
    native: fn(),
    wasm: fn() -> Result<(), multilingual_runtime::Error>,
    main: fn(),
) {
    let want = expected(name);
    let ((), out) = capture_output(native);
    assert_eq!(out, want, "{name}: native stdout");
    let (r, out) = capture_output(wasm);
    r.unwrap_or_else(|e| panic!("{name}: wasm failed: {e}"));
    assert_eq!(out, want, "{name}: wasm stdout");
    let _guard = BACKEND.lock().unwrap_or_else(|p| p.into_inner());
    for backend in [Backend::Native, Backend::Wasm] {
        set_backend(backend);
        let ((), out) = capture_output(main);
        assert_eq!(out, want, "{name}: dispatcher on {backend:?}");
    }
    set_backend(Backend::Auto);
}

#[test]
fn stats_fr() {
    check(
        "stats_fr",
        stats_fr::native::main,
        stats_fr::wasm::main,
        stats_fr::main,
    );
}

#[test]
fn countdown_ja() {
    check(
        "countdown_ja",
        countdown_ja::native::main,
        countdown_ja::wasm::main,
        countdown_ja::main,
    );
}

#[test]
fn shapes_en() {
    check(
        "shapes_en",
        shapes_en::native::main,
        shapes_en::wasm::main,
        shapes_en::main,
    );
}

#[test]
fn grid_de() {
    check(
        "grid_de",
        grid_de::native::main,
        grid_de::wasm::main,
        grid_de::main,
    );
}

#[test]
fn collatz_es() {
    check(
        "collatz_es",
        collatz_es::native::main,
        collatz_es::wasm::main,
        collatz_es::main,
    );
}

#[test]
fn words_en() {
    check(
        "words_en",
        words_en::native::main,
        words_en::wasm::main,
        words_en::main,
    );
}
