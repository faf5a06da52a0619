// An unknown name (Spanish).
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/unknown_name_es.ml");
}

fn main() {}
