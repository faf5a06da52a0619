//! String methods and conversions (`s.upper()`, `s.find(t)`, `int(s)`, `chr(i)`, ...), with
//! Python's results. Native code calls them directly; the wasm module calls them through the
//! host function `ml.str_fn`, so both paths share one implementation.

use crate::bytes::Bytes;
use crate::fault::Fault;
use crate::text::Str;
use unicode_general_category::{GeneralCategory as G, get_general_category};

/// The functions, numbered as the compiler's `ir::StrFn` (the wasm ABI: never renumbered).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrFn {
    /// `s.upper()`.
    Upper = 0,
    /// `s.lower()`.
    Lower = 1,
    /// `s.strip()`.
    Strip = 2,
    /// `s.replace(old, new)`.
    Replace = 3,
    /// `s.find(sub)`.
    Find = 4,
    /// `s.count(sub)`.
    Count = 5,
    /// `s.startswith(prefix)`.
    StartsWith = 6,
    /// `s.endswith(suffix)`.
    EndsWith = 7,
    /// `s.isalpha()`.
    IsAlpha = 8,
    /// `s.isdigit()`.
    IsDigit = 9,
    /// `s.isupper()`.
    IsUpper = 10,
    /// `s.islower()`.
    IsLower = 11,
    /// `int(s)`.
    ToInt = 12,
    /// `float(s)`.
    ToFloat = 13,
    /// `ord(c)`.
    Ord = 14,
    /// `chr(i)`.
    Chr = 15,
}

impl StrFn {
    /// The function with this code.
    pub fn from_code(code: i32) -> Option<StrFn> {
        use StrFn::*;
        const ALL: [StrFn; 16] = [
            Upper, Lower, Strip, Replace, Find, Count, StartsWith, EndsWith, IsAlpha, IsDigit,
            IsUpper, IsLower, ToInt, ToFloat, Ord, Chr,
        ];
        ALL.get(usize::try_from(code).ok()?).copied()
    }
}

/// An argument or result (of these functions and of `bytes_fn`'s).
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// An int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A bool.
    Bool(bool),
    /// A string.
    Str(Str),
    /// A `bytes`.
    Bytes(Bytes),
    /// A list of ints.
    Ints(Vec<i64>),
}

/// Applies `f` to `args` (in the order of the compiler's `StrFn::params`).
pub fn apply(f: StrFn, args: &[Val]) -> Result<Val, Fault> {
    let s = |i: usize| -> &str {
        match args.get(i) {
            Some(Val::Str(s)) => s.as_str(),
            _ => "",
        }
    };
    let text = |t: String| Val::Str(Str::from(t));
    Ok(match f {
        StrFn::Upper => text(s(0).to_uppercase()),
        StrFn::Lower => text(s(0).to_lowercase()),
        StrFn::Strip => text(s(0).trim_matches(is_python_space).to_string()),
        StrFn::Replace => text(s(0).replace(s(1), s(2))),
        StrFn::Find => Val::Int(match s(0).find(s(1)) {
            Some(byte) => s(0)[..byte].chars().count() as i64,
            None => -1,
        }),
        StrFn::Count => Val::Int(if s(1).is_empty() {
            s(0).chars().count() as i64 + 1
        } else {
            s(0).matches(s(1)).count() as i64
        }),
        StrFn::StartsWith => Val::Bool(s(0).starts_with(s(1))),
        StrFn::EndsWith => Val::Bool(s(0).ends_with(s(1))),
        StrFn::IsAlpha => Val::Bool(!s(0).is_empty() && s(0).chars().all(is_python_alpha)),
        StrFn::IsDigit => Val::Bool(!s(0).is_empty() && s(0).chars().all(is_python_digit)),
        StrFn::IsUpper => Val::Bool(cased(s(0), char::is_uppercase, char::is_lowercase)),
        StrFn::IsLower => Val::Bool(cased(s(0), char::is_lowercase, char::is_uppercase)),
        StrFn::ToInt => Val::Int(parse_int(s(0)).ok_or(Fault::BadIntLiteral)?),
        StrFn::ToFloat => Val::Float(parse_float(s(0)).ok_or(Fault::BadFloatLiteral)?),
        StrFn::Ord => {
            let mut chars = s(0).chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Val::Int(c as i64),
                _ => return Err(Fault::OrdLength),
            }
        }
        StrFn::Chr => {
            let code = match args.first() {
                Some(Val::Int(v)) => *v,
                _ => -1,
            };
            let c = u32::try_from(code)
                .ok()
                .and_then(char::from_u32)
                .ok_or(Fault::ChrRange)?;
            text(c.to_string())
        }
    })
}

