//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! A port of `parse_internal_render_format_spec` (Python/formatter_unicode.c, CPython 3.12), with its
//! error messages. Like CPython, width and precision accept any Unicode decimal digits (`format(1, '١٠')`
//! pads to 10), and the fill may be any character.

use super::error::FormatError;
use super::unicode_tables::DECIMAL_ZEROS;

/// The Python type whose `__format__` parses the spec; it decides the defaults and names the type in
/// error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PyType {
    /// `int`: default type `d`, default alignment right.
    Int,
    /// `bool`: formats as `int` (with a non-empty spec), named `bool` in messages.
    Bool,
    /// `float`: no default type, default alignment right.
    Float,
    /// `str`: default type `s`, default alignment left.
    Str,
}

impl PyType {
    /// The type's Python name: `int`, `bool`, `float`, `str`.
    pub const fn name(self) -> &'static str {
        match self {
            PyType::Int => "int",
            PyType::Bool => "bool",
            PyType::Float => "float",
            PyType::Str => "str",
        }
    }

    const fn default_type(self) -> Option<char> {
        match self {
            PyType::Int | PyType::Bool => Some('d'),
            PyType::Float => None,
            PyType::Str => Some('s'),
        }
    }

    const fn default_align(self) -> Align {
        match self {
            PyType::Str => Align::Left,
            PyType::Int | PyType::Bool | PyType::Float => Align::Right,
        }
    }
}

/// Alignment within the field width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^` (an odd padding puts the extra fill on the right)
    Center,
    /// `=`: padding between the sign (and `0x` prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sign {
    /// `+`: a sign for every number.
    Plus,
    /// `-`: a sign for negative numbers only (the default behaviour, but it counts as given).
    Minus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// The grouping option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// `,`: every 3 digits (decimal types only).
    Comma,
    /// `_`: every 3 digits, or every 4 for `b`, `o`, `x`, `X`.
    Underscore,
}

