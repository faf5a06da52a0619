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

    /// The site table of a generated file from its lines and columns in turn
    /// (`[line, column, line, column, …]`): two literals per site keep the generated code short.
    /// Evaluated at compile time; a table of the wrong length does not compile.
    pub const fn table<const N: usize>(lines_and_columns: &[u32]) -> [Site; N] {
        assert!(
            lines_and_columns.len() == 2 * N,
            "a site table needs a line and a column per site"
        );
        let mut sites = [Site::new(0, 0); N];
        let mut i = 0;
        while i < N {
            sites[i] = Site::new(lines_and_columns[2 * i], lines_and_columns[2 * i + 1]);
            i += 1;
        }
        sites
    }
}

#[cfg(test)]
mod tests {
    use super::Site;

    #[test]
    fn a_table_pairs_lines_with_columns() {
        const SITES: [Site; 3] = Site::table(&[5, 22, 8, 20, 8, 34]);
        assert_eq!(
            SITES,
            [Site::new(5, 22), Site::new(8, 20), Site::new(8, 34)]
        );
    }

    #[test]
    #[should_panic(expected = "a line and a column per site")]
    fn a_table_of_the_wrong_length_is_refused() {
        let _: [Site; 2] = Site::table(&[5, 22, 8]);
    }
}
