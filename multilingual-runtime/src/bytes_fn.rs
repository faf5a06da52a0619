//! `bytes` methods and conversions (`s.encode()`, `b.decode()`, `b.hex()`, `bytes(xs)`,
//! `b.find(sub)`, `x in b`, ...), with Python's results. Native code calls them directly; the
//! wasm module calls them through the host function `ml.bytes_fn`, so both paths share one
//! implementation.

use crate::bytes::{Bytes, find};
use crate::fault::Fault;
use crate::text::Str;
use crate::text_fn::Val;

/// The functions, numbered as the compiler's `ir::BytesFn` (the wasm ABI: never renumbered).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BytesFn {
    /// `s.encode()` (UTF-8).
    Encode = 0,
    /// `b.decode()` (UTF-8).
    Decode = 1,
    /// `b.hex()`.
    Hex = 2,
    /// `bytes.fromhex(s)`.
    FromHex = 3,
    /// `bytes(list_of_ints)`.
    FromInts = 4,
    /// `bytes(n)`: `n` zero bytes.
    Zeros = 5,
    /// `list(b)`: the bytes as ints.
    ToList = 6,
    /// `b.count(sub)`.
    Count = 7,
    /// `b.find(sub)`.
    Find = 8,
    /// `b.startswith(prefix)`.
    StartsWith = 9,
    /// `b.endswith(suffix)`.
    EndsWith = 10,
    /// `b.count(x)` of an int.
    CountByte = 11,
    /// `b.find(x)` of an int.
    FindByte = 12,
    /// `x in b` of an int (`x` first, as Python evaluates it).
    ContainsByte = 13,
}

/// How an argument crosses from the wasm module: what its i64 holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// An int, as itself.
    Int,
    /// A pointer to a string.
    Str,
    /// A pointer to a `bytes`.
    Bytes,
    /// A pointer to a list of ints.
    Ints,
}

impl BytesFn {
    /// The function with this code.
    pub fn from_code(code: i32) -> Option<BytesFn> {
        use BytesFn::*;
        const ALL: [BytesFn; 14] = [
            Encode,
            Decode,
            Hex,
            FromHex,
            FromInts,
            Zeros,
            ToList,
            Count,
            Find,
            StartsWith,
            EndsWith,
            CountByte,
            FindByte,
            ContainsByte,
        ];
        ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// The arguments, in order (the compiler's `BytesFn::params`).
    pub fn params(self) -> &'static [Arg] {
        use BytesFn::*;
        match self {
            Encode | FromHex => &[Arg::Str],
            Decode | Hex | ToList => &[Arg::Bytes],
            FromInts => &[Arg::Ints],
            Zeros => &[Arg::Int],
            Count | Find | StartsWith | EndsWith => &[Arg::Bytes, Arg::Bytes],
            CountByte | FindByte => &[Arg::Bytes, Arg::Int],
            ContainsByte => &[Arg::Int, Arg::Bytes],
        }
    }
}

