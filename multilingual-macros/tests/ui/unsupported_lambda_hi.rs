// An unsupported Python construct (Hindi): a lambda.
mod kernel {
    multilingual_runtime::include_ml!("tests/ui/kernels/unsupported_lambda_hi.ml");
}

fn main() {}
