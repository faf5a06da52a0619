// An unsupported Python construct (Arabic): a class.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/unsupported_class_ar.ml");
}

fn main() {}
