//! The wasmtime side: the process's engine, the host functions a module imports, and how a
//! failed wasm call becomes an [`Error`]. Modules are loaded in `load.rs` and instantiated per
//! thread in `instance.rs`.

use std::sync::OnceLock;

use wasmtime::{Caller, Engine, Linker, Memory, Store, Trap};

use crate::call::{STR_HEADER, read_block, read_str};
use crate::error::Error;
use crate::fault::Fault;
use crate::module::WasmModule;

/// The process's engine, configured as the artifacts were precompiled (`multilingual-engine`).
static ENGINE: OnceLock<Result<Engine, String>> = OnceLock::new();

pub(crate) fn engine() -> Result<&'static Engine, String> {
    ENGINE
        .get_or_init(|| {
            Engine::new(&multilingual_engine::config())
                .map_err(|e| format!("cannot create the wasmtime engine: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// What a store holds for the host: the error the module raised through `ml.raise`, if any, and
/// the lines `print` is building.
#[derive(Default)]
pub(crate) struct HostState {
    /// `(fault code, site index)` as the module passed them.
    pub(crate) raised: Option<(i32, i32)>,
    /// Lines being printed, innermost last (an argument's evaluation may print first).
    lines: Vec<String>,
}

/// The linker of every module: the host functions of module `ml`.
pub(crate) fn linker(engine: &Engine) -> Result<Linker<HostState>, String> {
    let mut linker = Linker::new(engine);
    linker
        .func_wrap("ml", "raise", host_raise)
        .map_err(|e| format!("cannot define ml.raise: {}", chain(&e)))?;
    define_print(&mut linker).map_err(|e| format!("cannot define ml.print_*: {}", chain(&e)))?;
    crate::host_seq::define(&mut linker)
        .map_err(|e| format!("cannot define ml.slice: {}", chain(&e)))?;
    crate::host_list::define(&mut linker)
        .map_err(|e| format!("cannot define ml.list_op: {}", chain(&e)))?;
    crate::host_bytes::define(&mut linker)
        .map_err(|e| format!("cannot define ml.bytes_fn: {}", chain(&e)))?;
    define_text(&mut linker)
        .map_err(|e| format!("cannot define ml.float_str, format, repr: {}", chain(&e)))?;
    Ok(linker)
}

/// The imports `ml.print_*`: the module hands each value to the same formatting the native path
/// uses (`crate::print`), so both paths print the same bytes.
fn define_print(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    fn line<'a>(caller: &'a mut Caller<'_, HostState>) -> wasmtime::Result<&'a mut String> {
        caller
            .data_mut()
            .lines
            .last_mut()
            .ok_or_else(|| wasmtime::Error::msg("print value outside print_begin/print_end"))
    }
    linker.func_wrap("ml", "print_begin", |mut c: Caller<'_, HostState>| {
        c.data_mut().lines.push(String::new());
    })?;
    linker.func_wrap(
        "ml",
        "print_int",
        |mut c: Caller<'_, HostState>, v: i64| -> wasmtime::Result<()> {
            crate::print::int(line(&mut c)?, v);
            Ok(())
        },
    )?;
    linker.func_wrap(
        "ml",
        "print_float",
        |mut c: Caller<'_, HostState>, v: f64| -> wasmtime::Result<()> {
            crate::print::float(line(&mut c)?, v);
            Ok(())
        },
    )?;
    linker.func_wrap(
        "ml",
        "print_bool",
        |mut c: Caller<'_, HostState>, v: i32| -> wasmtime::Result<()> {
            crate::print::bool(line(&mut c)?, v != 0);
            Ok(())
        },
    )?;
    linker.func_wrap(
        "ml",
        "print_list",
        |mut c: Caller<'_, HostState>, kind: i32, list: i32| -> wasmtime::Result<()> {
            let memory = c
                .get_export("memory")
                .and_then(|e| e.into_memory())
                .ok_or_else(|| wasmtime::Error::msg("the module exports no memory"))?;
            let mut text = String::new();
            crate::call::show_list(memory.data(&c), list, kind, &mut text)
                .map_err(|e| wasmtime::Error::msg(format!("print_list: {e}")))?;
            line(&mut c)?.push_str(&text);
            Ok(())
        },
    )?;
    linker.func_wrap(
        "ml",
        "print_str",
        |mut c: Caller<'_, HostState>, ptr: i32| -> wasmtime::Result<()> {
            let memory = exported_memory(&mut c)?;
            let text = read_str(memory.data(&c), ptr)
                .map_err(|e| wasmtime::Error::msg(format!("print_str: {e}")))?
                .to_owned();
            crate::print::str(line(&mut c)?, &text);
            Ok(())
        },
    )?;
    linker.func_wrap(
        "ml",
        "print_end",
        |mut c: Caller<'_, HostState>| -> wasmtime::Result<()> {
            let text = c
                .data_mut()
                .lines
                .pop()
                .ok_or_else(|| wasmtime::Error::msg("print_end without print_begin"))?;
            crate::print::finish(&text);
            Ok(())
        },
    )?;
    Ok(())
}

