// A keyword of another human language: the French `si` in an English file.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/foreign_keyword_en.ml");
}

fn main() {}
