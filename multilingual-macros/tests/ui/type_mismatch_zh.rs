// A type mismatch (Chinese): a float returned from a function declared to return an int.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/type_mismatch_zh.ml");
}

fn main() {}
