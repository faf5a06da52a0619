//! Tokens produced by the lexer.

use crate::source::Span;
use crate::vocabulary::Keyword;

/// Operators and delimiters, after folding Unicode and fullwidth spellings to ASCII.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Plus,
    Minus,
    Star,
    Slash,
    SlashSlash,
    Percent,
    StarStar,
    Amp,
    Pipe,
    Caret,
    Tilde,
    Shl,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    EqEq,
    Ne,
    Assign,
    /// Augmented assignment `op=`; the operator is the binary one.
    AugAssign(AugOp),
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Arrow,
    Semicolon,
    At,
    Walrus,
}

/// The operators that have an augmented assignment form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AugOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

impl Op {
    /// The ASCII spelling, for messages.
    pub fn text(self) -> &'static str {
        match self {
            Op::Plus => "+",
            Op::Minus => "-",
            Op::Star => "*",
            Op::Slash => "/",
            Op::SlashSlash => "//",
            Op::Percent => "%",
            Op::StarStar => "**",
            Op::Amp => "&",
            Op::Pipe => "|",
            Op::Caret => "^",
            Op::Tilde => "~",
            Op::Shl => "<<",
            Op::Shr => ">>",
            Op::Lt => "<",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Ge => ">=",
            Op::EqEq => "==",
            Op::Ne => "!=",
            Op::Assign => "=",
            Op::AugAssign(a) => match a {
                AugOp::Add => "+=",
                AugOp::Sub => "-=",
                AugOp::Mul => "*=",
                AugOp::Div => "/=",
                AugOp::FloorDiv => "//=",
                AugOp::Mod => "%=",
                AugOp::Pow => "**=",
                AugOp::BitAnd => "&=",
                AugOp::BitOr => "|=",
                AugOp::BitXor => "^=",
                AugOp::Shl => "<<=",
                AugOp::Shr => ">>=",
            },
            Op::LParen => "(",
            Op::RParen => ")",
            Op::LBracket => "[",
            Op::RBracket => "]",
            Op::LBrace => "{",
            Op::RBrace => "}",
            Op::Comma => ",",
            Op::Colon => ":",
            Op::Dot => ".",
            Op::Arrow => "->",
            Op::Semicolon => ";",
            Op::At => "@",
            Op::Walrus => ":=",
        }
    }
}

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier.
    Name(String),
    /// A keyword of the file's language, with the words as written.
    Keyword(Keyword, String),
    /// An integer literal (up to 2^64 - 1; the checker rejects what does not fit in i64).
    Int(u64),
    /// A float literal.
    Float(f64),
    /// A string literal (with escapes processed).
    Str(String),
    /// A bytes literal `b"..."` (ASCII text and escapes, `\xHH` and octal ones as bytes).
    Bytes(Vec<u8>),
    /// An f-string `f"..."`: literal text and replacement fields, the fields already lexed.
    FString(Vec<FStringTok>),
    /// An operator or delimiter.
    Op(Op),
    /// End of a logical line.
    Newline,
    /// Start of an indented block.
    Indent,
    /// End of an indented block.
    Dedent,
    /// End of input.
    Eof,
}

impl Tok {
    /// How a token is named in "expected X, found Y" messages.
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(n) => format!("name `{n}`"),
            Tok::Keyword(_, w) => format!("keyword `{w}`"),
            Tok::Int(_) | Tok::Float(_) => "a number".to_string(),
            Tok::Str(_) => "a string".to_string(),
            Tok::Bytes(_) => "a bytes literal".to_string(),
            Tok::FString(_) => "an f-string".to_string(),
            Tok::Op(op) => format!("`{}`", op.text()),
            Tok::Newline => "end of line".to_string(),
            Tok::Indent => "an indented block".to_string(),
            Tok::Dedent => "end of the block".to_string(),
            Tok::Eof => "end of file".to_string(),
        }
    }
}

/// A token with its place in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// What it is.
    pub tok: Tok,
    /// Where it is.
    pub span: Span,
}

/// A piece of an f-string token.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringTok {
    /// Literal text, with escapes and `{{`/`}}` processed.
    Text(String),
    /// A replacement field `{expr!c:spec}`.
    Field {
        /// The expression's tokens (spans into the file), ending with an `Eof` token placed
        /// where the expression ends.
        tokens: Vec<Token>,
        /// The conversion after `!` (`r`, `s` or `a`).
        conversion: Option<char>,
        /// The format spec after `:`, escapes processed (`None` when absent or empty).
        spec: Option<String>,
        /// The whole field, braces included.
        span: Span,
    },
}
