//! Loading a module from its precompiled artifact, and falling back to compiling the embedded
//! `.wasm` when wasmtime rejects the artifact, with the reason kept.

use super::lock_backend;
use super::wasm::{EXPORTS, SITES, bytes};
use crate::__private::{Path, WasmModule, dispatch};
use crate::{Backend, Origin, set_backend};

/// The triple of this process's architecture, and of the other supported one.
fn triples() -> Option<(&'static str, &'static str)> {
    const X86: &str = "x86_64-unknown-linux-gnu";
    const ARM: &str = "aarch64-unknown-linux-gnu";
    match (std::env::consts::ARCH, std::env::consts::OS) {
        ("x86_64", "linux") => Some((X86, ARM)),
        ("aarch64", "linux") => Some((ARM, X86)),
        _ => None,
    }
}

fn artifact(target: &str) -> Vec<u8> {
    multilingual_engine::precompile(bytes(), target, &[]).expect("precompiles")
}

/// A new module (its own slot and load) with the test bytes and `artifact`.
fn module(file: &'static str, artifact: Vec<u8>) -> &'static WasmModule {
    let artifact: &'static [u8] = Box::leak(artifact.into_boxed_slice());
    Box::leak(Box::new(
        WasmModule::new(file, bytes(), SITES, EXPORTS).with_precompiled(artifact),
    ))
}

fn add(m: &'static WasmModule) -> i64 {
    m.call(|cx| cx.invoke::<(i64, i64), i64>(0, (2, 3)))
        .expect("add runs")
}

fn rejected(m: &'static WasmModule) -> String {
    match m.origin().expect("loads") {
        Origin::Compiled {
            artifact_rejected: Some(why),
        } => why,
        other => panic!("expected a rejected artifact, got {other:?}"),
    }
}

#[test]
fn the_artifact_for_this_target_is_loaded() {
    let Some((host, _)) = triples() else { return };
    let m = module("host.ml", artifact(host));
    assert_eq!(add(m), 5);
    assert_eq!(m.origin(), Ok(Origin::Precompiled));
}

#[test]
fn an_artifact_for_another_architecture_falls_back_to_the_wasm() {
    let Some((_, other)) = triples() else { return };
    let m = module("other-arch.ml", artifact(other));
    assert_eq!(add(m), 5);
    let why = rejected(m);
    assert!(why.contains("compiled for architecture"), "{why}");
    let notice = m.origin().expect("loads").to_string();
    assert!(
        notice.starts_with(
            "compiled from the embedded .wasm: the precompiled artifact was rejected: "
        ) && notice.contains(&why),
        "{notice}"
    );
}

#[test]
fn corrupt_artifacts_fall_back_to_the_wasm() {
    let Some((host, _)) = triples() else { return };
    let good = artifact(host);
    let truncated = good[..good.len() / 2].to_vec();
    let mut not_a_module = good.clone();
    not_a_module[..4].copy_from_slice(b"\0asm");
    for (file, bytes) in [("truncated.ml", truncated), ("garbage.ml", not_a_module)] {
        let m = module(file, bytes);
        assert_eq!(add(m), 5, "{file}");
        assert!(!rejected(m).is_empty(), "{file}");
    }
}

#[test]
fn an_artifact_of_another_wasmtime_version_falls_back_to_the_wasm() {
    let Some((host, _)) = triples() else { return };
    let mut config = multilingual_engine::config();
    config
        .target(host)
        .expect("a target")
        .module_version(wasmtime::ModuleVersionStrategy::Custom("0.0.1".into()))
        .expect("a version");
    let engine = wasmtime::Engine::new(&config).expect("an engine");
    let m = module(
        "old-version.ml",
        engine.precompile_module(bytes()).expect("precompiles"),
    );
    assert_eq!(add(m), 5);
    let why = rejected(m);
    assert!(why.contains("incompatible version '0.0.1'"), "{why}");
}

#[test]
fn the_dispatcher_stays_on_wasm_when_the_artifact_is_rejected() {
    let Some((_, other)) = triples() else { return };
    let _lock = lock_backend();
    set_backend(Backend::Auto);
    let m = module("dispatched.ml", artifact(other));
    let path = dispatch(m, |path| match path {
        Path::Wasm => m
            .call(|cx| cx.invoke::<(i64, i64), i64>(0, (2, 3)))
            .map(|_| "wasm"),
        Path::Native => Ok("native"),
    });
    assert_eq!(path, "wasm");
}

#[test]
fn a_module_without_artifact_says_so() {
    let m: &'static WasmModule = Box::leak(Box::new(WasmModule::new(
        "plain.ml",
        bytes(),
        SITES,
        EXPORTS,
    )));
    assert_eq!(add(m), 5);
    assert_eq!(
        m.origin(),
        Ok(Origin::Compiled {
            artifact_rejected: None
        })
    );
}
