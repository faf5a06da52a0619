//! The Rust back end: typed IR to the body of the `native` module, with `quote`. The output
//! calls checked helpers of `multilingual_runtime::__private::ops` for every operation that can
//! raise, and uses no `unsafe`.

use super::moved::Moved;
use super::rust_tuple;
use crate::analysis::effects::Effects;
use crate::ir::{
    BytesFn, Cmp, CmpKind, Convert, Expr, ExprKind as E, FloatOp, Function, IndexProof, IntOp,
    ListFn, ListMethod, LocalId, Program, Role, SiteId, Step, Stmt,
};
use crate::types::Type;
use crate::vocabulary::MathFn;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

/// Rust's keywords (strict, reserved and edition-dependent) that can be raw identifiers.
const RUST_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// A Rust identifier for a kernel name: raw when it is a Rust keyword, escaped when a character
/// is not allowed in Rust identifiers.
pub fn ident(name: &str) -> Ident {
    let valid = name.chars().enumerate().all(|(i, c)| {
        if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        }
    }) && !name.is_empty();
    if !valid {
        let mut out = String::from("ml_");
        for c in name.chars() {
            if unicode_ident::is_xid_continue(c) {
                out.push(c);
            } else {
                out.push_str(&format!("_u{:x}_", c as u32));
            }
        }
        return Ident::new(&out, Span::call_site());
    }
    if matches!(name, "self" | "Self" | "super" | "crate" | "_") {
        Ident::new(&format!("ml_{name}"), Span::call_site())
    } else if RUST_KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// The Rust type of a kernel value: a string is a shared `Str` and a `bytes` a shared `Bytes`,
/// except inside lists, where they are the `String` and `Vec<u8>` callers pass and receive.
pub fn rust_type(ty: &Type) -> TokenStream {
    match ty {
        Type::Str => quote!(__ml::Str),
        Type::Bytes => quote!(__ml::Bytes),
        Type::Tuple(items) => rust_tuple::inner_type(items),
        t => elem_type(t),
    }
}

