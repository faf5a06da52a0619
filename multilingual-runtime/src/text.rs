//! `str` values of generated native code: immutable, shared, compared and indexed by code point
//! as Python does. (The wasm module keeps the same text as UTF-8 in linear memory.)

use crate::error::raise;
use crate::fault::Fault;
use crate::pyfmt;
use crate::site::Site;
use std::rc::Rc;

/// A Python `str`: cheap to copy (shared), never mutated.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Str(Rc<str>);

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str(Rc::from(s))
    }
}

impl Str {
    /// A string from text.
    pub fn new(text: &str) -> Str {
        Str(Rc::from(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An owned copy (a kernel's `str` result).
    pub fn to_string_value(&self) -> String {
        self.0.to_string()
    }

    /// `len(s)`: code points.
    pub fn len_chars(&self) -> i64 {
        if self.0.is_ascii() {
            self.0.len() as i64
        } else {
            self.0.chars().count() as i64
        }
    }

    /// `a + b`.
    pub fn concat(&self, other: &Str) -> Str {
        let mut s = String::with_capacity(self.0.len() + other.0.len());
        s.push_str(&self.0);
        s.push_str(&other.0);
        Str(Rc::from(s))
    }

    /// `s * n` (a negative count gives `""`).
    pub fn repeat(&self, n: i64, file: &'static str, site: Site) -> Str {
        let n = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
        let mut out = String::new();
        match self.0.len().checked_mul(n) {
            Some(bytes) if out.try_reserve_exact(bytes).is_ok() => {
                for _ in 0..n {
                    out.push_str(&self.0);
                }
                Str(Rc::from(out))
            }
            _ => raise(Fault::OutOfMemory, file, site),
        }
    }

    /// `s[i]`, Python's negative indices included.
    pub fn index(&self, i: i64, file: &'static str, site: Site) -> Str {
        let len = self.len_chars();
        let k = if i < 0 { i.wrapping_add(len) } else { i };
        if !(0..len).contains(&k) {
            raise(Fault::StrIndexOutOfRange, file, site);
        }
        let k = k as usize;
        if self.0.is_ascii() {
            return Str(Rc::from(&self.0[k..k + 1]));
        }
        match self.0.chars().nth(k) {
            Some(c) => {
                let mut buf = [0u8; 4];
                Str(Rc::from(&*c.encode_utf8(&mut buf)))
            }
            None => raise(Fault::StrIndexOutOfRange, file, site),
        }
    }

    /// `s[lower:upper:step]`, by code point.
    pub fn slice(&self, bounds: [Option<i64>; 3], file: &'static str, site: Site) -> Str {
        match slice_chars(self.as_str(), bounds) {
            Some(text) => Str::new(&text),
            None => raise(Fault::SliceStepZero, file, site),
        }
    }

    /// `needle in self`.
    pub fn contains(&self, needle: &Str) -> bool {
        self.0.contains(&*needle.0)
    }

    /// `str(x)` of an int.
    pub fn from_int(v: i64) -> Str {
        Str(Rc::from(v.to_string()))
    }

    /// `str(x)` of a float: Python's shortest round-trip form.
    pub fn from_float(v: f64) -> Str {
        Str(Rc::from(pyfmt::repr_float(v)))
    }

    /// `str(x)` of a bool.
    pub fn from_bool(v: bool) -> Str {
        Str::new(pyfmt::bool_str(v))
    }

    /// `repr(s)`.
    pub fn repr(&self) -> Str {
        Str(Rc::from(pyfmt::repr_str(&self.0)))
    }
}

/// `text[lower:upper:step]` by code point; `None` for a zero step.
pub fn slice_chars(text: &str, bounds: [Option<i64>; 3]) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let (start, step, count) = crate::ops::slice_range(chars.len(), bounds)?;
    Some(
        (0..count as i64)
            .map(|k| chars[(start + k * step) as usize])
            .collect(),
    )
}

/// `format(value, spec)`, raising Python's error at `site` for a bad spec.
pub fn format(value: pyfmt::Value<'_>, spec: &str, file: &'static str, site: Site) -> Str {
    match pyfmt::format_value(value, spec) {
        Ok(s) => Str(Rc::from(s)),
        Err(_) => raise(Fault::BadFormatSpec, file, site),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: Site = Site { line: 1, column: 1 };

    #[test]
    fn code_points_not_bytes() {
        let s = Str::new("héllo→世界");
        assert_eq!(s.len_chars(), 8);
        assert_eq!(s.index(1, "t.ml", SITE).as_str(), "é");
        assert_eq!(s.index(-1, "t.ml", SITE).as_str(), "界");
        assert_eq!(s.index(5, "t.ml", SITE).as_str(), "→");
        assert!(s.contains(&Str::new("→世")));
        assert_eq!(Str::new("ab").repeat(3, "t.ml", SITE).as_str(), "ababab");
        assert_eq!(Str::new("ab").repeat(-2, "t.ml", SITE).as_str(), "");
    }

    #[test]
    fn order_is_code_point_order() {
        assert!(Str::new("Z") < Str::new("a"));
        assert!(Str::new("a") < Str::new("ab"));
        assert!(Str::new("é") > Str::new("z"));
        assert!(Str::new("\u{ffff}") < Str::new("\u{10000}"));
    }

    #[test]
    fn conversions_as_python() {
        assert_eq!(Str::from_float(1e-5).as_str(), "1e-05");
        assert_eq!(Str::from_int(-3).as_str(), "-3");
        assert_eq!(Str::from_bool(false).as_str(), "False");
        assert_eq!(Str::new("it's").repr().as_str(), "\"it's\"");
    }
}
