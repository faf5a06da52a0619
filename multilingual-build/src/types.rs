//! The types of the kernel language.

use std::fmt;

/// A kernel type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// 64-bit signed integer (Python `int`, overflow is an error).
    Int,
    /// IEEE 754 double (Python `float`).
    Float,
    /// `True` / `False`.
    Bool,
    /// Immutable Unicode text (Python `str`), indexed by code point.
    Str,
    /// Immutable bytes (Python `bytes`), indexed by byte (an int).
    Bytes,
    /// A list of elements of one type (scalars, strings or lists).
    List(Box<Type>),
    /// An immutable tuple of scalars, strings and tuples (`tuple[int, float]`).
    Tuple(Vec<Type>),
}

impl Type {
    /// A list of `elem`.
    pub fn list(elem: Type) -> Type {
        Type::List(Box::new(elem))
    }

    /// The element type of a list.
    pub fn elem(&self) -> Option<&Type> {
        match self {
            Type::List(e) => Some(e),
            _ => None,
        }
    }

    /// Can values of this type be changed in place (lists)? Such values have one owner.
    pub fn is_list(&self) -> bool {
        matches!(self, Type::List(_))
    }

    /// The element types of a tuple.
    pub fn tuple_items(&self) -> Option<&[Type]> {
        match self {
            Type::Tuple(items) => Some(items),
            _ => None,
        }
    }

    /// Can a tuple hold values of this type? Tuples are values: they hold no lists, so that
    /// copying a tuple never shares a list.
    pub fn fits_in_tuple(&self) -> bool {
        match self {
            Type::Tuple(items) => items.iter().all(Type::fits_in_tuple),
            Type::List(_) => false,
            _ => true,
        }
    }

    /// A list whose elements are tuples, or lists of them at any depth.
    pub fn holds_tuples(&self) -> bool {
        match self {
            Type::List(e) => matches!(**e, Type::Tuple(_)) || e.holds_tuples(),
            _ => false,
        }
    }

    /// A list whose elements are lists.
    pub fn is_nested_list(&self) -> bool {
        self.elem().is_some_and(Type::is_list)
    }

    /// A string or a `bytes`: an immutable sequence shared freely, in one layout on both paths.
    pub fn is_str_or_bytes(&self) -> bool {
        matches!(self, Type::Str | Type::Bytes)
    }

    /// Int, float or bool.
    pub fn is_scalar(&self) -> bool {
        matches!(self, Type::Int | Type::Float | Type::Bool)
    }

    /// Int or bool (bool takes part in arithmetic as 0 and 1, as in Python).
    pub fn is_intlike(&self) -> bool {
        matches!(self, Type::Int | Type::Bool)
    }

    /// Int, bool or float.
    pub fn is_numeric(&self) -> bool {
        self.is_scalar()
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int => f.write_str("int"),
            Type::Float => f.write_str("float"),
            Type::Bool => f.write_str("bool"),
            Type::Str => f.write_str("str"),
            Type::Bytes => f.write_str("bytes"),
            Type::List(e) => write!(f, "list[{e}]"),
            Type::Tuple(items) => {
                f.write_str("tuple[")?;
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str("]")
            }
        }
    }
}
