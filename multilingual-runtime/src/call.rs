//! Marshalling of one kernel call: lists and strings into and out of the module's linear memory, and the
//! typed call.
//!
//! A list in linear memory is a pointer to a 16-byte header: `len: i32` at offset 0, `cap: i32` at 4,
//! `data: i32` (pointer to the elements) at 8, 12 unused. `int` and `float` elements take 8 bytes
//! (little-endian), `bool` elements 1 byte (0 or 1).
//!
//! A string is a pointer to `byte_len: i32` at 0, `char_len: i32` (code points) at 4, then its UTF-8
//! bytes; the module never modifies a string once made.

use wasmtime::TypedFunc;

use crate::abi::{WasmArgs, WasmRet};
use crate::engine::{Live, chain, wasm_error};
use crate::error::Error;
use crate::fault::Fault;
use crate::module::WasmModule;
use crate::site::Site;

/// Size of a list header in linear memory.
const HEADER: usize = 16;

/// An element type of a list in linear memory.
trait Elem: Copy {
    const SIZE: usize;
    fn write(self, to: &mut [u8]);
    fn read(from: &[u8]) -> Self;
}

impl Elem for i64 {
    const SIZE: usize = 8;
    fn write(self, to: &mut [u8]) {
        to.copy_from_slice(&self.to_le_bytes());
    }
    fn read(from: &[u8]) -> Self {
        let mut b = [0; 8];
        b.copy_from_slice(from);
        i64::from_le_bytes(b)
    }
}

impl Elem for f64 {
    const SIZE: usize = 8;
    fn write(self, to: &mut [u8]) {
        to.copy_from_slice(&self.to_le_bytes());
    }
    fn read(from: &[u8]) -> Self {
        let mut b = [0; 8];
        b.copy_from_slice(from);
        f64::from_le_bytes(b)
    }
}

impl Elem for bool {
    const SIZE: usize = 1;
    fn write(self, to: &mut [u8]) {
        to[0] = u8::from(self);
    }
    fn read(from: &[u8]) -> Self {
        from[0] != 0
    }
}

/// One call of a kernel's wasm export on this thread's instance, handed to the closure of
/// [`WasmModule::call`]: pass lists with `put_*`, call with [`invoke`](Call::invoke), read lists with
/// `get_*` and `copy_back_*`.
///
/// Everything put is freed at the start of the next call (`ml_reset`).
pub struct Call<'a> {
    module: &'static WasmModule,
    live: &'a mut Live,
}