/// Applies `f` to `args` (in the order of [`BytesFn::params`]).
pub fn apply(f: BytesFn, args: &[Val]) -> Result<Val, Fault> {
    let b = |i: usize| -> &[u8] {
        match args.get(i) {
            Some(Val::Bytes(b)) => b.as_bytes(),
            _ => &[],
        }
    };
    let s = |i: usize| -> &str {
        match args.get(i) {
            Some(Val::Str(s)) => s.as_str(),
            _ => "",
        }
    };
    let int = |i: usize| -> i64 {
        match args.get(i) {
            Some(Val::Int(v)) => *v,
            _ => 0,
        }
    };
    let byte = |i: usize| -> Result<[u8; 1], Fault> {
        u8::try_from(int(i))
            .map(|v| [v])
            .map_err(|_| Fault::ByteRange)
    };
    let index = |found: Option<usize>| Val::Int(found.map_or(-1, |i| i as i64));
    Ok(match f {
        BytesFn::Encode => Val::Bytes(Bytes::new(s(0).as_bytes())),
        BytesFn::Decode => match std::str::from_utf8(b(0)) {
            Ok(text) => Val::Str(Str::new(text)),
            Err(_) => return Err(Fault::Utf8Decode),
        },
        BytesFn::Hex => Val::Str(Str::from(hex(b(0)))),
        BytesFn::FromHex => Val::Bytes(Bytes::from(from_hex(s(0))?)),
        BytesFn::FromInts => {
            let ints = match args.first() {
                Some(Val::Ints(v)) => v.as_slice(),
                _ => &[],
            };
            Val::Bytes(Bytes::from(from_ints(ints)?))
        }
        BytesFn::Zeros => {
            let n = usize::try_from(int(0)).map_err(|_| Fault::NegativeCount)?;
            let mut zeros = Vec::new();
            zeros.try_reserve_exact(n).map_err(|_| Fault::OutOfMemory)?;
            zeros.resize(n, 0);
            Val::Bytes(Bytes::from(zeros))
        }
        BytesFn::ToList => Val::Ints(b(0).iter().map(|&x| i64::from(x)).collect()),
        BytesFn::Count => Val::Int(count(b(0), b(1))),
        BytesFn::Find => index(find(b(0), b(1))),
        BytesFn::StartsWith => Val::Bool(b(0).starts_with(b(1))),
        BytesFn::EndsWith => Val::Bool(b(0).ends_with(b(1))),
        BytesFn::CountByte => Val::Int(count(b(0), &byte(1)?)),
        BytesFn::FindByte => index(find(b(0), &byte(1)?)),
        BytesFn::ContainsByte => Val::Bool(b(1).contains(&byte(0)?[0])),
    })
}

/// [`apply`] for generated native code: raises the fault at `site`.
pub fn call(f: BytesFn, args: &[Val], file: &'static str, site: crate::site::Site) -> Val {
    match apply(f, args) {
        Ok(v) => v,
        Err(fault) => crate::error::raise(fault, file, site),
    }
}

/// `bytes(xs)`: each int in `range(0, 256)`.
pub fn from_ints(xs: &[i64]) -> Result<Vec<u8>, Fault> {
    let mut out = Vec::with_capacity(xs.len());
    for &x in xs {
        out.push(u8::try_from(x).map_err(|_| Fault::BytesRange)?);
    }
    Ok(out)
}

/// [`from_ints`] for generated native code, which passes the list in place rather than as a
/// `Val` (a copy of it): raises the fault at `site`.
pub fn call_from_ints(xs: &[i64], file: &'static str, site: crate::site::Site) -> Bytes {
    match from_ints(xs) {
        Ok(b) => Bytes::from(b),
        Err(fault) => crate::error::raise(fault, file, site),
    }
}

/// Non-overlapping occurrences of `needle` in `hay` (an empty needle: one more than the bytes).
fn count(hay: &[u8], needle: &[u8]) -> i64 {
    if needle.is_empty() {
        return hay.len() as i64 + 1;
    }
    let (mut n, mut at) = (0, 0);
    while let Some(i) = find(&hay[at..], needle) {
        n += 1;
        at += i + needle.len();
    }
    n
}

