// A kernel file that does not exist. The message names the absolute path it tried, which
// trybuild shows relative to `$WORKSPACE`: this expects the default target dir,
// `<workspace>/target`.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/does_not_exist.ml");
}

fn main() {}
