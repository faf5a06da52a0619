//! Source text to tokens: Python's layout rules (indentation, brackets, continuation lines),
//! keywords of one human language (multi-word ones included), Unicode digits and the Unicode and
//! fullwidth spellings of operators.

use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::token::{AugOp, FStringTok, Op, Tok, Token};
use crate::vocabulary::Lexicon;
use unicode_general_category::{GeneralCategory, get_general_category};

/// Can `c` start an identifier? Letters, combining marks (Indic scripts) and `_`.
pub fn is_ident_start(c: char) -> bool {
    c == '_'
        || c.is_alphabetic()
        || matches!(
            get_general_category(c),
            GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark
        )
}

/// Can `c` continue an identifier? Also decimal digits of any script.
pub fn is_ident_continue(c: char) -> bool {
    is_ident_start(c) || is_decimal_digit(c)
}

/// Is `c` a decimal digit of any script (Unicode category Nd)?
pub fn is_decimal_digit(c: char) -> bool {
    get_general_category(c) == GeneralCategory::DecimalNumber
}

/// The value of a decimal digit of any script: digits come in runs of ten code points.
pub fn digit_value(c: char) -> Option<u32> {
    if !is_decimal_digit(c) {
        return None;
    }
    let mut start = c as u32;
    while let Some(prev) = char::from_u32(start.wrapping_sub(1)) {
        if start == 0 || !is_decimal_digit(prev) {
            break;
        }
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// The words of a source text outside comments and strings, for language detection.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut skip_until: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(end) = skip_until {
            if c == end || c == '\n' {
                skip_until = None;
            }
            continue;
        }
        if matches!(c, '#' | '"' | '\'') {
            if let Some(s) = start.take() {
                out.push(&text[s..i]);
            }
            skip_until = Some(if c == '#' { '\n' } else { c });
            continue;
        }
        match (start, is_ident_continue(c)) {
            (None, true) if is_ident_start(c) => start = Some(i),
            (Some(s), false) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Splits `text` into tokens. Stops at the first error.
pub fn lex(text: &str, lexicon: &Lexicon) -> Result<Vec<Token>, Diagnostic> {
    Lexer {
        text,
        pos: 0,
        lexicon,
        tokens: Vec::new(),
        indents: vec![(0, 0)],
        depth: 0,
        enclosing: None,
        fstring_depth: 0,
    }
    .run()
}

struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    lexicon: &'a Lexicon,
    tokens: Vec<Token>,
    /// Open blocks' indentation: (columns with tabs to multiples of 8, columns with tabs as 1),
    /// compared both ways as CPython does to reject ambiguous mixes of tabs and spaces.
    indents: Vec<(usize, usize)>,
    /// Open brackets: newlines inside them do not end the line.
    depth: usize,
    /// The quote of the innermost f-string whose replacement field is being lexed: meeting it
    /// ends the f-string (so the field is unclosed).
    enclosing: Option<Quote>,
    /// How many f-string replacement fields are being lexed, one inside the other.
    fstring_depth: usize,
}

/// How deeply f-strings may nest inside each other's replacement fields.
const MAX_FSTRING_DEPTH: usize = 16;

/// The closing quote of a string being lexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Quote {
    close: char,
    triple: bool,
}

/// What a string prefix (`r`, `b`, `f`, `rb`, `fr`, ...) asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Prefix {
    /// `r`: backslashes are kept as written.
    raw: bool,
    /// `b`: a bytes literal.
    bytes: bool,
    /// `f`: an f-string with replacement fields.
    format: bool,
}

impl Prefix {
    /// The prefix spelled `word` (any case), if it is one: `r`, `b`, `u`, `f`, `rb`/`br`,
    /// `rf`/`fr`.
    fn parse(word: &str) -> Option<Prefix> {
        let (raw, bytes, format) = match word.to_ascii_lowercase().as_str() {
            "u" => (false, false, false),
            "r" => (true, false, false),
            "b" => (false, true, false),
            "f" => (false, false, true),
            "rb" | "br" => (true, true, false),
            "rf" | "fr" => (true, false, true),
            _ => return None,
        };
        Some(Prefix { raw, bytes, format })
    }
}

