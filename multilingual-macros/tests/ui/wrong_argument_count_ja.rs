// A call with the wrong number of arguments (Japanese).
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/wrong_argument_count_ja.ml");
}

fn main() {}
