//! Helpers shared by the checker's integration tests.

use multilingual_build::{SourceFile, compile};

/// Panics with the diagnostics when `source` does not compile.
pub fn accepts(source: &str) {
    if let Err(d) = compile(SourceFile::new("k.ml", source), None) {
        panic!("rejected:\n{source}\n{}", d.render());
    }
}

/// The rendered diagnostics of a file that must not compile, and the first one's line.
pub fn rejects(source: &str) -> (String, u32) {
    match compile(SourceFile::new("k.ml", source), None) {
        Ok(_) => panic!("accepted:\n{source}"),
        Err(d) => {
            let (line, _) = d.first_location();
            (d.render(), line)
        }
    }
}