impl Lexer<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.text[self.pos..].chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn push(&mut self, tok: Tok, start: usize) {
        self.tokens.push(Token {
            tok,
            span: Span::new(start, self.pos),
        });
    }

    fn run(mut self) -> Result<Vec<Token>, Diagnostic> {
        let mut at_line_start = true;
        while self.pos < self.text.len() {
            if at_line_start && self.depth == 0 {
                at_line_start = false;
                if self.indentation()? {
                    continue;
                }
            }
            let start = self.pos;
            let Some(c) = self.peek() else { break };
            match c {
                ' ' | '\t' | '\u{3000}' | '\u{feff}' => {
                    self.bump();
                }
                '\r' => {
                    self.bump();
                }
                '\n' => {
                    self.bump();
                    if self.depth == 0 {
                        // A blank or comment-only line ends no statement (as in Python).
                        if !matches!(
                            self.tokens.last().map(|t| &t.tok),
                            None | Some(Tok::Newline)
                        ) {
                            self.push(Tok::Newline, start);
                        }
                        at_line_start = true;
                    }
                }
                '#' => self.skip_comment(),
                '\\' if matches!(self.peek_at(1), Some('\n' | '\r')) => {
                    self.bump();
                    if self.peek() == Some('\r') {
                        self.bump();
                    }
                    self.bump();
                }
                c if is_decimal_digit(c)
                    || (c == '.' && self.peek_at(1).is_some_and(is_decimal_digit)) =>
                {
                    self.number()?
                }
                c if is_ident_start(c) => self.word()?,
                c if string_close(c).is_some() => self.string(start, Prefix::default())?,
                _ => self.operator()?,
            }
        }
        let end = self.text.len();
        if !matches!(
            self.tokens.last().map(|t| &t.tok),
            None | Some(Tok::Newline)
        ) {
            self.tokens.push(Token {
                tok: Tok::Newline,
                span: Span::new(end, end),
            });
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(Token {
                tok: Tok::Dedent,
                span: Span::new(end, end),
            });
        }
        self.tokens.push(Token {
            tok: Tok::Eof,
            span: Span::new(end, end),
        });
        Ok(self.tokens)
    }

    /// Measures the indentation of a new line and emits Indent/Dedent. Returns true when the
    /// line is blank or a comment (nothing to emit).
    fn indentation(&mut self) -> Result<bool, Diagnostic> {
        let start = self.pos;
        let (mut width, mut alt) = (0, 0);
        while let Some(c) = self.peek() {
            match c {
                ' ' => {
                    width += 1;
                    alt += 1;
                }
                '\t' => {
                    width = (width / 8 + 1) * 8;
                    alt += 1;
                }
                '\u{feff}' => {}
                _ => break,
            }
            self.bump();
        }
        match self.peek() {
            None | Some('\n' | '\r' | '#') => return Ok(true),
            _ => {}
        }
        let ambiguous = || {
            Diagnostic::error(
                Span::new(start, self.pos),
                "inconsistent use of tabs and spaces in indentation",
            )
            .label("this indentation means different things depending on the tab width")
            .note("indent with spaces only (or tabs only)")
        };
        let (current, current_alt) = *self.indents.last().unwrap_or(&(0, 0));
        if width > current {
            if alt <= current_alt {
                return Err(ambiguous());
            }
            self.indents.push((width, alt));
            self.push(Tok::Indent, start);
        } else if width < current {
            while self.indents.last().is_some_and(|&(w, _)| w > width) {
                self.indents.pop();
                self.tokens.push(Token {
                    tok: Tok::Dedent,
                    span: Span::new(self.pos, self.pos),
                });
            }
            let (w, a) = *self.indents.last().unwrap_or(&(0, 0));
            if w != width {
                return Err(Diagnostic::error(
                    Span::new(start, self.pos),
                    "inconsistent indentation",
                )
                .label("this line's indentation matches no enclosing block")
                .note("indent the line exactly as far as the block it belongs to"));
            }
            if a != alt {
                return Err(ambiguous());
            }
        } else if alt != current_alt {
            return Err(ambiguous());
        }
        Ok(false)
    }

    fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            if c == '\n' {
                break;
            }
            self.bump();
        }
    }

    fn read_word(&mut self) -> &str {
        let start = self.pos;
        while self.peek().is_some_and(is_ident_continue) {
            self.bump();
        }
        &self.text[start..self.pos]
    }

    /// An identifier or a keyword; keywords of several words are matched greedily.
    fn word(&mut self) -> Result<(), Diagnostic> {
        let start = self.pos;
        let first = self.read_word().to_string();
        let first_end = self.pos;
        // `f"..."`, `rb'...'`: a prefix directly followed by a quote (but not by the quote that
        // ends the f-string this word is in).
        if self.peek().is_some_and(|c| string_close(c).is_some())
            && !self.enclosing.is_some_and(|q| self.at_quote_end(q))
            && let Some(prefix) = Prefix::parse(&first)
        {
            return self.string(start, prefix);
        }
        let mut best = self
            .lexicon
            .keyword(&first)
            .map(|k| (k, first.clone(), first_end));
        let mut phrase = first.clone();
        for _ in 1..self.lexicon.max_keyword_words {
            let gap_start = self.pos;
            while matches!(self.peek(), Some(' ' | '\t')) {
                self.bump();
            }
            if self.pos == gap_start || !self.peek().is_some_and(is_ident_start) {
                self.pos = gap_start;
                break;
            }
            let next = self.read_word().to_string();
            phrase.push(' ');
            phrase.push_str(&next);
            if let Some(k) = self.lexicon.keyword(&phrase) {
                best = Some((k, self.text[start..self.pos].to_string(), self.pos));
            }
        }
        match best {
            Some((k, text, end)) => {
                self.pos = end;
                self.push(Tok::Keyword(k, text), start);
            }
            None => {
                self.pos = first_end;
                self.push(Tok::Name(first), start);
            }
        }
        Ok(())
    }

    /// Collects digits of any script (and `_` separators) as ASCII.
    fn digits(&mut self, radix: u32, out: &mut String) {
        loop {
            match self.peek() {
                Some('_')
                    if self
                        .peek_at(1)
                        .is_some_and(|c| digit_in_radix(c, radix).is_some()) =>
                {
                    self.bump();
                }
                Some(c) => match digit_in_radix(c, radix) {
                    Some(d) => {
                        out.push(char::from_digit(d, radix).unwrap_or('0'));
                        self.bump();
                    }
                    None => break,
                },
                None => break,
            }
        }
    }

    fn number(&mut self) -> Result<(), Diagnostic> {
        let start = self.pos;
        let radix = match (self.peek(), self.peek_at(1)) {
            (Some('0'), Some('x' | 'X')) => 16,
            (Some('0'), Some('o' | 'O')) => 8,
            (Some('0'), Some('b' | 'B')) => 2,
            _ => 10,
        };
        if radix != 10 {
            self.bump();
            self.bump();
            let mut digits = String::new();
            self.digits(radix, &mut digits);
            if digits.is_empty() {
                return Err(
                    Diagnostic::error(Span::new(start, self.pos), "invalid number")
                        .label("digits expected after the prefix"),
                );
            }
            let value =
                u64::from_str_radix(&digits, radix).map_err(|_| too_big(start, self.pos))?;
            self.push(Tok::Int(value), start);
            return self.no_letter_after(start);
        }
        let mut text = String::new();
        self.digits(10, &mut text);
        let mut is_float = false;
        if self.peek() == Some('.') && self.peek_at(1).is_none_or(|c| c != '.') {
            // `1.` and `1.5` are floats; `xs[1].` does not occur in this language.
            is_float = true;
            self.bump();
            text.push('.');
            self.digits(10, &mut text);
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let sign = self.peek_at(1);
            let digit_at = if matches!(sign, Some('+' | '-')) {
                2
            } else {
                1
            };
            if self.peek_at(digit_at).is_some_and(is_decimal_digit) {
                is_float = true;
                self.bump();
                text.push('e');
                if digit_at == 2
                    && let Some(s) = self.bump()
                {
                    text.push(s);
                }
                self.digits(10, &mut text);
            }
        }
        if is_float {
            let value: f64 = text
                .parse()
                .map_err(|_| Diagnostic::error(Span::new(start, self.pos), "invalid number"))?;
            self.push(Tok::Float(value), start);
        } else {
            let value: u64 = text.parse().map_err(|_| too_big(start, self.pos))?;
            self.push(Tok::Int(value), start);
        }
        self.no_letter_after(start)
    }

    fn no_letter_after(&self, start: usize) -> Result<(), Diagnostic> {
        if self.peek().is_some_and(is_ident_start) {
            let mut end = self.pos;
            for c in self.text[self.pos..].chars() {
                if !is_ident_continue(c) {
                    break;
                }
                end += c.len_utf8();
            }
            return Err(Diagnostic::error(Span::new(start, end), "invalid number")
                .label("a number cannot run into a name")
                .note("put a space or an operator between the number and the name"));
        }
        Ok(())
    }

    /// Is the text at the current position the end of a string closed by `quote`?
    fn at_quote_end(&self, quote: Quote) -> bool {
        self.peek() == Some(quote.close)
            && (!quote.triple
                || (self.peek_at(1) == Some(quote.close) && self.peek_at(2) == Some(quote.close)))
    }

    /// A string, bytes or f-string literal; `start` is where its prefix starts, the current
    /// position is its opening quote.
    fn string(&mut self, start: usize, prefix: Prefix) -> Result<(), Diagnostic> {
        let open = self.bump().unwrap_or('"');
        let close = string_close(open).unwrap_or(open);
        let triple = (open == '"' || open == '\'')
            && self.peek() == Some(open)
            && self.peek_at(1) == Some(open);
        if triple {
            self.bump();
            self.bump();
        }
        let quote = Quote { close, triple };
        let mut value = String::new();
        let mut parts = Vec::new();
        loop {
            if self.at_quote_end(quote) {
                for _ in 0..if triple { 3 } else { 1 } {
                    self.bump();
                }
                break;
            }
            let at = self.pos;
            let Some(c) = self.bump() else {
                return Err(
                    Diagnostic::error(Span::new(start, self.pos), "unterminated string")
                        .label("this string is never closed"),
                );
            };
            if c == '\n' && !triple {
                return Err(Diagnostic::error(
                    Span::new(start, self.pos - 1),
                    "unterminated string",
                )
                .label("the line ends before the string is closed"));
            }
            if c == '\\' {
                if prefix.raw {
                    value.push('\\');
                    if let Some(next @ ('\\' | '\n')) = self.peek() {
                        value.push(next);
                        self.bump();
                    } else if self.peek() == Some(close) {
                        value.push(close);
                        self.bump();
                    }
                } else {
                    self.escape(&mut value, prefix, at)?;
                }
                continue;
            }
            if prefix.format && c == '{' {
                if self.peek() == Some('{') {
                    self.bump();
                    value.push('{');
                } else {
                    if !value.is_empty() {
                        parts.push(FStringTok::Text(std::mem::take(&mut value)));
                    }
                    parts.push(self.field(at, quote, prefix)?);
                }
                continue;
            }
            if prefix.format && c == '}' {
                if self.peek() == Some('}') {
                    self.bump();
                    value.push('}');
                    continue;
                }
                return Err(
                    Diagnostic::error(Span::new(at, self.pos), "single `}` in f-string")
                        .label("this `}` closes no replacement field")
                        .note("write `}}` for a literal `}`"),
                );
            }
            if prefix.bytes && !c.is_ascii() {
                return Err(non_ascii_bytes(at, self.pos));
            }
            value.push(c);
        }
        let tok = if prefix.format {
            if !value.is_empty() {
                parts.push(FStringTok::Text(value));
            }
            Tok::FString(parts)
        } else if prefix.bytes {
            // Every char is below 256: ASCII text and `\x` escapes.
            Tok::Bytes(value.chars().map(|c| c as u8).collect())
        } else {
            Tok::Str(value)
        };
        self.push(tok, start);
        Ok(())
    }

    /// An escape sequence, the backslash at `at` already consumed: Python's `\n \t \r \a \b
    /// \f \v \\ \' \"`, octal `\ooo` and `\xHH`. In bytes literals, `\xHH` and octal escapes
    /// are bytes, pushed as the chars of those code points.
    fn escape(&mut self, value: &mut String, prefix: Prefix, at: usize) -> Result<(), Diagnostic> {
        let Some(c) = self.peek() else {
            return Ok(());
        };
        let simple = match c {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'v' => Some('\x0b'),
            '\\' | '\'' | '"' => Some(c),
            _ => None,
        };
        if let Some(s) = simple {
            self.bump();
            value.push(s);
            return Ok(());
        }
        match c {
            '\n' => {
                self.bump();
            }
            '0'..='7' => {
                // One to three octal digits.
                let mut code = 0;
                for _ in 0..3 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            code = code * 8 + d;
                            self.bump();
                        }
                        None => break,
                    }
                }
                if prefix.bytes && code > 0xff {
                    return Err(Diagnostic::error(
                        Span::new(at, self.pos),
                        "octal escape value out of range for a byte",
                    )
                    .label("above \\377")
                    .note("write bytes from 0 to 255 as `\\xHH` escapes"));
                }
                value.push(char::from_u32(code).unwrap_or('\0'));
            }
            'x' => {
                self.bump();
                let hex: String = (0..2).filter_map(|i| self.peek_at(i)).collect();
                match u8::from_str_radix(&hex, 16) {
                    Ok(b) if hex.len() == 2 && hex.chars().all(|h| h.is_ascii_hexdigit()) => {
                        self.bump();
                        self.bump();
                        value.push(char::from(b));
                    }
                    _ => {
                        let end = self.pos
                            + hex
                                .chars()
                                .take_while(char::is_ascii_hexdigit)
                                .map(char::len_utf8)
                                .sum::<usize>();
                        return Err(
                            Diagnostic::error(Span::new(at, end), "invalid `\\x` escape")
                                .label("two hexadecimal digits expected after `\\x`"),
                        );
                    }
                }
            }
            // `\{` in an f-string: the backslash is text, the brace opens a field.
            '{' | '}' if prefix.format => value.push('\\'),
            other => {
                self.bump();
                if prefix.bytes && !other.is_ascii() {
                    return Err(non_ascii_bytes(at, self.pos));
                }
                value.push('\\');
                value.push(other);
            }
        }
        Ok(())
    }

    /// A replacement field of an f-string, its `{` (at `open`) already consumed: the expression's
    /// tokens, then `!conversion`, then `:spec`, then `}`.
    fn field(
        &mut self,
        open: usize,
        quote: Quote,
        prefix: Prefix,
    ) -> Result<FStringTok, Diagnostic> {
        if self.fstring_depth >= MAX_FSTRING_DEPTH {
            return Err(Diagnostic::error(
                Span::new(open, self.pos),
                "f-strings are nested too deeply",
            )
            .label(format!(
                "more than {MAX_FSTRING_DEPTH} levels of replacement fields"
            )));
        }
        let saved_tokens = std::mem::take(&mut self.tokens);
        let saved_depth = self.depth;
        let saved_enclosing = self.enclosing.replace(quote);
        self.fstring_depth += 1;
        let result = self.field_rest(open, quote, prefix);
        self.fstring_depth -= 1;
        self.enclosing = saved_enclosing;
        self.depth = saved_depth;
        let tokens = std::mem::replace(&mut self.tokens, saved_tokens);
        let (conversion, spec) = result?;
        Ok(FStringTok::Field {
            tokens,
            conversion,
            spec,
            span: Span::new(open, self.pos),
        })
    }

    fn field_rest(
        &mut self,
        open: usize,
        quote: Quote,
        prefix: Prefix,
    ) -> Result<(Option<char>, Option<String>), Diagnostic> {
        let unclosed = || {
            Diagnostic::error(Span::new(open, open + 1), "unclosed `{` in f-string")
                .label("this replacement field is never closed")
                .note("close it with `}`, or write `{{` for a literal `{`")
        };
        let line_ends = |c: char| matches!(c, '\n' | '\r') && !quote.triple;
        // Brackets opened inside the field: `:`, `!`, `=` and `}` inside them belong to the
        // expression.
        let mut nesting = 0usize;
        self.depth = 1;
        let stop = loop {
            let Some(c) = self.peek() else {
                return Err(unclosed());
            };
            if self.at_quote_end(quote) || line_ends(c) {
                return Err(unclosed());
            }
            let next = self.peek_at(1);
            if nesting == 0
                && (matches!(c, '}' | ':') || (matches!(c, '!' | '=') && next != Some('=')))
            {
                break c;
            }
            let start = self.pos;
            match c {
                ' ' | '\t' | '\u{3000}' | '\u{feff}' | '\n' | '\r' => {
                    self.bump();
                }
                '#' => {
                    return Err(Diagnostic::error(
                        Span::new(start, start + 1),
                        "`#` is not allowed in an f-string replacement field",
                    )
                    .label("a comment cannot start here"));
                }
                c if is_decimal_digit(c) || (c == '.' && next.is_some_and(is_decimal_digit)) => {
                    self.number()?
                }
                c if is_ident_start(c) => self.word()?,
                c if string_close(c).is_some() => self.string(start, Prefix::default())?,
                _ => {
                    self.operator()?;
                    match self.tokens.last().map(|t| &t.tok) {
                        Some(Tok::Op(Op::LParen | Op::LBracket | Op::LBrace)) => nesting += 1,
                        Some(Tok::Op(Op::RParen | Op::RBracket | Op::RBrace)) => {
                            nesting = nesting.saturating_sub(1)
                        }
                        _ => {}
                    }
                }
            }
        };
        let expr_end = self.pos;
        if self.tokens.is_empty() {
            return Err(Diagnostic::error(
                Span::new(open, expr_end + stop.len_utf8()),
                "empty expression in f-string replacement field",
            )
            .label("an expression is expected between `{` and `}`")
            .note("write `{{` and `}}` for literal braces"));
        }
        self.tokens.push(Token {
            tok: Tok::Eof,
            span: Span::new(expr_end, expr_end),
        });
        if stop == '=' {
            return Err(Diagnostic::error(
                Span::new(expr_end, expr_end + 1),
                "not supported in kernels yet: `=` in f-string replacement fields",
            )
            .label("self-documenting `=`")
            .note("write the text before the field: `f\"x={x}\"`"));
        }
        let mut conversion = None;
        if stop == '!' {
            self.bump();
            let at = self.pos;
            match self.peek() {
                Some(c @ ('r' | 's' | 'a')) => {
                    self.bump();
                    conversion = Some(c);
                }
                Some(c) if !self.at_quote_end(quote) && !line_ends(c) && c != '}' => {
                    return Err(Diagnostic::error(
                        Span::new(at, at + c.len_utf8()),
                        format!("invalid conversion `!{c}` in f-string"),
                    )
                    .label("expected `r`, `s` or `a`"));
                }
                _ => {
                    return Err(Diagnostic::error(
                        Span::new(at - 1, at),
                        "missing conversion character in f-string",
                    )
                    .label("expected `r`, `s` or `a` after `!`"));
                }
            }
            match self.peek() {
                Some('}' | ':') => {}
                Some(c) if !self.at_quote_end(quote) && !line_ends(c) => {
                    return Err(Diagnostic::error(
                        Span::new(self.pos, self.pos + c.len_utf8()),
                        "expected `}` after the conversion in f-string",
                    )
                    .label("expected `}` or `:`"));
                }
                _ => return Err(unclosed()),
            }
        }
        let mut spec = None;
        if self.peek() == Some(':') {
            self.bump();
            let mut text = String::new();
            loop {
                let Some(c) = self.peek() else {
                    return Err(unclosed());
                };
                if self.at_quote_end(quote) || line_ends(c) {
                    return Err(unclosed());
                }
                let at = self.pos;
                self.bump();
                match c {
                    '}' => {
                        self.pos = at;
                        break;
                    }
                    '{' => {
                        return Err(Diagnostic::error(
                            Span::new(at, at + 1),
                            "not supported in kernels yet: nested replacement fields in a format spec",
                        )
                        .label("nested field")
                        .note("write the format spec as literal text"));
                    }
                    '\\' if !prefix.raw => self.escape(&mut text, prefix, at)?,
                    c => text.push(c),
                }
            }
            if !text.is_empty() {
                spec = Some(text);
            }
        }
        // The loop above stops at `}` only.
        self.bump();
        Ok((conversion, spec))
    }

    fn operator(&mut self) -> Result<(), Diagnostic> {
        let start = self.pos;
        let c = self.bump().unwrap_or(' ');
        let next = self.peek();
        let next2 = self.peek_at(1);
        // Folds fullwidth and Unicode spellings to ASCII.
        let fold = |c: Option<char>| -> Option<char> {
            let c = c?;
            Some(match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                '×' | '⋅' | '·' => '*',
                '÷' => '/',
                '−' => '-',
                '،' => ',',
                '؛' => ';',
                '、' => ',',
                other => other,
            })
        };
        let a = fold(Some(c)).unwrap_or(c);
        let b = fold(next);
        let b2 = fold(next2);
        let special = match c {
            '≠' => Some(Op::Ne),
            '≤' => Some(Op::Le),
            '≥' => Some(Op::Ge),
            '→' => Some(Op::Arrow),
            '≪' => Some(Op::Shl),
            '≫' => Some(Op::Shr),
            _ => None,
        };
        if let Some(op) = special {
            if fold(self.peek()) == Some('=') && matches!(op, Op::Shl | Op::Shr) {
                self.bump();
                let aug = if op == Op::Shl {
                    AugOp::Shl
                } else {
                    AugOp::Shr
                };
                self.push(Tok::Op(Op::AugAssign(aug)), start);
            } else {
                self.push(Tok::Op(op), start);
            }
            return Ok(());
        }
        let three = match (a, b, b2) {
            ('*', Some('*'), Some('=')) => Some(Op::AugAssign(AugOp::Pow)),
            ('/', Some('/'), Some('=')) => Some(Op::AugAssign(AugOp::FloorDiv)),
            ('<', Some('<'), Some('=')) => Some(Op::AugAssign(AugOp::Shl)),
            ('>', Some('>'), Some('=')) => Some(Op::AugAssign(AugOp::Shr)),
            _ => None,
        };
        if let Some(op) = three {
            self.bump();
            self.bump();
            self.push(Tok::Op(op), start);
            return Ok(());
        }
        let two = match (a, b) {
            ('*', Some('*')) => Some(Op::StarStar),
            ('/', Some('/')) => Some(Op::SlashSlash),
            ('<', Some('<')) => Some(Op::Shl),
            ('>', Some('>')) => Some(Op::Shr),
            ('<', Some('=')) => Some(Op::Le),
            ('>', Some('=')) => Some(Op::Ge),
            ('=', Some('=')) => Some(Op::EqEq),
            ('!', Some('=')) => Some(Op::Ne),
            ('-', Some('>')) => Some(Op::Arrow),
            (':', Some('=')) => Some(Op::Walrus),
            ('+', Some('=')) => Some(Op::AugAssign(AugOp::Add)),
            ('-', Some('=')) => Some(Op::AugAssign(AugOp::Sub)),
            ('*', Some('=')) => Some(Op::AugAssign(AugOp::Mul)),
            ('/', Some('=')) => Some(Op::AugAssign(AugOp::Div)),
            ('%', Some('=')) => Some(Op::AugAssign(AugOp::Mod)),
            ('&', Some('=')) => Some(Op::AugAssign(AugOp::BitAnd)),
            ('|', Some('=')) => Some(Op::AugAssign(AugOp::BitOr)),
            ('^', Some('=')) => Some(Op::AugAssign(AugOp::BitXor)),
            _ => None,
        };
        if let Some(op) = two {
            self.bump();
            self.push(Tok::Op(op), start);
            return Ok(());
        }
        let one = match a {
            '+' => Op::Plus,
            '-' => Op::Minus,
            '*' => Op::Star,
            '/' => Op::Slash,
            '%' => Op::Percent,
            '&' => Op::Amp,
            '|' => Op::Pipe,
            '^' => Op::Caret,
            '~' => Op::Tilde,
            '<' => Op::Lt,
            '>' => Op::Gt,
            '=' => Op::Assign,
            '(' => Op::LParen,
            ')' => Op::RParen,
            '[' => Op::LBracket,
            ']' => Op::RBracket,
            '{' => Op::LBrace,
            '}' => Op::RBrace,
            ',' => Op::Comma,
            ':' => Op::Colon,
            '.' => Op::Dot,
            ';' => Op::Semicolon,
            '@' => Op::At,
            _ => {
                return Err(Diagnostic::error(
                    Span::new(start, self.pos),
                    format!("unexpected character `{c}`"),
                )
                .label("not part of the language"));
            }
        };
        match one {
            Op::LParen | Op::LBracket | Op::LBrace => self.depth += 1,
            Op::RParen | Op::RBracket | Op::RBrace => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        self.push(Tok::Op(one), start);
        Ok(())
    }
}

