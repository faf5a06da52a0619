//! The build-script API, in the manner of `prost-build`: compile `.ml` files into `OUT_DIR`,
//! then bring each in with `multilingual_runtime::include_kernels!("name")`.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), multilingual_build::BuildError> {
//!     multilingual_build::Config::new().compile_dir("kernels")
//! }
//! ```

use crate::compile::compile;
use crate::diagnostic::Diagnostics;
use crate::emit::{self, WasmBytes};
use crate::precompile::{Precompiler, Target};
use crate::source::SourceFile;
use crate::vocabulary::Lang;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a build step failed.
#[derive(Debug)]
pub enum BuildError {
    /// Reading or writing a file failed.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A kernel file has errors (the rendering shows each with file, line and column).
    Compile(Box<Diagnostics>),
    /// `OUT_DIR` is not set (not running inside a build script) and no output directory was given.
    NoOutDir,
    /// Two kernel files would produce the same output name (`a/matrix.ml` and `b/matrix.ml`).
    DuplicateName {
        name: String,
        first: PathBuf,
        second: PathBuf,
    },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            BuildError::Compile(d) => write!(f, "{}", d.render()),
            BuildError::NoOutDir => {
                f.write_str("OUT_DIR is not set; call Config::out_dir or run from a build script")
            }
            BuildError::DuplicateName {
                name,
                first,
                second,
            } => write!(
                f,
                "{} and {} would both become `{name}`; rename one (include_kernels! names a kernel \
                 by its file stem)",
                first.display(),
                second.display()
            ),
        }
    }
}

impl std::error::Error for BuildError {}

/// Options for compiling kernel files from a build script.
#[derive(Clone, Debug, Default)]
pub struct Config {
    out_dir: Option<PathBuf>,
    lang: Option<Lang>,
    target: Option<Target>,
    no_precompile: bool,
}

impl Config {
    /// Default options: output to `$OUT_DIR/multilingual`, language from each file's pragma or
    /// detected, each module also precompiled for the build's target (`$TARGET`).
    pub fn new() -> Config {
        Config::default()
    }

    /// Precompiles for `triple` (e.g. `aarch64-unknown-linux-gnu`, with that target's baseline
    /// CPU features) instead of the target cargo builds for (`$TARGET` with the CPU features in
    /// `$CARGO_CFG_TARGET_FEATURE`).
    pub fn target(&mut self, triple: impl Into<String>) -> &mut Config {
        self.target = Some(Target::new(triple));
        self
    }

    /// Whether to precompile each module for the target with Cranelift and embed the artifact
    /// (default: yes). Without it, or when the target has no Cranelift back end here (only
    /// x86-64 and aarch64 have), the program compiles each module when it first calls it.
    pub fn precompile(&mut self, on: bool) -> &mut Config {
        self.no_precompile = !on;
        self
    }

    /// Writes into `dir` instead of `$OUT_DIR` (files go to `dir/multilingual/`).
    pub fn out_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Config {
        self.out_dir = Some(dir.into());
        self
    }

    /// Compiles every file as written in `lang`.
    pub fn lang(&mut self, lang: Lang) -> &mut Config {
        self.lang = Some(lang);
        self
    }

    /// Compiles every `.ml` file of a directory (not recursive), in name order, and prints the
    /// `cargo:rerun-if-changed` lines for the directory and each file.
    pub fn compile_dir(&self, dir: impl AsRef<Path>) -> Result<(), BuildError> {
        let report = self.build_dir(dir)?;
        report.print_rerun_directives();
        Ok(())
    }

    /// Compiles the given files; each `kernels/matrix.ml` becomes `matrix.rs` and `matrix.wasm`,
    /// and prints the `cargo:rerun-if-changed` line of each input. Errors are printed (rustc
    /// style) and returned.
    pub fn compile_files(&self, files: &[impl AsRef<Path>]) -> Result<(), BuildError> {
        let report = self.build_files(files)?;
        report.print_rerun_directives();
        Ok(())
    }

    /// [`Config::compile_dir`] without printing cargo directives: returns what it read and wrote.
    pub fn build_dir(&self, dir: impl AsRef<Path>) -> Result<BuildReport, BuildError> {
        let dir = dir.as_ref();
        let entries = std::fs::read_dir(dir).map_err(|error| BuildError::Io {
            path: dir.to_path_buf(),
            error,
        })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ml"))
            .collect();
        files.sort();
        let mut report = self.build_files(&files)?;
        // The directory itself, so that adding a kernel file reruns the build script.
        report.inputs.insert(0, dir.to_path_buf());
        Ok(report)
    }