/// `b.hex()`: two lowercase digits per byte.
fn hex(b: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * b.len());
    for &x in b {
        out.push(char::from(DIGITS[usize::from(x >> 4)]));
        out.push(char::from(DIGITS[usize::from(x & 15)]));
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hexadecimal digits, with ASCII whitespace allowed before each
/// pair (CPython's `_PyBytes_FromHex`).
fn from_hex(s: &str) -> Result<Vec<u8>, Fault> {
    let digits = s.as_bytes();
    let value = |i: usize| -> Result<u8, Fault> {
        digits
            .get(i)
            .and_then(|&d| char::from(d).to_digit(16))
            .map(|v| v as u8)
            .ok_or(Fault::FromHex)
    };
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        if matches!(digits[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            i += 1;
            continue;
        }
        out.push((value(i)? << 4) | value(i + 1)?);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(b: &[u8]) -> Val {
        Val::Bytes(Bytes::new(b))
    }

    fn text(t: &str) -> Val {
        Val::Str(Str::new(t))
    }

    #[test]
    fn conversions_as_python() {
        assert_eq!(
            apply(BytesFn::Encode, &[text("é→")]),
            Ok(bytes("é→".as_bytes()))
        );
        assert_eq!(
            apply(BytesFn::Decode, &[bytes("é".as_bytes())]),
            Ok(text("é"))
        );
        assert_eq!(
            apply(BytesFn::Decode, &[bytes(&[0xff])]),
            Err(Fault::Utf8Decode)
        );
        // A surrogate encoded in UTF-8 is invalid for Python too.
        assert_eq!(
            apply(BytesFn::Decode, &[bytes(&[0xed, 0xa0, 0x80])]),
            Err(Fault::Utf8Decode)
        );
        assert_eq!(
            apply(BytesFn::Hex, &[bytes(&[0, 0xab, 0x10])]),
            Ok(text("00ab10"))
        );
        assert_eq!(
            apply(BytesFn::FromHex, &[text(" 00AB\t10 ")]),
            Ok(bytes(&[0, 0xab, 0x10]))
        );
        for bad in ["a b", "abc", "zz", "é0"] {
            assert_eq!(apply(BytesFn::FromHex, &[text(bad)]), Err(Fault::FromHex));
        }
        assert_eq!(
            apply(BytesFn::FromInts, &[Val::Ints(vec![0, 255, 65])]),
            Ok(bytes(&[0, 255, 65]))
        );
        assert_eq!(
            apply(BytesFn::FromInts, &[Val::Ints(vec![1, 256])]),
            Err(Fault::BytesRange)
        );
        assert_eq!(
            apply(BytesFn::FromInts, &[Val::Ints(vec![-1])]),
            Err(Fault::BytesRange)
        );
        assert_eq!(apply(BytesFn::Zeros, &[Val::Int(3)]), Ok(bytes(&[0, 0, 0])));
        assert_eq!(
            apply(BytesFn::Zeros, &[Val::Int(-1)]),
            Err(Fault::NegativeCount)
        );
        assert_eq!(
            apply(BytesFn::ToList, &[bytes(&[7, 200])]),
            Ok(Val::Ints(vec![7, 200]))
        );
    }

    #[test]
    fn searching_as_python() {
        let abc = || bytes(b"abcabc");
        assert_eq!(
            apply(BytesFn::Count, &[abc(), bytes(b"bc")]),
            Ok(Val::Int(2))
        );
        assert_eq!(
            apply(BytesFn::Count, &[bytes(b"aaaa"), bytes(b"aa")]),
            Ok(Val::Int(2))
        );
        assert_eq!(apply(BytesFn::Count, &[abc(), bytes(b"")]), Ok(Val::Int(7)));
        assert_eq!(
            apply(BytesFn::Find, &[abc(), bytes(b"ca")]),
            Ok(Val::Int(2))
        );
        assert_eq!(
            apply(BytesFn::Find, &[abc(), bytes(b"x")]),
            Ok(Val::Int(-1))
        );
        assert_eq!(apply(BytesFn::Find, &[abc(), bytes(b"")]), Ok(Val::Int(0)));
        assert_eq!(
            apply(BytesFn::StartsWith, &[abc(), bytes(b"ab")]),
            Ok(Val::Bool(true))
        );
        assert_eq!(
            apply(BytesFn::EndsWith, &[abc(), bytes(b"ab")]),
            Ok(Val::Bool(false))
        );
        assert_eq!(
            apply(BytesFn::CountByte, &[abc(), Val::Int(99)]),
            Ok(Val::Int(2))
        );
        assert_eq!(
            apply(BytesFn::FindByte, &[abc(), Val::Int(99)]),
            Ok(Val::Int(2))
        );
        assert_eq!(
            apply(BytesFn::ContainsByte, &[Val::Int(98), abc()]),
            Ok(Val::Bool(true))
        );
        assert_eq!(
            apply(BytesFn::ContainsByte, &[Val::Int(256), abc()]),
            Err(Fault::ByteRange)
        );
        assert_eq!(
            apply(BytesFn::CountByte, &[abc(), Val::Int(-1)]),
            Err(Fault::ByteRange)
        );
    }

    #[test]
    fn codes_round_trip() {
        for code in 0..14 {
            let f = BytesFn::from_code(code).map(|f| f as i32);
            assert_eq!(f, Some(code));
        }
        assert_eq!(BytesFn::from_code(14), None);
        assert_eq!(BytesFn::from_code(-1), None);
    }
}
