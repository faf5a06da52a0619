// A file without a `# lang:` pragma whose only keyword, `retorna`, is Spanish and Portuguese
// alike. (The kernel has no comment: detection also counts the words of comments.)
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/ambiguous_language.ml");
}

fn main() {}
