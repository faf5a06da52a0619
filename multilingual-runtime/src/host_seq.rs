//! Host functions on sequences in the module's memory (`ml.slice`): computed by the same code
//! as the native path (`ops::slice_range`), the result allocated with the module's `ml_alloc`.
//! A string and a `bytes` share one layout: a block whose code points are all one byte long (a
//! `bytes`, an ASCII string) is sliced by byte, any other string by code point.

use wasmtime::{Caller, Linker};

use crate::call::{list_elements, list_header, read_block_chars, read_str};
use crate::engine::{HostState, exported_memory, host_raise, module_alloc, new_bytes, new_str};
use crate::fault::Fault;

/// Size of a list header in linear memory.
pub(crate) const HEADER: usize = 16;

/// Writes the header of a new list at `list` (allocated with room for it, in bounds) whose
/// `len` elements follow the header.
pub(crate) fn write_list_header(mem: &mut [u8], list: usize, len: usize) {
    let n = (len as u32).to_le_bytes();
    mem[list..list + 4].copy_from_slice(&n);
    mem[list + 4..list + 8].copy_from_slice(&n);
    mem[list + 8..list + 12].copy_from_slice(&((list + HEADER) as u32).to_le_bytes());
    mem[list + 12..list + 16].fill(0);
}

/// A slice of a block: bytes each one code point, or text.
enum Block {
    Bytes(Vec<u8>),
    Text(String),
}

pub(crate) fn define(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    linker.func_wrap(
        "ml",
        "slice",
        |mut c: Caller<'_, HostState>,
         size: i32,
         seq: i32,
         lo: i64,
         hi: i64,
         step: i64,
         mask: i32,
         site: i32|
         -> wasmtime::Result<i32> {
            let bound = |bit: i32, v: i64| (mask & bit != 0).then_some(v);
            let bounds = [bound(1, lo), bound(2, hi), bound(4, step)];
            let memory = exported_memory(&mut c)?;
            if size == 0 {
                let (bytes, chars) =
                    read_block_chars(memory.data(&c), seq).map_err(wasmtime::Error::msg)?;
                let sliced = if chars == bytes.len() {
                    crate::bytes::slice_bytes(bytes, bounds).map(Block::Bytes)
                } else {
                    let text = read_str(memory.data(&c), seq).map_err(wasmtime::Error::msg)?;
                    crate::text::slice_chars(text, bounds).map(Block::Text)
                };
                return match sliced {
                    Some(Block::Bytes(b)) => new_bytes(&mut c, &b),
                    Some(Block::Text(t)) => new_str(&mut c, &t),
                    None => {
                        host_raise(c, Fault::SliceStepZero.code() as i32, site)?;
                        Ok(0)
                    }
                };
            }
            let size = size as usize;
            let list = list_header(memory.data(&c), seq, size).map_err(wasmtime::Error::msg)?;
            let (len, data) = (list.len, list.data);
            let Some((start, step, count)) = crate::ops::slice_range(len, bounds) else {
                host_raise(c, Fault::SliceStepZero.code() as i32, site)?;
                return Ok(0);
            };
            let Some(ptr) = module_alloc(&mut c, HEADER + count * size)? else {
                return Ok(0);
            };
            let mem = memory.data_mut(&mut c);
            let out = HEADER + ptr;
            for k in 0..count {
                let from = data + (start + k as i64 * step) as usize * size;
                let to = out + k * size;
                if from + size > mem.len() || to + size > mem.len() {
                    return Err(wasmtime::Error::msg("slice: list outside memory"));
                }
                mem.copy_within(from..from + size, to);
            }
            write_list_header(mem, ptr, count);
            Ok(ptr as i32)
        },
    )?;
    linker.func_wrap(
        "ml",
        "split",
        |mut c: Caller<'_, HostState>, s: i32, sep: i32, site: i32| -> wasmtime::Result<i32> {
            let memory = exported_memory(&mut c)?;
            let (text, sep) = {
                let bytes = memory.data(&c);
                let text = read_str(bytes, s).map_err(wasmtime::Error::msg)?.to_owned();
                let sep = match sep {
                    0 => None,
                    p => Some(read_str(bytes, p).map_err(wasmtime::Error::msg)?.to_owned()),
                };
                (text, sep)
            };
            let words = match crate::text_fn::split(&text, sep.as_deref()) {
                Ok(w) => w,
                Err(f) => {
                    host_raise(c, f.code() as i32, site)?;
                    return Ok(0);
                }
            };
            let mut ptrs = Vec::with_capacity(words.len());
            for w in &words {
                match new_str(&mut c, w)? {
                    0 => return Ok(0),
                    p => ptrs.push(p),
                }
            }
            let Some(list) = module_alloc(&mut c, HEADER + 4 * ptrs.len())? else {
                return Ok(0);
            };
            let mem = memory.data_mut(&mut c);
            write_list_header(mem, list, ptrs.len());
            for (k, p) in ptrs.iter().enumerate() {
                let at = list + HEADER + 4 * k;
                mem[at..at + 4].copy_from_slice(&p.to_le_bytes());
            }
            Ok(list as i32)
        },
    )?;
    linker.func_wrap(
        "ml",
        "join",
        |mut c: Caller<'_, HostState>, sep: i32, list: i32| -> wasmtime::Result<i32> {
            let memory = exported_memory(&mut c)?;
            let joined = {
                let bytes = memory.data(&c);
                let sep = read_str(bytes, sep).map_err(wasmtime::Error::msg)?;
                let items = list_elements(bytes, list, 4)
                    .map_err(wasmtime::Error::msg)?
                    .chunks_exact(4)
                    .map(|b| read_str(bytes, i32::from_le_bytes([b[0], b[1], b[2], b[3]])))
                    .collect::<Result<Vec<&str>, String>>()
                    .map_err(wasmtime::Error::msg)?;
                crate::text_fn::join(sep, &items)
            };
            new_str(&mut c, &joined)
        },
    )?;
    Ok(())
}