    /// [`Config::compile_files`] without printing cargo directives: returns what it read and
    /// wrote.
    pub fn build_files(&self, files: &[impl AsRef<Path>]) -> Result<BuildReport, BuildError> {
        let out = match &self.out_dir {
            Some(d) => d.clone(),
            None => PathBuf::from(std::env::var_os("OUT_DIR").ok_or(BuildError::NoOutDir)?),
        }
        .join("multilingual");
        std::fs::create_dir_all(&out).map_err(|error| BuildError::Io {
            path: out.clone(),
            error,
        })?;
        let mut report = BuildReport::default();
        let mut precompiler: Option<Result<Precompiler, String>> = None;
        let mut stems: Vec<(String, PathBuf)> = Vec::new();
        for path in files {
            let path = path.as_ref();
            report.inputs.push(path.to_path_buf());
            let stem = path
                .file_stem()
                .map_or_else(|| "kernel".into(), |s| s.to_string_lossy().to_string());
            if let Some((_, first)) = stems.iter().find(|(s, _)| *s == stem) {
                return Err(BuildError::DuplicateName {
                    name: stem,
                    first: first.clone(),
                    second: path.to_path_buf(),
                });
            }
            stems.push((stem.clone(), path.to_path_buf()));
            let text = std::fs::read_to_string(path).map_err(|error| BuildError::Io {
                path: path.to_path_buf(),
                error,
            })?;
            let display = path.to_string_lossy().replace('\\', "/");
            let compiled = match compile(SourceFile::new(display, text), self.lang) {
                Ok(c) => c,
                Err(d) => {
                    eprintln!("{}", d.render());
                    return Err(BuildError::Compile(Box::new(d)));
                }
            };
            let wasm_name = format!("{stem}.wasm");
            let artifact = precompiler
                .get_or_insert_with(|| self.precompiler())
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|p| p.precompile(&compiled.wasm));
            let wasm = WasmBytes::OutDir(&wasm_name);
            let mut outputs = vec![(out.join(&wasm_name), compiled.wasm.clone())];
            let rust = match artifact {
                Ok(artifact) => {
                    let name = format!("{stem}.cwasm");
                    outputs.push((out.join(&name), artifact));
                    emit::items_precompiled(&compiled, wasm, &name)
                }
                Err(why) => {
                    report.not_precompiled.get_or_insert(why);
                    emit::items(&compiled, wasm)
                }
            };
            outputs.push((
                out.join(format!("{stem}.rs")),
                emit::pretty(&rust).into_bytes(),
            ));
            for (file, bytes) in outputs {
                if write_if_changed(&file, &bytes)? {
                    report.written.push(file);
                } else {
                    report.unchanged.push(file);
                }
            }
        }
        Ok(report)
    }
}

impl Config {
    /// The precompiler of this build's target, or why there is none.
    fn precompiler(&self) -> Result<Precompiler, String> {
        if self.no_precompile {
            return Err("precompilation is off (Config::precompile(false))".to_owned());
        }
        let target = match &self.target {
            Some(t) => t.clone(),
            None => Target::from_env().ok_or(
                "no target to precompile for: TARGET is not set (not in a build script) and no \
                 Config::target was given",
            )?,
        };
        Precompiler::new(&target)
    }
}

/// What a build step read and wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildReport {
    /// The inputs a build script must track (`cargo:rerun-if-changed`): the kernel files and the
    /// directories listed, never the outputs.
    pub inputs: Vec<PathBuf>,
    /// Outputs whose content changed and were written.
    pub written: Vec<PathBuf>,
    /// Outputs left untouched because their content was already up to date.
    pub unchanged: Vec<PathBuf>,
    /// Why modules were not precompiled (`None` when every module was): their programs compile
    /// them when they first call them.
    pub not_precompiled: Option<String>,
}

impl BuildReport {
    /// Prints `cargo:rerun-if-changed=…` for every input.
    pub fn print_rerun_directives(&self) {
        for input in &self.inputs {
            println!("cargo:rerun-if-changed={}", input.display());
        }
    }
}

/// Writes only when the content differs, so unchanged outputs keep their timestamps (and
/// nothing downstream rebuilds). Returns whether it wrote.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool, BuildError> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    std::fs::write(path, bytes).map_err(|error| BuildError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    Ok(true)
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
