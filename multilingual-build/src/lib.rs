//! The multilingual kernel compiler.
pub mod analysis;
pub mod ast;
pub mod backend;
pub mod check;
pub mod compile;
pub mod config;
pub mod diagnostic;
pub mod emit;
pub mod ir;
pub mod lexer;
pub mod parser;
pub mod precompile;
pub mod source;
pub mod token;
pub mod types;
pub mod vocabulary;

pub use compile::{Compiled, compile, parse_lang};
pub use config::{BuildError, Config};
pub use diagnostic::{Diagnostic, Diagnostics};
pub use precompile::{Precompiler, Target};
pub use source::SourceFile;
pub use vocabulary::Lang;
