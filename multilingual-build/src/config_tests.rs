use super::*;

/// A fresh, empty directory under the system temp dir.
fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("multilingual-build-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const SQUARE: &str = "def square(x: int) -> int:\n    return x * x\n";
const CARRE: &str = "def carre(x: entier) -> entier:\n    retourner x * x\n";

#[test]
fn tracks_inputs_only_and_writes_both_outputs() {
    let dir = scratch("inputs");
    let src = dir.join("kernels");
    std::fs::create_dir_all(&src).expect("mkdir");
    std::fs::write(src.join("square.ml"), SQUARE).expect("write");
    std::fs::write(src.join("carre.ml"), CARRE).expect("write");
    std::fs::write(src.join("notes.txt"), "not a kernel").expect("write");
    let out = dir.join("out");

    let report = Config::new().out_dir(&out).build_dir(&src).expect("builds");
    assert_eq!(
        report.inputs,
        vec![src.clone(), src.join("carre.ml"), src.join("square.ml")]
    );
    let gen_dir = out.join("multilingual");
    let mut written = report.written.clone();
    written.sort();
    assert_eq!(
        written,
        vec![
            gen_dir.join("carre.rs"),
            gen_dir.join("carre.wasm"),
            gen_dir.join("square.rs"),
            gen_dir.join("square.wasm"),
        ]
    );
    assert!(report.unchanged.is_empty());
    // No output is ever an input: a build script must not track what it writes.
    assert!(report.inputs.iter().all(|i| !i.starts_with(&out)));
    let rust = std::fs::read_to_string(gen_dir.join("carre.rs")).expect("generated");
    assert!(rust.contains("pub fn carre(x: i64) -> i64"), "{rust}");
    let wasm = std::fs::read(gen_dir.join("square.wasm")).expect("generated");
    assert!(wasm.starts_with(b"\0asm"));
}

#[test]
fn unchanged_outputs_are_not_rewritten() {
    let dir = scratch("unchanged");
    let file = dir.join("square.ml");
    std::fs::write(&file, SQUARE).expect("write");
    let out = dir.join("out");
    let config = {
        let mut c = Config::new();
        c.out_dir(&out);
        c
    };
    let first = config.build_files(&[&file]).expect("builds");
    assert_eq!(first.written.len(), 2);
    let generated = out.join("multilingual/square.rs");
    let stamp = std::fs::metadata(&generated)
        .and_then(|m| m.modified())
        .expect("mtime");

    let second = config.build_files(&[&file]).expect("builds");
    assert!(second.written.is_empty(), "{second:?}");
    assert_eq!(second.unchanged.len(), 2);
    let again = std::fs::metadata(&generated)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(stamp, again);

    // An edit changes the outputs, and only then are they written.
    std::fs::write(&file, SQUARE.replace("x * x", "x * x + 1")).expect("write");
    let third = config.build_files(&[&file]).expect("builds");
    assert_eq!(third.written.len(), 2);
}

#[test]
fn compile_errors_are_returned_with_the_rendering() {
    let dir = scratch("errors");
    let file = dir.join("broken.ml");
    std::fs::write(&file, "def f(x: int) -> int:\n    return y\n").expect("write");
    let err = Config::new()
        .out_dir(dir.join("out"))
        .build_files(&[&file])
        .expect_err("an unknown name fails the build");
    let text = err.to_string();
    assert!(matches!(err, BuildError::Compile(_)));
    assert!(text.contains("broken.ml:2:12"), "{text}");
    assert!(text.contains('^'), "{text}");
}

#[test]
fn same_stem_in_two_directories_is_an_error() {
    let dir = scratch("stems");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.join(sub)).expect("mkdir");
        std::fs::write(dir.join(sub).join("square.ml"), SQUARE).expect("write");
    }
    let err = Config::new()
        .out_dir(dir.join("out"))
        .build_files(&[dir.join("a/square.ml"), dir.join("b/square.ml")])
        .expect_err("two outputs named square");
    assert!(matches!(err, BuildError::DuplicateName { ref name, .. } if name == "square"));
}

#[test]
fn missing_file_and_missing_out_dir() {
    let dir = scratch("missing");
    let err = Config::new()
        .out_dir(&dir)
        .build_files(&[dir.join("nope.ml")])
        .expect_err("missing input");
    assert!(matches!(err, BuildError::Io { ref path, .. } if path.ends_with("nope.ml")));
    if std::env::var_os("OUT_DIR").is_none() {
        let err = Config::new()
            .build_files(&[dir.join("nope.ml")])
            .expect_err("no OUT_DIR");
        assert!(matches!(err, BuildError::NoOutDir));
    }
}

#[test]
fn explicit_language_applies_to_every_file() {
    let dir = scratch("lang");
    // Without a pragma or an explicit language, a file this short may be ambiguous; the option
    // decides.
    let file = dir.join("k.ml");
    std::fs::write(&file, CARRE).expect("write");
    let report = Config::new()
        .out_dir(dir.join("out"))
        .lang(Lang::Fr)
        .build_files(&[&file])
        .expect("builds as French");
    assert_eq!(report.written.len(), 2);
    let err = Config::new()
        .out_dir(dir.join("out"))
        .lang(Lang::En)
        .build_files(&[&file])
        .expect_err("French keywords are not English");
    assert!(matches!(err, BuildError::Compile(_)));
}

#[test]
fn precompiles_for_the_given_target_and_embeds_the_artifact() {
    let dir = scratch("precompiled");
    let file = dir.join("square.ml");
    std::fs::write(&file, SQUARE).expect("write");
    let out = dir.join("out");
    let report = Config::new()
        .out_dir(&out)
        .target("aarch64-unknown-linux-gnu")
        .build_files(&[&file])
        .expect("builds");
    assert_eq!(report.not_precompiled, None);
    let gen_dir = out.join("multilingual");
    assert!(report.written.contains(&gen_dir.join("square.cwasm")));
    let artifact = std::fs::read(gen_dir.join("square.cwasm")).expect("artifact");
    assert_eq!(
        wasmtime::Engine::detect_precompiled(&artifact),
        Some(wasmtime::Precompiled::Module)
    );
    let rust = std::fs::read_to_string(gen_dir.join("square.rs")).expect("generated");
    assert!(
        rust.contains(".with_precompiled(")
            && rust.contains(
                r#"include_bytes!(concat!(env!("OUT_DIR"), "/multilingual/", "square.cwasm"))"#
            ),
        "{rust}"
    );
}

#[test]
fn without_precompilation_the_module_is_compiled_at_run_time() {
    let dir = scratch("not-precompiled");
    let file = dir.join("square.ml");
    std::fs::write(&file, SQUARE).expect("write");
    let out = dir.join("out");
    for (config, why) in [
        (Config::new().precompile(false).clone(), "off"),
        // Cranelift's riscv64 back end is not built.
        (
            Config::new().target("riscv64gc-unknown-linux-gnu").clone(),
            "riscv64",
        ),
    ] {
        let report = config
            .clone()
            .out_dir(&out)
            .build_files(&[&file])
            .expect("builds");
        let reason = report.not_precompiled.expect("a reason");
        assert!(reason.contains(why), "{reason}");
        let rust = std::fs::read_to_string(out.join("multilingual/square.rs")).expect("generated");
        assert!(!rust.contains("with_precompiled"), "{rust}");
    }
}
