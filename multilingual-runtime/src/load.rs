//! A module's machine code for this process, made once: the precompiled artifact when wasmtime
//! accepts it, else Cranelift on the embedded `.wasm` (the artifact may be for another wasmtime,
//! target or CPU); then linked, ready to instantiate on any thread.

use wasmtime::{Engine, InstancePre, Module};

use crate::engine::{HostState, chain, engine, linker};
use crate::error::Error;
use crate::module::{Origin, WasmModule};

/// A module loaded and linked for the process.
pub(crate) struct Compiled {
    pub(crate) engine: &'static Engine,
    pub(crate) pre: InstancePre<HostState>,
    pub(crate) origin: Origin,
}

/// `m` loaded and linked, on first use; a failure is kept.
pub(crate) fn compiled(m: &'static WasmModule) -> Result<&'static Compiled, &'static str> {
    m.compiled
        .get_or_init(|| load(m))
        .as_ref()
        .map_err(String::as_str)
}

/// See [`WasmModule::origin`].
pub(crate) fn origin(m: &'static WasmModule) -> Result<Origin, Error> {
    compiled(m)
        .map(|c| c.origin.clone())
        .map_err(|e| m.unavailable(e.to_owned()))
}

fn load(m: &WasmModule) -> Result<Compiled, String> {
    let engine = engine()?;
    let (module, origin) = match m.precompiled.map(|artifact| deserialize(engine, artifact)) {
        Some(Ok(module)) => (module, Origin::Precompiled),
        rejected => {
            let module = Module::new(engine, m.bytes)
                .map_err(|e| format!("cannot compile the module: {}", chain(&e)))?;
            let artifact_rejected = rejected.and_then(Result::err);
            if let Some(why) = &artifact_rejected {
                crate::dispatch::report(&format!(
                    "{}: the precompiled artifact was rejected ({why}); compiling the embedded .wasm",
                    m.file
                ));
            }
            (module, Origin::Compiled { artifact_rejected })
        }
    };
    let pre = linker(engine)?
        .instantiate_pre(&module)
        .map_err(|e| format!("cannot link the module: {}", chain(&e)))?;
    Ok(Compiled {
        engine,
        pre,
        origin,
    })
}

/// The module of a precompiled artifact, or wasmtime's reason for refusing it.
fn deserialize(engine: &Engine, artifact: &[u8]) -> Result<Module, String> {
    // SAFETY: `Module::deserialize` trusts the machine code in the artifact; wasmtime checks only
    // that its format, wasmtime version, target, CPU features and engine settings fit this
    // engine. The artifact reaches here only through `WasmModule::with_precompiled`, which
    // generated code calls with the bytes `multilingual-build` made at build time with
    // `Engine::precompile_module` from this module's own `.wasm` and the engine configuration
    // this engine uses (`multilingual_engine::config`), embedded in the program with
    // `include_bytes!`: it is as trusted as the program's own machine code.
    unsafe { Module::deserialize(engine, artifact) }.map_err(|e| chain(&e))
}
