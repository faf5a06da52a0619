//! Shared helpers of the examples, integration tests and benchmarks: every kernel of the
//! repository compiled through the build-script API (see `build.rs`), and a registry that calls
//! any public kernel function by file and name with dynamically typed values.

#![allow(missing_docs)]
// Kernel names in many scripts: some look alike across scripts (zh 值, ja 値).
#![allow(confusable_idents, mixed_script_confusables, uncommon_codepoints)]

/// A kernel value passed by the tests.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<Value>),
}

/// Which path a registry call runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Path {
    Native,
    Wasm,
}

/// The result of a call and the arguments afterwards (lists written by the kernel).
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub value: Option<Value>,
    pub args_after: Vec<Value>,
}

impl Value {
    pub fn int(&self) -> i64 {
        match self {
            Value::Int(v) => *v,
            Value::Bool(b) => *b as i64,
            Value::Float(f) => *f as i64,
            Value::Str(_) | Value::Bytes(_) | Value::List(_) => 0,
        }
    }
    pub fn float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            other => other.int() as f64,
        }
    }
    pub fn bool(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            other => other.int() != 0,
        }
    }
    pub fn str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            _ => String::new(),
        }
    }
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            Value::Bytes(b) => b.clone(),
            _ => Vec::new(),
        }
    }
    fn items(&self) -> &[Value] {
        match self {
            Value::List(v) => v,
            _ => &[],
        }
    }
    pub fn ints(&self) -> Vec<i64> {
        self.items().iter().map(Value::int).collect()
    }
    pub fn floats(&self) -> Vec<f64> {
        self.items().iter().map(Value::float).collect()
    }
    pub fn bools(&self) -> Vec<bool> {
        self.items().iter().map(Value::bool).collect()
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Float(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}
impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Str(v)
    }
}
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Value {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}

/// The type of a kernel parameter or result, as the compiler checked it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Int,
    Float,
    Bool,
    Str,
    Bytes,
    List(&'static Type),
}

/// A parameter of a public kernel function; `written`: a list the function writes into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub ty: Type,
    pub written: bool,
}

/// The signature of a public kernel function (`result`: `None` when it returns nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature {
    pub file: &'static str,
    pub function: &'static str,
    pub params: &'static [Param],
    pub result: Option<Type>,
}

/// Every kernel file of `examples/kernels` and `tests/languages`, `call`, and `SIGNATURES`.
pub mod registry {
    use super::{Outcome, Param, Path, Signature, Type, Value};
    include!(concat!(env!("OUT_DIR"), "/registry.rs"));
}
