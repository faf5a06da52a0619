// A parameter without a type annotation (Portuguese).
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/unannotated_parameter_pt.ml");
}

fn main() {}
