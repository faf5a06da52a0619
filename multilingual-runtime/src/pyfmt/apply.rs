//! `format(value, spec)`: a parsed spec applied to an int, bool, float, str or `None`.
//!
//! A port of Python/formatter_unicode.c (CPython 3.12): `format_long_internal`,
//! `format_float_internal`, `format_string_internal`, `calc_number_widths`, `fill_number`, and
//! `_PyUnicode_InsertThousandsGrouping` (Objects/unicodeobject.c), with the same error checks in the same
//! order. Numbers use the C locale for the `n` type, as the Python reference does (it never calls
//! `locale.setlocale`): no grouping, `.` as the decimal point.
//!
//! Widths, precisions of strings and padding count code points, as Python does.

use std::fmt::Write as _;

use super::Value;
use super::error::{FormatError, FormatErrorKind};
use super::float_repr::{Code, DigitBuf, Flags, double_to_string};
use super::repr::bool_str;
use super::spec::{Align, FormatSpec, Grouping, PyType, Sign, quote_code};

/// `format(v, spec)`, as CPython 3.12 gives it (`f"{v:spec}"` is the same).
///
/// ```
/// use multilingual_runtime::pyfmt::{format_value, Value};
/// assert_eq!(format_value(Value::Float(2.675), ".2f").unwrap(), "2.67");
/// assert_eq!(format_value(Value::Int(1234567), "_").unwrap(), "1_234_567");
/// assert_eq!(format_value(Value::Str("ab"), "*^6").unwrap(), "**ab**");
/// assert_eq!(format_value(Value::Float(1.0), "x").unwrap_err().to_string(),
///            "ValueError: Unknown format code 'x' for object of type 'float'");
/// ```
pub fn format_value(v: Value<'_>, spec: &str) -> Result<String, FormatError> {
    let mut out = String::new();
    format_value_into(&mut out, v, spec)?;
    Ok(out)
}

/// Appends `format(v, spec)` to `out`; on error `out` is left as it was.
pub fn format_value_into(out: &mut String, v: Value<'_>, spec: &str) -> Result<(), FormatError> {
    let start = out.len();
    let r = match v {
        Value::None | Value::Bytes(_) => format_object_into(out, v, spec),
        Value::Bool(b) => format_int_like(out, i64::from(b), spec, PyType::Bool),
        Value::Int(n) => format_int_like(out, n, spec, PyType::Int),
        Value::Float(x) => format_float_into(out, x, spec),
        Value::Str(s) => format_str_into(out, s, spec),
    };
    if r.is_err() {
        out.truncate(start);
    }
    r
}

/// `format(n, spec)` of an int.
pub fn format_int(n: i64, spec: &str) -> Result<String, FormatError> {
    format_value(Value::Int(n), spec)
}

/// `format(b, spec)` of a bool: `True`/`False` with an empty spec, otherwise formatted as the int 0 or 1
/// (`format(True, '>5') == '    1'`).
pub fn format_bool(b: bool, spec: &str) -> Result<String, FormatError> {
    format_value(Value::Bool(b), spec)
}

/// `format(x, spec)` of a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    format_value(Value::Float(x), spec)
}

/// `format(s, spec)` of a string.
pub fn format_str(s: &str, spec: &str) -> Result<String, FormatError> {
    format_value(Value::Str(s), spec)
}

/// `format(None, spec)`: `None` with an empty spec, otherwise a `TypeError`.
pub fn format_none(spec: &str) -> Result<String, FormatError> {
    format_value(Value::None, spec)
}

/// `object.__format__` (`None`, `bytes`): `str(v)` with an empty spec, otherwise a `TypeError`.
fn format_object_into(out: &mut String, v: Value<'_>, spec: &str) -> Result<(), FormatError> {
    if !spec.is_empty() {
        return Err(FormatError {
            kind: FormatErrorKind::TypeError,
            message: format!(
                "unsupported format string passed to {}.__format__",
                v.type_name()
            ),
        });
    }
    // Writing into a `String` cannot fail.
    let _ = super::repr::write_str_value(out, v);
    Ok(())
}

fn unknown_code(ty: Option<char>, py: PyType) -> FormatError {
    FormatError::value(format!(
        "Unknown format code {} for object of type '{}'",
        quote_code(ty.unwrap_or('\0')),
        py.name()
    ))
}