/// [`apply`] for generated native code: raises the fault at `site`.
pub fn call(f: StrFn, args: &[Val], file: &'static str, site: crate::site::Site) -> Val {
    match apply(f, args) {
        Ok(v) => v,
        Err(fault) => crate::error::raise(fault, file, site),
    }
}

impl Val {
    /// The string result (the compiler knows each function's result type).
    pub fn into_str(self) -> Str {
        match self {
            Val::Str(s) => s,
            _ => Str::default(),
        }
    }

    /// The `bytes` result.
    pub fn into_bytes(self) -> Bytes {
        match self {
            Val::Bytes(b) => b,
            _ => Bytes::default(),
        }
    }

    /// The list-of-ints result.
    pub fn into_ints(self) -> Vec<i64> {
        match self {
            Val::Ints(v) => v,
            _ => Vec::new(),
        }
    }

    /// The int result.
    pub fn into_int(self) -> i64 {
        match self {
            Val::Int(v) => v,
            _ => 0,
        }
    }

    /// The float result.
    pub fn into_float(self) -> f64 {
        match self {
            Val::Float(v) => v,
            _ => 0.0,
        }
    }

    /// The bool result.
    pub fn into_bool(self) -> bool {
        matches!(self, Val::Bool(true))
    }
}

/// Python's `str.isspace` characters (what `strip()` removes).
/// `s.split()` (runs of whitespace, no empty pieces) or `s.split(sep)` (every piece); an
/// empty `sep` is a `ValueError`.
pub fn split(s: &str, sep: Option<&str>) -> Result<Vec<String>, Fault> {
    match sep {
        None => Ok(s
            .split(is_python_space)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()),
        Some("") => Err(Fault::EmptySeparator),
        Some(sep) => Ok(s.split(sep).map(str::to_owned).collect()),
    }
}

/// [`split`] for native code: errors raise at `site`.
pub fn split_or_raise(
    s: &str,
    sep: Option<&str>,
    file: &'static str,
    site: crate::site::Site,
) -> Vec<String> {
    split(s, sep).unwrap_or_else(|f| crate::error::raise(f, file, site))
}

/// `sep.join(items)`.
pub fn join<S: AsRef<str>>(sep: &str, items: &[S]) -> String {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(x.as_ref());
    }
    out
}

fn is_python_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

/// Python's `str.isalpha`: letters (categories Lu, Ll, Lt, Lm, Lo).
fn is_python_alpha(c: char) -> bool {
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

/// Python's `str.isdigit`: decimal digits, and the superscript digits Python also counts.
fn is_python_digit(c: char) -> bool {
    get_general_category(c) == G::DecimalNumber
        || matches!(c, '²' | '³' | '¹' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}')
}

/// `isupper`/`islower`: at least one cased character, and none of the other case.
fn cased(s: &str, this: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut any = false;
    for c in s.chars() {
        if other(c) || get_general_category(c) == G::TitlecaseLetter {
            return false;
        }
        any |= this(c);
    }
    any
}

/// The decimal value of a Unicode digit (Python's `int()` accepts any script's digits).
fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    if get_general_category(c) != G::DecimalNumber {
        return None;
    }
    // Decimal digits come in runs of ten, zero first.
    let mut zero = c as u32;
    while zero > 0
        && char::from_u32(zero - 1).is_some_and(|p| get_general_category(p) == G::DecimalNumber)
        && (c as u32 - (zero - 1)) < 10
    {
        zero -= 1;
    }
    Some(c as u32 - zero)
}

