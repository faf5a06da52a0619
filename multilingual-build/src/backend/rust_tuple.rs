//! Tuples in generated Rust. Inside a kernel a tuple holds its strings as shared `Str`s (and its
//! `bytes` as shared `Bytes`); across a function boundary (parameters and results, between
//! kernels and towards callers) it holds `String`s (and `Vec<u8>`s), as a `str` result does.
//! The conversions here serve strings and `bytes` on their own too.

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

/// Does a value of this type look different across the boundary (does it hold a string or a
/// `bytes`)?
pub fn differs_at_boundary(ty: &Type) -> bool {
    match ty {
        Type::Str | Type::Bytes => true,
        Type::Tuple(items) => items.iter().any(differs_at_boundary),
        _ => false,
    }
}

/// `value` (a tuple, string or `bytes` inside a kernel) as it crosses the boundary.
pub fn to_boundary(ty: &Type, value: TokenStream) -> TokenStream {
    convert(ty, value, &|t, v| {
        if *t == Type::Bytes {
            quote!((#v).to_vec_value())
        } else {
            quote!((#v).to_string_value())
        }
    })
}

/// `value` (a tuple, string or `bytes` as it crossed the boundary) as a kernel holds it.
pub fn from_boundary(ty: &Type, value: TokenStream) -> TokenStream {
    convert(ty, value, &|t, v| {
        let t = rust_type(t);
        quote!(#t::from(#v))
    })
}

/// `value` with each string or `bytes` in it converted by `leaf`.
fn convert(
    ty: &Type,
    value: TokenStream,
    leaf: &dyn Fn(&Type, TokenStream) -> TokenStream,
) -> TokenStream {
    match ty {
        Type::Str | Type::Bytes => leaf(ty, value),
        Type::Tuple(items) if differs_at_boundary(ty) => {
            let fields = items.iter().enumerate().map(|(k, t)| {
                let k = syn::Index::from(k);
                convert(t, quote!(__v.#k), leaf)
            });
            quote!({ let __v = #value; (#(#fields,)*) })
        }
        _ => value,
    }
}