/// `int.__format__` (also for bool).
fn format_int_like(out: &mut String, n: i64, spec: &str, py: PyType) -> Result<(), FormatError> {
    if spec.is_empty() {
        // str(n)
        if py == PyType::Bool {
            out.push_str(bool_str(n != 0));
        } else {
            let _ = write!(out, "{n}");
        }
        return Ok(());
    }
    let f = FormatSpec::parse(spec, py)?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long_internal(out, n, &f),
        // Converted to float first, as PyNumber_Float does (correctly rounded).
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_internal(out, n as f64, &f),
        other => Err(unknown_code(other, py)),
    }
}

/// `float.__format__`.
fn format_float_into(out: &mut String, x: f64, spec: &str) -> Result<(), FormatError> {
    if spec.is_empty() {
        super::float_repr::push_repr_float(out, x);
        return Ok(());
    }
    let f = FormatSpec::parse(spec, PyType::Float)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(out, x, &f)
        }
        other => Err(unknown_code(other, PyType::Float)),
    }
}

/// `str.__format__`.
fn format_str_into(out: &mut String, s: &str, spec: &str) -> Result<(), FormatError> {
    if spec.is_empty() {
        out.push_str(s);
        return Ok(());
    }
    let f = FormatSpec::parse(spec, PyType::Str)?;
    if f.ty != Some('s') {
        return Err(unknown_code(f.ty, PyType::Str));
    }
    match f.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    // Precision truncates to that many code points.
    let s = match f.precision {
        Some(p) => match usize::try_from(p)
            .ok()
            .and_then(|p| s.char_indices().nth(p))
        {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    let len = s.chars().count() as u64;
    let total = f.width.map_or(len, |w| w.max(len));
    let pad = total - len;
    let lpad = match f.align {
        Align::Right => pad,
        Align::Center => pad / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = pad - lpad;
    reserve(
        out,
        s.len() as u128 + u128::from(pad) * f.fill.len_utf8() as u128,
    )?;
    push_fill(out, f.fill, lpad);
    out.push_str(s);
    push_fill(out, f.fill, rpad);
    Ok(())
}

fn reserve(out: &mut String, bytes: u128) -> Result<(), FormatError> {
    let bytes = usize::try_from(bytes).map_err(|_| FormatError::memory())?;
    out.try_reserve(bytes)?;
    Ok(())
}

fn push_fill(out: &mut String, fill: char, n: u64) {
    // `n` was reserved, so it fits in memory and in usize.
    out.extend(std::iter::repeat_n(fill, n as usize));
}

/// Thousands grouping: the separator and the group size (CPython's locale info; `None` is
/// `LT_NO_LOCALE`, and also the C locale of the `n` type).
type Locale = Option<(u8, i64)>;

fn int_locale(f: &FormatSpec) -> Locale {
    if f.ty == Some('n') {
        return None;
    }
    f.grouping.map(|g| match (g, f.ty) {
        (Grouping::Underscore, Some('b' | 'o' | 'x' | 'X')) => (b'_', 4),
        (g, _) => (g.as_char() as u8, 3),
    })
}

fn format_long_internal(out: &mut String, n: i64, f: &FormatSpec) -> Result<(), FormatError> {
    if f.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if f.ty == Some('c') {
        if f.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        if !(0..=0x10ffff).contains(&n) {
            return Err(FormatError {
                kind: FormatErrorKind::OverflowError,
                message: "%c arg not in range(0x110000)".to_string(),
            });
        }
        let Some(c) = char::from_u32(n as u32) else {
            // A surrogate: Python makes a one-character string that cannot be printed as UTF-8.
            return Err(FormatError {
                kind: FormatErrorKind::UnicodeEncodeError,
                message: format!(
                    "'utf-8' codec can't encode character '\\u{n:x}' in position 0: surrogates not allowed"
                ),
            });
        };
        let mut buf = [0u8; 4];
        let remainder = c.encode_utf8(&mut buf);
        let number = Number {
            negative: false,
            prefix: "",
            digits: b"",
            decimal: false,
            remainder,
        };
        return write_number(out, &number, f, None);
    }
    let mag = n.unsigned_abs();
    // At most 64 binary digits: no allocation.
    let mut digits = DigitBuf::new();
    let prefix = match f.ty {
        Some('b') => {
            let _ = write!(digits, "{mag:b}");
            "0b"
        }
        Some('o') => {
            let _ = write!(digits, "{mag:o}");
            "0o"
        }
        Some('x') => {
            let _ = write!(digits, "{mag:x}");
            "0x"
        }
        Some('X') => {
            let _ = write!(digits, "{mag:X}");
            "0X"
        }
        _ => {
            let _ = write!(digits, "{mag}");
            ""
        }
    };
    let number = Number {
        negative: n < 0,
        prefix: if f.alternate { prefix } else { "" },
        digits: digits.bytes(),
        decimal: false,
        remainder: "",
    };
    write_number(out, &number, f, int_locale(f))
}

fn format_float_internal(out: &mut String, x: f64, f: &FormatSpec) -> Result<(), FormatError> {
    let precision = match f.precision {
        Some(p) if p > i32::MAX as u64 => {
            return Err(FormatError::value("precision too big"));
        }
        Some(p) => Some(p as i64),
        None => None,
    };
    let mut flags = Flags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..Flags::default()
    };
    let mut x = x;
    let mut pct = false;
    let mut default_precision = 6;
    let mut code = match f.ty {
        None => {
            // Like repr without a precision, else like 'g' with at least one digit after the point.
            flags.add_dot_0 = true;
            default_precision = 0;
            Code::R
        }
        Some('e') => Code::E,
        Some('E') => {
            flags.upper = true;
            Code::E
        }
        Some('f') => Code::F,
        Some('F') => {
            flags.upper = true;
            Code::F
        }
        Some('G') => {
            flags.upper = true;
            Code::G
        }
        Some('%') => {
            x *= 100.0;
            pct = true;
            Code::F
        }
        // 'g', and 'n' (the same in the C locale).
        _ => Code::G,
    };
    let precision = match precision {
        Some(p) => {
            if code == Code::R {
                code = Code::G;
            }
            p
        }
        None => default_precision,
    };
    let text = double_to_string(x, code, precision, flags);
    let mut body = String::new();
    reserve(&mut body, u128::from(text.body_len()) + 1)?;
    let _ = text.write_body(&mut body);
    if pct {
        body.push('%');
    }
    // parse_number: the digits before a decimal point or exponent, and what follows.
    let bytes = body.as_bytes();
    let n_digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let decimal = bytes.get(n_digits) == Some(&b'.');
    let remainder = &body[n_digits + usize::from(decimal)..];
    let locale = if f.ty == Some('n') {
        None
    } else {
        f.grouping.map(|g| (g.as_char() as u8, 3))
    };
    let number = Number {
        negative: text.negative,
        prefix: "",
        digits: &bytes[..n_digits],
        decimal,
        remainder,
    };
    write_number(out, &number, f, locale)
}

/// `[sign][prefix][digits][.][remainder]`, the parts `calc_number_widths` lays out.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    /// ASCII digits, grouped.
    digits: &'a [u8],
    decimal: bool,
    /// After the decimal point: fraction, exponent, `%`; or `inf`/`nan`; or the character of `c`.
    remainder: &'a str,
}

/// `calc_number_widths` and `fill_number`:
/// `[lpadding][sign][prefix][spadding][grouped digits][decimal][remainder][rpadding]`.
fn write_number(
    out: &mut String,
    num: &Number<'_>,
    f: &FormatSpec,
    locale: Locale,
) -> Result<(), FormatError> {
    let sign = match f.sign {
        Some(Sign::Plus) => Some(if num.negative { '-' } else { '+' }),
        Some(Sign::Space) => Some(if num.negative { '-' } else { ' ' }),
        Some(Sign::Minus) | None => num.negative.then_some('-'),
    };
    let n_remainder = num.remainder.chars().count() as i64;
    let non_digit =
        i64::from(sign.is_some()) + num.prefix.len() as i64 + i64::from(num.decimal) + n_remainder;
    let width = f.width.map_or(-1, |w| w as i64);
    let min_width = if f.fill == '0' && f.align == Align::AfterSign {
        width.saturating_sub(non_digit)
    } else {
        0
    };
    let grouped = if num.digits.is_empty() {
        // Only `c`, inf and nan: the grouping code wants at least one digit.
        0
    } else {
        insert_grouping(None, num.digits, min_width, locale)
    };
    let padding = width.saturating_sub(non_digit.saturating_add(grouped));
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match f.align {
            Align::Left => rpad = padding,
            Align::Center => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            Align::AfterSign => spad = padding,
            Align::Right => lpad = padding,
        }
    }
    let pads = (lpad + spad + rpad) as u128;
    let bytes = pads * f.fill.len_utf8() as u128
        + (non_digit - n_remainder) as u128
        + grouped as u128
        + num.remainder.len() as u128;
    reserve(out, bytes)?;
    push_fill(out, f.fill, lpad as u64);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(num.prefix);
    push_fill(out, f.fill, spad as u64);
    if grouped > 0 && locale.is_none() {
        // No separators: the digits, zero-padded on the left to `min_width`.
        push_fill(out, '0', (grouped - num.digits.len() as i64) as u64);
        out.push_str(std::str::from_utf8(num.digits).unwrap_or(""));
    } else if grouped > 0 {
        let mut buf = Vec::new();
        buf.try_reserve_exact(grouped as usize)?;
        buf.resize(grouped as usize, b'0');
        insert_grouping(Some(&mut buf), num.digits, min_width, locale);
        // ASCII digits, zeros and separators.
        out.push_str(std::str::from_utf8(&buf).unwrap_or(""));
    }
    if num.decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    push_fill(out, f.fill, rpad as u64);
    Ok(())
}

