//! The Rust items a kernel file becomes: the `native` module, the `wasm` module, the dispatcher
//! functions and the embedded module description, shared by `include_ml!` and the build API.

use crate::ast;
use crate::backend::rust::{elem_type, ident, native_items, param_type, result_type, signature};
use crate::check;
use crate::compile::Compiled;
use crate::diagnostic::Diagnostics;
use crate::ir::{Function, Role};
use crate::source::SourceFile;
use crate::types::Type;
use crate::vocabulary::Lang;
use crate::vocabulary::Lexicon;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

/// How generated code refers to the wasm bytes.
#[derive(Clone, Debug)]
pub enum WasmBytes<'a> {
    /// Embedded as a byte-string literal (the macro).
    Inline(&'a [u8]),
    /// `include_bytes!` of a file in `$OUT_DIR/multilingual/` (the build API writes the `.wasm`
    /// beside the `.rs`).
    OutDir(&'a str),
}

const ALLOW: &str = "non_snake_case, non_upper_case_globals, clippy::all";

fn allow() -> TokenStream {
    let lints: TokenStream = ALLOW.parse().unwrap_or_default();
    quote!(#[allow(#lints)])
}

/// What `include_ml!` expands a kernel file to, when it compiles: its items with the module
/// embedded inline. The macro reads the file, calls this and adds the file's tracking; the
/// benchmarks time it (`benches/expansion.rs`).
///
/// The macro does not precompile the module for the target: a proc macro is not told the
/// target (no `TARGET`), precompiling for every candidate architecture behind
/// `#[cfg(target_arch)]` would cost several times the expansion itself (Cranelift runs once per
/// architecture: see BENCHMARKS.md, "include_ml! expansion"), and the artifacts would be pasted
/// into the token stream rustc parses. The build-script API precompiles instead.
pub fn expand(file: SourceFile, lang: Option<Lang>) -> Result<TokenStream, Diagnostics> {
    let compiled = crate::compile::compile(file, lang)?;
    Ok(items(&compiled, WasmBytes::Inline(&compiled.wasm)))
}

/// All items for a compiled file.
pub fn items(c: &Compiled, wasm: WasmBytes<'_>) -> TokenStream {
    module_items(c, wasm, None)
}

/// All items for a compiled file whose module was also precompiled for the target: generated
/// code embeds `$OUT_DIR/multilingual/<artifact>` (made by the build API, see
/// [`crate::precompile`]) and loads it instead of compiling the `.wasm` at run time.
pub fn items_precompiled(c: &Compiled, wasm: WasmBytes<'_>, artifact: &str) -> TokenStream {
    module_items(c, wasm, Some(artifact))
}

fn module_items(c: &Compiled, wasm: WasmBytes<'_>, artifact: Option<&str>) -> TokenStream {
    let allow = allow();
    let file = c.file.path.as_str();
    let sites = c.program.sites.iter().flat_map(|s| {
        [
            Literal::u32_unsuffixed(s.line),
            Literal::u32_unsuffixed(s.column),
        ]
    });
    let n_sites = c.program.sites.len();
    let bytes = match wasm {
        WasmBytes::Inline(b) => {
            let lit = Literal::byte_string(b);
            quote!(#lit)
        }
        WasmBytes::OutDir(name) => {
            quote!(include_bytes!(
                concat!(env!("OUT_DIR"), "/multilingual/", #name)
            ))
        }
    };
    let precompiled = artifact.map(|name| {
        quote!(.with_precompiled(include_bytes!(
            concat!(env!("OUT_DIR"), "/multilingual/", #name)
        )))
    });
    let public: Vec<&Function> = c.program.functions.iter().filter(|f| f.public).collect();
    let export_names = public.iter().map(|f| f.name.as_str());
    let natives = native_items(&c.program);
    let wasm_fns = public.iter().enumerate().map(|(i, f)| wasm_function(i, f));
    let dispatchers = public.iter().map(|f| dispatcher(f));
    quote! {
        #allow
        const __FILE: &str = #file;
        #allow
        static __SITES: [::multilingual_runtime::__private::Site; #n_sites] =
            ::multilingual_runtime::__private::Site::table(&[#(#sites),*]);
        #allow
        static __ML_MODULE: ::multilingual_runtime::__private::WasmModule =
            ::multilingual_runtime::__private::WasmModule::new(__FILE, #bytes, &__SITES, &[#(#export_names),*])
                #precompiled;

        /// The kernels compiled to native Rust.
        #allow
        #[allow(unused_mut, unused_assignments, unused_variables, unused_parens, unreachable_code)]
        pub mod native {
            // Kernels whose every check the analysis removed use none of these.
            #[allow(unused_imports)]
            use super::{__FILE, __SITES};
            #[allow(unused_imports)]
            use ::multilingual_runtime::__private as __ml;
            #[allow(unused_imports)]
            use ::multilingual_runtime::__private::ops as __rt;
            #natives
        }

        /// The kernels run in wasmtime; errors come back as `Err`.
        #allow
        pub mod wasm {
            #(#wasm_fns)*
        }

        #(#dispatchers)*
    }
}

fn dispatcher(f: &Function) -> TokenStream {
    let allow = allow();
    let sig = signature(f);
    let name = ident(&f.name);
    let reborrow: Vec<TokenStream> = f
        .param_locals()
        .iter()
        .map(|l| {
            let n = ident(&l.name);
            match l.role {
                Role::Param { written: true } if !l.ty.is_scalar() => quote!(&mut *#n),
                // The closure may run twice (wasm, then native): a tuple is passed by value.
                _ if l.ty.tuple_items().is_some() => quote!(::core::clone::Clone::clone(&#n)),
                _ => quote!(#n),
            }
        })
        .collect();
    let doc = format!(
        "`{}` on the path the backend selects (see `multilingual_runtime::set_backend`).",
        f.name
    );
    quote! {
        #[doc = #doc]
        #allow
        pub #sig {
            ::multilingual_runtime::__private::dispatch(&__ML_MODULE, |__path| match __path {
                ::multilingual_runtime::__private::Path::Wasm => wasm::#name(#(#reborrow),*),
                ::multilingual_runtime::__private::Path::Native => Ok(native::#name(#(#reborrow),*)),
            })
        }
    }
}

fn wasm_function(index: usize, f: &Function) -> TokenStream {
    let name = ident(&f.name);
    let params = f.param_locals().iter().map(|l| {
        let n = ident(&l.name);
        let t = param_type(l);
        quote!(#n: #t)
    });
    let result = match &f.result {
        Some(t) => result_type(t),
        None => quote!(()),
    };
    let mut prepare = Vec::new();
    let mut wasm_types = Vec::new();
    let mut wasm_args = Vec::new();
    let mut copy_back = Vec::new();
    for (i, l) in f.param_locals().iter().enumerate() {
        let n = ident(&l.name);
        let p = format_ident!("__p{}", i);
        match &l.ty {
            Type::Int => {
                wasm_types.push(quote!(i64));
                wasm_args.push(quote!(#n));
            }
            Type::Float => {
                wasm_types.push(quote!(f64));
                wasm_args.push(quote!(#n));
            }
            Type::Bool => {
                wasm_types.push(quote!(i32));
                wasm_args.push(quote!(#n as i32));
            }
            Type::Str => {
                prepare.push(quote!(let #p = __cx.put_str(#n)?;));
                wasm_types.push(quote!(i32));
                wasm_args.push(quote!(#p));
            }
            Type::Bytes => {
                prepare.push(quote!(let #p = __cx.put_bytes(#n)?;));
                wasm_types.push(quote!(i32));
                wasm_args.push(quote!(#p));
            }
            Type::Tuple(_) => {
                prepare.push(quote!(let #p = __cx.put_tuple(&#n)?;));
                wasm_types.push(quote!(i32));
                wasm_args.push(quote!(#p));
            }
            Type::List(_) => {
                prepare.push(quote!(let #p = __cx.put_list(#n)?;));
                wasm_types.push(quote!(i32));
                wasm_args.push(quote!(#p));
                if matches!(l.role, Role::Param { written: true }) {
                    copy_back.push(quote!(__cx.copy_back(#p, #n)?;));
                }
            }
        }
    }
    let (ret_ty, finish) = match &f.result {
        None => (quote!(()), quote!(Ok(()))),
        Some(Type::Int) => (quote!(i64), quote!(Ok(__r))),
        Some(Type::Float) => (quote!(f64), quote!(Ok(__r))),
        Some(Type::Bool) => (quote!(i32), quote!(Ok(__r != 0))),
        Some(Type::Str) => (quote!(i32), quote!(__cx.get_str(__r))),
        Some(Type::Bytes) => (quote!(i32), quote!(__cx.get_bytes(__r))),
        Some(Type::List(_)) => (quote!(i32), quote!(__cx.get_list(__r))),
        Some(Type::Tuple(_)) => (quote!(i32), quote!(__cx.get_tuple(__r))),
    };
    // Writes into list arguments reach the caller even when the call fails, as in Python (the
    // writes made before the error stay); the call's own error wins over a copy-back error.
    let copy_back = if copy_back.is_empty() {
        quote!(let __r = __r?;)
    } else {
        quote! {
            let __back = (|| -> ::std::result::Result<(), ::multilingual_runtime::Error> {
                #(#copy_back)*
                Ok(())
            })();
            let __r = __r?;
            __back?;
        }
    };
    let idx = Literal::usize_unsuffixed(index);
    let doc = format!("`{}` run in wasmtime.", f.name);
    quote! {
        #[doc = #doc]
        pub fn #name(#(#params),*) -> ::std::result::Result<#result, ::multilingual_runtime::Error> {
            super::__ML_MODULE.call(|__cx| {
                #(#prepare)*
                let __r = __cx.invoke::<(#(#wasm_types,)*), #ret_ty>(#idx, (#(#wasm_args,)*));
                #copy_back
                #finish
            })
        }
    }
}

/// Items with the right signatures whose bodies are unreachable, for a file that failed to
/// compile: callers then see the one compile error, not a cascade of unknown names.
pub fn stubs(module: &ast::Module, lexicon: &Lexicon) -> TokenStream {
    let allow = allow();
    let mut natives = Vec::new();
    let mut wasms = Vec::new();
    let mut dispatchers = Vec::new();
    for f in &module.functions {
        if f.name.name.starts_with('_') {
            continue;
        }
        let name = ident(&f.name.name);
        // A parameter or result whose type cannot be resolved takes any argument (`impl Sized`)
        // or fits any use (`!`, and an inferred `R` in `wasm::`), so that the file's one error is
        // not followed by type errors at every call.
        let mut params = Vec::new();
        for p in &f.params {
            let ty =
                p.ty.as_ref()
                    .and_then(|t| check::resolve_type(t, lexicon).ok());
            let n = ident(&p.name.name);
            let t = match &ty {
                Some(Type::List(e)) => {
                    let e = elem_type(e);
                    quote!(&[#e])
                }
                Some(Type::Str) => quote!(&str),
                Some(Type::Bytes) => quote!(&[u8]),
                Some(t) => result_type(t),
                None => quote!(impl ::core::marker::Sized),
            };
            params.push(quote!(#n: #t));
        }
        let result = match &f.result {
            None => None,
            Some(t) => match check::resolve_result_type(t, lexicon) {
                Ok(None) => None,
                Ok(Some(t)) => Some(Some(result_type(&t))),
                Err(_) => Some(None),
            },
        };
        let (ret, wret, generics) = match result {
            None => (None, quote!(()), None),
            Some(Some(t)) => (Some(quote!(-> #t)), t, None),
            Some(None) => (Some(quote!(-> !)), quote!(R), Some(quote!(<R>))),
        };
        natives.push(quote!(pub fn #name(#(#params),*) #ret { unreachable!("the kernel file failed to compile") }));
        wasms.push(quote!(pub fn #name #generics (#(#params),*) -> ::std::result::Result<#wret, ::multilingual_runtime::Error> { unreachable!("the kernel file failed to compile") }));
        dispatchers.push(quote!(#allow pub fn #name(#(#params),*) #ret { unreachable!("the kernel file failed to compile") }));
    }
    quote! {
        #allow
        #[allow(unused_variables)]
        pub mod native { #(#natives)* }
        #allow
        #[allow(unused_variables)]
        pub mod wasm { #(#wasms)* }
        #(#dispatchers)*
    }
}

/// Formats generated items as readable Rust (for the build API's files and for snapshots).
pub fn pretty(tokens: &TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    }
}
