//! The host function `ml.bytes_fn`: the runtime's `bytes_fn` (what the native path calls) on
//! values in the module's memory. Each argument comes as an i64: an int as itself, a string, a
//! `bytes` or a list of ints as a pointer ([`BytesFn::params`]); the result is an int, a bool,
//! or a pointer to a new string, `bytes` or list (0 when the module is out of memory).

use wasmtime::{Caller, Linker};

use crate::bytes::Bytes;
use crate::bytes_fn::{Arg, BytesFn};
use crate::call::{list_elements, read_block, read_str};
use crate::engine::{HostState, exported_memory, host_raise, module_alloc, new_bytes, new_str};
use crate::host_seq::{HEADER, write_list_header};
use crate::text::Str;
use crate::text_fn::Val;

pub(crate) fn define(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    linker.func_wrap(
        "ml",
        "bytes_fn",
        |mut c: Caller<'_, HostState>,
         op: i32,
         a: i64,
         b: i64,
         site: i32|
         -> wasmtime::Result<i64> {
            let f = BytesFn::from_code(op)
                .ok_or_else(|| wasmtime::Error::msg(format!("bad bytes function {op}")))?;
            let args = {
                let memory = exported_memory(&mut c)?;
                let bytes = memory.data(&c);
                f.params()
                    .iter()
                    .zip([a, b])
                    .map(|(&kind, bits)| arg(bytes, kind, bits))
                    .collect::<Result<Vec<Val>, String>>()
                    .map_err(wasmtime::Error::msg)?
            };
            match crate::bytes_fn::apply(f, &args) {
                Ok(Val::Str(s)) => Ok(i64::from(new_str(&mut c, s.as_str())?)),
                Ok(Val::Bytes(b)) => Ok(i64::from(new_bytes(&mut c, b.as_bytes())?)),
                Ok(Val::Ints(v)) => Ok(i64::from(new_int_list(&mut c, &v)?)),
                Ok(Val::Int(v)) => Ok(v),
                Ok(Val::Bool(v)) => Ok(i64::from(v)),
                Ok(Val::Float(v)) => Ok(v.to_bits() as i64),
                Err(fault) => {
                    host_raise(c, fault.code() as i32, site)?;
                    Ok(0)
                }
            }
        },
    )?;
    Ok(())
}

/// The argument `bits` of kind `kind`, read from `memory`.
fn arg(memory: &[u8], kind: Arg, bits: i64) -> Result<Val, String> {
    let ptr = bits as i32;
    Ok(match kind {
        Arg::Int => Val::Int(bits),
        Arg::Str => Val::Str(Str::new(read_str(memory, ptr)?)),
        Arg::Bytes => Val::Bytes(Bytes::new(read_block(memory, ptr)?)),
        Arg::Ints => Val::Ints(
            list_elements(memory, ptr, 8)?
                .chunks_exact(8)
                .map(|b| i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
                .collect(),
        ),
    })
}

/// A new list of ints in the module's memory; 0 when out of memory.
fn new_int_list(c: &mut Caller<'_, HostState>, values: &[i64]) -> wasmtime::Result<i32> {
    let Some(list) = module_alloc(c, HEADER + 8 * values.len())? else {
        return Ok(0);
    };
    let memory = exported_memory(c)?;
    let mem = memory.data_mut(&mut *c);
    write_list_header(mem, list, values.len());
    for (k, v) in values.iter().enumerate() {
        let at = list + HEADER + 8 * k;
        mem[at..at + 8].copy_from_slice(&v.to_le_bytes());
    }
    Ok(list as i32)
}