/// The Rust type of a list element (and of a list: `Vec` of its element type).
pub fn elem_type(ty: &Type) -> TokenStream {
    match ty {
        Type::Int => quote!(i64),
        Type::Float => quote!(f64),
        Type::Bool => quote!(bool),
        Type::Str => quote!(::std::string::String),
        Type::Bytes => quote!(::std::vec::Vec<u8>),
        Type::List(e) => {
            let e = elem_type(e);
            quote!(::std::vec::Vec<#e>)
        }
        Type::Tuple(items) => rust_tuple::boundary_type(items),
    }
}

/// The Rust type of a function result: a `str` result is an owned `String`, a `bytes` result
/// a `Vec<u8>`.
pub fn result_type(ty: &Type) -> TokenStream {
    match ty {
        Type::Str | Type::Bytes => elem_type(ty),
        Type::Tuple(items) => rust_tuple::boundary_type(items),
        t => rust_type(t),
    }
}

/// The Rust type of a parameter: lists are borrowed slices, `&mut` when written.
pub fn param_type(local: &crate::ir::Local) -> TokenStream {
    match (&local.ty, local.role) {
        (Type::List(e), Role::Param { written: true }) => {
            let e = elem_type(e);
            quote!(&mut [#e])
        }
        (Type::List(e), _) => {
            let e = elem_type(e);
            quote!(&[#e])
        }
        (Type::Str, _) => quote!(&str),
        (Type::Bytes, _) => quote!(&[u8]),
        (t, _) => result_type(t),
    }
}

/// The signature of a function: `fn name(params) -> result`.
pub fn signature(f: &Function) -> TokenStream {
    let name = ident(&f.name);
    let params = f.param_locals().iter().map(|l| {
        let n = ident(&l.name);
        let t = param_type(l);
        quote!(#n: #t)
    });
    let result = f.result.as_ref().map(|t| {
        let t = result_type(t);
        quote!(-> #t)
    });
    quote!(fn #name(#(#params),*) #result)
}

/// All functions of the program as items of the `native` module.
pub fn native_items(program: &Program) -> TokenStream {
    let functions = program.functions.iter().map(|f| {
        let names = (0..f.locals.len()).map(|id| local_name(f, id)).collect();
        Gen { program, f, names }.function()
    });
    quote!(#(#functions)*)
}

struct Gen<'a> {
    program: &'a Program,
    f: &'a Function,
    /// The Rust name of each local, made once.
    names: Vec<Ident>,
}

fn local_name(f: &Function, id: LocalId) -> Ident {
    let l = &f.locals[id];
    match l.role {
        Role::Temp => format_ident!("__t{}", id),
        _ => ident(&l.name),
    }
}

fn site(s: SiteId) -> TokenStream {
    let i = Literal::usize_unsuffixed(s as usize);
    quote!(__SITES[#i])
}

impl Gen<'_> {
    fn function(&self) -> TokenStream {
        let f = self.f;
        let name = ident(&f.name);
        let vis = if f.public { quote!(pub) } else { quote!() };
        let params = f.param_locals().iter().map(|l| {
            let n = ident(&l.name);
            let t = param_type(l);
            if l.ty.is_scalar() || l.ty.tuple_items().is_some() {
                quote!(mut #n: #t)
            } else {
                quote!(#n: #t)
            }
        });
        let result = f.result.as_ref().map(|t| {
            let t = result_type(t);
            quote!(-> #t)
        });
        // Inside the body a `str` parameter is a shared `Str`, like every other string (a
        // `bytes` parameter a shared `Bytes`).
        let str_params = f
            .param_locals()
            .iter()
            .filter(|l| rust_tuple::differs_at_boundary(&l.ty))
            .map(|l| {
                let n = ident(&l.name);
                if l.ty.is_str_or_bytes() {
                    let t = rust_type(&l.ty);
                    quote!(let mut #n = #t::new(#n);)
                } else {
                    let v = rust_tuple::from_boundary(&l.ty, quote!(#n));
                    quote!(let mut #n = #v;)
                }
            });
        let locals = f.locals.iter().enumerate().skip(f.params).map(|(i, l)| {
            let n = self.local(i);
            let t = rust_type(&l.ty);
            let init = match &l.ty {
                Type::Int => quote!(0),
                Type::Float => quote!(0.0),
                Type::Bool => quote!(false),
                Type::Str | Type::Bytes => {
                    let t = rust_type(&l.ty);
                    quote!(#t::default())
                }
                Type::List(_) => quote!(::std::vec::Vec::new()),
                Type::Tuple(_) => quote!(::core::default::Default::default()),
            };
            quote!(let mut #n: #t = #init;)
        });
        let body = self.block(&f.body);
        let tail = if f.result.is_some() && !ends_in_return(&f.body) {
            quote!(unreachable!("the checker proves every path returns"))
        } else {
            quote!()
        };
        quote! {
            #vis fn #name(#(#params),*) #result {
                #(#str_params)*
                #(#locals)*
                #body
                #tail
            }
        }
    }

    fn local(&self, id: LocalId) -> Ident {
        self.names[id].clone()
    }

    fn is_param_list(&self, id: LocalId) -> bool {
        matches!(self.f.locals[id].role, Role::Param { .. })
            && self.f.locals[id].ty.elem().is_some()
    }

    /// Statements, to be interpolated once.
    fn block(&self, stmts: &[Stmt]) -> Moved {
        Moved::new(stmts.iter().map(|s| self.stmt(s)).collect())
    }

    fn stmt(&self, s: &Stmt) -> TokenStream {
        match s {
            Stmt::Assign(id, value) => {
                let n = self.local(*id);
                let v = self.expr(value);
                quote!(#n = #v;)
            }
            Stmt::SetIndex {
                list,
                index,
                value,
                site: s,
            } => {
                let v = self.elem_value(value);
                let (lets, path) = self.place(list);
                let i = self.expr(index);
                let at = position(index, quote!(__i), quote!(#path.len()), site(*s));
                quote! {
                    {
                        let __value = #v;
                        #lets
                        let __i = #i;
                        let __index = #at;
                        #path[__index] = __value;
                    }
                }
            }
            Stmt::Append {
                list,
                value,
                site: s,
            } => {
                let (lets, path) = self.place(list);
                let v = self.elem_value(value);
                let s = site(*s);
                quote! {
                    {
                        #lets
                        let __value = #v;
                        __rt::append(&mut #path, __value, __FILE, #s);
                    }
                }
            }
            Stmt::Print { items, sep, end } => {
                let mut parts = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 && !sep.is_empty() {
                        parts.push(quote!(__line.push_str(#sep);));
                    }
                    let ty = item.ty();
                    let show = match &ty {
                        Type::Str => quote!(str),
                        Type::Float => quote!(float),
                        Type::Bool => quote!(bool),
                        Type::List(_) => quote!(list),
                        Type::Int => quote!(int),
                        // The checker prints a tuple or a `bytes` as the string `str()` makes
                        // of it.
                        Type::Tuple(_) | Type::Bytes => quote!(printed_as_str),
                    };
                    let v = match &item.kind {
                        // A literal is appended as it is, without making a `Str`.
                        E::Str(text) => quote!(#text),
                        _ if ty.is_list() => self.slice(item),
                        _ if ty == Type::Str => {
                            let v = self.expr(item);
                            quote!((#v).as_str())
                        }
                        _ => self.expr_stream(item),
                    };
                    parts.push(quote!(__print::#show(&mut __line, #v);));
                }
                if !end.is_empty() {
                    parts.push(quote!(__line.push_str(#end);));
                }
                quote! {
                    {
                        use ::multilingual_runtime::__private::print as __print;
                        let mut __line = ::std::string::String::new();
                        #(#parts)*
                        __print::finish(&__line);
                    }
                }
            }
            Stmt::Expr(e) => {
                let v = self.expr(e);
                quote!(let _ = #v;)
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let c = self.expr(cond);
                let t = self.block(then);
                if otherwise.is_empty() {
                    quote!(if #c { #t })
                } else {
                    let o = self.block(otherwise);
                    quote!(if #c { #t } else { #o })
                }
            }
            Stmt::While { cond, body } => {
                let b = self.block(body);
                if matches!(cond.kind, E::Bool(true)) {
                    quote!(loop { #b })
                } else {
                    let c = self.expr(cond);
                    quote!(while #c { #b })
                }
            }
            Stmt::ForRange {
                var,
                counter,
                stop,
                step,
                body,
            } => {
                let v = self.local(*var);
                let c = self.local(*counter);
                let e = self.local(*stop);
                let b = self.block(body);
                match step {
                    Step::Const(1) => quote! {
                        while #c < #e {
                            #v = #c;
                            #c += 1;
                            #b
                        }
                    },
                    Step::Const(k) if *k > 0 => {
                        let k = Literal::i64_suffixed(*k);
                        quote! {
                            while #c < #e {
                                #v = #c;
                                #c = __rt::range_next(#c, #e, #k);
                                #b
                            }
                        }
                    }
                    Step::Const(k) => {
                        let k = int_literal(*k);
                        quote! {
                            while #c > #e {
                                #v = #c;
                                #c = __rt::range_next(#c, #e, #k);
                                #b
                            }
                        }
                    }
                    Step::Local(t, s) => {
                        let t = self.local(*t);
                        let s = site(*s);
                        quote! {
                            __rt::check_range_step(#t, __FILE, #s);
                            while (#t > 0 && #c < #e) || (#t < 0 && #c > #e) {
                                #v = #c;
                                #c = __rt::range_next(#c, #e, #t);
                                #b
                            }
                        }
                    }
                }
            }
            Stmt::ForList {
                var,
                list,
                index,
                body,
            } => {
                let l = self.list_ref(list);
                let i = self.local(*index);
                let b = self.block(body);
                let bind = var.map(|v| {
                    let v = self.local(v);
                    let read = self.read_elem(list, quote!((#l)[#i as usize]));
                    quote!(#v = #read;)
                });
                quote! {
                    #i = -1;
                    loop {
                        #i += 1;
                        if (#i as usize) >= (#l).len() {
                            break;
                        }
                        #bind
                        #b
                    }
                }
            }
            Stmt::Break => quote!(break;),
            Stmt::Continue => quote!(continue;),
            Stmt::Return(None) => quote!(return;),
            Stmt::Return(Some(e)) => {
                let v = self.expr_stream(e);
                let v = rust_tuple::to_boundary(&e.ty(), v);
                quote!(return #v;)
            }
        }
    }

    /// A list operand as a slice reference.
    fn slice(&self, e: &Expr) -> TokenStream {
        let l = self.list_ref(e);
        quote!((&(#l)[..]))
    }

    /// A shared reference to a list: a place is borrowed where it is (its indices checked in
    /// order), any other list expression is evaluated into a temporary.
    fn list_ref(&self, e: &Expr) -> TokenStream {
        match &e.kind {
            E::Local(id) if self.is_param_list(*id) => {
                let n = self.local(*id);
                quote!((&*#n))
            }
            E::Local(id) => {
                let n = self.local(*id);
                quote!((&#n))
            }
            E::Index(list, index, s) if list.is_place() => {
                let l = self.list_ref(list);
                let i = self.expr(index);
                let at = position(index, quote!(__i), quote!(__l.len()), site(*s));
                quote!({
                    let __l = #l;
                    let __i = #i;
                    &__l[#at]
                })
            }
            _ => {
                let v = self.expr(e);
                quote!((&(#v)))
            }
        }
    }

    /// Reads the element at `place` (an element of `list`) as a value: a copy of a scalar, a
    /// `Str` of a string, a `Bytes` of a `bytes`, a clone of a list.
    fn read_elem(&self, list: &Expr, place: TokenStream) -> TokenStream {
        match list.ty().elem() {
            Some(t @ (Type::Str | Type::Bytes)) => {
                let t = rust_type(t);
                quote!(#t::new(&#place))
            }
            Some(Type::List(_)) => quote!((#place).clone()),
            Some(t @ Type::Tuple(_)) if rust_tuple::differs_at_boundary(t) => {
                rust_tuple::from_boundary(t, quote!((#place).clone()))
            }
            _ => place,
        }
    }

    /// A value to store as a list element (a string is stored as a `String`, a `bytes` as a
    /// `Vec<u8>`, also inside a tuple).
    fn elem_value(&self, e: &Expr) -> TokenStream {
        let v = self.expr_stream(e);
        match e.ty() {
            t if rust_tuple::differs_at_boundary(&t) => rust_tuple::to_boundary(&t, v),
            _ => v,
        }
    }

    /// A place to write: statements that check its indices in order into `__k0`, `__k1`, …,
    /// and the path to it (`m[__k0][__k1]`).
    fn place(&self, e: &Expr) -> (TokenStream, TokenStream) {
        let mut lets = TokenStream::new();
        let path = self.place_into(e, &mut lets, &mut 0);
        (lets, path)
    }

    fn place_into(&self, e: &Expr, lets: &mut TokenStream, n: &mut usize) -> TokenStream {
        match &e.kind {
            E::Index(list, index, s) => {
                let path = self.place_into(list, lets, n);
                let i = self.expr(index);
                let k = format_ident!("__k{}", *n);
                let at = position(index, quote!(#k), quote!(#path.len()), site(*s));
                *n += 1;
                lets.extend(quote! {
                    let #k = #i;
                    let #k = #at;
                });
                quote!(#path[#k])
            }
            E::Local(id) => {
                let n = self.local(*id);
                quote!(#n)
            }
            // The checker only writes through places.
            _ => quote!(compile_error!("not a place")),
        }
    }

    /// An index that is an int local or a literal (also once proved), which can be written
    /// more than once without evaluating anything twice.
    fn plain_index(&self, index: &Expr) -> Option<TokenStream> {
        let inner = match &index.kind {
            E::ProvedIndex(x, _) => x,
            _ => index,
        };
        match inner.kind {
            E::Int(v) => Some(int_literal(v)),
            E::Local(id) if self.f.locals[id].ty == Type::Int => {
                let n = self.local(id);
                Some(quote!(#n))
            }
            _ => None,
        }
    }

    /// An expression, to be interpolated once.
    fn expr(&self, e: &Expr) -> Moved {
        Moved::new(self.expr_stream(e))
    }

    fn expr_stream(&self, e: &Expr) -> TokenStream {
        match &e.kind {
            E::Int(v) => int_literal(*v),
            E::Float(v) => float_literal(*v),
            E::Bool(b) => quote!(#b),
            E::Local(id) => {
                let n = self.local(*id);
                if rust_tuple::differs_at_boundary(&self.f.locals[*id].ty) {
                    // A shared string: copying it copies a pointer.
                    quote!(#n.clone())
                } else {
                    quote!(#n)
                }
            }
            E::NegInt(x, s) => {
                let x = self.expr(x);
                let s = site(*s);
                quote!(__rt::neg(#x, __FILE, #s))
            }
            E::NegFloat(x) => {
                let x = self.expr(x);
                quote!((-#x))
            }
            E::InvertInt(x) => {
                let x = self.expr(x);
                quote!((!#x))
            }
            E::Not(x) => {
                let x = self.expr(x);
                quote!((!#x))
            }
            E::Int2(op, a, b, s) => {
                let a = self.expr(a);
                let b = self.expr(b);
                let s = site(*s);
                match op {
                    IntOp::And => quote!((#a & #b)),
                    IntOp::Or => quote!((#a | #b)),
                    IntOp::Xor => quote!((#a ^ #b)),
                    _ => {
                        let f = match op {
                            IntOp::Add => "add",
                            IntOp::Sub => "sub",
                            IntOp::Mul => "mul",
                            IntOp::FloorDiv => "floordiv",
                            IntOp::Mod => "modulo",
                            IntOp::Pow => "pow",
                            IntOp::Shl => "shl",
                            _ => "shr",
                        };
                        let f = format_ident!("{}", f);
                        quote!(__rt::#f(#a, #b, __FILE, #s))
                    }
                }
            }
            // A checked add: LLVM's overflow flag costs no more than the comparison wasm needs.
            E::AddToNatural(a, b, s) => {
                let a = self.expr(a);
                let b = self.expr(b);
                let s = site(*s);
                quote!(__rt::add(#a, #b, __FILE, #s))
            }
            E::NextRemainder(r, d) => {
                let r = self.expr(r);
                let d = self.expr(d);
                quote!({
                    let __r = (#r).wrapping_add(1);
                    if __r == #d {
                        ::core::hint::cold_path();
                        0
                    } else {
                        __r
                    }
                })
            }
            E::IntExact(op, a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                match op {
                    IntOp::Add => quote!((#a).wrapping_add(#b)),
                    IntOp::Sub => quote!((#a).wrapping_sub(#b)),
                    IntOp::Mul => quote!((#a).wrapping_mul(#b)),
                    // Floor division and modulo by a divisor > 0.
                    IntOp::FloorDiv => quote!((#a).div_euclid(#b)),
                    IntOp::Mod => quote!((#a).rem_euclid(#b)),
                    IntOp::Pow => quote!((#a).wrapping_pow(#b as u32)),
                    IntOp::Shl => quote!((#a).wrapping_shl(#b as u32)),
                    IntOp::Shr => quote!((#a >> (#b).min(63))),
                    IntOp::And => quote!((#a & #b)),
                    IntOp::Or => quote!((#a | #b)),
                    IntOp::Xor => quote!((#a ^ #b)),
                }
            }
            E::IntFits(op, a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                let f = match op {
                    IntOp::Add => quote!(checked_add),
                    IntOp::Sub => quote!(checked_sub),
                    _ => quote!(checked_mul),
                };
                quote!((#a).#f(#b).is_some())
            }
            E::ProvedIndex(x, _) => self.expr_stream(x),
            E::Float2(op, a, b, s) => {
                let a = self.expr(a);
                let b = self.expr(b);
                let s = site(*s);
                match op {
                    FloatOp::Add => quote!((#a + #b)),
                    FloatOp::Sub => quote!((#a - #b)),
                    FloatOp::Mul => quote!((#a * #b)),
                    FloatOp::Div => quote!(__rt::float_div(#a, #b, __FILE, #s)),
                    FloatOp::FloorDiv => quote!(__rt::float_floordiv(#a, #b, __FILE, #s)),
                    FloatOp::Mod => quote!(__rt::float_mod(#a, #b, __FILE, #s)),
                    FloatOp::Pow => quote!(__rt::float_pow(#a, #b, __FILE, #s)),
                }
            }
            E::Bool2(op, a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                match op {
                    IntOp::And => quote!((#a & #b)),
                    IntOp::Or => quote!((#a | #b)),
                    _ => quote!((#a ^ #b)),
                }
            }
            E::Compare(cmp, kind, a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                match kind {
                    CmpKind::Int | CmpKind::Float => {
                        let op = match cmp {
                            Cmp::Lt => quote!(<),
                            Cmp::Le => quote!(<=),
                            Cmp::Gt => quote!(>),
                            Cmp::Ge => quote!(>=),
                            Cmp::Eq => quote!(==),
                            Cmp::Ne => quote!(!=),
                        };
                        quote!((#a #op #b))
                    }
                    CmpKind::IntFloat | CmpKind::FloatInt => {
                        let ord = if *kind == CmpKind::IntFloat {
                            quote!(__rt::compare_int_float(#a, #b))
                        } else {
                            quote!(__rt::compare_float_int(#a, #b))
                        };
                        match cmp {
                            Cmp::Lt => quote!(#ord.is_some_and(|o| o.is_lt())),
                            Cmp::Le => quote!(#ord.is_some_and(|o| o.is_le())),
                            Cmp::Gt => quote!(#ord.is_some_and(|o| o.is_gt())),
                            Cmp::Ge => quote!(#ord.is_some_and(|o| o.is_ge())),
                            Cmp::Eq => quote!(#ord.is_some_and(|o| o.is_eq())),
                            Cmp::Ne => quote!(!#ord.is_some_and(|o| o.is_eq())),
                        }
                    }
                }
            }
            E::And(a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                quote!((#a && #b))
            }
            E::Or(a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                quote!((#a || #b))
            }
            E::Cond(c, a, b) => {
                let c = self.expr(c);
                let a = self.expr(a);
                let b = self.expr(b);
                quote!((if #c { #a } else { #b }))
            }
            E::Block(stmts, value) => {
                let s = self.block(stmts);
                let v = self.expr(value);
                quote!({ #s #v })
            }
            E::Convert(c, x, s) => {
                let x = self.expr(x);
                let s = site(*s);
                match c {
                    Convert::BoolToInt => quote!((#x as i64)),
                    Convert::IntToFloat => quote!((#x as f64)),
                    Convert::FloatToInt => quote!(__rt::float_to_int(#x, __FILE, #s)),
                    Convert::IntToBool => quote!((#x != 0)),
                    Convert::FloatToBool => quote!((#x != 0.0)),
                }
            }
            E::Abs(x, s) => {
                let is_float = x.ty() == Type::Float;
                let x = self.expr(x);
                let s = site(*s);
                if is_float {
                    quote!(#x.abs())
                } else {
                    quote!(__rt::abs(#x, __FILE, #s))
                }
            }
            E::Math(f, x, s) => {
                let x = self.expr(x);
                let s = site(*s);
                let name = format_ident!(
                    "{}",
                    match f {
                        MathFn::Sqrt => "sqrt",
                        MathFn::Floor => "floor",
                        MathFn::Ceil => "ceil",
                        MathFn::Sin => "sin",
                        MathFn::Cos => "cos",
                        MathFn::Exp => "exp",
                        MathFn::Log => "log",
                    }
                );
                quote!(__rt::#name(#x, __FILE, #s))
            }
            E::Call(callee, args) => self.call(*callee, args),
            E::Len(x) => match x.kind {
                // A list in a local (a `Vec` or a slice parameter) is asked directly.
                E::Local(id) if x.ty().is_list() => {
                    let n = self.local(id);
                    quote!((#n.len() as i64))
                }
                _ => {
                    let x = self.slice(x);
                    quote!((#x.len() as i64))
                }
            },
            E::Index(list, index, s)
                if let (E::Local(id), Some(i)) = (&list.kind, self.plain_index(index)) =>
            {
                // A list in a local indexed by a local or a literal: no bindings needed.
                let n = self.local(*id);
                let at = position(index, i, quote!(#n.len()), site(*s));
                self.read_elem(list, quote!(#n[#at]))
            }
            E::Index(list, index, s) => {
                let s = site(*s);
                let (l, binding) = if list.is_place() {
                    (self.list_ref(list), quote!(__l))
                } else {
                    (self.expr_stream(list), quote!(__l))
                };
                let i = self.expr(index);
                let at = position(index, quote!(__i), quote!(#binding.len()), s);
                let read = self.read_elem(list, quote!(#binding[#at]));
                quote!({
                    let __l = #l;
                    let __i = #i;
                    #read
                })
            }
            E::Take(id, _) => {
                let n = self.local(*id);
                quote!(::std::mem::take(&mut #n))
            }
            E::ListMethod(m, args, s) => self.list_method(*m, args, *s),
            E::StrSplit(x, sep, s) => {
                let s = site(*s);
                let x = self.expr(x);
                let sep = match sep {
                    Some(sep) => {
                        let v = self.expr(sep);
                        quote!(::std::option::Option::Some((#v).as_str()))
                    }
                    None => quote!(::std::option::Option::None),
                };
                quote!({
                    let __a = #x;
                    __ml::str_split(__a.as_str(), #sep, __FILE, #s)
                })
            }
            E::StrJoin(sep, items, _) => {
                let sep = self.expr(sep);
                let l = self.list_ref(items);
                quote!({
                    let __s = #sep;
                    let __l = #l;
                    __ml::Str::new(
                        &__ml::str_join(__s.as_str(), &__l[..]),
                    )
                })
            }
            E::Slice(x, parts, s) => {
                let s = site(*s);
                let bounds = parts.iter().map(|p| match p {
                    Some(e) => {
                        let v = self.expr(e);
                        quote!(::std::option::Option::Some(#v))
                    }
                    None => quote!(::std::option::Option::None),
                });
                if x.ty().is_str_or_bytes() {
                    let v = self.expr(x);
                    quote!({
                        let __a = #v;
                        let __b = [#(#bounds),*];
                        __a.slice(__b, __FILE, #s)
                    })
                } else {
                    let l = self.list_ref(x);
                    quote!({
                        let __l = #l;
                        let __b = [#(#bounds),*];
                        __rt::slice_list(&__l[..], __b, __FILE, #s)
                    })
                }
            }
            E::CopyList(x, s) => {
                let x = self.slice(x);
                let s = site(*s);
                quote!(__rt::copy_list(#x, __FILE, #s))
            }
            E::ListFn(f, x, s) => {
                let elem = x.ty().elem().cloned().unwrap_or(Type::Int);
                let x = self.slice(x);
                let s = site(*s);
                let name = match (f, elem) {
                    (ListFn::Sum, Type::Float) => "sum_float",
                    (ListFn::Sum, Type::Bool) => "sum_bool",
                    (ListFn::Sum, _) => "sum_int",
                    (ListFn::Min, _) => "min",
                    (ListFn::Max, _) => "max",
                };
                let name = format_ident!("{}", name);
                quote!(__rt::#name(#x, __FILE, #s))
            }
            E::ListLit(elem, items, s) => {
                let t = elem_type(elem);
                if items.is_empty() {
                    quote!(::std::vec::Vec::<#t>::new())
                } else {
                    let s = site(*s);
                    let items = items.iter().map(|i| self.elem_value(i));
                    quote!(__rt::list([#(#items),*], __FILE, #s))
                }
            }
            E::ListRepeat(value, count, s) => {
                let v = self.elem_value(value);
                let c = self.expr(count);
                let s = site(*s);
                quote!(__rt::repeat(#v, #c, __FILE, #s))
            }
            E::Str(text) => quote!(__ml::Str::new(#text)),
            E::Bytes(b) => {
                let b = Literal::byte_string(b);
                quote!(__ml::Bytes::new(#b))
            }
            E::StrConcat(a, b, _) => {
                let (a, b) = (self.expr(a), self.expr(b));
                quote!({ let __a = #a; let __b = #b; __a.concat(&__b) })
            }
            E::StrRepeat(x, n, s) => {
                let (x, n, s) = (self.expr(x), self.expr(n), site(*s));
                quote!({ let __a = #x; let __n = #n; __a.repeat(__n, __FILE, #s) })
            }
            E::StrCompare(cmp, a, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                let op = match cmp {
                    Cmp::Lt => quote!(<),
                    Cmp::Le => quote!(<=),
                    Cmp::Gt => quote!(>),
                    Cmp::Ge => quote!(>=),
                    Cmp::Eq => quote!(==),
                    Cmp::Ne => quote!(!=),
                };
                quote!({ let __a = #a; let __b = #b; __a #op __b })
            }
            E::StrLen(x) if x.ty() == Type::Bytes => match self.borrowed_bytes(x, None) {
                Some(n) => quote!(#n.len()),
                None => {
                    let x = self.expr(x);
                    quote!((#x).len())
                }
            },
            E::StrLen(x) => {
                let x = self.expr(x);
                quote!((#x).len_chars())
            }
            E::StrIndex(x, i, s) | E::BytesIndex(x, i, s) => {
                let borrowed = match e.kind {
                    E::BytesIndex(..) => self.borrowed_bytes(x, Some(i)),
                    _ => None,
                };
                let (i, s) = (self.expr(i), site(*s));
                match borrowed {
                    Some(n) => quote!({ let __i = #i; #n.index(__i, __FILE, #s) }),
                    None => {
                        let x = self.expr(x);
                        quote!({ let __a = #x; let __i = #i; __a.index(__i, __FILE, #s) })
                    }
                }
            }
            E::StrContains(needle, hay) => {
                let (n, h) = (self.expr(needle), self.expr(hay));
                quote!({ let __n = #n; let __h = #h; __h.contains(&__n) })
            }
            E::StrTruthy(x) => {
                let view = if x.ty() == Type::Bytes {
                    quote!(as_bytes)
                } else {
                    quote!(as_str)
                };
                let x = self.expr(x);
                quote!((!(#x).#view().is_empty()))
            }
            E::ToStr(x, _) => {
                let v = self.expr(x);
                match x.ty() {
                    Type::Int => quote!(__ml::Str::from_int(#v)),
                    Type::Float => quote!(__ml::Str::from_float(#v)),
                    Type::Bool => quote!(__ml::Str::from_bool(#v)),
                    _ => v.into_stream(),
                }
            }
            E::Format(x, spec, s) => {
                let v = self.expr(x);
                let s = site(*s);
                let value = match x.ty() {
                    Type::Int => quote!(__pyfmt::Value::Int(__v)),
                    Type::Float => quote!(__pyfmt::Value::Float(__v)),
                    Type::Bool => quote!(__pyfmt::Value::Bool(__v)),
                    _ => quote!(__pyfmt::Value::Str(__v.as_str())),
                };
                quote!({
                    use ::multilingual_runtime::pyfmt as __pyfmt;
                    let __v = #v;
                    __ml::format(#value, #spec, __FILE, #s)
                })
            }
            E::StrFn(op, args, s) => {
                let (name, s) = (format_ident!("{}", format!("{op:?}")), site(*s));
                let f = quote!(__p::str_fn(__p::StrFn::#name, &__args, __FILE, #s));
                self.runtime_fn(f, args, &op.result())
            }
            // `bytes(xs)` reads the list in place.
            E::BytesFn(BytesFn::FromInts, args, s) if args.len() == 1 => {
                let (xs, s) = (self.slice(&args[0]), site(*s));
                quote!(__ml::bytes_from_ints(#xs, __FILE, #s))
            }
            E::BytesFn(op, args, s) => {
                let (name, s) = (format_ident!("{}", format!("{op:?}")), site(*s));
                let f = quote!(__p::bytes_fn(__p::BytesFn::#name, &__args, __FILE, #s));
                self.runtime_fn(f, args, &op.result())
            }
            E::StrRepr(x, _) => {
                let x = self.expr(x);
                quote!((#x).repr())
            }
            E::Tuple(items, _) => {
                let items = items.iter().map(|x| self.expr(x));
                quote!((#(#items,)*))
            }
            E::TupleGet(x, k) => {
                let k = syn::Index::from(*k);
                match &x.kind {
                    E::Local(id) => {
                        let n = self.local(*id);
                        quote!(::core::clone::Clone::clone(&#n.#k))
                    }
                    _ => {
                        let x = self.expr(x);
                        quote!((#x).#k)
                    }
                }
            }
            E::ListTruthy(x) => {
                let x = self.slice(x);
                quote!((!#x.is_empty()))
            }
        }
    }

    /// A `bytes` local to read in place: borrowed rather than shared anew (a hot loop indexes it
    /// without touching its reference count), unless evaluating `then`, which comes after it,
    /// assigns it.
    fn borrowed_bytes(&self, e: &Expr, then: Option<&Expr>) -> Option<Ident> {
        match e.kind {
            E::Local(id) if then.is_none_or(|t| !Effects::of_expr(t).assigned.contains(&id)) => {
                Some(self.local(id))
            }
            _ => None,
        }
    }

    /// The call `call` of a string or `bytes` function of the runtime, on `__args` made of
    /// `args` (as `Val`s), its result unwrapped as `result`.
    fn runtime_fn(&self, call: TokenStream, args: &[Expr], result: &Type) -> TokenStream {
        let vals = args.iter().map(|a| match a.ty() {
            Type::List(_) => {
                let l = self.slice(a);
                quote!(__p::Val::Ints(#l.to_vec()))
            }
            t => {
                let v = self.expr(a);
                match t {
                    Type::Str => quote!(__p::Val::Str(#v)),
                    Type::Bytes => quote!(__p::Val::Bytes(#v)),
                    Type::Float => quote!(__p::Val::Float(#v)),
                    Type::Bool => quote!(__p::Val::Bool(#v)),
                    _ => quote!(__p::Val::Int(#v)),
                }
            }
        });
        let into = match result {
            Type::Str => quote!(into_str),
            Type::Bytes => quote!(into_bytes),
            Type::List(_) => quote!(into_ints),
            Type::Float => quote!(into_float),
            Type::Bool => quote!(into_bool),
            _ => quote!(into_int),
        };
        quote!({
            use ::multilingual_runtime::__private as __p;
            let __args = [#(#vals),*];
            #call.#into()
        })
    }

    /// A list method through the runtime's `list_fn`.
    fn list_method(&self, m: ListMethod, args: &[Expr], s: SiteId) -> TokenStream {
        let s = site(s);
        let list = &args[0];
        let lf = quote!(__ml::list_fn);
        let value = |k: usize| args.get(k).map(|v| self.elem_value(v));
        match m {
            ListMethod::Pop => {
                let (lets, path) = self.place(list);
                let i = match args.get(1) {
                    Some(i) => {
                        let i = self.expr(i);
                        quote!(::std::option::Option::Some(#i))
                    }
                    None => quote!(::std::option::Option::None),
                };
                let popped = quote!(#lf::pop(&mut #path, __i, __FILE, #s));
                // Elements holding strings are stored as `String`s (see `elem_value`).
                let popped = match list.ty().elem() {
                    Some(t) if rust_tuple::differs_at_boundary(t) => {
                        rust_tuple::from_boundary(t, popped)
                    }
                    _ => popped,
                };
                quote!({ #lets let __i = #i; #popped })
            }
            ListMethod::Insert => {
                let (lets, path) = self.place(list);
                let i = self.expr(&args[1]);
                let v = value(2);
                quote!({ #lets let __i = #i; let __v = #v; #lf::insert(&mut #path, __i, __v, __FILE, #s); })
            }
            ListMethod::Extend => {
                let (lets, path) = self.place(list);
                let other = &args[1];
                let o = if other.is_place() {
                    let r = self.list_ref(other);
                    quote!((#r).to_vec())
                } else {
                    self.expr_stream(other)
                };
                quote!({ #lets let __o = #o; #lf::extend(&mut #path, __o, __FILE, #s); })
            }
            ListMethod::Index | ListMethod::Count => {
                let l = self.list_ref(list);
                let v = value(1);
                let call = if m == ListMethod::Index {
                    quote!(#lf::index(&__l[..], &__v, __FILE, #s))
                } else {
                    quote!(#lf::count(&__l[..], &__v))
                };
                quote!({ let __l = #l; let __v = #v; #call })
            }
            ListMethod::Contains => {
                let v = value(1);
                let l = self.list_ref(list);
                quote!({ let __v = #v; let __l = #l; #lf::contains(&__l[..], &__v) })
            }
            ListMethod::Remove => {
                let (lets, path) = self.place(list);
                let v = value(1);
                quote!({ #lets let __v = #v; #lf::remove(&mut #path, &__v, __FILE, #s); })
            }
            ListMethod::Reverse => {
                let (lets, path) = self.place(list);
                quote!({ #lets #path.reverse(); })
            }
            ListMethod::Sort => {
                let (lets, path) = self.place(list);
                quote!({ #lets #lf::sort(&mut #path[..]); })
            }
            ListMethod::Clear => {
                let (lets, path) = self.place(list);
                quote!({ #lets #path.clear(); })
            }
            ListMethod::Swap => {
                let (lets, path) = self.place(list);
                let (i, j) = (self.expr(&args[1]), self.expr(&args[2]));
                quote!({ #lets let __i = #i; let __j = #j; #lf::swap(&mut #path[..], __i, __j, __FILE, #s); })
            }
            ListMethod::Sorted => {
                let l = self.list_ref(list);
                quote!({ let __l = #l; #lf::sorted(&__l[..], __FILE, #s) })
            }
        }
    }

    /// A call: scalar and temporary arguments are evaluated in order into temporaries, then list
    /// variables are borrowed (shared, or mutably when the callee writes into them).
    fn call(&self, callee: usize, args: &[Expr]) -> TokenStream {
        let target = &self.program.functions[callee];
        let name = ident(&target.name);
        let mut lets = Vec::new();
        let mut passed = Vec::new();
        let mut places = 0;
        for (i, (arg, param)) in args.iter().zip(target.param_locals()).enumerate() {
            let written = matches!(param.role, Role::Param { written: true });
            let tmp = format_ident!("__a{}", i);
            if param.ty.is_str_or_bytes() {
                let v = self.expr(arg);
                let view = if param.ty == Type::Bytes {
                    quote!(as_bytes)
                } else {
                    quote!(as_str)
                };
                lets.push(quote!(let #tmp = #v;));
                passed.push(quote!(#tmp.#view()));
                continue;
            }
            if param.ty.tuple_items().is_some() {
                let v = rust_tuple::to_boundary(&param.ty, self.expr_stream(arg));
                lets.push(quote!(let #tmp = #v;));
                passed.push(quote!(#tmp));
                continue;
            }
            match (&arg.kind, param.ty.is_scalar()) {
                (_, true) => {
                    let v = self.expr(arg);
                    lets.push(quote!(let #tmp = #v;));
                    passed.push(quote!(#tmp));
                }
                (_, false) if arg.is_place() => {
                    let mut place_lets = TokenStream::new();
                    let path = self.place_into(arg, &mut place_lets, &mut places);
                    lets.push(place_lets);
                    passed.push(if written {
                        quote!(&mut #path[..])
                    } else {
                        quote!(&#path[..])
                    });
                }
                (_, false) => {
                    let v = self.expr(arg);
                    lets.push(quote!(let mut #tmp = #v;));
                    passed.push(if written {
                        quote!(&mut #tmp[..])
                    } else {
                        quote!(&#tmp[..])
                    });
                }
            }
        }
        match &target.result {
            Some(t) => {
                let v = rust_tuple::from_boundary(t, quote!(#name(#(#passed),*)));
                quote!({ #(#lets)* #v })
            }
            None => quote!({ #(#lets)* #name(#(#passed),*) }),
        }
    }
}

/// The position in a list of length `len` of index `index`, whose value is bound to `i`: checked
/// as Python checks it, or less where the index is proved (an out-of-range index raises).
fn position(index: &Expr, i: TokenStream, len: TokenStream, s: TokenStream) -> TokenStream {
    match index.kind {
        E::ProvedIndex(_, IndexProof::InBounds) => quote!(__rt::proved_index(#i, #len)),
        E::ProvedIndex(_, IndexProof::NonNegative) => quote!({
            if (#i as u64) >= (#len as u64) {
                __rt::index(#i, #len, __FILE, #s);
            }
            #i as usize
        }),
        _ => quote!(__rt::index(#i, #len, __FILE, #s)),
    }
}

fn int_literal(v: i64) -> TokenStream {
    if v == i64::MIN {
        quote!(i64::MIN)
    } else if v < 0 {
        let l = Literal::i64_suffixed(-v);
        quote!((-#l))
    } else {
        let l = Literal::i64_suffixed(v);
        quote!(#l)
    }
}

fn float_literal(v: f64) -> TokenStream {
    if v.is_nan() {
        quote!(f64::NAN)
    } else if v.is_infinite() {
        if v > 0.0 {
            quote!(f64::INFINITY)
        } else {
            quote!(f64::NEG_INFINITY)
        }
    } else if v.is_sign_negative() {
        let l = Literal::f64_suffixed(-v);
        quote!((-#l))
    } else {
        let l = Literal::f64_suffixed(v);
        quote!(#l)
    }
}

/// Does the body end with a statement that never falls through (so rustc sees no missing value)?
fn ends_in_return(body: &[Stmt]) -> bool {
    match body.last() {
        Some(Stmt::Return(_)) => true,
        Some(Stmt::If {
            then, otherwise, ..
        }) => ends_in_return(then) && ends_in_return(otherwise),
        Some(Stmt::While { cond, body }) => matches!(cond.kind, E::Bool(true)) && !has_break(body),
        _ => false,
    }
}

fn has_break(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::Break => true,
        Stmt::If {
            then, otherwise, ..
        } => has_break(then) || has_break(otherwise),
        _ => false,
    })
}

#[cfg(test)]
mod ident_tests {
    use super::ident;

    /// Every name becomes something Rust accepts as a binding: kept, raw, or escaped.
    #[test]
    fn every_kernel_name_is_a_rust_binding() {
        let cases = [
            ("total", "total"),
            ("größe", "größe"),
            ("数组", "数组"),
            ("match", "r#match"),
            ("type", "r#type"),
            ("gen", "r#gen"),
            ("union", "union"),
            ("self", "ml_self"),
            ("_", "ml__"),
            ("अंक", "अंक"),
            ("1st", "ml_1st"),
        ];
        for (name, expected) in cases {
            let id = ident(name);
            assert_eq!(id.to_string(), expected, "{name}");
            let binding = format!("let {id} = 1;");
            assert!(
                syn::parse_str::<syn::Stmt>(&binding).is_ok(),
                "{binding} is not Rust"
            );
        }
    }
}