impl<'a> Call<'a> {
    pub(crate) fn new(module: &'static WasmModule, live: &'a mut Live) -> Call<'a> {
        Call { module, live }
    }

    /// Copies `values` into a new list in the module's memory; returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_i64s(&mut self, values: &[i64]) -> Result<i32, Error> {
        self.put(values)
    }

    /// Copies `values` into a new list in the module's memory; returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_f64s(&mut self, values: &[f64]) -> Result<i32, Error> {
        self.put(values)
    }

    /// Copies `values` into a new list in the module's memory; returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_bools(&mut self, values: &[bool]) -> Result<i32, Error> {
        self.put(values)
    }

    /// Copies `text` into a new string in the module's memory (`byte_len: i32`, `char_len: i32`,
    /// then the UTF-8 bytes); returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_str(&mut self, text: &str) -> Result<i32, Error> {
        let (Ok(bytes), Some(size)) = (
            u32::try_from(text.len()),
            text.len().checked_add(STR_HEADER),
        ) else {
            return Err(self.out_of_memory());
        };
        let chars = text.chars().count() as u32;
        let ptr = self.alloc(size)?;
        let memory = self.live.memory.data_mut(&mut self.live.store);
        let Some(to) = memory.get_mut(ptr..ptr + size) else {
            return Err(trap(
                self.module,
                format!("ml_alloc({size}) returned a bad pointer {ptr:#x}"),
            ));
        };
        to[0..4].copy_from_slice(&bytes.to_le_bytes());
        to[4..8].copy_from_slice(&chars.to_le_bytes());
        to[STR_HEADER..].copy_from_slice(text.as_bytes());
        Ok(ptr as i32)
    }

    /// Reads the string at `ptr` (a kernel's `str` result).
    ///
    /// Errors: [`Error::Trap`] when the string is not inside the memory or is not UTF-8.
    pub fn get_str(&self, ptr: i32) -> Result<String, Error> {
        let memory = self.live.memory.data(&self.live.store);
        read_str(memory, ptr)
            .map(str::to_owned)
            .map_err(|message| self.module_error(message))
    }

    /// Calls the kernel export number `index` (in the module's export list) with `params`, a tuple of
    /// `i32`/`i64`/`f64`; `R` is `()`, `i32`, `i64` or `f64`.
    ///
    /// Errors: [`Error::Raised`] when the kernel raised, [`Error::Trap`] when it trapped otherwise (or when
    /// `index`, `P` or `R` do not match the export).
    pub fn invoke<P: WasmArgs, R: WasmRet>(&mut self, index: usize, params: P) -> Result<R, Error> {
        let module = self.module;
        let live = &mut *self.live;
        let (Some(cached), Some(func)) = (live.typed.get_mut(index), live.funcs.get(index)) else {
            return Err(trap(module, format!("no kernel export number {index}")));
        };
        let typed = match cached {
            Some(t) if t.is::<TypedFunc<P, R>>() => t,
            _ => match func.typed::<P, R>(&live.store) {
                Ok(typed) => cached.insert(Box::new(typed)),
                Err(e) => {
                    let name = module.exports.get(index).copied().unwrap_or("?");
                    return Err(trap(
                        module,
                        format!("export {name:?} has another type: {}", chain(&e)),
                    ));
                }
            },
        };
        let Some(typed) = typed.downcast_ref::<TypedFunc<P, R>>() else {
            return Err(trap(module, format!("no kernel export number {index}")));
        };
        typed
            .call(&mut live.store, params)
            .map_err(|e| wasm_error(module, &mut live.store, &e))
    }

    /// Reads the list at `list` into a new `Vec`.
    pub fn get_i64s(&self, list: i32) -> Result<Vec<i64>, Error> {
        self.get(list)
    }

    /// Reads the list at `list` into a new `Vec`.
    pub fn get_f64s(&self, list: i32) -> Result<Vec<f64>, Error> {
        self.get(list)
    }

    /// Reads the list at `list` into a new `Vec`.
    pub fn get_bools(&self, list: i32) -> Result<Vec<bool>, Error> {
        self.get(list)
    }

    /// Copies the elements of the list at `list` (a `&mut` argument) back into `dst`.
    ///
    /// Errors: [`Error::Trap`] if the list's length is not `dst.len()`.
    pub fn copy_back_i64s(&self, list: i32, dst: &mut [i64]) -> Result<(), Error> {
        self.copy_back(list, dst)
    }

    /// Copies the elements of the list at `list` (a `&mut` argument) back into `dst`.
    ///
    /// Errors: [`Error::Trap`] if the list's length is not `dst.len()`.
    pub fn copy_back_f64s(&self, list: i32, dst: &mut [f64]) -> Result<(), Error> {
        self.copy_back(list, dst)
    }

    /// Copies the elements of the list at `list` (a `&mut` argument) back into `dst`.
    ///
    /// Errors: [`Error::Trap`] if the list's length is not `dst.len()`.
    pub fn copy_back_bools(&self, list: i32, dst: &mut [bool]) -> Result<(), Error> {
        self.copy_back(list, dst)
    }

    fn module_error(&self, message: String) -> Error {
        trap(self.module, message)
    }

    fn out_of_memory(&self) -> Error {
        Error::raised(Fault::OutOfMemory, self.module.file, Site::new(0, 0))
    }

    /// `ml_alloc(size)`, checked: an 8-aligned pointer to `size` bytes inside the memory.
    fn alloc(&mut self, size: usize) -> Result<usize, Error> {
        let Ok(request) = i32::try_from(size) else {
            return Err(self.out_of_memory());
        };
        let ptr = match self.live.alloc.call(&mut self.live.store, request) {
            Ok(0) => return Err(self.out_of_memory()),
            Ok(ptr) => ptr as u32 as usize,
            Err(e) => return Err(wasm_error(self.module, &mut self.live.store, &e)),
        };
        let len = self.live.memory.data_size(&self.live.store);
        if ptr % 8 != 0 || ptr.checked_add(size).is_none_or(|end| end > len) {
            return Err(
                self.module_error(format!("ml_alloc({size}) returned a bad pointer {ptr:#x}"))
            );
        }
        Ok(ptr)
    }

    fn put<T: Elem>(&mut self, values: &[T]) -> Result<i32, Error> {
        let n = values.len();
        let Some(size) = n.checked_mul(T::SIZE).and_then(|b| b.checked_add(HEADER)) else {
            return Err(self.out_of_memory());
        };
        let Ok(len) = i32::try_from(n) else {
            return Err(self.out_of_memory());
        };
        let ptr = self.alloc(size)?;
        let memory = self.live.memory.data_mut(&mut self.live.store);
        let Some(list) = memory.get_mut(ptr..ptr + size) else {
            return Err(trap(
                self.module,
                format!("ml_alloc({size}) returned a bad pointer {ptr:#x}"),
            ));
        };
        let (header, data) = list.split_at_mut(HEADER);
        // `alloc` checked that `ptr + size` fits in the memory's 32-bit address space.
        let data_ptr = (ptr + HEADER) as u32;
        header[0..4].copy_from_slice(&len.to_le_bytes());
        header[4..8].copy_from_slice(&len.to_le_bytes());
        header[8..12].copy_from_slice(&data_ptr.to_le_bytes());
        header[12..16].fill(0);
        for (to, v) in data.chunks_exact_mut(T::SIZE).zip(values) {
            v.write(to);
        }
        Ok(ptr as i32)
    }

    /// The elements of the list at `list`, bounds-checked against the memory.
    fn elements<T: Elem>(&self, list: i32) -> Result<&[u8], Error> {
        let memory = self.live.memory.data(&self.live.store);
        let bad = || self.module_error(format!("bad list pointer {:#x}", list as u32));
        let at = list as u32 as usize;
        let header = at
            .checked_add(HEADER)
            .and_then(|end| memory.get(at..end))
            .ok_or_else(bad)?;
        let word =
            |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
        let len = usize::try_from(i32::from_le_bytes(word(0).to_le_bytes())).map_err(|_| bad())?;
        let data = word(8) as usize;
        len.checked_mul(T::SIZE)
            .and_then(|bytes| data.checked_add(bytes))
            .and_then(|end| memory.get(data..end))
            .ok_or_else(bad)
    }

    fn get<T: Elem>(&self, list: i32) -> Result<Vec<T>, Error> {
        Ok(self
            .elements::<T>(list)?
            .chunks_exact(T::SIZE)
            .map(T::read)
            .collect())
    }

    fn copy_back<T: Elem>(&self, list: i32, dst: &mut [T]) -> Result<(), Error> {
        let bytes = self.elements::<T>(list)?;
        if bytes.len() != dst.len() * T::SIZE {
            return Err(self.module_error(format!(
                "a list argument changed length from {} to {}",
                dst.len(),
                bytes.len() / T::SIZE
            )));
        }
        for (to, from) in dst.iter_mut().zip(bytes.chunks_exact(T::SIZE)) {
            *to = T::read(from);
        }
        Ok(())
    }
}

/// Size of a string header in linear memory: `byte_len: i32`, `char_len: i32`.
pub(crate) const STR_HEADER: usize = 8;

/// The string at `ptr` in `memory`, bounds- and UTF-8-checked.
pub(crate) fn read_str(memory: &[u8], ptr: i32) -> Result<&str, String> {
    let at = ptr as u32 as usize;
    let bad = || format!("bad string pointer {at:#x}");
    let header = at
        .checked_add(STR_HEADER)
        .and_then(|end| memory.get(at..end))
        .ok_or_else(bad)?;
    let len = u32::from_le_bytes([header[0], header[1], header[2], header[3]]) as usize;
    let bytes = (at + STR_HEADER)
        .checked_add(len)
        .and_then(|end| memory.get(at + STR_HEADER..end))
        .ok_or_else(bad)?;
    std::str::from_utf8(bytes).map_err(|e| format!("the string at {at:#x} is not UTF-8: {e}"))
}

/// An [`Error::Trap`] of `module`: something the module did that breaks the ABI.
fn trap(module: &WasmModule, message: String) -> Error {
    Error::Trap {
        file: module.file,
        message,
    }
}
