// A kernel file that fails to check still declares its functions with their signatures, so
// the Rust code that calls them compiles: the only error is the one on the include.
//
// rustc itself hides "cannot find" errors for paths into a module whose macro failed
// (`kernel::somar` below), so the glob import and the unqualified calls are what make this
// test fail if the stubs go missing; the annotated types check their signatures.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/stub_type_error_pt.ml");
}

use kernel::*;

fn main() {
    let total: i64 = somar(&[1, 2, 3]);
    let native: i64 = native::somar(&[1, 2, 3]);
    let wasm: Result<i64, multilingual_runtime::Error> = wasm::somar(&[1, 2, 3]);
    let qualified: i64 = kernel::somar(&[4, 5]);
    let mut values = vec![1.0, 2.0];
    escalar(&mut values, 2.0);
    native::escalar(&mut values, 2.0);
    let unit: Result<(), multilingual_runtime::Error> = wasm::escalar(&mut values, 0.5);
    println!("{total} {native} {wasm:?} {qualified} {values:?} {unit:?}");
}
