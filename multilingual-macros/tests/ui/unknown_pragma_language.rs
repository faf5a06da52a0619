// An unknown language in the file's `# lang:` pragma.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/unknown_pragma_language.ml");
}

fn main() {}
