//! Whole programs (top-level statements with `print`): stdout on the native path, on the wasm
//! path and through the dispatcher on each backend must equal the Python reference's stdout byte
//! for byte (recorded in `tests/programs/<name>.stdout` by `scripts/record_programs.py`).

use multilingual_runtime::{Backend, capture_output, set_backend};
use std::sync::Mutex;

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

/// One test per program file.
macro_rules! programs {
    ($($name:ident => $file:literal),* $(,)?) => {$(
        mod $name {
            multilingual_runtime::include_ml!($file);
        }
        #[test]
        fn $name() {
            check(stringify!($name), $name::native::main, $name::wasm::main, $name::main);
        }
    )*};
}

programs!(
    lists_en => "tests/programs/lists_en.ml",
    tuples_en => "tests/programs/tuples_en.ml",
    tuple_lists_en => "tests/programs/tuple_lists_en.ml",
    stats_fr => "tests/programs/stats_fr.ml",
    countdown_ja => "tests/programs/countdown_ja.ml",
    shapes_en => "tests/programs/shapes_en.ml",
    grid_de => "tests/programs/grid_de.ml",
    collatz_es => "tests/programs/collatz_es.ml",
    words_en => "tests/programs/words_en.ml",
    caesar_pl => "tests/programs/caesar_pl.ml",
    report_it => "tests/programs/report_it.ml",
    integrate_sv => "tests/programs/integrate_sv.ml",
    words_zh => "tests/programs/words_zh.ml",
    stats_nl => "tests/programs/stats_nl.ml",
    calendar_nl => "tests/programs/calendar_nl.ml",
    xor_da => "tests/programs/xor_da.ml",
    primes_fi => "tests/programs/primes_fi.ml",
    strings_pt => "tests/programs/strings_pt.ml",
    recursion_hi => "tests/programs/recursion_hi.ml",
    matrix_ar => "tests/programs/matrix_ar.ml",
    loan_ar => "tests/programs/loan_ar.ml",
    newton_bn => "tests/programs/newton_bn.ml",
    fizzbuzz_ta => "tests/programs/fizzbuzz_ta.ml",
    life_ta => "tests/programs/life_ta.ml",
    temperatures_fr => "tests/programs/temperatures_fr.ml",
    sorting_es => "tests/programs/sorting_es.ml",
    integration_de => "tests/programs/integration_de.ml",
    hashes_it => "tests/programs/hashes_it.ml",
    textanalys_sv => "tests/programs/textanalys_sv.ml",
    series_pl => "tests/programs/series_pl.ml",
    montecarlo_zh => "tests/programs/montecarlo_zh.ml",
    rsa_ja => "tests/programs/rsa_ja.ml",
    checksums_en => "tests/programs/checksums_en.ml",
    matrices_fr => "tests/programs/matrices_fr.ml",
    determinant_de => "tests/programs/determinant_de.ml",
    blur_es => "tests/programs/blur_es.ml",
    sobel_it => "tests/programs/sobel_it.ml",
    histogram_pt => "tests/programs/histogram_pt.ml",
    floodfill_pl => "tests/programs/floodfill_pl.ml",
    life_nl => "tests/programs/life_nl.ml",
    pascal_sv => "tests/programs/pascal_sv.ml",
    magic_da => "tests/programs/magic_da.ml",
    paths_fi => "tests/programs/paths_fi.ml",
    wordsearch_zh => "tests/programs/wordsearch_zh.ml",
    tictactoe_ja => "tests/programs/tictactoe_ja.ml",
    spreadsheet_hi => "tests/programs/spreadsheet_hi.ml",
    rotate_bn => "tests/programs/rotate_bn.ml",
    euclid_fr => "tests/programs/euclid_fr.ml",
    gauss_de => "tests/programs/gauss_de.ml",
    stats_es => "tests/programs/stats_es.ml",
    geometry_zh => "tests/programs/geometry_zh.ml",
    swaps_ja => "tests/programs/swaps_ja.ml",
    text_hi => "tests/programs/text_hi.ml",
    fractions_ar => "tests/programs/fractions_ar.ml",
    calendar_pl => "tests/programs/calendar_pl.ml",
    bytes_en => "tests/programs/bytes_en.ml",
    bytes_fr => "tests/programs/bytes_fr.ml",
    bytes_ja => "tests/programs/bytes_ja.ml",
);