/// The module's memory.
pub(crate) fn exported_memory(c: &mut Caller<'_, HostState>) -> wasmtime::Result<Memory> {
    c.get_export("memory")
        .and_then(|e| e.into_memory())
        .ok_or_else(|| wasmtime::Error::msg("the module exports no memory"))
}

/// `ml_alloc(size)` of the calling module: `None` when out of memory.
pub(crate) fn module_alloc(
    c: &mut Caller<'_, HostState>,
    size: usize,
) -> wasmtime::Result<Option<usize>> {
    let alloc = c
        .get_export("ml_alloc")
        .and_then(|e| e.into_func())
        .ok_or_else(|| wasmtime::Error::msg("the module exports no ml_alloc"))?
        .typed::<i32, i32>(&*c)?;
    let Ok(request) = i32::try_from(size) else {
        return Ok(None);
    };
    let ptr = alloc.call(&mut *c, request)?;
    if ptr == 0 {
        return Ok(None);
    }
    let at = ptr as u32 as usize;
    let available = exported_memory(c)?.data_size(&*c);
    if at.checked_add(size).is_none_or(|end| end > available) {
        return Err(wasmtime::Error::msg(format!(
            "ml_alloc returned a bad pointer {at:#x}"
        )));
    }
    Ok(Some(at))
}

/// A new string in the module's memory holding `text`, made with the module's `ml_alloc`; 0 when
/// the module is out of memory (the module then raises at its site).
pub(crate) fn new_str(c: &mut Caller<'_, HostState>, text: &str) -> wasmtime::Result<i32> {
    new_block(c, text.as_bytes(), text.chars().count())
}

/// A new `bytes` in the module's memory, as [`new_str`] makes a string.
pub(crate) fn new_bytes(c: &mut Caller<'_, HostState>, bytes: &[u8]) -> wasmtime::Result<i32> {
    new_block(c, bytes, bytes.len())
}

/// A new block `byte_len`, `char_len`, `bytes`; 0 when out of memory.
fn new_block(c: &mut Caller<'_, HostState>, bytes: &[u8], chars: usize) -> wasmtime::Result<i32> {
    let (Ok(len), Ok(chars), Some(size)) = (
        u32::try_from(bytes.len()),
        u32::try_from(chars),
        bytes.len().checked_add(STR_HEADER),
    ) else {
        return Ok(0);
    };
    let Some(at) = module_alloc(c, size)? else {
        return Ok(0);
    };
    let memory = exported_memory(c)?;
    let to = memory
        .data_mut(&mut *c)
        .get_mut(at..at + size)
        .ok_or_else(|| wasmtime::Error::msg(format!("ml_alloc returned a bad pointer {at:#x}")))?;
    to[0..4].copy_from_slice(&len.to_le_bytes());
    to[4..8].copy_from_slice(&chars.to_le_bytes());
    to[STR_HEADER..].copy_from_slice(bytes);
    Ok(at as i32)
}

