//! `str()` and `repr()` of the language's values: strings with CPython's quoting (`unicode_repr` in
//! Objects/unicodeobject.c), bytes (`PyBytes_Repr` in Objects/bytesobject.c), ints, bools, `None`,
//! floats, and flat lists.

use std::fmt;

use super::Value;
use super::float_repr::write_repr_float;
use super::unicode_tables::UNASSIGNED;

/// Writes `repr(s)`: single quotes unless `s` contains `'` and no `"`; `\\`, the quote, `\t`, `\n`, `\r`
/// escaped; other ASCII controls and DEL as `\xhh`; non-printable non-ASCII characters as `\xhh`,
/// `\uhhhh` or `\Uhhhhhhhh`; printable non-ASCII characters as they are.
pub fn write_repr_str<W: fmt::Write + ?Sized>(out: &mut W, s: &str) -> fmt::Result {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.write_char(quote)?;
    let mut run = 0; // start of the pending run of characters written as they are
    for (i, c) in s.char_indices() {
        let plain = match c {
            '\\' | '\t' | '\n' | '\r' => false,
            c if c == quote => false,
            ' '..='\x7e' => true,
            c if c.is_ascii() => false,
            c => is_printable(c),
        };
        if plain {
            continue;
        }
        out.write_str(&s[run..i])?;
        run = i + c.len_utf8();
        match c {
            '\\' => out.write_str("\\\\")?,
            '\t' => out.write_str("\\t")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            c if c == quote => {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            c => {
                let n = u32::from(c);
                if n <= 0xff {
                    write!(out, "\\x{n:02x}")?;
                } else if n <= 0xffff {
                    write!(out, "\\u{n:04x}")?;
                } else {
                    write!(out, "\\U{n:08x}")?;
                }
            }
        }
    }
    out.write_str(&s[run..])?;
    out.write_char(quote)
}

/// `repr(s)` of a string, as CPython 3.12 gives it.
///
/// ```
/// use multilingual_runtime::pyfmt::repr_str;
/// assert_eq!(repr_str("it's"), r#""it's""#);
/// assert_eq!(repr_str("a\tb\u{7f}é\u{a0}"), r"'a\tb\x7fé\xa0'");
/// ```
pub fn repr_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    let _ = write_repr_str(&mut out, s);
    out
}

/// Writes `repr(b)` of a `bytes`: `b` then single quotes unless `b` contains `'` and no `"`;
/// `\\`, the quote, `\t`, `\n`, `\r` escaped; other bytes below 0x20 or from 0x7f on as `\xhh`.
pub fn write_repr_bytes<W: fmt::Write + ?Sized>(out: &mut W, b: &[u8]) -> fmt::Result {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.write_char('b')?;
    out.write_char(char::from(quote))?;
    for &c in b {
        match c {
            b'\\' => out.write_str("\\\\")?,
            b'\t' => out.write_str("\\t")?,
            b'\n' => out.write_str("\\n")?,
            b'\r' => out.write_str("\\r")?,
            c if c == quote => {
                out.write_char('\\')?;
                out.write_char(char::from(c))?;
            }
            b' '..=b'\x7e' => out.write_char(char::from(c))?,
            c => write!(out, "\\x{c:02x}")?,
        }
    }
    out.write_char(char::from(quote))
}

/// `repr(b)` of a `bytes`, as CPython 3.12 gives it (also its `str(b)`).
///
/// ```
/// use multilingual_runtime::pyfmt::repr_bytes;
/// assert_eq!(repr_bytes(b"it's"), r#"b"it's""#);
/// assert_eq!(repr_bytes(&[0, 9, 0x7f, 0xff, b'a']), r"b'\x00\t\x7f\xffa'");
/// ```
pub fn repr_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    let _ = write_repr_bytes(&mut out, b);
    out
}

/// Whether `repr` keeps `c` as it is: Python 3.12's `str.isprintable` of one character, false for the
/// general categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
///
/// ASCII is decided here. For the rest this uses the standard library: `str::escape_debug` leaves a
/// character after the first one of a string as it is exactly when `core::unicode::printable` says it is
/// printable, and that table is generated from the same categories (library/core/src/unicode/printable.py
/// in rust-lang/rust). Rust's tables follow a newer Unicode version than Python 3.12's 15.0.0, so the
/// characters assigned since (about 10,000 with Rust 1.95: CJK extensions, new scripts, emoji) would be
/// printable for Rust and are unassigned (Cn), so escaped, for Python; the code points unassigned in
/// 15.0.0 (`UNASSIGNED`, generated from Python's `unicodedata`) are therefore excluded here.
/// `tests/pyfmt_reference.rs` compares every code point with CPython's answer. What remains possible is a
/// character whose category a later Unicode version moved between printable and non-printable classes;
/// that test would show it.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' '..='\x7e');
    }
    let mut buf = [0u8; 8];
    buf[0] = b'a';
    let n = c.encode_utf8(&mut buf[1..]).len();
    let rust = match std::str::from_utf8(&buf[..1 + n]) {
        Ok(s) => s.escape_debug().nth(1) == Some(c),
        Err(_) => false,
    };
    rust && !unassigned(u32::from(c))
}

