// Several checker errors in one file (Dutch): all of them in the one compile error.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/several_errors_nl.ml");
}

fn main() {}