/// The value `(kind, bits)` passed to `ml.format` and `ml.repr`: 0 int, 1 float (its bits),
/// 2 bool, 3 str (a pointer), 4 bytes (a pointer), formatted by `f`.
fn with_value<R>(
    c: &mut Caller<'_, HostState>,
    kind: i32,
    bits: i64,
    f: impl FnOnce(crate::pyfmt::Value<'_>) -> R,
) -> wasmtime::Result<R> {
    use crate::pyfmt::Value;
    Ok(match kind {
        0 => f(Value::Int(bits)),
        1 => f(Value::Float(f64::from_bits(bits as u64))),
        2 => f(Value::Bool(bits != 0)),
        3 => {
            let memory = exported_memory(c)?;
            let text = read_str(memory.data(&*c), bits as i32).map_err(wasmtime::Error::msg)?;
            f(Value::Str(text))
        }
        4 => {
            let memory = exported_memory(c)?;
            let bytes = read_block(memory.data(&*c), bits as i32).map_err(wasmtime::Error::msg)?;
            f(Value::Bytes(bytes))
        }
        _ => return Err(wasmtime::Error::msg(format!("bad value kind {kind}"))),
    })
}

/// The imports that make strings with Python's formatting, by the code the native path runs
/// (`crate::pyfmt`), so both paths make the same text: `float_str(value) -> str`,
/// `format(kind, bits, spec, site) -> str` (a bad spec raises `BadFormatSpec` at `site`) and
/// `repr(kind, bits) -> str`. Each returns 0 when the module is out of memory.
fn define_text(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    linker.func_wrap(
        "ml",
        "float_str",
        |mut c: Caller<'_, HostState>, v: f64| -> wasmtime::Result<i32> {
            new_str(&mut c, &crate::pyfmt::repr_float(v))
        },
    )?;
    linker.func_wrap(
        "ml",
        "format",
        |mut c: Caller<'_, HostState>,
         kind: i32,
         bits: i64,
         spec: i32,
         site: i32|
         -> wasmtime::Result<i32> {
            let memory = exported_memory(&mut c)?;
            let spec = read_str(memory.data(&c), spec)
                .map_err(wasmtime::Error::msg)?
                .to_owned();
            match with_value(&mut c, kind, bits, |v| crate::pyfmt::format_value(v, &spec))? {
                Ok(text) => new_str(&mut c, &text),
                Err(_) => {
                    host_raise(c, Fault::BadFormatSpec.code() as i32, site)?;
                    Ok(0)
                }
            }
        },
    )?;
    linker.func_wrap(
        "ml",
        "str_fn",
        |mut c: Caller<'_, HostState>,
         op: i32,
         a: i64,
         b: i64,
         d: i64,
         site: i32|
         -> wasmtime::Result<i64> {
            use crate::text_fn::{StrFn, Val};
            let f = StrFn::from_code(op)
                .ok_or_else(|| wasmtime::Error::msg(format!("bad string function {op}")))?;
            // Strings come as pointers, ints as themselves (only `chr` takes an int).
            let memory = exported_memory(&mut c)?;
            let arg = |bits: i64| -> wasmtime::Result<Val> {
                if f == StrFn::Chr {
                    return Ok(Val::Int(bits));
                }
                let text = read_str(memory.data(&c), bits as i32).map_err(wasmtime::Error::msg)?;
                Ok(Val::Str(crate::text::Str::new(text)))
            };
            let arity = match f {
                StrFn::Replace => 3,
                StrFn::Find | StrFn::Count | StrFn::StartsWith | StrFn::EndsWith => 2,
                _ => 1,
            };
            let args: Vec<Val> = [a, b, d]
                .into_iter()
                .take(arity)
                .map(arg)
                .collect::<wasmtime::Result<_>>()?;
            match crate::text_fn::apply(f, &args) {
                Ok(Val::Str(s)) => Ok(i64::from(new_str(&mut c, s.as_str())?)),
                Ok(Val::Int(v)) => Ok(v),
                Ok(Val::Bool(v)) => Ok(i64::from(v)),
                Ok(Val::Float(v)) => Ok(v.to_bits() as i64),
                Ok(other) => Err(wasmtime::Error::msg(format!(
                    "string function {f:?} made {other:?}"
                ))),
                Err(fault) => {
                    host_raise(c, fault.code() as i32, site)?;
                    Ok(0)
                }
            }
        },
    )?;
    linker.func_wrap(
        "ml",
        "repr",
        |mut c: Caller<'_, HostState>, kind: i32, bits: i64| -> wasmtime::Result<i32> {
            let text = with_value(&mut c, kind, bits, |v| crate::pyfmt::PyRepr(v).to_string())?;
            new_str(&mut c, &text)
        },
    )?;
    Ok(())
}

/// The import `ml.raise(fault_code, site_index)`: records the error and traps.
pub(crate) fn host_raise(
    mut caller: Caller<'_, HostState>,
    fault: i32,
    site: i32,
) -> wasmtime::Result<()> {
    caller.data_mut().raised = Some((fault, site));
    Err(wasmtime::Error::msg("the kernel raised an error"))
}

/// The [`Error`] for a failed wasm call: what the module raised through `ml.raise`, or else the trap.
pub(crate) fn wasm_error(
    m: &WasmModule,
    store: &mut Store<HostState>,
    e: &wasmtime::Error,
) -> Error {
    // Lines being printed when the call failed are never written (as in Python, where the
    // arguments are evaluated before anything is printed).
    store.data_mut().lines.clear();
    if let Some((code, site)) = store.data_mut().raised.take() {
        let fault = u32::try_from(code).ok().and_then(Fault::from_code);
        let site_at = usize::try_from(site).ok().and_then(|i| m.sites.get(i));
        return match (fault, site_at) {
            (Some(fault), Some(site)) => Error::raised(fault, m.file, *site),
            _ => Error::Trap {
                file: m.file,
                message: format!(
                    "ml.raise called with an invalid fault code {code} or site index {site}"
                ),
            },
        };
    }
    let message = match e.downcast_ref::<Trap>() {
        Some(trap) => trap.to_string(),
        None => chain(e),
    };
    Error::Trap {
        file: m.file,
        message,
    }
}

/// `e` and its causes, joined by `: `.
pub(crate) fn chain(e: &wasmtime::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&cause.to_string());
    }
    text
}