impl Grouping {
    pub(crate) const fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec, with the type's defaults filled in (as CPython's `InternalFormatSpec`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FormatSpec {
    /// The fill character (default `' '`; `'0'` after the `0` option when no fill was given).
    pub fill: char,
    /// The alignment (default: right for numbers, left for strings; `=` after the `0` option for
    /// numbers when no alignment was given).
    pub align: Align,
    /// The sign option, if given.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero (after rounding) to zero.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The minimum field width, if given (at most `i64::MAX`, as CPython's `Py_ssize_t`).
    pub width: Option<u64>,
    /// The grouping option, if given.
    pub grouping: Option<Grouping>,
    /// The precision, if given (at most `i64::MAX`).
    pub precision: Option<u64>,
    /// The presentation type; `None` for a float without one (or for an explicit NUL, which CPython
    /// treats as no type: ints and strings reject it as the unknown code `'\x0'`).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Parses `spec` as `ty.__format__` does, with CPython's `ValueError` messages for malformed specs.
    /// Whether the presentation type suits the value is checked when the spec is applied.
    ///
    /// ```
    /// use multilingual_runtime::pyfmt::{Align, FormatSpec, PyType};
    /// let spec = FormatSpec::parse("*^+12,.3f", PyType::Float).unwrap();
    /// assert_eq!((spec.fill, spec.align, spec.width, spec.precision, spec.ty),
    ///            ('*', Align::Center, Some(12), Some(3), Some('f')));
    /// let err = FormatSpec::parse(".f", PyType::Float).unwrap_err();
    /// assert_eq!(err.message, "Format specifier missing precision");
    /// ```
    pub fn parse(spec: &str, ty: PyType) -> Result<FormatSpec, FormatError> {
        // Random access by character; short specs (all real ones) stay on the stack.
        let mut stack = ['\0'; 32];
        let heap: Vec<char>;
        let chars: &[char] = if spec.len() <= stack.len() {
            let mut n = 0;
            for c in spec.chars() {
                stack[n] = c;
                n += 1;
            }
            &stack[..n]
        } else {
            heap = spec.chars().collect();
            &heap
        };
        let end = chars.len();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: ' ',
            align: ty.default_align(),
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: ty.default_type(),
        };
        let mut align_given = false;
        let mut fill_given = false;

        // If the second char is an alignment token, the first is the fill.
        if end - pos >= 2
            && let Some(a) = Align::from_char(chars[pos + 1])
        {
            out.align = a;
            out.fill = chars[pos];
            fill_given = true;
            align_given = true;
            pos += 2;
        } else if end - pos >= 1
            && let Some(a) = Align::from_char(chars[pos])
        {
            out.align = a;
            align_given = true;
            pos += 1;
        }

        if pos < end {
            let sign = match chars[pos] {
                '+' => Some(Sign::Plus),
                '-' => Some(Sign::Minus),
                ' ' => Some(Sign::Space),
                _ => None,
            };
            if sign.is_some() {
                out.sign = sign;
                pos += 1;
            }
        }

        if pos < end && chars[pos] == 'z' {
            out.no_neg_0 = true;
            pos += 1;
        }

        if pos < end && chars[pos] == '#' {
            out.alternate = true;
            pos += 1;
        }

        // The special case for 0-padding (backwards compatibility).
        if !fill_given && pos < end && chars[pos] == '0' {
            out.fill = '0';
            if !align_given && ty.default_align() == Align::Right {
                out.align = Align::AfterSign;
            }
            pos += 1;
        }

        out.width = get_integer(chars, &mut pos)?;

        if pos < end && chars[pos] == ',' {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if out.grouping.is_some() {
                return Err(comma_and_underscore());
            }
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && out.grouping == Some(Grouping::Underscore) {
            return Err(comma_and_underscore());
        }

        if pos < end && chars[pos] == '.' {
            pos += 1;
            match get_integer(chars, &mut pos)? {
                Some(p) => out.precision = Some(p),
                None => return Err(FormatError::value("Format specifier missing precision")),
            }
        }

        if end - pos > 1 {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                ty.name()
            )));
        }
        if end - pos == 1 {
            // An explicit NUL is CPython's "no type": floats take it as none given, ints and strings
            // reject it as the unknown code '\x0'.
            out.ty = Some(chars[pos]).filter(|&c| c != '\0');
        }

        if let Some(g) = out.grouping {
            let allowed = match out.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == Grouping::Underscore,
                Some(_) => false,
            };
            if !allowed {
                return Err(FormatError::value(format!(
                    "Cannot specify '{}' with {}.",
                    g.as_char(),
                    quote_code(out.ty.unwrap_or('\0'))
                )));
            }
        }
        Ok(out)
    }
}

fn comma_and_underscore() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// A presentation type in a message, as CPython's `'%c'` / `'\x%x'` choice words it.
pub(crate) fn quote_code(c: char) -> String {
    let n = u32::from(c);
    if n > 32 && n < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{n:x}'")
    }
}

