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
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            BuildError::Compile(d) => write!(f, "{}", d.render()),
            BuildError::NoOutDir => {
                f.write_str("OUT_DIR is not set; call Config::out_dir or run from a build script")
            }
        }
    }
}

impl std::error::Error for BuildError {}

/// Options for compiling kernel files from a build script.
#[derive(Clone, Debug, Default)]
pub struct Config {
    out_dir: Option<PathBuf>,
    lang: Option<Lang>,
}

impl Config {
    /// Default options: output to `$OUT_DIR/multilingual`, language from each file's pragma or
    /// detected.
    pub fn new() -> Config {
        Config::default()
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

    /// Compiles every `.ml` file of a directory (not recursive), in name order.
    pub fn compile_dir(&self, dir: impl AsRef<Path>) -> Result<(), BuildError> {
        let dir = dir.as_ref();
        println!("cargo:rerun-if-changed={}", dir.display());
        let entries = std::fs::read_dir(dir).map_err(|error| BuildError::Io {
            path: dir.to_path_buf(),
            error,
        })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ml"))
            .collect();
        files.sort();
        self.compile_files(&files)
    }

    /// Compiles the given files; each `kernels/matrix.ml` becomes `matrix.rs` and `matrix.wasm`.
    /// Errors are printed (rustc style) and returned.
    pub fn compile_files(&self, files: &[impl AsRef<Path>]) -> Result<(), BuildError> {
        let out = match &self.out_dir {
            Some(d) => d.clone(),
            None => PathBuf::from(std::env::var_os("OUT_DIR").ok_or(BuildError::NoOutDir)?),
        }
        .join("multilingual");
        std::fs::create_dir_all(&out).map_err(|error| BuildError::Io {
            path: out.clone(),
            error,
        })?;
        for path in files {
            let path = path.as_ref();
            println!("cargo:rerun-if-changed={}", path.display());
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
            let stem = path
                .file_stem()
                .map_or_else(|| "kernel".into(), |s| s.to_string_lossy().to_string());
            let wasm_name = format!("{stem}.wasm");
            let rust = emit::pretty(&emit::items(&compiled, WasmBytes::OutDir(&wasm_name)));
            write_if_changed(&out.join(&wasm_name), &compiled.wasm)?;
            write_if_changed(&out.join(format!("{stem}.rs")), rust.as_bytes())?;
        }
        Ok(())
    }
}

/// Writes only when the content differs, so unchanged outputs keep their timestamps.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    std::fs::write(path, bytes).map_err(|error| BuildError::Io {
        path: path.to_path_buf(),
        error,
    })
}
