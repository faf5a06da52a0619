// An option other than `lang`.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/valid_fr.ml", langue = "fr");
}

fn main() {}