/// `int(s)`: optional sign, digits of any script, single underscores between digits,
/// surrounding whitespace.
fn parse_int(s: &str) -> Option<i64> {
    let t = s.trim_matches(is_python_space);
    let (negative, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut v: i128 = 0;
    for c in digits.chars().filter(|&c| c != '_') {
        v = v * 10 + i128::from(digit_value(c)?);
        if v > i128::from(i64::MAX) + 1 {
            return None;
        }
    }
    i64::try_from(if negative { -v } else { v }).ok()
}

/// `float(s)`: Python's syntax (underscores between digits, `inf`, `nan`, `infinity`, any case,
/// surrounding whitespace).
fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_python_space);
    if t.is_empty() || t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let bytes = t.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = bytes.get(i.wrapping_sub(1)).is_some_and(u8::is_ascii_digit);
            let after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return None;
            }
        }
    }
    let cleaned: String = t
        .chars()
        .filter(|&c| c != '_')
        .map(|c| digit_value(c).map_or(c, |d| char::from(b'0' + d as u8)))
        .collect();
    let lower = cleaned.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    if matches!(body, "inf" | "infinity" | "nan") {
        return cleaned.parse::<f64>().ok();
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        return None;
    }
    cleaned.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(f: StrFn, args: &[&str]) -> Result<Val, Fault> {
        let args: Vec<Val> = args.iter().map(|a| Val::Str(Str::new(a))).collect();
        apply(f, &args)
    }

    fn text(v: Result<Val, Fault>) -> String {
        match v {
            Ok(Val::Str(s)) => s.as_str().to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn case_and_predicates_as_python() {
        assert_eq!(text(call(StrFn::Upper, &["straße"])), "STRASSE");
        assert_eq!(text(call(StrFn::Lower, &["ΟΔΟΣ"])), "οδος");
        assert_eq!(call(StrFn::IsAlpha, &["नमस्ते"]), Ok(Val::Bool(false)));
        assert_eq!(call(StrFn::IsAlpha, &["héllo"]), Ok(Val::Bool(true)));
        assert_eq!(call(StrFn::IsAlpha, &[""]), Ok(Val::Bool(false)));
        assert_eq!(call(StrFn::IsDigit, &["१२३"]), Ok(Val::Bool(true)));
        assert_eq!(call(StrFn::IsDigit, &["²"]), Ok(Val::Bool(true)));
        assert_eq!(call(StrFn::IsUpper, &["ABC1"]), Ok(Val::Bool(true)));
        assert_eq!(call(StrFn::IsUpper, &["123"]), Ok(Val::Bool(false)));
        assert_eq!(call(StrFn::IsLower, &["abc-é"]), Ok(Val::Bool(true)));
    }

    #[test]
    fn searching_counts_code_points() {
        assert_eq!(call(StrFn::Find, &["héllo", "l"]), Ok(Val::Int(2)));
        assert_eq!(call(StrFn::Find, &["abc", "z"]), Ok(Val::Int(-1)));
        assert_eq!(call(StrFn::Count, &["aaaa", "aa"]), Ok(Val::Int(2)));
        assert_eq!(call(StrFn::Count, &["ab", ""]), Ok(Val::Int(3)));
        assert_eq!(text(call(StrFn::Replace, &["ab", "", "-"])), "-a-b-");
        assert_eq!(text(call(StrFn::Strip, &["\t x y \n"])), "x y");
    }

    #[test]
    fn conversions_as_python() {
        assert_eq!(call(StrFn::ToInt, &[" -1_000 "]), Ok(Val::Int(-1000)));
        assert_eq!(call(StrFn::ToInt, &["١٢٣"]), Ok(Val::Int(123)));
        assert_eq!(call(StrFn::ToInt, &["1__0"]), Err(Fault::BadIntLiteral));
        assert_eq!(
            call(StrFn::ToInt, &["9223372036854775808"]),
            Err(Fault::BadIntLiteral)
        );
        assert_eq!(
            call(StrFn::ToInt, &["-9223372036854775808"]),
            Ok(Val::Int(i64::MIN))
        );
        assert_eq!(call(StrFn::ToFloat, &[" 1_0.5e1 "]), Ok(Val::Float(105.0)));
        assert_eq!(
            call(StrFn::ToFloat, &["-Infinity"]),
            Ok(Val::Float(f64::NEG_INFINITY))
        );
        assert_eq!(call(StrFn::ToFloat, &["1.5x"]), Err(Fault::BadFloatLiteral));
        assert_eq!(call(StrFn::Ord, &["é"]), Ok(Val::Int(233)));
        assert_eq!(call(StrFn::Ord, &["ab"]), Err(Fault::OrdLength));
        assert_eq!(text(apply(StrFn::Chr, &[Val::Int(0x4e16)])), "世");
        assert_eq!(apply(StrFn::Chr, &[Val::Int(-1)]), Err(Fault::ChrRange));
    }
}
