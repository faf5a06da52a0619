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

/// Appends a list of ints as Python shows it: `[1, 2, 3]`.
pub fn list_int(line: &mut String, v: &[i64]) {
    list(line, v, |l, &x| int(l, x));
}

/// Appends a list of floats as Python shows it: `[0.5, 1e-05]`.
pub fn list_float(line: &mut String, v: &[f64]) {
    list(line, v, |l, &x| float(l, x));
}

/// Appends a list of bools as Python shows it: `[True, False]`.
pub fn list_bool(line: &mut String, v: &[bool]) {
    list(line, v, |l, &x| bool(l, x));
}

fn list<T>(line: &mut String, v: &[T], item: impl Fn(&mut String, &T)) {
    line.push('[');
    for (i, x) in v.iter().enumerate() {
        if i > 0 {
            line.push_str(", ");
        }
        item(line, x);
    }
    line.push(']');
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
        list_float(&mut line, &[0.1, -0.0, f64::INFINITY]);
        line.push(' ');
        list_int(&mut line, &[]);
        line.push(' ');
        list_bool(&mut line, &[false, true]);
        assert_eq!(
            line,
            "-7 1e-05 1e+16 True [0.1, -0.0, inf] [] [False, True]"
        );
    }
}
