//! Marshalling of one kernel call: lists and strings into and out of the module's linear memory, and the
//! typed call.
//!
//! A list in linear memory is a pointer to a 16-byte header: `len: i32` at offset 0, `cap: i32` at 4,
//! `data: i32` (pointer to the elements) at 8, 12 unused. `int` and `float` elements take 8 bytes
//! (little-endian), `bool` elements 1 byte (0 or 1).
//!
//! A string is a pointer to `byte_len: i32` at 0, `char_len: i32` (code points) at 4, then its UTF-8
//! bytes; a `bytes` has the same layout, its `char_len` equal to its `byte_len`; the module never
//! modifies either once made.

use std::any::Any;

use wasmtime::TypedFunc;

use crate::abi::{WasmArgs, WasmRet};
use crate::engine::{chain, wasm_error};
use crate::error::Error;
use crate::fault::Fault;
use crate::instance::Live;
use crate::module::WasmModule;
use crate::site::Site;

/// Size of a list header in linear memory.
const HEADER: usize = 16;

/// A value that crosses into and out of linear memory as an element of a list: scalars in place
/// (`i64`/`f64` in 8 bytes, `bool` in 1), strings and lists as 4-byte pointers to their own
/// blocks. Generated wrappers use it through [`Call::put_list`], [`Call::get_list`] and
/// [`Call::copy_back`].
pub trait Marshal: Sized {
    /// Bytes one element takes in a list.
    const SIZE: usize;
    /// Writes `values` as the elements starting at address `data`.
    fn put_all(values: &[Self], cx: &mut Call<'_>, data: usize) -> Result<(), Error>;
    /// Reads the `bytes.len() / SIZE` elements in `bytes`.
    fn get_all(bytes: &[u8], cx: &Call<'_>) -> Result<Vec<Self>, Error>;
}

macro_rules! scalar_marshal {
    ($t:ty, $size:expr, $write:expr, $read:expr) => {
        impl Marshal for $t {
            const SIZE: usize = $size;
            fn put_all(values: &[Self], cx: &mut Call<'_>, data: usize) -> Result<(), Error> {
                let to = cx.memory_mut(data, values.len() * $size)?;
                for (to, &v) in to.chunks_exact_mut($size).zip(values) {
                    $write(v, to);
                }
                Ok(())
            }
            fn get_all(bytes: &[u8], _: &Call<'_>) -> Result<Vec<Self>, Error> {
                Ok(bytes.chunks_exact($size).map($read).collect())
            }
        }
    };
}

scalar_marshal!(
    i64,
    8,
    |v: i64, to: &mut [u8]| to.copy_from_slice(&v.to_le_bytes()),
    |b: &[u8]| i64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
);
scalar_marshal!(
    f64,
    8,
    |v: f64, to: &mut [u8]| to.copy_from_slice(&v.to_le_bytes()),
    |b: &[u8]| f64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
);
scalar_marshal!(
    bool,
    1,
    |v: bool, to: &mut [u8]| to[0] = u8::from(v),
    |b: &[u8]| b[0] != 0
);

/// Writes one pointer per value, made by `put`.
pub(crate) fn put_pointers<T>(
    values: &[T],
    cx: &mut Call<'_>,
    data: usize,
    put: impl Fn(&mut Call<'_>, &T) -> Result<i32, Error>,
) -> Result<(), Error> {
    for (k, v) in values.iter().enumerate() {
        let ptr = put(cx, v)?;
        cx.memory_mut(data + 4 * k, 4)?
            .copy_from_slice(&ptr.to_le_bytes());
    }
    Ok(())
}

pub(crate) fn pointers(bytes: &[u8]) -> impl Iterator<Item = i32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl Marshal for String {
    const SIZE: usize = 4;
    fn put_all(values: &[Self], cx: &mut Call<'_>, data: usize) -> Result<(), Error> {
        put_pointers(values, cx, data, |cx, v| cx.put_str(v))
    }
    fn get_all(bytes: &[u8], cx: &Call<'_>) -> Result<Vec<Self>, Error> {
        pointers(bytes).map(|p| cx.get_str(p)).collect()
    }
}

/// A `bytes` element (generated code keeps a list's `bytes` as `Vec<u8>`s): a pointer to its
/// block.
impl Marshal for Vec<u8> {
    const SIZE: usize = 4;
    fn put_all(values: &[Self], cx: &mut Call<'_>, data: usize) -> Result<(), Error> {
        put_pointers(values, cx, data, |cx, v| cx.put_bytes(v))
    }
    fn get_all(bytes: &[u8], cx: &Call<'_>) -> Result<Vec<Self>, Error> {
        pointers(bytes).map(|p| cx.get_bytes(p)).collect()
    }
}

impl<T: Marshal> Marshal for Vec<T> {
    const SIZE: usize = 4;
    fn put_all(values: &[Self], cx: &mut Call<'_>, data: usize) -> Result<(), Error> {
        put_pointers(values, cx, data, |cx, v| cx.put_list(v))
    }
    fn get_all(bytes: &[u8], cx: &Call<'_>) -> Result<Vec<Self>, Error> {
        pointers(bytes).map(|p| cx.get_list(p)).collect()
    }
}

/// One call of a kernel's wasm export on this thread's instance, handed to the closure of
/// [`WasmModule::call`]: pass lists with [`put_list`](Call::put_list), call with [`invoke`](Call::invoke), read
/// lists with [`get_list`](Call::get_list) and [`copy_back`](Call::copy_back).
///
/// Everything put, and everything the kernel allocates, is given back when the call is over (by
/// a generated module's export as it returns, else by `ml_reset` before the next call): a list or
/// string that [`invoke`](Call::invoke) returned is to be read before anything else is put.
pub struct Call<'a> {
    module: &'static WasmModule,
    live: &'a mut Live,
}

impl<'a> Call<'a> {
    pub(crate) fn new(module: &'static WasmModule, live: &'a mut Live) -> Call<'a> {
        Call { module, live }
    }

    /// Copies `text` into a new string in the module's memory (`byte_len: i32`, `char_len: i32`,
    /// then the UTF-8 bytes); returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_str(&mut self, text: &str) -> Result<i32, Error> {
        self.put_block(text.as_bytes(), text.chars().count())
    }

