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
    pub fn put_i64s(&mut self, values: &[i64]) -> Result<i32, Error> {
        let _ = values;
        self.never()
    }

    /// Copies `values` into a new list in the module's memory; returns its pointer.
    pub fn put_f64s(&mut self, values: &[f64]) -> Result<i32, Error> {
        let _ = values;
        self.never()
    }

    /// Copies `values` into a new list in the module's memory; returns its pointer.
    pub fn put_bools(&mut self, values: &[bool]) -> Result<i32, Error> {
        let _ = values;
        self.never()
    }

    /// Calls the kernel export number `index` with `params`.
    pub fn invoke<P: WasmArgs, R: WasmRet>(&mut self, index: usize, params: P) -> Result<R, Error> {
        let _ = (index, params);
        self.never()
    }

    /// Reads the list at `list` into a new `Vec`.
    pub fn get_i64s(&self, list: i32) -> Result<Vec<i64>, Error> {
        let _ = list;
        self.never()
    }

    /// Reads the list at `list` into a new `Vec`.
    pub fn get_f64s(&self, list: i32) -> Result<Vec<f64>, Error> {
        let _ = list;
        self.never()
    }

    /// Reads the list at `list` into a new `Vec`.
    pub fn get_bools(&self, list: i32) -> Result<Vec<bool>, Error> {
        let _ = list;
        self.never()
    }

    /// Copies the elements of the list at `list` back into `dst`.
    pub fn copy_back_i64s(&self, list: i32, dst: &mut [i64]) -> Result<(), Error> {
        let _ = (list, dst);
        self.never()
    }

    /// Copies the elements of the list at `list` back into `dst`.
    pub fn copy_back_f64s(&self, list: i32, dst: &mut [f64]) -> Result<(), Error> {
        let _ = (list, dst);
        self.never()
    }

    /// Copies the elements of the list at `list` back into `dst`.
    pub fn copy_back_bools(&self, list: i32, dst: &mut [bool]) -> Result<(), Error> {
        let _ = (list, dst);
        self.never()
    }
}
