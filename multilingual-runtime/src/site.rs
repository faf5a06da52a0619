//! Source locations of the places a kernel can raise an error.

/// A location in a `.ml` file: 1-based line and column, the column counted in chars.
///
/// Each wasm module carries a table of sites; its `ml.raise` import receives an index into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Site {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, counted in chars (not bytes).
    pub column: u32,
}

impl Site {
    /// The site at `line`, `column`.
    pub const fn new(line: u32, column: u32) -> Site {
        Site { line, column }
    }
}
