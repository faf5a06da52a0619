//! `include_ml!("kernels/matrix.ml")`: compiles a multilingual kernel file at build time into
//! native Rust functions, an embedded WebAssembly module and a dispatcher with the same
//! signatures. Use it through `multilingual_runtime::include_ml!`.

use multilingual_build::emit;
use multilingual_build::{SourceFile, parse_lang};
use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

struct Input {
    path: LitStr,
    lang: Option<LitStr>,
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Input> {
        let path: LitStr = input.parse()?;
        let mut lang = None;
        while input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let value: LitStr = input.parse()?;
            if key == "lang" {
                lang = Some(value);
            } else {
                return Err(syn::Error::new(
                    key.span(),
                    "unknown option; expected `lang = \"fr\"`",
                ));
            }
        }
        Ok(Input { path, lang })
    }
}

/// Compiles a `.ml` kernel file (path relative to `CARGO_MANIFEST_DIR`) into the items of the
/// current module: `native::f`, `wasm::f` (returning `Result`) and the dispatcher `f`.
///
/// ```ignore
/// mod matrix { multilingual_runtime::include_ml!("kernels/matrix.ml"); }
/// mod fr { multilingual_runtime::include_ml!("kernels/fib.ml", lang = "fr"); }
/// ```
#[proc_macro]
pub fn include_ml(input: TokenStream) -> TokenStream {
    let input = match syn::parse::<Input>(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error().into(),
    };
    expand(&input).into()
}

fn expand(input: &Input) -> proc_macro2::TokenStream {
    let span = input.path.span();
    let rel = input.path.value();
    let lang = match &input.lang {
        None => None,
        Some(l) => match parse_lang(&l.value()) {
            Some(lang) => Some(lang),
            None => {
                return syn::Error::new(
                    l.span(),
                    format!(
                        "unknown language `{}`; use a code such as \"fr\", \"zh\" or \"hi\"",
                        l.value()
                    ),
                )
                .to_compile_error();
            }
        },
    };
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let full = std::path::Path::new(&root).join(&rel);
    let text = match std::fs::read_to_string(&full) {
        Ok(t) => t,
        Err(e) => {
            return syn::Error::new(span, format!("cannot read `{}`: {e}", full.display()))
                .to_compile_error();
        }
    };
    let full_str = full.to_string_lossy().to_string();
    // Tracks the file: editing it rebuilds the crate.
    let track = quote!(
        const _: &[u8] = include_bytes!(#full_str);
    );
    let file = SourceFile::new(rel.clone(), text);
    // The module is embedded, not precompiled: see `emit::expand`.
    match emit::expand(file.clone(), lang) {
        Ok(items) => quote!(#track #items),
        Err(diagnostics) => {
            let message = format!(
                "multilingual kernel failed to compile\n{}\n",
                render_separately(&diagnostics)
            );
            let error = syn::Error::new(span, message).to_compile_error();
            let stubs = multilingual_build::compile::parse_only(&file, lang)
                .map(|(module, lexicon)| emit::stubs(&module, lexicon))
                .unwrap_or_default();
            quote!(#track #error #stubs)
        }
    }
}

/// Renders each error on its own, separated by a blank line as rustc separates its errors
/// (`Diagnostics::render` puts the next `error:` right under the previous excerpt).
fn render_separately(diagnostics: &multilingual_build::Diagnostics) -> String {
    diagnostics
        .errors
        .iter()
        .map(|d| {
            let one = multilingual_build::Diagnostics {
                file: diagnostics.file.clone(),
                errors: vec![d.clone()],
            };
            one.render().trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}
