//! Type annotations to types.

use crate::ast::{TypeExpr, TypeName};
use crate::diagnostic::Diagnostic;
use crate::types::Type;
use crate::vocabulary::{Builtin, Lexicon};

/// The most items a tuple may have (the runtime marshals tuples up to this size).
pub const MAX_TUPLE: usize = 12;

/// The type an annotation names.
pub fn resolve(t: &TypeExpr, lexicon: &Lexicon) -> Result<Type, Diagnostic> {
    let builtin = match &t.base {
        TypeName::Builtin(b) => Some(*b),
        TypeName::Name(n) => lexicon.builtin(n),
        TypeName::None => {
            return Err(Diagnostic::error(t.span, "`None` is not a value type in kernels")
                .label("here")
                .note("leave out `-> None`: a function without a result annotation returns nothing"));
        }
    };
    let name = match &t.base {
        TypeName::Name(n) => n.clone(),
        _ => builtin.map_or_else(String::new, |b| b.python_name().to_string()),
    };
    let scalar = |ty: Type| -> Result<Type, Diagnostic> {
        if t.args.is_empty() {
            Ok(ty)
        } else {
            Err(
                Diagnostic::error(t.span, format!("`{name}` takes no element type"))
                    .label("remove the brackets"),
            )
        }
    };
    match builtin {
        Some(Builtin::Int) => scalar(Type::Int),
        Some(Builtin::Float) => scalar(Type::Float),
        Some(Builtin::Bool) => scalar(Type::Bool),
        Some(Builtin::List) => match t.args.as_slice() {
            [elem] => Ok(Type::list(resolve(elem, lexicon)?)),
            [] => Err(Diagnostic::error(t.span, format!("`{name}` needs an element type"))
                .label("element type missing")
                .note(format!("write `{name}[int]`, `{name}[float]` or `{name}[bool]`, with the type names of the file's language"))),
            _ => Err(Diagnostic::error(t.span, format!("`{name}` takes one element type"))
                .label("too many element types")),
        },
        Some(Builtin::Str) => scalar(Type::Str),
        Some(Builtin::Bytes) => scalar(Type::Bytes),
        Some(Builtin::Dict) => Err(unsupported(t, "dictionaries")),
        Some(Builtin::Tuple) => {
            if t.args.is_empty() {
                return Err(Diagnostic::error(t.span, format!("`{name}` needs its item types"))
                    .label("item types missing")
                    .note(format!("write `{name}[int, float]`, with the type names of the file's language")));
            }
            if t.args.len() > MAX_TUPLE {
                return Err(Diagnostic::error(t.span, format!("not supported in kernels: tuples of more than {MAX_TUPLE} items"))
                    .label("too many items"));
            }
            let items = t
                .args
                .iter()
                .map(|a| resolve(a, lexicon))
                .collect::<Result<Vec<_>, _>>()?;
            let ty = Type::Tuple(items);
            if !ty.fits_in_tuple() {
                return Err(Diagnostic::error(t.span, "a tuple cannot hold a list")
                    .label("list inside a tuple")
                    .note("tuples hold numbers, bools, strings, bytes and tuples; a list has one owner, so return it on its own or fill a list parameter"));
            }
            Ok(ty)
        }
        Some(Builtin::Set) | Some(Builtin::Frozenset) => Err(unsupported(t, "sets")),
        Some(Builtin::Bytearray) => Err(unsupported(t, "bytearray")
            .note("`bytes` values cannot be changed in place: build a new `bytes` (`bytes(xs)` of a list of ints)")),
        _ => Err(Diagnostic::error(t.span, format!("unknown type `{name}`"))
            .label("not a type")
            .note("kernel types are int, float, bool, str, bytes, list[T] and tuple[T, ...], written in the file's language")),
    }
}

/// The result type of a function (`-> None` means no result).
pub fn resolve_result(t: &TypeExpr, lexicon: &Lexicon) -> Result<Option<Type>, Diagnostic> {
    if t.base == TypeName::None {
        return Ok(None);
    }
    resolve(t, lexicon).map(Some)
}

fn unsupported(t: &TypeExpr, what: &str) -> Diagnostic {
    Diagnostic::error(t.span, format!("not supported in kernels yet: {what}"))
        .label("type")
        .note("kernel types are int, float, bool, str, bytes, list[T] and tuple[T, ...]")
}