    /// Copies `bytes` into a new `bytes` in the module's memory (the layout of a string whose
    /// length in code points is its length in bytes); returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_bytes(&mut self, bytes: &[u8]) -> Result<i32, Error> {
        self.put_block(bytes, bytes.len())
    }

    /// A new block `byte_len: i32`, `char_len: i32`, then `bytes`.
    fn put_block(&mut self, bytes: &[u8], chars: usize) -> Result<i32, Error> {
        let (Ok(len), Ok(chars), Some(size)) = (
            u32::try_from(bytes.len()),
            u32::try_from(chars),
            bytes.len().checked_add(STR_HEADER),
        ) else {
            return Err(self.out_of_memory());
        };
        let ptr = self.alloc(size)?;
        let memory = self.live.memory.data_mut(&mut self.live.store);
        let Some(to) = memory.get_mut(ptr..ptr + size) else {
            return Err(trap(
                self.module,
                format!("ml_alloc({size}) returned a bad pointer {ptr:#x}"),
            ));
        };
        to[0..4].copy_from_slice(&len.to_le_bytes());
        to[4..8].copy_from_slice(&chars.to_le_bytes());
        to[STR_HEADER..].copy_from_slice(bytes);
        Ok(ptr as i32)
    }

    /// The size in bytes of the instance's linear memory (it grows on demand and never
    /// shrinks; what a call allocates is given back when the next call starts).
    pub fn memory_size(&self) -> usize {
        self.live.memory.data_size(&self.live.store)
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

    /// Reads the `bytes` at `ptr` (a kernel's `bytes` result).
    ///
    /// Errors: [`Error::Trap`] when the bytes are not inside the memory.
    pub fn get_bytes(&self, ptr: i32) -> Result<Vec<u8>, Error> {
        let memory = self.live.memory.data(&self.live.store);
        read_block(memory, ptr)
            .map(<[u8]>::to_vec)
            .map_err(|message| self.module_error(message))
    }

    /// Calls the kernel export number `index` (in the module's export list) with `params`, a tuple of
    /// `i32`/`i64`/`f64`; `R` is `()`, `i32`, `i64` or `f64`.
    ///
    /// Errors: [`Error::Raised`] when the kernel raised, [`Error::Trap`] when it trapped otherwise (or when
    /// `index`, `P` or `R` do not match the export).
    #[inline]
    pub fn invoke<P: WasmArgs, R: WasmRet>(&mut self, index: usize, params: P) -> Result<R, Error> {
        let module = self.module;
        let live = &mut *self.live;
        let cached =
            |t: &Option<Box<dyn Any>>| t.as_ref().is_some_and(|t| t.is::<TypedFunc<P, R>>());
        if !live.typed.get(index).is_some_and(cached) {
            cache_typed_func::<P, R>(module, live, index)?;
        }
        let Some(typed) = live
            .typed
            .get(index)
            .and_then(|t| t.as_ref()?.downcast_ref::<TypedFunc<P, R>>())
        else {
            return Err(trap(module, format!("no kernel export number {index}")));
        };
        let r = typed.call(&mut live.store, params);
        // A generated module's export gives its heap back when it returns; after a failure, or
        // with another module, the next call gives it back first.
        live.dirty = r.is_err() || !live.self_resetting;
        r.map_err(|e| wasm_error(module, &mut live.store, &e))
    }
    fn module_error(&self, message: String) -> Error {
        trap(self.module, message)
    }

    fn out_of_memory(&self) -> Error {
        Error::raised(Fault::OutOfMemory, self.module.file, Site::new(0, 0))
    }

    /// `ml_alloc(size)`, checked: an 8-aligned pointer to `size` bytes inside the memory.
    pub(crate) fn alloc(&mut self, size: usize) -> Result<usize, Error> {
        let Ok(request) = i32::try_from(size) else {
            return Err(self.out_of_memory());
        };
        // The block stays allocated until the next call gives the heap back.
        self.live.dirty = true;
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

    /// The bytes `at..at + len` of the memory, writable.
    pub(crate) fn memory_mut(&mut self, at: usize, len: usize) -> Result<&mut [u8], Error> {
        let module = self.module;
        let memory = self.live.memory.data_mut(&mut self.live.store);
        at.checked_add(len)
            .and_then(|end| memory.get_mut(at..end))
            .ok_or_else(|| trap(module, format!("write outside memory at {at:#x}")))
    }

    /// The bytes `at..at + len` of the memory.
    pub(crate) fn memory_at(&self, at: usize, len: usize) -> Result<&[u8], Error> {
        let memory = self.live.memory.data(&self.live.store);
        at.checked_add(len)
            .and_then(|end| memory.get(at..end))
            .ok_or_else(|| trap(self.module, format!("read outside memory at {at:#x}")))
    }

    /// Copies `values` (at any depth: `&[f64]`, `&[Vec<i64>]`, `&[String]`) into a new list in
    /// the module's memory; returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_list<T: Marshal>(&mut self, values: &[T]) -> Result<i32, Error> {
        let n = values.len();
        let Some(size) = n.checked_mul(T::SIZE).and_then(|b| b.checked_add(HEADER)) else {
            return Err(self.out_of_memory());
        };
        let Ok(len) = i32::try_from(n) else {
            return Err(self.out_of_memory());
        };
        let ptr = self.alloc(size)?;
        // `alloc` checked that `ptr + size` fits in the memory's 32-bit address space.
        let data_ptr = (ptr + HEADER) as u32;
        let header = self.memory_mut(ptr, HEADER)?;
        header[0..4].copy_from_slice(&len.to_le_bytes());
        header[4..8].copy_from_slice(&len.to_le_bytes());
        header[8..12].copy_from_slice(&data_ptr.to_le_bytes());
        header[12..16].fill(0);
        T::put_all(values, self, ptr + HEADER)?;
        Ok(ptr as i32)
    }

    /// Reads the list at `list` into a new `Vec`.
    ///
    /// Errors: [`Error::Trap`] when the list is not inside the memory.
    pub fn get_list<T: Marshal>(&self, list: i32) -> Result<Vec<T>, Error> {
        T::get_all(self.elements(list, T::SIZE)?, self)
    }

    /// Copies the elements of the list at `list` (a `&mut` argument) back into `dst`; inner
    /// lists are replaced whole (they may have grown).
    ///
    /// Errors: [`Error::Trap`] if the list's length is not `dst.len()`.
    pub fn copy_back<T: Marshal>(&self, list: i32, dst: &mut [T]) -> Result<(), Error> {
        let values = self.get_list::<T>(list)?;
        if values.len() != dst.len() {
            return Err(self.module_error(format!(
                "a list argument changed length from {} to {}",
                dst.len(),
                values.len()
            )));
        }
        for (to, v) in dst.iter_mut().zip(values) {
            *to = v;
        }
        Ok(())
    }

    /// The element bytes of the list at `list`, bounds-checked against the memory.
    fn elements(&self, list: i32, size: usize) -> Result<&[u8], Error> {
        let memory = self.live.memory.data(&self.live.store);
        list_elements(memory, list, size).map_err(|e| self.module_error(e))
    }
}

