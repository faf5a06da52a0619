//! Compiles every kernel of the repository with the build-script API and generates a registry
//! that calls any public kernel function by file and name, and the table of their signatures
//! (used by the reference and differential tests). Also compiles the benchmarks' hand-written
//! kernels for wasm32 (`benches/handwritten/build_wasm.rs`).

use multilingual_build::backend::rust::ident;
use multilingual_build::ir::Role;
use multilingual_build::types::Type;
use multilingual_build::{Config, SourceFile, compile};
use std::fmt::Write;
use std::path::PathBuf;

/// The hand-written baseline of the benchmarks, compiled for wasm32 by rustc.
#[path = "benches/handwritten/build_wasm.rs"]
mod build_wasm;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    build_wasm::run()?;
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in ["examples/kernels", "tests/languages"] {
        println!("cargo:rerun-if-changed={dir}");
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "ml") {
                files.push(path);
            }
        }
    }
    files.sort();
    Config::new().compile_files(&files)?;
    // The dispatch benchmark's kernel, precompiled for the cold-start figures.
    Config::new().compile_files(&["benches/kernels/add.ml"])?;

    let mut mods = String::new();
    let mut arms = String::new();
    let mut sigs = String::new();
    for (i, path) in files.iter().enumerate() {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let display = path.to_string_lossy().replace('\\', "/");
        writeln!(
            mods,
            "pub mod k{i} {{ multilingual_runtime::include_kernels!({stem:?}); }}"
        )?;
        let c = compile(
            SourceFile::new(display.clone(), std::fs::read_to_string(path)?),
            None,
        )
        .map_err(|d| d.render())?;
        // The registry's values are scalars, strings, bytes and flat lists of numbers; kernels over
        // lists of lists, lists of strings and tuples are exercised by the whole programs in
        // tests/programs.
        let flat = |t: &Type| match t {
            Type::List(e) => e.is_scalar(),
            Type::Tuple(_) => false,
            _ => true,
        };
        for f in c.program.functions.iter().filter(|f| {
            f.public
                && f.param_locals().iter().all(|l| flat(&l.ty))
                && f.result.as_ref().is_none_or(flat)
        }) {
            let name = ident(&f.name).to_string();
            let mut lets = String::new();
            let mut call = Vec::new();
            let mut after = Vec::new();
            let mut params = Vec::new();
            for (j, l) in f.param_locals().iter().enumerate() {
                let conv = match &l.ty {
                    Type::Int => "int()",
                    Type::Float => "float()",
                    Type::Bool => "bool()",
                    Type::Str => "str()",
                    Type::Bytes => "bytes()",
                    Type::List(e) => match **e {
                        Type::Int => "ints()",
                        Type::Float => "floats()",
                        _ => "bools()",
                    },
                    Type::Tuple(_) => unreachable!("tuples are filtered out above"),
                };
                writeln!(lets, "let mut a{j} = args.get({j})?.{conv};")?;
                call.push(match (&l.ty, l.role) {
                    (Type::List(_), Role::Param { written: true }) => format!("&mut a{j}"),
                    (Type::List(_) | Type::Str | Type::Bytes, _) => format!("&a{j}"),
                    _ => format!("a{j}"),
                });
                after.push(if l.ty == Type::Bytes {
                    format!("Value::Bytes(a{j})")
                } else {
                    format!("Value::from(a{j})")
                });
                params.push(format!(
                    "Param {{ name: {:?}, ty: {}, written: {} }}",
                    l.name,
                    type_expr(&l.ty),
                    matches!(l.role, Role::Param { written: true })
                ));
            }
            let call = call.join(", ");
            let after = after.join(", ");
            let result = match &f.result {
                Some(Type::Bytes) => "Some(Value::Bytes(r))",
                Some(_) => "Some(Value::from(r))",
                None => "{ let () = r; None }",
            };
            writeln!(
                arms,
                "({display:?}, {fname:?}) => {{ {lets} let r = match path {{ Path::Native => k{i}::native::{name}({call}), Path::Wasm => match k{i}::wasm::{name}({call}) {{ Ok(r) => r, Err(e) => return Some(Err(e)) }} }}; Some(Ok(Outcome {{ value: {result}, args_after: vec![{after}] }})) }}",
                fname = f.name,
            )?;
            writeln!(
                sigs,
                "Signature {{ file: {display:?}, function: {fname:?}, params: &[{params}], result: {ret} }},",
                fname = f.name,
                params = params.join(", "),
                ret = f
                    .result
                    .as_ref()
                    .map_or("None".to_string(), |t| format!("Some({})", type_expr(t))),
            )?;
        }
    }
    let registry = format!(
        "{mods}\n/// Calls a public kernel function by file and name on one path.\n#[allow(unused_mut, clippy::all)]\npub fn call(file: &str, function: &str, args: &[Value], path: Path) -> Option<Result<Outcome, multilingual_runtime::Error>> {{\n match (file, function) {{\n{arms}\n _ => None }}\n}}\n\n/// The signature of every public kernel function, by file (sorted) and then in source order.\npub static SIGNATURES: &[Signature] = &[\n{sigs}];\n"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("registry.rs");
    if std::fs::read_to_string(&out).ok().as_deref() != Some(registry.as_str()) {
        std::fs::write(out, registry)?;
    }
    Ok(())
}

/// `ty` as a constant expression of the registry's `Type`.
fn type_expr(ty: &Type) -> String {
    match ty {
        Type::Int => "Type::Int".into(),
        Type::Float => "Type::Float".into(),
        Type::Bool => "Type::Bool".into(),
        Type::Str => "Type::Str".into(),
        Type::Bytes => "Type::Bytes".into(),
        Type::List(e) => format!("Type::List(&{})", type_expr(e)),
        Type::Tuple(_) => unreachable!("tuples are filtered out of the registry"),
    }
}