fn digit_in_radix(c: char, radix: u32) -> Option<u32> {
    let d = if c.is_ascii_hexdigit() && radix == 16 {
        c.to_digit(16)?
    } else {
        digit_value(c)?
    };
    (d < radix).then_some(d)
}

fn string_close(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '\'' => Some('\''),
        '「' => Some('」'),
        '«' => Some('»'),
        '“' => Some('”'),
        '‘' => Some('’'),
        _ => None,
    }
}

fn non_ascii_bytes(start: usize, end: usize) -> Diagnostic {
    Diagnostic::error(
        Span::new(start, end),
        "bytes can only contain ASCII literal characters",
    )
    .label("non-ASCII character in a bytes literal")
    .note("write other bytes as `\\xHH` escapes, or encode a string with `.encode()`")
}

fn too_big(start: usize, end: usize) -> Diagnostic {
    Diagnostic::error(Span::new(start, end), "integer literal too large")
        .label("does not fit in 64 bits")
        .note("kernel integers are 64-bit; use a float literal (with a `.`) for larger magnitudes")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::{Lang, Lexicon};

    fn indentation_error(text: &str) -> Option<String> {
        lex(text, Lexicon::of(Lang::En)).err().map(|d| d.message)
    }

    /// The value of the one literal in `text`, or the error's message and span.
    fn literal(text: &str) -> Result<Tok, (String, Span)> {
        match lex(text, Lexicon::of(Lang::En)) {
            Ok(tokens) => Ok(tokens
                .into_iter()
                .map(|t| t.tok)
                .find(|t| matches!(t, Tok::Bytes(_) | Tok::Str(_)))
                .unwrap_or(Tok::Newline)),
            Err(d) => Err((d.message, d.span)),
        }
    }

    #[test]
    fn bytes_literals_and_their_escapes() {
        let bytes = |b: &[u8]| Ok(Tok::Bytes(b.to_vec()));
        assert_eq!(literal("b'ab'"), bytes(b"ab"));
        assert_eq!(literal("B\"ab\""), bytes(b"ab"));
        assert_eq!(
            literal(r#"b"\x00\xff\xAb\n\t\r\0\\\'\"""#),
            bytes(b"\x00\xff\xab\n\t\r\0\\'\"")
        );
        assert_eq!(literal(r"b'\a\b\f\v'"), bytes(b"\x07\x08\x0c\x0b"));
        assert_eq!(literal(r"b'\101\0012\377'"), bytes(b"A\x012\xff"));
        // An unknown escape keeps its backslash, as in Python.
        assert_eq!(literal(r"b'\q\u0041'"), bytes(b"\\q\\u0041"));
        assert_eq!(literal(r"rb'\x41'"), bytes(b"\\x41"));
        assert_eq!(literal(r"'\x41\101'"), Ok(Tok::Str("AA".into())));
    }

    #[test]
    fn bad_bytes_literals_are_diagnostics() {
        let (message, span) = literal("x = b'caf\u{e9}'").unwrap_err();
        assert_eq!(message, "bytes can only contain ASCII literal characters");
        assert_eq!(span, Span::new(9, 11));
        let (message, span) = literal(r"x = b'\xZ1'").unwrap_err();
        assert_eq!(message, "invalid `\\x` escape");
        assert_eq!(span, Span::new(6, 8));
        let (message, _) = literal(r"b'\x4'").unwrap_err();
        assert_eq!(message, "invalid `\\x` escape");
        let (message, _) = literal(r"b'\777'").unwrap_err();
        assert_eq!(message, "octal escape value out of range for a byte");
    }

    #[test]
    fn tabs_and_spaces_follow_python() {
        // A tab alone, and eight spaces, each indent consistently.
        assert_eq!(indentation_error("if x:\n\ty = 1\n\tz = 2\n"), None);
        assert_eq!(indentation_error("if x:\n        y = 1\n"), None);
        // A tab then eight spaces: equal at tab width 8, different at tab width 1.
        let mixed = "if x:\n\ty = 1\n        z = 2\n";
        assert_eq!(
            indentation_error(mixed).as_deref(),
            Some("inconsistent use of tabs and spaces in indentation")
        );
        // A dedent to a width no block has.
        assert_eq!(
            indentation_error("if x:\n    y = 1\n  z = 2\n").as_deref(),
            Some("inconsistent indentation")
        );
    }
}
