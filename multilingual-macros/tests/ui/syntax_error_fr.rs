// A syntax error (French): a missing `:` after the condition.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/syntax_error_fr.ml");
}

fn main() {}