/// Whether `c` is unassigned in Python 3.12's Unicode database.
fn unassigned(c: u32) -> bool {
    let i = UNASSIGNED.partition_point(|&(lo, _)| lo <= c);
    i > 0 && UNASSIGNED[i - 1].1 >= c
}

/// Python's name for a bool: `True` / `False`.
pub const fn bool_str(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// Writes `str(v)`: a string as it is, everything else (bytes too) as its `repr`.
pub fn write_str_value<W: fmt::Write + ?Sized>(out: &mut W, v: Value<'_>) -> fmt::Result {
    match v {
        Value::Str(s) => out.write_str(s),
        other => write_repr_value(out, other),
    }
}

/// Writes `repr(v)`.
pub fn write_repr_value<W: fmt::Write + ?Sized>(out: &mut W, v: Value<'_>) -> fmt::Result {
    match v {
        Value::None => out.write_str("None"),
        Value::Bool(b) => out.write_str(bool_str(b)),
        Value::Int(n) => write!(out, "{n}"),
        Value::Float(x) => write_repr_float(out, x),
        Value::Str(s) => write_repr_str(out, s),
        Value::Bytes(b) => write_repr_bytes(out, b),
    }
}

/// Writes a list as Python's `str(list)` / `repr(list)` does: `[1, 2.5, 'a', True]` (the `repr` of each
/// item, separated by `, `).
pub fn write_list_repr<'a, W, I>(out: &mut W, items: I) -> fmt::Result
where
    W: fmt::Write + ?Sized,
    I: IntoIterator<Item = Value<'a>>,
{
    out.write_char('[')?;
    for (i, v) in items.into_iter().enumerate() {
        if i > 0 {
            out.write_str(", ")?;
        }
        write_repr_value(out, v)?;
    }
    out.write_char(']')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes() {
        assert_eq!(repr_str(""), "''");
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("say \"hi\""), "'say \"hi\"'");
        assert_eq!(repr_str("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(repr_str("\\"), "'\\\\'");
    }

    #[test]
    fn escapes() {
        assert_eq!(repr_str("a\nb\tc\rd"), "'a\\nb\\tc\\rd'");
        assert_eq!(repr_str("\0\x01\x1f\x7f"), "'\\x00\\x01\\x1f\\x7f'");
        assert_eq!(repr_str("\u{85}\u{a0}\u{ad}"), "'\\x85\\xa0\\xad'");
        assert_eq!(
            repr_str("\u{200b}\u{2028}\u{e000}"),
            "'\\u200b\\u2028\\ue000'"
        );
        assert_eq!(repr_str("\u{378}\u{ffff}"), "'\\u0378\\uffff'");
        assert_eq!(repr_str("\u{10ffff}\u{e0001}"), "'\\U0010ffff\\U000e0001'");
    }

    #[test]
    fn printable_non_ascii_kept() {
        assert_eq!(repr_str("é中😀"), "'é中😀'");
        // A combining mark is printable (Mn), even first.
        assert_eq!(repr_str("\u{301}a\u{301}"), "'\u{301}a\u{301}'");
        assert_eq!(repr_str("١٢٣ नमस्ते"), "'١٢٣ नमस्ते'");
        assert!(!is_printable('\u{3000}'));
        assert!(is_printable('\u{3001}'));
        // Assigned in Unicode 15.1 (CJK Extension I) and 16.0 (Garay): unassigned for Python 3.12.
        assert_eq!(repr_str("\u{2ebf0}\u{10d40}"), "'\\U0002ebf0\\U00010d40'");
    }

    #[test]
    fn bytes_as_python_shows_them() {
        assert_eq!(repr_bytes(b""), "b''");
        assert_eq!(repr_bytes(b"abc"), "b'abc'");
        assert_eq!(repr_bytes(b"it's"), "b\"it's\"");
        assert_eq!(repr_bytes(b"say \"hi\""), "b'say \"hi\"'");
        assert_eq!(repr_bytes(b"it's \"x\""), "b'it\\'s \"x\"'");
        assert_eq!(repr_bytes(b"a\\b"), "b'a\\\\b'");
        assert_eq!(repr_bytes(b"\t\n\r"), "b'\\t\\n\\r'");
        assert_eq!(
            repr_bytes(&[0, 0x1f, b' ', b'~', 0x7f, 0x80, 0xff]),
            "b'\\x00\\x1f ~\\x7f\\x80\\xff'"
        );
    }

    #[test]
    fn values() {
        let mut s = String::new();
        write_list_repr(
            &mut s,
            [
                Value::Int(-3),
                Value::Float(2.0),
                Value::Bool(true),
                Value::None,
                Value::Str("a'"),
            ],
        )
        .unwrap();
        assert_eq!(s, "[-3, 2.0, True, None, \"a'\"]");
        let mut s = String::new();
        write_list_repr(&mut s, []).unwrap();
        assert_eq!(s, "[]");
        let mut s = String::new();
        write_str_value(&mut s, Value::Str("a'")).unwrap();
        write_str_value(&mut s, Value::Bool(false)).unwrap();
        write_str_value(&mut s, Value::Int(i64::MIN)).unwrap();
        assert_eq!(s, "a'False-9223372036854775808");
    }
}
