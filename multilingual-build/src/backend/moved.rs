//! Generated Rust that moves into the token stream it is interpolated in.
//!
//! `quote!` interpolates by reference, so `#x` of a plain `TokenStream` copies every token of
//! `x` (outside a proc macro each identifier is its own allocation), and the original is dropped
//! afterwards, once per level of nesting. The code generator builds each expression once and
//! interpolates it once, so it hands the tokens over instead.

use std::cell::Cell;

use proc_macro2::TokenStream;
use quote::ToTokens;

/// Tokens interpolated exactly once (`#x` in one `quote!`); they move into that stream.
pub struct Moved(Cell<Option<TokenStream>>);

impl Moved {
    pub fn new(tokens: TokenStream) -> Self {
        Moved(Cell::new(Some(tokens)))
    }

    /// The tokens themselves, for code that inspects or rewraps them.
    pub fn into_stream(self) -> TokenStream {
        self.0.into_inner().unwrap_or_default()
    }
}

impl ToTokens for Moved {
    fn to_tokens(&self, out: &mut TokenStream) {
        let tokens = self.0.take();
        debug_assert!(tokens.is_some(), "generated tokens interpolated twice");
        out.extend(tokens);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn interpolating_moves_the_tokens_in_order() {
        let a = Moved::new(quote!(x + 1));
        let b = Moved::new(quote!(y));
        assert_eq!(quote!((#a) * #b).to_string(), "(x + 1) * y");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "interpolated twice")]
    fn interpolating_twice_is_caught_in_debug_builds() {
        let a = Moved::new(quote!(x));
        let _ = quote!(#a + #a);
    }
}
