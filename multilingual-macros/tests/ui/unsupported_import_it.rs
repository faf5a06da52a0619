// An unsupported Python construct (Italian): importing a module other than `math`.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/unsupported_import_it.ml");
}

fn main() {}