/// CPython's `get_integer`: a run of Unicode decimal digits; `None` when there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<u64>, FormatError> {
    let mut acc: i64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as u64))
}

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (category Nd, in Python 3.12's Unicode
/// 15.0.0).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let n = u32::from(c);
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    let zero = DECIMAL_ZEROS[i.checked_sub(1)?];
    (n - zero < 10).then_some(n - zero)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str, ty: PyType) -> FormatSpec {
        FormatSpec::parse(s, ty).unwrap()
    }

    fn err(s: &str, ty: PyType) -> String {
        FormatSpec::parse(s, ty).unwrap_err().message
    }

    #[test]
    fn defaults() {
        let f = parse("", PyType::Float);
        assert_eq!(
            (f.fill, f.align, f.ty, f.width),
            (' ', Align::Right, None, None)
        );
        let s = parse("", PyType::Str);
        assert_eq!((s.align, s.ty), (Align::Left, Some('s')));
        let i = parse("", PyType::Int);
        assert_eq!((i.align, i.ty), (Align::Right, Some('d')));
    }

    #[test]
    fn every_field() {
        let s = parse("x<+z#012_.5e", PyType::Float);
        assert_eq!(
            s,
            FormatSpec {
                fill: 'x',
                align: Align::Left,
                sign: Some(Sign::Plus),
                no_neg_0: true,
                alternate: true,
                width: Some(12),
                grouping: Some(Grouping::Underscore),
                precision: Some(5),
                ty: Some('e'),
            }
        );
        // `0` is the width's first digit when a fill was given.
        let s = parse("*<012", PyType::Int);
        assert_eq!((s.fill, s.width), ('*', Some(12)));
    }

    #[test]
    fn zero_option() {
        let n = parse("010", PyType::Int);
        assert_eq!(
            (n.fill, n.align, n.width),
            ('0', Align::AfterSign, Some(10))
        );
        let s = parse("05", PyType::Str);
        assert_eq!((s.fill, s.align, s.width), ('0', Align::Left, Some(5)));
        let n = parse("<05", PyType::Float);
        assert_eq!((n.fill, n.align), ('0', Align::Left));
    }

    #[test]
    fn fill_may_be_an_alignment_char_or_any_char() {
        let s = parse("<<", PyType::Str);
        assert_eq!((s.fill, s.align), ('<', Align::Left));
        let s = parse("é^9", PyType::Str);
        assert_eq!((s.fill, s.align, s.width), ('é', Align::Center, Some(9)));
        let s = parse("\n=", PyType::Int);
        assert_eq!((s.fill, s.align), ('\n', Align::AfterSign));
    }

    #[test]
    fn unicode_digits() {
        assert_eq!(parse("١٠", PyType::Int).width, Some(10));
        assert_eq!(parse(".３f", PyType::Float).precision, Some(3));
        assert_eq!(decimal_value('९'), Some(9));
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(decimal_value('\u{65f}'), None);
    }

    #[test]
    fn errors() {
        assert_eq!(
            err(".f", PyType::Float),
            "Format specifier missing precision"
        );
        assert_eq!(err(",_", PyType::Int), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,", PyType::Int), "Cannot specify both ',' and '_'.");
        assert_eq!(
            err(".2fx", PyType::Float),
            "Invalid format specifier '.2fx' for object of type 'float'"
        );
        assert_eq!(err(",x", PyType::Int), "Cannot specify ',' with 'x'.");
        assert_eq!(err(",", PyType::Str), "Cannot specify ',' with 's'.");
        assert_eq!(err(",é", PyType::Int), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(err("_n", PyType::Float), "Cannot specify '_' with 'n'.");
        assert_eq!(
            err("99999999999999999999", PyType::Int),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err(".9223372036854775808", PyType::Str),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            parse("9223372036854775807", PyType::Int).width,
            Some(i64::MAX as u64)
        );
        assert_eq!(
            err("z+f", PyType::Float),
            "Invalid format specifier 'z+f' for object of type 'float'"
        );
        // The sign must come before `z`; `z+` parses with the type `+`, rejected when applied.
        assert_eq!(parse("z+", PyType::Float).ty, Some('+'));
    }

    #[test]
    fn underscore_allowed_for_binary_octal_hex() {
        for t in ["_b", "_o", "_x", "_X", "_d", "_", ",d", ",%", ","] {
            assert!(FormatSpec::parse(t, PyType::Int).is_ok(), "{t}");
        }
    }

    #[test]
    fn quoting_codes() {
        assert_eq!(quote_code('q'), "'q'");
        assert_eq!(quote_code(' '), "'\\x20'");
        assert_eq!(quote_code('\u{1F600}'), "'\\x1f600'");
    }
}
