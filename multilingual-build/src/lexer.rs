//! Source text to tokens: Python's layout rules (indentation, brackets, continuation lines),
//! keywords of one human language (multi-word ones included), Unicode digits and the Unicode and
//! fullwidth spellings of operators.

use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::token::{AugOp, Op, Tok, Token};
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
                        self.push(Tok::Newline, start);
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
                c if string_close(c).is_some() => self.string(c)?,
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

    fn string(&mut self, open: char) -> Result<(), Diagnostic> {
        let start = self.pos;
        let close = string_close(open).unwrap_or(open);
        self.bump();
        let triple = (open == '"' || open == '\'')
            && self.peek() == Some(open)
            && self.peek_at(1) == Some(open);
        if triple {
            self.bump();
            self.bump();
        }
        let mut value = String::new();
        loop {
            let Some(c) = self.bump() else {
                return Err(
                    Diagnostic::error(Span::new(start, self.pos), "unterminated string")
                        .label("this string is never closed"),
                );
            };
            if c == close {
                if !triple {
                    break;
                }
                if self.peek() == Some(close) && self.peek_at(1) == Some(close) {
                    self.bump();
                    self.bump();
                    break;
                }
            }
            if c == '\n' && !triple {
                return Err(Diagnostic::error(
                    Span::new(start, self.pos - 1),
                    "unterminated string",
                )
                .label("the line ends before the string is closed"));
            }
            if c == '\\' {
                match self.bump() {
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some('r') => value.push('\r'),
                    Some('0') => value.push('\0'),
                    Some('\\') => value.push('\\'),
                    Some('\'') => value.push('\''),
                    Some('"') => value.push('"'),
                    Some('\n') => {}
                    Some(other) => {
                        value.push('\\');
                        value.push(other);
                    }
                    None => {}
                }
                continue;
            }
            value.push(c);
        }
        self.push(Tok::Str(value), start);
        Ok(())
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
