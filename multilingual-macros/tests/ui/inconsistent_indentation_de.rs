// Inconsistent indentation (German): a line that matches no enclosing block.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/inconsistent_indentation_de.ml");
}

fn main() {}
