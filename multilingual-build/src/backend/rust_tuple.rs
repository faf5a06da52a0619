//! Tuples in generated Rust. Inside a kernel a tuple holds its strings as shared `Str`s; across
//! a function boundary (parameters and results, between kernels and towards callers) it holds
//! `String`s, as a `str` result does.

use super::rust::{result_type, rust_type};
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::quote;

/// The Rust type of a tuple inside a kernel: `(i64, Str)`.
pub fn inner_type(items: &[Type]) -> TokenStream {
    let items = items.iter().map(rust_type);
    quote!((#(#items,)*))
}

/// The Rust type of a tuple parameter or result: `(i64, String)`.
pub fn boundary_type(items: &[Type]) -> TokenStream {
    let items = items.iter().map(result_type);
    quote!((#(#items,)*))
}

/// Does a value of this type look different across the boundary (does it hold a string)?
pub fn differs_at_boundary(ty: &Type) -> bool {
    match ty {
        Type::Str => true,
        Type::Tuple(items) => items.iter().any(differs_at_boundary),
        _ => false,
    }
}

/// `value` (a tuple inside a kernel) as it crosses the boundary.
pub fn to_boundary(ty: &Type, value: TokenStream) -> TokenStream {
    convert(ty, value, &|v| quote!((#v).to_string_value()))
}

/// `value` (a tuple as it crossed the boundary) as a kernel holds it.
pub fn from_boundary(ty: &Type, value: TokenStream) -> TokenStream {
    convert(
        ty,
        value,
        &|v| quote!(::multilingual_runtime::__private::Str::from(#v)),
    )
}

fn convert(
    ty: &Type,
    value: TokenStream,
    string: &dyn Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    match ty {
        Type::Str => string(value),
        Type::Tuple(items) if differs_at_boundary(ty) => {
            let fields = items.iter().enumerate().map(|(k, t)| {
                let k = syn::Index::from(k);
                convert(t, quote!(__v.#k), string)
            });
            quote!({ let __v = #value; (#(#fields,)*) })
        }
        _ => value,
    }
}
