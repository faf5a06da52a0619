//! One store and instance per thread per module, kept in a per-thread table indexed by the
//! module's slot number, so that a call finds its instance without searching or allocating.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use wasmtime::{Func, Memory, Store, TypedFunc};

use crate::call::Call;
use crate::engine::{HostState, chain, wasm_error};
use crate::error::Error;
use crate::load::{Compiled, compiled};
use crate::module::{Cause, WasmModule};

/// One module's instance on one thread.
pub(crate) struct Live {
    pub(crate) store: Store<HostState>,
    pub(crate) memory: Memory,
    pub(crate) alloc: TypedFunc<i32, i32>,
    reset: TypedFunc<(), ()>,
    /// Whether the heap may still hold what an earlier call allocated, so that the next call must
    /// give it back (`ml_reset`) before it starts.
    pub(crate) dirty: bool,
    /// Whether the kernel exports give the heap back themselves when they return, as generated
    /// modules do (they say so by exporting their heap pointer as `ml_heap`); then a call that
    /// returns normally leaves nothing to reset, and the next call skips the `ml_reset` call.
    pub(crate) self_resetting: bool,
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
    let self_resetting = instance.get_global(&mut store, "ml_heap").is_some();
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
        dirty: false,
        self_resetting,
        funcs,
        typed,
    })
}

type Slot = Rc<RefCell<Result<Live, String>>>;

thread_local! {
    /// This thread's instances, at their module's slot number (a failure to instantiate is kept).
    static INSTANCES: RefCell<Vec<Option<Slot>>> = const { RefCell::new(Vec::new()) };
}

/// The next slot number to hand out, plus one.
static NEXT_SLOT: AtomicUsize = AtomicUsize::new(1);

/// `m`'s index in every thread's table, given on first use.
#[inline]
fn slot_number(m: &WasmModule) -> usize {
    match m.slot.load(Ordering::Relaxed) {
        0 => assign_slot_number(m),
        n => n - 1,
    }
}

#[cold]
fn assign_slot_number(m: &WasmModule) -> usize {
    let fresh = NEXT_SLOT.fetch_add(1, Ordering::Relaxed);
    match m
        .slot
        .compare_exchange(0, fresh, Ordering::Relaxed, Ordering::Relaxed)
    {
        Ok(_) => fresh - 1,
        // Another thread numbered it first; `fresh` stays unused.
        Err(n) => n - 1,
    }
}

/// This thread's instance of `m`, instantiated on first use (a failure is kept in the slot).
#[inline]
fn slot(m: &'static WasmModule) -> Result<Slot, Cause> {
    let i = slot_number(m);
    let found = INSTANCES.try_with(|table| {
        table
            .try_borrow()
            .ok()
            .and_then(|table| table.get(i).and_then(Option::clone))
    });
    match found {
        Ok(Some(slot)) => Ok(slot),
        _ => new_slot(m, i),
    }
}

#[cold]
fn new_slot(m: &'static WasmModule, i: usize) -> Result<Slot, Cause> {
    let compiled = compiled(m).map_err(|_| Cause::Compile)?;
    INSTANCES
        .try_with(|table| {
            let mut table = table.try_borrow_mut().map_err(|_| Cause::Busy)?;
            if table.len() <= i {
                table.resize(i + 1, None);
            }
            if let Some(slot) = &table[i] {
                return Ok(Rc::clone(slot));
            }
            let slot: Slot = Rc::new(RefCell::new(instantiate(m, compiled)));
            table[i] = Some(Rc::clone(&slot));
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
        Cause::Compile => match compiled(m) {
            Err(e) => e.to_owned(),
            Ok(_) => "the module failed to compile".to_owned(),
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
#[inline]
pub(crate) fn call<R>(
    m: &'static WasmModule,
    f: impl FnOnce(&mut Call<'_>) -> Result<R, Error>,
) -> Result<R, Error> {
    let slot = slot(m).map_err(|cause| unavailable(m, cause))?;
    let mut guard = slot
        .try_borrow_mut()
        .map_err(|_| unavailable(m, Cause::Busy))?;
    let live = match &mut *guard {
        Ok(live) => live,
        Err(e) => return Err(m.unavailable(e.clone())),
    };
    if live.dirty {
        reset(m, live)?;
    }
    f(&mut Call::new(m, live))
}

#[cold]
fn unavailable(m: &'static WasmModule, cause: Cause) -> Error {
    m.unavailable(reason(m, cause))
}

/// Gives back everything the module's heap holds (`ml_reset`).
#[cold]
fn reset(m: &WasmModule, live: &mut Live) -> Result<(), Error> {
    live.store.data_mut().raised = None;
    live.reset
        .call(&mut live.store, ())
        .map_err(|e| wasm_error(m, &mut live.store, &e))?;
    live.dirty = false;
    Ok(())
}
