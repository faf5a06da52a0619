//! The wasm path without the `wasm` feature: the same API, never usable.

use std::convert::Infallible;
use std::marker::PhantomData;

use crate::abi::{WasmArgs, WasmRet};
use crate::error::Error;

/// Why the wasm path is unavailable without the feature.
pub(crate) const REASON: &str = "the `wasm` feature of multilingual-runtime is off";

/// One call of a kernel's wasm export. Without the `wasm` feature no `Call` is ever created, so none of
/// these methods can run; they exist so that generated code compiles unchanged.
pub struct Call<'a> {
    never: Infallible,
    _store: PhantomData<&'a mut ()>,
}

impl Call<'_> {
    fn never(&self) -> ! {
        let never: Infallible = self.never;
        match never {}
    }

    /// Copies `values` into a new list in the module's memory; returns its pointer.
    pub fn put_list<T: Marshal>(&mut self, values: &[T]) -> Result<i32, Error> {
        let _ = values;
        self.never()
    }

    /// Copies `text` into a new string in the module's memory; returns its pointer.
    pub fn put_str(&mut self, text: &str) -> Result<i32, Error> {
        let _ = text;
        self.never()
    }

    /// Copies `bytes` into a new `bytes` in the module's memory; returns its pointer.
    pub fn put_bytes(&mut self, bytes: &[u8]) -> Result<i32, Error> {
        let _ = bytes;
        self.never()
    }

    /// Calls the kernel export number `index` with `params`.
    pub fn invoke<P: WasmArgs, R: WasmRet>(&mut self, index: usize, params: P) -> Result<R, Error> {
        let _ = (index, params);
        self.never()
    }

    /// Reads the list at `list` into a new `Vec`.
    pub fn get_list<T: Marshal>(&self, list: i32) -> Result<Vec<T>, Error> {
        let _ = list;
        self.never()
    }

    /// Copies `value` into a new tuple block in the module's memory; returns its pointer.
    pub fn put_tuple<T: Record>(&mut self, value: &T) -> Result<i32, Error> {
        let _ = value;
        self.never()
    }

    /// Reads the tuple block at `ptr`.
    pub fn get_tuple<T: Record>(&self, ptr: i32) -> Result<T, Error> {
        let _ = ptr;
        self.never()
    }

    /// The size in bytes of the instance's linear memory.
    pub fn memory_size(&self) -> usize {
        self.never()
    }

    /// Reads the string at `ptr`.
    pub fn get_str(&self, ptr: i32) -> Result<String, Error> {
        let _ = ptr;
        self.never()
    }

    /// Reads the `bytes` at `ptr`.
    pub fn get_bytes(&self, ptr: i32) -> Result<Vec<u8>, Error> {
        let _ = ptr;
        self.never()
    }

    /// Copies the elements of the list at `list` back into `dst`.
    pub fn copy_back<T: Marshal>(&self, list: i32, dst: &mut [T]) -> Result<(), Error> {
        let _ = (list, dst);
        self.never()
    }
}

/// A Rust tuple that crosses as a tuple (see the `wasm` feature).
pub trait Record {}

macro_rules! record {
    ($($t:ident),+) => {
        impl<$($t),+> Record for ($($t,)+) {}
        impl<$($t),+> Marshal for ($($t,)+) {}
    };
}
record!(A);
record!(A, B);
record!(A, B, C);
record!(A, B, C, D);
record!(A, B, C, D, E);
record!(A, B, C, D, E, F);
record!(A, B, C, D, E, F, G);
record!(A, B, C, D, E, F, G, H);
record!(A, B, C, D, E, F, G, H, I);
record!(A, B, C, D, E, F, G, H, I, J);
record!(A, B, C, D, E, F, G, H, I, J, K);
record!(A, B, C, D, E, F, G, H, I, J, K, L);

/// A value that crosses into linear memory as a list element (see the `wasm` feature).
pub trait Marshal {}

impl Marshal for i64 {}
impl Marshal for f64 {}
impl Marshal for bool {}
impl Marshal for String {}
impl Marshal for Vec<u8> {}
impl<T: Marshal> Marshal for Vec<T> {}
