//! The wasmtime side: one engine per process, each module compiled once per process, one store and
//! instance per thread per module.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use wasmtime::{
    Caller, Config, Engine, Func, InstancePre, Linker, Memory, Module, Store, Trap, TypedFunc,
};

use crate::call::Call;
use crate::error::Error;
use crate::fault::Fault;
use crate::module::{Cause, WasmModule};

/// The process's engine (default configuration, Cranelift).
static ENGINE: OnceLock<Result<Engine, String>> = OnceLock::new();

fn engine() -> Result<&'static Engine, String> {
    ENGINE
        .get_or_init(|| {
            Engine::new(&Config::new())
                .map_err(|e| format!("cannot create the wasmtime engine: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// What a store holds for the host: the error the module raised through `ml.raise`, if any.
#[derive(Default)]
pub(crate) struct HostState {
    /// `(fault code, site index)` as the module passed them.
    raised: Option<(i32, i32)>,
}

/// A module compiled and linked for the process, ready to instantiate on any thread.
pub(crate) struct Compiled {
    engine: &'static Engine,
    pre: InstancePre<HostState>,
}

/// Compiles and links `m`. This is where a precompiled artifact (`Module::deserialize`) would be tried
/// first, falling back to compiling the embedded bytes.
fn compile(m: &WasmModule) -> Result<Compiled, String> {
    let engine = engine()?;
    let module = Module::new(engine, m.bytes)
        .map_err(|e| format!("cannot compile the module: {}", chain(&e)))?;
    let mut linker = Linker::new(engine);
    linker
        .func_wrap("ml", "raise", host_raise)
        .map_err(|e| format!("cannot define ml.raise: {}", chain(&e)))?;
    define_float_imports(&mut linker)
        .map_err(|e| format!("cannot define the float imports: {}", chain(&e)))?;
    let pre = linker
        .instantiate_pre(&module)
        .map_err(|e| format!("cannot link the module: {}", chain(&e)))?;
    Ok(Compiled { engine, pre })
}

/// The import `ml.raise(fault_code, site_index)`: records the error and traps.
fn host_raise(mut caller: Caller<'_, HostState>, fault: i32, site: i32) -> wasmtime::Result<()> {
    caller.data_mut().raised = Some((fault, site));
    Err(wasmtime::Error::msg("the kernel raised an error"))
}

/// The float operations the module imports: the same functions the native path calls, so both
/// paths give bit-identical results.
fn define_float_imports(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    use crate::ops;
    fn done<T>(
        mut caller: Caller<'_, HostState>,
        r: Result<T, crate::fault::Fault>,
        site: i32,
    ) -> wasmtime::Result<T> {
        r.map_err(|fault| {
            caller.data_mut().raised = Some((fault.code() as i32, site));
            wasmtime::Error::msg("the kernel raised an error")
        })
    }
    linker.func_wrap(
        "ml",
        "float_floordiv",
        |c: Caller<'_, HostState>, a: f64, b: f64, site: i32| {
            done(c, ops::float_floordiv_checked(a, b), site)
        },
    )?;
    linker.func_wrap(
        "ml",
        "float_mod",
        |c: Caller<'_, HostState>, a: f64, b: f64, site: i32| {
            done(c, ops::float_mod_checked(a, b), site)
        },
    )?;
    linker.func_wrap(
        "ml",
        "float_pow",
        |c: Caller<'_, HostState>, a: f64, b: f64, site: i32| {
            done(c, ops::float_pow_checked(a, b), site)
        },
    )?;
    linker.func_wrap(
        "ml",
        "sin",
        |c: Caller<'_, HostState>, x: f64, site: i32| done(c, ops::sin_checked(x), site),
    )?;
    linker.func_wrap(
        "ml",
        "cos",
        |c: Caller<'_, HostState>, x: f64, site: i32| done(c, ops::cos_checked(x), site),
    )?;
    linker.func_wrap(
        "ml",
        "exp",
        |c: Caller<'_, HostState>, x: f64, site: i32| done(c, ops::exp_checked(x), site),
    )?;
    linker.func_wrap(
        "ml",
        "log",
        |c: Caller<'_, HostState>, x: f64, site: i32| done(c, ops::log_checked(x), site),
    )?;
    Ok(())
}

/// One module's instance on one thread.
pub(crate) struct Live {
    pub(crate) store: Store<HostState>,
    pub(crate) memory: Memory,
    pub(crate) alloc: TypedFunc<i32, i32>,
    reset: TypedFunc<(), ()>,
    /// The kernel exports, by index in `WasmModule::exports`.
    pub(crate) funcs: Box<[Func]>,
    /// `TypedFunc<P, R>` of each kernel export, made on its first call.
    pub(crate) typed: Box<[Option<Box<dyn Any>>]>,
}

fn instantiate(m: &WasmModule, c: &Compiled) -> Result<Live, String> {
    let mut store = Store::new(c.engine, HostState::default());
    let instance = c
        .pre
        .instantiate(&mut store)
        .map_err(|e| format!("cannot instantiate the module: {}", chain(&e)))?;
    let memory = instance
        .get_memory(&mut store, "memory")
        .ok_or("the module exports no memory named \"memory\"")?;
    let alloc = instance
        .get_typed_func::<i32, i32>(&mut store, "ml_alloc")
        .map_err(|e| format!("bad export \"ml_alloc\": {}", chain(&e)))?;
    let reset = instance
        .get_typed_func::<(), ()>(&mut store, "ml_reset")
        .map_err(|e| format!("bad export \"ml_reset\": {}", chain(&e)))?;
    let funcs = m
        .exports
        .iter()
        .map(|name| {
            instance
                .get_func(&mut store, name)
                .ok_or_else(|| format!("the module exports no function named {name:?}"))
        })
        .collect::<Result<Box<[Func]>, String>>()?;
    let typed = funcs.iter().map(|_| None).collect();
    Ok(Live {
        store,
        memory,
        alloc,
        reset,
        funcs,
        typed,
    })
}

type Slot = Rc<RefCell<Result<Live, String>>>;

thread_local! {
    /// This thread's instances, keyed by the address of their (static) `WasmModule`.
    static INSTANCES: RefCell<Vec<(usize, Slot)>> = const { RefCell::new(Vec::new()) };
}

fn key(m: &'static WasmModule) -> usize {
    std::ptr::from_ref(m) as usize
}

/// This thread's instance of `m`, instantiated on first use (a failure is kept in the slot).
fn slot(m: &'static WasmModule) -> Result<Slot, Cause> {
    let compiled = m
        .compiled
        .get_or_init(|| compile(m))
        .as_ref()
        .map_err(|_| Cause::Compile)?;
    let k = key(m);
    INSTANCES
        .try_with(|registry| {
            let mut registry = registry.try_borrow_mut().map_err(|_| Cause::Busy)?;
            if let Some((_, slot)) = registry.iter().find(|(key, _)| *key == k) {
                return Ok(Rc::clone(slot));
            }
            let slot: Slot = Rc::new(RefCell::new(instantiate(m, compiled)));
            registry.push((k, Rc::clone(&slot)));
            Ok(slot)
        })
        .unwrap_or(Err(Cause::Busy))
}

/// Whether `m` can run on this thread now.
pub(crate) fn availability(m: &'static WasmModule) -> Result<(), Cause> {
    let slot = slot(m)?;
    match slot.try_borrow() {
        Ok(live) if live.is_ok() => Ok(()),
        Ok(_) => Err(Cause::Instantiate),
        Err(_) => Err(Cause::Busy),
    }
}

/// The message for `cause`.
pub(crate) fn reason(m: &'static WasmModule, cause: Cause) -> String {
    match cause {
        Cause::Compile => match m.compiled.get() {
            Some(Err(e)) => e.clone(),
            _ => "the module failed to compile".to_owned(),
        },
        Cause::Instantiate => match slot(m).as_ref().map(|s| s.try_borrow()) {
            Ok(Ok(live)) => match &*live {
                Err(e) => format!("{e} (on thread {:?})", std::thread::current().id()),
                Ok(_) => "the module failed to instantiate".to_owned(),
            },
            _ => "the module failed to instantiate".to_owned(),
        },
        Cause::Busy => {
            "a call of this module is already running on this thread, or the thread is exiting"
                .to_owned()
        }
    }
}

/// Runs one call: see [`WasmModule::call`].
pub(crate) fn call<R>(
    m: &'static WasmModule,
    f: impl FnOnce(&mut Call<'_>) -> Result<R, Error>,
) -> Result<R, Error> {
    let slot = slot(m).map_err(|cause| m.unavailable(reason(m, cause)))?;
    let mut guard = slot
        .try_borrow_mut()
        .map_err(|_| m.unavailable(reason(m, Cause::Busy)))?;
    let live = match &mut *guard {
        Ok(live) => live,
        Err(e) => return Err(m.unavailable(e.clone())),
    };
    live.store.data_mut().raised = None;
    if let Err(e) = live.reset.call(&mut live.store, ()) {
        return Err(wasm_error(m, &mut live.store, &e));
    }
    f(&mut Call::new(m, live))
}

/// The [`Error`] for a failed wasm call: what the module raised through `ml.raise`, or else the trap.
pub(crate) fn wasm_error(
    m: &WasmModule,
    store: &mut Store<HostState>,
    e: &wasmtime::Error,
) -> Error {
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
