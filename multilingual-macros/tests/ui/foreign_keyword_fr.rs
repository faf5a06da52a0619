// A keyword of another human language: the English `while` in a French file.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/foreign_keyword_fr.ml");
}

fn main() {}
