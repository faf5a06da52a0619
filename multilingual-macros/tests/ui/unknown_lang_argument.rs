// An unknown language code in the `lang = "..."` argument.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/valid_fr.ml", lang = "xx");
}

fn main() {}
