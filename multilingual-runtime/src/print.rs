//! `print` for generated native code and for the wasm module's host functions: each value is
//! appended to the line as Python's `str()` shows it, and the finished line goes to
//! [`output::write`](crate::output::write) in one piece.

use crate::pyfmt;

/// Appends `str(value)` of an int.
pub fn int(line: &mut String, v: i64) {
    use std::fmt::Write;
    let _ = write!(line, "{v}");
}

/// Appends `str(value)` of a float (Python's shortest round-trip form).
pub fn float(line: &mut String, v: f64) {
    pyfmt::push_repr_float(line, v);
}

/// Appends a string as is.
pub fn str(line: &mut String, v: &str) {
    line.push_str(v);
}

/// Appends `True` or `False`.
pub fn bool(line: &mut String, v: bool) {
    line.push_str(pyfmt::bool_str(v));
}

/// A value inside a list, written as Python's `repr` shows it (`[1, 0.5, True, 'a', [2]]`).
pub trait Show {
    /// Appends the value's repr.
    fn show(&self, line: &mut String);
}

impl Show for i64 {
    fn show(&self, line: &mut String) {
        int(line, *self);
    }
}

impl Show for f64 {
    fn show(&self, line: &mut String) {
        float(line, *self);
    }
}

impl Show for bool {
    fn show(&self, line: &mut String) {
        bool(line, *self);
    }
}

impl Show for str {
    fn show(&self, line: &mut String) {
        let _ = pyfmt::write_repr_str(line, self);
    }
}

impl Show for crate::text::Str {
    fn show(&self, line: &mut String) {
        self.as_str().show(line);
    }
}

impl Show for String {
    fn show(&self, line: &mut String) {
        self.as_str().show(line);
    }
}

impl Show for crate::bytes::Bytes {
    fn show(&self, line: &mut String) {
        let _ = pyfmt::write_repr_bytes(line, self.as_bytes());
    }
}

/// A `bytes` inside a list (generated code keeps it as a `Vec<u8>` there).
impl Show for Vec<u8> {
    fn show(&self, line: &mut String) {
        let _ = pyfmt::write_repr_bytes(line, self);
    }
}

impl<T: Show> Show for [T] {
    fn show(&self, line: &mut String) {
        line.push('[');
        for (i, x) in self.iter().enumerate() {
            if i > 0 {
                line.push_str(", ");
            }
            x.show(line);
        }
        line.push(']');
    }
}

impl<T: Show> Show for Vec<T> {
    fn show(&self, line: &mut String) {
        self.as_slice().show(line);
    }
}

/// Appends a list as Python shows it: `[1, 2]`, `[[0.5], []]`, `['a', 'b']`.
pub fn list<T: Show>(line: &mut String, v: &[T]) {
    v.show(line);
}

/// Writes a finished line (with its `end`).
pub fn finish(line: &str) {
    crate::output::write(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_as_python_shows_them() {
        let mut line = String::new();
        int(&mut line, -7);
        line.push(' ');
        float(&mut line, 1e-5);
        line.push(' ');
        float(&mut line, 1e16);
        line.push(' ');
        bool(&mut line, true);
        line.push(' ');
        list(&mut line, &[0.1, -0.0, f64::INFINITY]);
        line.push(' ');
        list::<i64>(&mut line, &[]);
        line.push(' ');
        list(&mut line, &[false, true]);
        line.push(' ');
        list(&mut line, &[b"it's".to_vec(), vec![0, 255]]);
        assert_eq!(
            line,
            "-7 1e-05 1e+16 True [0.1, -0.0, inf] [] [False, True] [b\"it's\", b'\\x00\\xff']"
        );
    }
}