/// `_PyUnicode_InsertThousandsGrouping`: the length of `digits` grouped, zero-padded (zeros grouped too)
/// to at least `min_width`; with `buf` (of exactly that length), also writes it, from the end.
fn insert_grouping(
    mut buf: Option<&mut [u8]>,
    digits: &[u8],
    min_width: i64,
    locale: Locale,
) -> i64 {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut digits_pos = digits.len();
    let mut buf_pos = buf.as_ref().map_or(0, |b| b.len());
    let mut count: i64 = 0;
    let mut use_separator = false;
    let sep_len = i64::from(locale.is_some());

    let mut fill = |buf: &mut Option<&mut [u8]>, n_chars: i64, n_zeros: i64, sep: bool| {
        let Some(b) = buf.as_deref_mut() else {
            return;
        };
        if sep && let Some((s, _)) = locale {
            buf_pos -= 1;
            b[buf_pos] = s;
        }
        let n_chars = n_chars as usize;
        buf_pos -= n_chars;
        digits_pos -= n_chars;
        b[buf_pos..buf_pos + n_chars].copy_from_slice(&digits[digits_pos..digits_pos + n_chars]);
        let n_zeros = n_zeros as usize;
        buf_pos -= n_zeros;
        b[buf_pos..buf_pos + n_zeros].fill(b'0');
    };

    if let Some((_, size)) = locale {
        loop {
            if remaining <= 0 && buf.is_none() {
                // Only zero groups are left (a `0` fill wider than the digits); count them at once
                // rather than walking a width that may be huge. Each full group takes `size` zeros and a
                // separator; the last takes what is left of the width, at least one zero.
                let full = min_width / (size + 1);
                let last = (min_width - full * (size + 1)).max(1);
                return count
                    .saturating_add(full * (size + 1))
                    .saturating_add(sep_len + last);
            }
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            count += if use_separator { sep_len } else { 0 } + n_zeros + n_chars;
            fill(&mut buf, n_chars, n_zeros, use_separator);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return count;
            }
            min_width -= sep_len;
        }
    }
    let len = remaining.max(min_width).max(1);
    let n_zeros = (len - remaining).max(0);
    let n_chars = remaining.min(len).max(0);
    count += n_zeros + n_chars;
    fill(&mut buf, n_chars, n_zeros, false);
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(v: Value<'_>, spec: &str) -> String {
        format_value(v, spec).unwrap_or_else(|e| panic!("format({v:?}, {spec:?}): {e}"))
    }

    fn err(v: Value<'_>, spec: &str) -> String {
        format_value(v, spec).unwrap_err().to_string()
    }

    #[test]
    fn ints() {
        use Value::Int;
        assert_eq!(ok(Int(1234), ""), "1234");
        assert_eq!(ok(Int(1234), "08,"), "0,001,234");
        assert_eq!(ok(Int(1234), "09,"), "0,001,234");
        assert_eq!(ok(Int(-1234), "010,"), "-0,001,234");
        assert_eq!(ok(Int(1234), "0>10,"), "000001,234");
        assert_eq!(ok(Int(255), "#X"), "0XFF");
        assert_eq!(ok(Int(-255), "#010x"), "-0x00000ff");
        assert_eq!(ok(Int(1_000_000), "_b"), "1111_0100_0010_0100_0000");
        assert_eq!(ok(Int(65), "05c"), "0000A");
        assert_eq!(ok(Int(0x1F600), "^3c"), " 😀 ");
        assert_eq!(ok(Int(i64::MIN), ","), "-9,223,372,036,854,775,808");
        assert_eq!(ok(Int(i64::MIN), "#b").len(), 67);
        assert_eq!(ok(Int(i64::MAX), "e"), "9.223372e+18");
        assert_eq!(ok(Int(1), "%"), "100.000000%");
        assert_eq!(ok(Int(1234567), "n"), "1234567");
        assert_eq!(ok(Int(5), "=+5"), "+   5");
        assert_eq!(ok(Int(5), " "), " 5");
        assert_eq!(ok(Int(1), "١٠"), "         1");
    }

    #[test]
    fn int_errors() {
        use Value::Int;
        assert_eq!(
            err(Int(1), ".2"),
            "ValueError: Precision not allowed in integer format specifier"
        );
        assert_eq!(
            err(Int(1), "z"),
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            err(Int(1), "+c"),
            "ValueError: Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            err(Int(-1), "c"),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(
            err(Int(0xd800), "c").split(':').next(),
            Some("UnicodeEncodeError")
        );
        assert_eq!(
            err(Int(1), "s"),
            "ValueError: Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            err(Int(1), "  "),
            "ValueError: Unknown format code '\\x20' for object of type 'int'"
        );
        assert_eq!(
            err(Int(1), "\0"),
            "ValueError: Unknown format code '\\x0' for object of type 'int'"
        );
    }

    #[test]
    fn bools() {
        assert_eq!(ok(Value::Bool(false), ""), "False");
        assert_eq!(ok(Value::Bool(true), ">5"), "    1");
        assert_eq!(ok(Value::Bool(true), "f"), "1.000000");
        assert_eq!(
            err(Value::Bool(true), "s"),
            "ValueError: Unknown format code 's' for object of type 'bool'"
        );
    }

    #[test]
    fn floats() {
        use Value::Float;
        assert_eq!(ok(Float(1.0), ".3"), "1.0");
        assert_eq!(ok(Float(1234.5), ".2"), "1.2e+03");
        assert_eq!(ok(Float(100.0), ".3"), "1e+02");
        assert_eq!(ok(Float(-0.0), "z.1"), "0e+00");
        assert_eq!(ok(Float(f64::INFINITY), "010"), "0000000inf");
        assert_eq!(ok(Float(f64::NAN), "+010,"), "+000000nan");
        assert_eq!(ok(Float(1e16), "#"), "1.e+16");
        assert_eq!(ok(Float(1.0), "#.0"), "1.e+00");
        assert_eq!(ok(Float(1234567.0), ","), "1,234,567.0");
        assert_eq!(ok(Float(12345.0), "010,"), "0,012,345.0");
        assert_eq!(ok(Float(1.5), "+z010,.3f"), "+0,001.500");
        assert_eq!(ok(Float(1.0), "0<5"), "1.000");
        assert_eq!(ok(Float(0.5), ".0%"), "50%");
        assert_eq!(ok(Float(12345.678), "n"), "12345.7");
        assert_eq!(ok(Float(1.5), ".3\0"), "1.5");
        assert_eq!(ok(Float(1e22), "f"), "10000000000000000000000.000000");
        assert_eq!(ok(Float(-1.5e-7), "E"), "-1.500000E-07");
        assert_eq!(ok(Float(f64::NEG_INFINITY), "F"), "-INF");
        assert_eq!(ok(Float(123456789.0), "_.2f"), "123_456_789.00");
    }

    #[test]
    fn float_errors() {
        use Value::Float;
        assert_eq!(
            err(Float(1.0), "d"),
            "ValueError: Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            err(Float(1.0), ".3000000000f"),
            "ValueError: precision too big"
        );
        assert_eq!(
            err(Float(1.0), "_x"),
            "ValueError: Unknown format code 'x' for object of type 'float'"
        );
    }

    #[test]
    fn strings() {
        use Value::Str;
        assert_eq!(ok(Str("ab"), ""), "ab");
        assert_eq!(ok(Str("ab"), ".0"), "");
        assert_eq!(ok(Str("abc"), ".1"), "a");
        assert_eq!(ok(Str("x"), "05"), "x0000");
        assert_eq!(ok(Str("é中"), "*^7.1"), "***é***");
        assert_eq!(ok(Str("ab"), "^5"), " ab  ");
        assert_eq!(ok(Str("ab"), ">5s"), "   ab");
        assert_eq!(
            err(Str("a"), "+"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            err(Str("a"), " "),
            "ValueError: Space not allowed in string format specifier"
        );
        assert_eq!(
            err(Str("a"), "="),
            "ValueError: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            err(Str("a"), "d"),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
    }

    #[test]
    fn none() {
        assert_eq!(ok(Value::None, ""), "None");
        assert_eq!(
            err(Value::None, ">3"),
            "TypeError: unsupported format string passed to NoneType.__format__"
        );
    }

    #[test]
    fn bytes_take_no_spec() {
        assert_eq!(ok(Value::Bytes(b"it's"), ""), "b\"it's\"");
        assert_eq!(
            err(Value::Bytes(b"a"), ">5"),
            "TypeError: unsupported format string passed to bytes.__format__"
        );
    }

    #[test]
    fn output_is_untouched_on_error() {
        let mut s = String::from("keep");
        assert!(format_value_into(&mut s, Value::Float(1.0), "x").is_err());
        assert_eq!(s, "keep");
        format_value_into(&mut s, Value::Int(7), "03").unwrap();
        assert_eq!(s, "keep007");
    }

    #[test]
    fn impossible_sizes_are_memory_errors() {
        let e = format_value(Value::Int(1), "9223372036854775807").unwrap_err();
        assert_eq!(e.kind, FormatErrorKind::MemoryError);
        let e = format_value(Value::Str("a"), "é<9223372036854775807").unwrap_err();
        assert_eq!(e.kind, FormatErrorKind::MemoryError);
    }

    #[test]
    fn large_zero_padding_groups_zeros() {
        let s = ok(Value::Int(7), "041_");
        assert_eq!(s, "0_000_000_000_000_000_000_000_000_000_007");
        assert_eq!(s.len(), 41);
    }

    #[test]
    fn random_specs_never_panic() {
        let alphabet: Vec<char> = "<>^=+- z#0123456789,_.%eEfFgGnxXobcsd\0é١٣中😀"
            .chars()
            .collect();
        let values = [
            Value::Int(0),
            Value::Int(i64::MIN),
            Value::Int(0x1F600),
            Value::Float(-0.0),
            Value::Float(f64::NAN),
            Value::Float(1e308),
            Value::Float(5e-324),
            Value::Float(-2.675),
            Value::Bool(true),
            Value::Str("aé中"),
            Value::None,
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut spec = String::new();
        let mut formatted = 0;
        for _ in 0..40_000 {
            spec.clear();
            for _ in 0..next(9) {
                spec.push(alphabet[next(alphabet.len())]);
            }
            // Keep widths and precisions small (runs of at most 4 digits).
            let mut run = 0;
            let long_run = spec.chars().any(|c| {
                run = if super::super::spec::decimal_value(c).is_some() {
                    run + 1
                } else {
                    0
                };
                run > 4
            });
            if long_run {
                continue;
            }
            for v in values {
                if let Ok(s) = format_value(v, &spec) {
                    formatted += 1;
                    let ty = match v {
                        Value::Int(_) | Value::Bool(_) => PyType::Int,
                        Value::Float(_) => PyType::Float,
                        Value::Str(_) => PyType::Str,
                        Value::None | Value::Bytes(_) => continue,
                    };
                    let width = FormatSpec::parse(&spec, ty).ok().and_then(|f| f.width);
                    assert!(
                        s.chars().count() as u64 >= width.unwrap_or(0),
                        "{v:?} {spec:?}"
                    );
                }
            }
        }
        assert!(formatted > 10_000, "{formatted}");
    }

    #[test]
    fn grouping_count_matches_what_is_written() {
        for locale in [None, Some((b',', 3)), Some((b'_', 4))] {
            for n in 1..9 {
                let digits = &b"12345678"[..n];
                for min_width in -2..40 {
                    let count = insert_grouping(None, digits, min_width, locale);
                    let mut buf = vec![b'?'; count as usize];
                    let written = insert_grouping(Some(&mut buf), digits, min_width, locale);
                    assert_eq!(written, count, "{locale:?} {n} {min_width}");
                    assert!(!buf.contains(&b'?'), "{locale:?} {n} {min_width}");
                    assert!(count >= min_width && buf[0] != b',' && buf[0] != b'_');
                }
            }
        }
        // A huge zero-padded width is counted without walking it.
        let huge = insert_grouping(None, b"1", i64::MAX - 10, Some((b',', 3)));
        assert!(huge >= i64::MAX - 10);
        let e = format_value(Value::Int(1), "09223372036854775807,").unwrap_err();
        assert_eq!(e.kind, FormatErrorKind::MemoryError);
    }
}