/// Makes the `TypedFunc<P, R>` of kernel export `index`, checked against the export's type, and
/// caches it in `live` (the first call of each export on each thread).
#[cold]
fn cache_typed_func<P: WasmArgs, R: WasmRet>(
    module: &WasmModule,
    live: &mut Live,
    index: usize,
) -> Result<(), Error> {
    let (Some(cached), Some(func)) = (live.typed.get_mut(index), live.funcs.get(index)) else {
        return Err(trap(module, format!("no kernel export number {index}")));
    };
    let typed = func.typed::<P, R>(&live.store).map_err(|e| {
        let name = module.exports.get(index).copied().unwrap_or("?");
        trap(
            module,
            format!("export {name:?} has another type: {}", chain(&e)),
        )
    })?;
    *cached = Some(Box::new(typed));
    Ok(())
}

/// A list header in linear memory: `len`, `cap`, `data` (see the module documentation).
pub(crate) struct ListHeader {
    pub len: usize,
    pub cap: usize,
    pub data: usize,
}

/// The header of the list at `list`, with its capacity checked against the memory for elements
/// of `size` bytes.
pub(crate) fn list_header(memory: &[u8], list: i32, size: usize) -> Result<ListHeader, String> {
    let at = list as u32 as usize;
    let bad = || format!("bad list pointer {at:#x}");
    let word = |i: usize| -> Option<usize> {
        let b = memory.get(at.checked_add(i)?..at.checked_add(i + 4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let (len, cap, data) = (
        word(0).ok_or_else(bad)?,
        word(4).ok_or_else(bad)?,
        word(8).ok_or_else(bad)?,
    );
    let end = cap
        .max(len)
        .checked_mul(size)
        .and_then(|n| data.checked_add(n));
    if len > i32::MAX as usize || end.is_none_or(|end| end > memory.len()) {
        return Err(bad());
    }
    Ok(ListHeader { len, cap, data })
}

/// The element bytes of the list at `list` (`size` bytes each), bounds-checked.
pub(crate) fn list_elements(memory: &[u8], list: i32, size: usize) -> Result<&[u8], String> {
    let h = list_header(memory, list, size)?;
    Ok(&memory[h.data..h.data + h.len * size])
}

/// The size of an element of the kind the host functions take: 0 int and 1 float (8 bytes),
/// 2 bool (1 byte), anything else a pointer (4 bytes).
pub(crate) fn kind_size(kind: i32) -> usize {
    match kind {
        0 | 1 => 8,
        2 => 1,
        _ => 4,
    }
}

/// Size of a string header in linear memory: `byte_len: i32`, `char_len: i32`.
pub(crate) const STR_HEADER: usize = 8;

/// The string at `ptr` in `memory`, bounds- and UTF-8-checked.
pub(crate) fn read_str(memory: &[u8], ptr: i32) -> Result<&str, String> {
    let bytes = read_block(memory, ptr)?;
    std::str::from_utf8(bytes)
        .map_err(|e| format!("the string at {:#x} is not UTF-8: {e}", ptr as u32))
}

/// The bytes of the string or `bytes` at `ptr` in `memory`, bounds-checked.
pub(crate) fn read_block(memory: &[u8], ptr: i32) -> Result<&[u8], String> {
    Ok(read_block_chars(memory, ptr)?.0)
}

/// The bytes of the string or `bytes` at `ptr` in `memory`, bounds-checked, and its length in
/// code points (its length in bytes for a `bytes`).
pub(crate) fn read_block_chars(memory: &[u8], ptr: i32) -> Result<(&[u8], usize), String> {
    let at = ptr as u32 as usize;
    let bad = || format!("bad string pointer {at:#x}");
    let header = at
        .checked_add(STR_HEADER)
        .and_then(|end| memory.get(at..end))
        .ok_or_else(bad)?;
    let len = u32::from_le_bytes([header[0], header[1], header[2], header[3]]) as usize;
    let chars = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
    let bytes = (at + STR_HEADER)
        .checked_add(len)
        .and_then(|end| memory.get(at + STR_HEADER..end))
        .ok_or_else(bad)?;
    Ok((bytes, chars))
}

/// Added to a `print_list` kind whose innermost elements are `bytes` (with the kind of strings).
pub(crate) const BYTES_KIND: i32 = 1 << 20;

/// Appends the list at `list` in `memory` as Python's `repr` shows it. `kind` is the innermost
/// element (0 int, 1 float, 2 bool, 3 str, 3 + [`BYTES_KIND`] bytes) plus 4 per level of nesting
/// beyond the first.
pub(crate) fn show_list(
    memory: &[u8],
    list: i32,
    kind: i32,
    out: &mut String,
) -> Result<(), String> {
    use crate::print::Show;
    let bytes = kind & BYTES_KIND;
    let kind = kind & !BYTES_KIND;
    let size = kind_size(kind);
    let raw = list_elements(memory, list, size)?;
    out.push('[');
    for (i, b) in raw.chunks_exact(size).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match kind {
            0 => i64::from_le_bytes(b.try_into().unwrap_or([0; 8])).show(out),
            1 => f64::from_le_bytes(b.try_into().unwrap_or([0; 8])).show(out),
            2 => (b[0] != 0).show(out),
            _ => {
                let ptr = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                match (kind, bytes) {
                    (3, 0) => read_str(memory, ptr)?.show(out),
                    (3, _) => {
                        let _ = crate::pyfmt::write_repr_bytes(out, read_block(memory, ptr)?);
                    }
                    _ => show_list(memory, ptr, (kind - 4) | bytes, out)?,
                }
            }
        }
    }
    out.push(']');
    Ok(())
}

/// An [`Error::Trap`] of `module`: something the module did that breaks the ABI.
fn trap(module: &WasmModule, message: String) -> Error {
    Error::Trap {
        file: module.file,
        message,
    }
}
