//! Tokens to syntax tree: Python's grammar restricted to kernels, in every word order the
//! vocabulary allows (`合計 > 3 もし:`, `範囲(4) 内の 各 i に対して:`, `परास(4) में i के_लिए:`).

use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::token::{FStringTok, Op, Tok, Token};
use crate::vocabulary::{Builtin, Keyword, Lang, keyword_elsewhere, surface};

/// Parses a whole file.
pub fn parse(tokens: &[Token], lang: Lang) -> Result<Module, Diagnostic> {
    let mut p = Parser {
        tokens,
        pos: 0,
        lang,
        in_field: false,
    };
    p.module()
}

/// Nesting limit: deeper programs are rejected instead of exhausting the stack.
const MAX_DEPTH: usize = 200;

struct Parser<'a> {
    tokens: &'a [Token],
    pos: usize,
    lang: Lang,
    /// Parsing the expression of an f-string replacement field (not a statement).
    in_field: bool,
}

type PResult<T> = Result<T, Diagnostic>;

impl<'a> Parser<'a> {
    fn tok(&self) -> &'a Tok {
        &self.tokens[self.pos.min(self.tokens.len() - 1)].tok
    }

    fn tok_at(&self, n: usize) -> &'a Tok {
        &self.tokens[(self.pos + n).min(self.tokens.len() - 1)].tok
    }

    fn span(&self) -> Span {
        self.tokens[self.pos.min(self.tokens.len() - 1)].span
    }

    fn prev_span(&self) -> Span {
        self.tokens[self.pos.saturating_sub(1)].span
    }

    fn advance(&mut self) -> &'a Token {
        let t = &self.tokens[self.pos.min(self.tokens.len() - 1)];
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        t
    }

    fn is_op(&self, op: Op) -> bool {
        *self.tok() == Tok::Op(op)
    }

    fn is_kw(&self, k: Keyword) -> bool {
        matches!(self.tok(), Tok::Keyword(kk, _) if *kk == k)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, k: Keyword) -> bool {
        if self.is_kw(k) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expected(&self, what: &str) -> Diagnostic {
        let found = self.tok();
        // A statement that starts with a keyword of another language reads as a plain name
        // followed by something unexpected: report the foreign word itself.
        let candidates = [
            self.statement_start_word(),
            found_word(found).map(|w| (w, self.span())),
        ];
        for (word, span) in candidates.into_iter().flatten() {
            let elsewhere = keyword_elsewhere(word, self.lang);
            if let Some((lang, k)) = elsewhere.first() {
                let here = crate::vocabulary::Lexicon::of(self.lang).spellings(*k);
                let d = Diagnostic::error(
                    span,
                    format!(
                        "`{word}` is {} {} keyword, but this file is written in {}",
                        article(lang.english_name()),
                        lang.english_name(),
                        self.lang.english_name()
                    ),
                )
                .label(format!("{} keyword", lang.english_name()));
                return match here.first() {
                    Some(spelling) => d.note(format!(
                        "in {}, write `{spelling}`",
                        self.lang.english_name()
                    )),
                    None => d.note(format!(
                        "if the file is written in {}, say so with a first-line `# lang: {}`",
                        lang.english_name(),
                        lang.code()
                    )),
                };
            }
        }
        Diagnostic::error(
            self.span(),
            format!("expected {what}, found {}", found.describe()),
        )
        .label(format!("expected {what}"))
    }

    /// The first word of the current statement and its place, if it is a plain name used the way
    /// a keyword is: followed by another word, a number or a string (`while x`, `return 0`), or
    /// by a `:` that ends the line (`else:`). A name followed by an operator (`y = 1 2`) is a
    /// variable, whatever other languages make of its spelling.
    fn statement_start_word(&self) -> Option<(&'a str, Span)> {
        if self.in_field {
            return None;
        }
        let mut i = self.pos.min(self.tokens.len() - 1);
        while i > 0
            && !matches!(
                self.tokens[i - 1].tok,
                Tok::Newline | Tok::Indent | Tok::Dedent
            )
        {
            i -= 1;
        }
        let next = self.tokens.get(i + 1).map(|t| &t.tok);
        let keyword_like = match next {
            Some(
                Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Str(_)
                | Tok::Bytes(_)
                | Tok::FString(_),
            ) => true,
            // Not the operators between two operands (`y and z`, `y if c else z`, `y in zs`).
            Some(Tok::Keyword(k, _)) => !matches!(
                k,
                Keyword::And
                    | Keyword::Or
                    | Keyword::In
                    | Keyword::NotIn
                    | Keyword::Is
                    | Keyword::CondIf
                    | Keyword::CondElse
            ),
            Some(Tok::Op(Op::Colon)) => matches!(
                self.tokens.get(i + 2).map(|t| &t.tok),
                Some(Tok::Newline | Tok::Eof)
            ),
            _ => false,
        };
        match &self.tokens[i].tok {
            Tok::Name(n) if keyword_like => Some((n, self.tokens[i].span)),
            _ => None,
        }
    }

    fn expect_op(&mut self, op: Op) -> PResult<Span> {
        if self.is_op(op) {
            Ok(self.advance().span)
        } else {
            Err(self.expected(&format!("`{}`", op.text())))
        }
    }

    fn ident(&mut self, what: &str) -> PResult<Ident> {
        match self.tok() {
            Tok::Name(n) => {
                let span = self.advance().span;
                Ok(Ident {
                    name: n.clone(),
                    span,
                })
            }
            Tok::Keyword(k, w) if keyword_builtin(*k).is_some() => {
                let name = w.clone();
                let span = self.advance().span;
                Ok(Ident { name, span })
            }
            Tok::Keyword(_, w) => Err(Diagnostic::error(
                self.span(),
                format!("`{w}` is a keyword and cannot be used as {what}"),
            )
            .label("keyword")
            .note("choose another name")),
            _ => Err(self.expected(what)),
        }
    }

    fn end_of_statement(&mut self) -> PResult<()> {
        if self.is_op(Op::Semicolon) {
            return Err(Diagnostic::error(self.span(), "`;` is not supported")
                .label("put each statement on its own line"));
        }
        match self.tok() {
            Tok::Newline => {
                self.advance();
                Ok(())
            }
            Tok::Eof | Tok::Dedent => Ok(()),
            _ => Err(self.expected("end of line")),
        }
    }

    fn module(&mut self) -> PResult<Module> {
        let mut module = Module::default();
        loop {
            match self.tok() {
                Tok::Eof => return Ok(module),
                Tok::Newline => {
                    self.advance();
                }
                Tok::Indent => {
                    return Err(Diagnostic::error(self.span(), "unexpected indentation")
                        .label("this line is indented but no block starts above it"));
                }
                Tok::Keyword(Keyword::FuncDef, _) => {
                    let f = self.funcdef(0)?;
                    module.functions.push(f);
                }
                Tok::Keyword(Keyword::Import, _) => {
                    self.advance();
                    let name = self.ident("a module name")?;
                    check_math(&name)?;
                    module.imports.push(Import {
                        module: name,
                        names: Vec::new(),
                    });
                    self.end_of_statement()?;
                }
                Tok::Keyword(Keyword::From, _) => {
                    self.advance();
                    let name = self.ident("a module name")?;
                    check_math(&name)?;
                    if !self.eat_kw(Keyword::Import) {
                        return Err(self.expected("`import`"));
                    }
                    let mut names = vec![self.ident("a name to import")?];
                    while self.eat_op(Op::Comma) {
                        names.push(self.ident("a name to import")?);
                    }
                    module.imports.push(Import {
                        module: name,
                        names,
                    });
                    self.end_of_statement()?;
                }
                Tok::Keyword(k, w) if unsupported(*k).is_some() => {
                    return Err(self.unsupported_here(*k, w));
                }
                _ => {
                    let stmts = self.statement(0)?;
                    module.main.push(stmts);
                }
            }
        }
    }

    fn unsupported_here(&self, k: Keyword, word: &str) -> Diagnostic {
        let what = unsupported(k).unwrap_or("this construct");
        Diagnostic::error(self.span(), format!("not supported in kernels yet: {what}"))
            .label(format!("`{word}`"))
            .note("kernels are typed functions over numbers, booleans and lists")
    }

    fn funcdef(&mut self, depth: usize) -> PResult<FuncDef> {
        self.advance();
        let name = self.ident("a function name")?;
        self.expect_op(Op::LParen)?;
        let mut params = Vec::new();
        while !self.is_op(Op::RParen) {
            if self.is_op(Op::Star) || self.is_op(Op::StarStar) {
                return Err(Diagnostic::error(
                    self.span(),
                    "not supported in kernels yet: variable argument lists",
                )
                .label("`*args` / `**kwargs`"));
            }
            let pname = self.ident("a parameter name")?;
            let ty = if self.eat_op(Op::Colon) {
                Some(self.type_expr()?)
            } else {
                None
            };
            if self.is_op(Op::Assign) {
                return Err(Diagnostic::error(
                    self.span(),
                    "not supported in kernels yet: default parameter values",
                )
                .label("default value"));
            }
            params.push(Param { name: pname, ty });
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RParen)?;
        let result = if self.eat_op(Op::Arrow) {
            Some(self.type_expr()?)
        } else {
            None
        };
        self.expect_op(Op::Colon)?;
        let body = self.block(depth + 1)?;
        Ok(FuncDef {
            name,
            params,
            result,
            body,
        })
    }

    fn type_expr(&mut self) -> PResult<TypeExpr> {
        let start = self.span();
        let base = match self.tok() {
            Tok::Keyword(k, _) => match keyword_builtin(*k) {
                Some(b) => TypeName::Builtin(b),
                None if *k == Keyword::None => TypeName::None,
                None => return Err(self.expected("a type")),
            },
            Tok::Name(n) => TypeName::Name(n.clone()),
            _ => return Err(self.expected("a type")),
        };
        self.advance();
        let mut args = Vec::new();
        if self.eat_op(Op::LBracket) {
            loop {
                args.push(self.type_expr()?);
                if !self.eat_op(Op::Comma) {
                    break;
                }
            }
            self.expect_op(Op::RBracket)?;
        }
        Ok(TypeExpr {
            base,
            args,
            span: start.to(self.prev_span()),
        })
    }

    /// `:` NEWLINE INDENT statements DEDENT.
    fn block(&mut self, depth: usize) -> PResult<Vec<Stmt>> {
        if depth > MAX_DEPTH {
            return Err(
                Diagnostic::error(self.span(), "blocks are nested too deeply")
                    .label("more than 200 levels"),
            );
        }
        if !matches!(self.tok(), Tok::Newline) {
            return Err(Diagnostic::error(
                self.span(),
                "a block must start on a new line after `:`",
            )
            .label("one-line blocks are not supported")
            .note("move this statement to the next line and indent it"));
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            return Err(Diagnostic::error(self.span(), "expected an indented block")
                .label("indent this line"));
        }
        self.advance();
        let mut body = Vec::new();
        while !matches!(self.tok(), Tok::Dedent | Tok::Eof) {
            if matches!(self.tok(), Tok::Newline) {
                self.advance();
                continue;
            }
            body.push(self.statement(depth)?);
        }
        if matches!(self.tok(), Tok::Dedent) {
            self.advance();
        }
        Ok(body)
    }

    fn statement(&mut self, depth: usize) -> PResult<Stmt> {
        let start = self.span();
        let kind = match self.tok() {
            Tok::Keyword(Keyword::CondIf, _) => {
                self.advance();
                return self.if_rest(start, depth);
            }
            Tok::Keyword(Keyword::LoopWhile, _) => {
                self.advance();
                let cond = self.expr(depth)?;
                self.expect_op(Op::Colon)?;
                let body = self.block(depth + 1)?;
                StmtKind::While { cond, body }
            }
            Tok::Keyword(Keyword::LoopFor, _) => {
                self.advance();
                let (target, more) = self.loop_targets()?;
                if !self.eat_kw(Keyword::In) {
                    return Err(self.expected("`in`"));
                }
                let iter = self.expr(depth)?;
                self.expect_op(Op::Colon)?;
                let body = self.block(depth + 1)?;
                StmtKind::For {
                    target,
                    more,
                    iter,
                    body,
                }
            }
            Tok::Keyword(Keyword::LoopBreak, _) => {
                self.advance();
                self.end_of_statement()?;
                StmtKind::Break
            }
            Tok::Keyword(Keyword::LoopContinue, _) => {
                self.advance();
                self.end_of_statement()?;
                StmtKind::Continue
            }
            Tok::Keyword(Keyword::Pass, _) => {
                self.advance();
                self.end_of_statement()?;
                StmtKind::Pass
            }
            Tok::Keyword(Keyword::Return, _) => {
                self.advance();
                let value = if matches!(self.tok(), Tok::Newline | Tok::Eof | Tok::Dedent) {
                    None
                } else {
                    Some(self.expr_list(depth)?)
                };
                self.end_of_statement()?;
                StmtKind::Return(value)
            }
            Tok::Keyword(Keyword::Let, _) => {
                self.advance();
                let stmt = self.simple_statement(start, depth)?;
                if !matches!(stmt.kind, StmtKind::Assign { .. }) {
                    return Err(Diagnostic::error(
                        stmt.span,
                        "expected an assignment after the `let` keyword",
                    )
                    .label("not an assignment"));
                }
                return Ok(stmt);
            }
            Tok::Keyword(Keyword::FuncDef, _) => {
                return Err(Diagnostic::error(
                    self.span(),
                    "not supported in kernels yet: nested functions",
                )
                .label("define functions at the top level of the file"));
            }
            Tok::Keyword(Keyword::CondElse | Keyword::CondElif, w) => {
                return Err(Diagnostic::error(
                    self.span(),
                    format!("`{w}` without a matching `if`"),
                )
                .label("no `if` before this at the same indentation"));
            }
            Tok::Keyword(Keyword::Import | Keyword::From, _) => {
                return Err(Diagnostic::error(
                    self.span(),
                    "imports belong at the top of the file",
                )
                .label("inside a function"));
            }
            Tok::Keyword(k, w) if unsupported(*k).is_some() => {
                return Err(self.unsupported_here(*k, w));
            }
            _ => return self.simple_statement(start, depth),
        };
        Ok(Stmt {
            kind,
            span: start.to(self.prev_span()),
        })
    }

    /// After `if`: condition, block, and any `elif`/`else`.
    fn if_rest(&mut self, start: Span, depth: usize) -> PResult<Stmt> {
        let cond = self.expr(depth)?;
        self.expect_op(Op::Colon)?;
        let then = self.block(depth + 1)?;
        self.if_tail(start, cond, then, depth)
    }

    fn if_tail(&mut self, start: Span, cond: Expr, then: Vec<Stmt>, depth: usize) -> PResult<Stmt> {
        let otherwise = if self.is_kw(Keyword::CondElif) {
            let elif_start = self.span();
            self.advance();
            vec![self.if_rest(elif_start, depth)?]
        } else if self.is_kw(Keyword::CondElse) {
            self.advance();
            // `else if` written as two keywords is an `elif`.
            if self.is_kw(Keyword::CondIf) {
                let elif_start = self.span();
                self.advance();
                vec![self.if_rest(elif_start, depth)?]
            } else {
                self.expect_op(Op::Colon)?;
                self.block(depth + 1)?
            }
        } else {
            Vec::new()
        };
        Ok(Stmt {
            kind: StmtKind::If {
                cond,
                then,
                otherwise,
            },
            span: start.to(self.prev_span()),
        })
    }

    /// Assignments, expression statements and the condition-first / iterable-first forms.
    fn simple_statement(&mut self, start: Span, depth: usize) -> PResult<Stmt> {
        let first = self.expr_list(depth)?;
        // Condition first: `cond もし:` / `cond 間:`.
        if self.is_kw(Keyword::CondIf) && *self.tok_at(1) == Tok::Op(Op::Colon) {
            self.advance();
            self.advance();
            let then = self.block(depth + 1)?;
            return self.if_tail(start, first, then, depth);
        }
        if self.is_kw(Keyword::LoopWhile) && *self.tok_at(1) == Tok::Op(Op::Colon) {
            self.advance();
            self.advance();
            let body = self.block(depth + 1)?;
            return Ok(Stmt {
                kind: StmtKind::While { cond: first, body },
                span: start.to(self.prev_span()),
            });
        }
        if let Some((target, more, iter)) = self.iterable_first(&first)? {
            self.expect_op(Op::Colon)?;
            let body = self.block(depth + 1)?;
            return Ok(Stmt {
                kind: StmtKind::For {
                    target,
                    more,
                    iter,
                    body,
                },
                span: start.to(self.prev_span()),
            });
        }
        let kind = if self.is_op(Op::Colon) {
            self.advance();
            let annotation = Some(self.type_expr()?);
            self.expect_op(Op::Assign).map_err(|_| {
                Diagnostic::error(self.span(), "a variable annotation needs a value")
                    .label("expected `=` and a value")
            })?;
            let value = self.expr(depth)?;
            StmtKind::Assign {
                target: first,
                annotation,
                value,
            }
        } else if self.is_op(Op::Assign) {
            self.advance();
            let value = self.expr_list(depth)?;
            if self.is_op(Op::Assign) {
                return Err(Diagnostic::error(
                    self.span(),
                    "not supported in kernels yet: chained assignment",
                )
                .label("assign one name at a time"));
            }
            StmtKind::Assign {
                target: first,
                annotation: None,
                value,
            }
        } else if let Tok::Op(Op::AugAssign(op)) = self.tok() {
            self.advance();
            let value = self.expr(depth)?;
            StmtKind::AugAssign {
                target: first,
                op: *op,
                value,
            }
        } else {
            StmtKind::Expr(first)
        };
        self.end_of_statement()?;
        Ok(Stmt {
            kind,
            span: start.to(self.prev_span()),
        })
    }

    /// Recognises the iterable-first `for` forms after their leading expression.
    fn iterable_first(&mut self, first: &Expr) -> PResult<Option<(Ident, Vec<Ident>, Expr)>> {
        // ja: ITER 内の 各 x に対して:
        if matches!(self.tok(), Tok::Name(n) if n == surface::JA_WITHIN)
            && matches!(self.tok_at(1), Tok::Name(n) if n == surface::JA_EACH)
        {
            self.advance();
            self.advance();
            let (target, more) = self.loop_targets()?;
            if !matches!(self.tok(), Tok::Name(n) if n == surface::JA_FOR) {
                return Err(self.expected(&format!("`{}`", surface::JA_FOR)));
            }
            self.advance();
            return Ok(Some((target, more, first.clone())));
        }
        // ar: ITER ضمن لكل x:
        if matches!(self.tok(), Tok::Name(n) if n == surface::AR_WITHIN)
            && matches!(self.tok_at(1), Tok::Keyword(Keyword::LoopFor, _))
        {
            self.advance();
            self.advance();
            let (target, more) = self.loop_targets()?;
            return Ok(Some((target, more, first.clone())));
        }
        // es, pt (and any language): ITER para x:  /  ITER para x, y:
        if self.is_kw(Keyword::LoopFor)
            && matches!(self.tok_at(1), Tok::Name(_))
            && matches!(self.tok_at(2), Tok::Op(Op::Colon | Op::Comma))
        {
            self.advance();
            let (target, more) = self.loop_targets()?;
            return Ok(Some((target, more, first.clone())));
        }
        // hi, bn, ta: ITER में x के_लिए: — the expression parser read `ITER में x` as `in`.
        if self.is_kw(Keyword::LoopFor)
            && *self.tok_at(1) == Tok::Op(Op::Colon)
            && let ExprKind::Compare(left, rest) = &first.kind
            && let [(CmpOp::In, right)] = rest.as_slice()
            && let ExprKind::Name(n) = &right.kind
        {
            self.advance();
            let target = Ident {
                name: n.clone(),
                span: right.span,
            };
            return Ok(Some((target, Vec::new(), (**left).clone())));
        }
        // ... and `ITER में i, x के_लिए:` as a tuple whose first item is that `in`.
        if self.is_kw(Keyword::LoopFor)
            && *self.tok_at(1) == Tok::Op(Op::Colon)
            && let ExprKind::Tuple(items) = &first.kind
            && let Some((head, tail)) = items.split_first()
            && let ExprKind::Compare(left, rest) = &head.kind
            && let [(CmpOp::In, right)] = rest.as_slice()
            && let ExprKind::Name(n) = &right.kind
        {
            let mut more = Vec::new();
            for item in tail {
                let ExprKind::Name(m) = &item.kind else {
                    return Ok(None);
                };
                more.push(Ident {
                    name: m.clone(),
                    span: item.span,
                });
            }
            self.advance();
            let target = Ident {
                name: n.clone(),
                span: right.span,
            };
            return Ok(Some((target, more, (**left).clone())));
        }
        Ok(None)
    }

    /// An expression, or several separated by commas: a tuple without parentheses (`return a, b`,
    /// `a, b = b, a`). A trailing comma makes a tuple of one.
    fn expr_list(&mut self, depth: usize) -> PResult<Expr> {
        let first = self.expr(depth)?;
        if !self.is_op(Op::Comma) {
            return Ok(first);
        }
        let start = first.span;
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if matches!(
                self.tok(),
                Tok::Newline | Tok::Eof | Tok::Dedent | Tok::Op(Op::Assign | Op::Colon)
            ) {
                break;
            }
            items.push(self.expr(depth)?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: start.to(self.prev_span()),
        })
    }

    // ---- expressions, lowest precedence first ----

    fn expr(&mut self, depth: usize) -> PResult<Expr> {
        if depth > MAX_DEPTH {
            return Err(
                Diagnostic::error(self.span(), "expression is nested too deeply")
                    .label("more than 200 levels"),
            );
        }
        if let Tok::Keyword(Keyword::Lambda, w) = self.tok() {
            return Err(self.unsupported_here(Keyword::Lambda, w));
        }
        let then = self.or_expr(depth + 1)?;
        // `a if c else b`, unless this `if` ends a condition-first statement (`c もし:`).
        if self.is_kw(Keyword::CondIf) && *self.tok_at(1) != Tok::Op(Op::Colon) {
            self.advance();
            let cond = self.or_expr(depth + 1)?;
            if !self.eat_kw(Keyword::CondElse) {
                return Err(self.expected("`else` of the conditional expression"));
            }
            let otherwise = self.expr(depth + 1)?;
            let span = then.span.to(otherwise.span);
            return Ok(Expr {
                kind: ExprKind::IfExp {
                    cond: Box::new(cond),
                    then: Box::new(then),
                    otherwise: Box::new(otherwise),
                },
                span,
            });
        }
        if self.is_op(Op::Walrus) {
            return Err(Diagnostic::error(
                self.span(),
                "not supported in kernels yet: assignment expressions",
            )
            .label("`:=`"));
        }
        Ok(then)
    }

    fn or_expr(&mut self, depth: usize) -> PResult<Expr> {
        let mut left = self.and_expr(depth)?;
        while self.eat_kw(Keyword::Or) {
            let right = self.and_expr(depth)?;
            left = bool_op(BoolOp::Or, left, right);
        }
        Ok(left)
    }

    fn and_expr(&mut self, depth: usize) -> PResult<Expr> {
        let mut left = self.not_expr(depth)?;
        while self.eat_kw(Keyword::And) {
            let right = self.not_expr(depth)?;
            left = bool_op(BoolOp::And, left, right);
        }
        Ok(left)
    }

    fn not_expr(&mut self, depth: usize) -> PResult<Expr> {
        if self.is_kw(Keyword::Not) {
            let start = self.advance().span;
            if depth > MAX_DEPTH {
                return Err(Diagnostic::error(start, "expression is nested too deeply"));
            }
            let operand = self.not_expr(depth + 1)?;
            let span = start.to(operand.span);
            return Ok(Expr {
                kind: ExprKind::Unary(UnaryOp::Not, Box::new(operand)),
                span,
            });
        }
        self.comparison(depth)
    }

    fn cmp_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
            Tok::Op(Op::Lt) => CmpOp::Lt,
            Tok::Op(Op::Le) => CmpOp::Le,
            Tok::Op(Op::Gt) => CmpOp::Gt,
            Tok::Op(Op::Ge) => CmpOp::Ge,
            Tok::Op(Op::EqEq) => CmpOp::Eq,
            Tok::Op(Op::Ne) => CmpOp::Ne,
            Tok::Keyword(Keyword::In, _) => CmpOp::In,
            Tok::Keyword(Keyword::NotIn, _) => CmpOp::NotIn,
            Tok::Keyword(Keyword::Not, _)
                if matches!(self.tok_at(1), Tok::Keyword(Keyword::In, _)) =>
            {
                self.advance();
                CmpOp::NotIn
            }
            Tok::Keyword(Keyword::Is, _) => {
                if matches!(self.tok_at(1), Tok::Keyword(Keyword::Not, _)) {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self, depth: usize) -> PResult<Expr> {
        let first = self.bitor(depth)?;
        let mut rest = Vec::new();
        // `ITER में x के_लिए:` reads `में x` as a comparison; `iterable_first` takes it apart.
        while let Some(op) = self.cmp_op() {
            let right = self.bitor(depth)?;
            rest.push((op, right));
        }
        if rest.is_empty() {
            return Ok(first);
        }
        let span = first
            .span
            .to(rest.last().map_or(first.span, |(_, e)| e.span));
        Ok(Expr {
            kind: ExprKind::Compare(Box::new(first), rest),
            span,
        })
    }

    fn binary_level(
        &mut self,
        depth: usize,
        ops: &[(Op, BinOp)],
        next: fn(&mut Self, usize) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let mut left = next(self, depth)?;
        'outer: loop {
            for &(tok, op) in ops {
                if self.is_op(tok) {
                    self.advance();
                    let right = next(self, depth)?;
                    let span = left.span.to(right.span);
                    left = Expr {
                        kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
                        span,
                    };
                    continue 'outer;
                }
            }
            return Ok(left);
        }
    }

    fn bitor(&mut self, depth: usize) -> PResult<Expr> {
        self.binary_level(depth, &[(Op::Pipe, BinOp::BitOr)], Self::bitxor)
    }

    fn bitxor(&mut self, depth: usize) -> PResult<Expr> {
        self.binary_level(depth, &[(Op::Caret, BinOp::BitXor)], Self::bitand)
    }

    fn bitand(&mut self, depth: usize) -> PResult<Expr> {
        self.binary_level(depth, &[(Op::Amp, BinOp::BitAnd)], Self::shift)
    }

    fn shift(&mut self, depth: usize) -> PResult<Expr> {
        self.binary_level(
            depth,
            &[(Op::Shl, BinOp::Shl), (Op::Shr, BinOp::Shr)],
            Self::arith,
        )
    }

    fn arith(&mut self, depth: usize) -> PResult<Expr> {
        self.binary_level(
            depth,
            &[(Op::Plus, BinOp::Add), (Op::Minus, BinOp::Sub)],
            Self::term,
        )
    }

    fn term(&mut self, depth: usize) -> PResult<Expr> {
        if self.is_op(Op::At) {
            return Err(self.expected("an expression"));
        }
        self.binary_level(
            depth,
            &[
                (Op::Star, BinOp::Mul),
                (Op::Slash, BinOp::Div),
                (Op::SlashSlash, BinOp::FloorDiv),
                (Op::Percent, BinOp::Mod),
            ],
            Self::unary,
        )
    }

    fn unary(&mut self, depth: usize) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op(Op::Minus) => UnaryOp::Neg,
            Tok::Op(Op::Plus) => UnaryOp::Pos,
            Tok::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(depth),
        };
        let start = self.advance().span;
        if depth > MAX_DEPTH {
            return Err(Diagnostic::error(start, "expression is nested too deeply"));
        }
        let operand = self.unary(depth + 1)?;
        let span = start.to(operand.span);
        Ok(Expr {
            kind: ExprKind::Unary(op, Box::new(operand)),
            span,
        })
    }

    fn power(&mut self, depth: usize) -> PResult<Expr> {
        let base = self.postfix(depth)?;
        if self.eat_op(Op::StarStar) {
            let exponent = self.unary(depth + 1)?;
            let span = base.span.to(exponent.span);
            return Ok(Expr {
                kind: ExprKind::Binary(BinOp::Pow, Box::new(base), Box::new(exponent)),
                span,
            });
        }
        Ok(base)
    }

    fn postfix(&mut self, depth: usize) -> PResult<Expr> {
        let mut e = self.atom(depth)?;
        loop {
            if self.is_op(Op::LParen) {
                self.advance();
                let mut args = Vec::new();
                let mut keywords = Vec::new();
                while !self.is_op(Op::RParen) {
                    if matches!(self.tok(), Tok::Name(_)) && *self.tok_at(1) == Tok::Op(Op::Assign)
                    {
                        let name = self.ident("a keyword argument")?;
                        self.advance();
                        let value = self.expr(depth + 1)?;
                        keywords.push((name, value));
                    } else if !keywords.is_empty() {
                        return Err(Diagnostic::error(
                            self.span(),
                            "positional argument follows keyword argument",
                        )
                        .label("positional argument")
                        .note("put the positional arguments first"));
                    } else {
                        args.push(self.expr(depth + 1)?);
                    }
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                let end = self.expect_op(Op::RParen)?;
                let span = e.span.to(end);
                e = Expr {
                    kind: ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    },
                    span,
                };
            } else if self.is_op(Op::LBracket) {
                self.advance();
                if self.is_op(Op::Colon) {
                    e = self.slice_rest(e, None, depth)?;
                    continue;
                }
                let index = self.expr(depth + 1)?;
                if self.is_op(Op::Colon) {
                    e = self.slice_rest(e, Some(index), depth)?;
                    continue;
                }
                if self.is_op(Op::Comma) {
                    return Err(Diagnostic::error(
                        self.span(),
                        "not supported in kernels yet: tuples",
                    )
                    .label("index with a single value"));
                }
                let end = self.expect_op(Op::RBracket)?;
                let span = e.span.to(end);
                e = Expr {
                    kind: ExprKind::Index(Box::new(e), Box::new(index)),
                    span,
                };
            } else if self.is_op(Op::Dot) {
                self.advance();
                let name = match self.tok() {
                    // Method names may coincide with keywords of the language.
                    Tok::Keyword(_, w) => {
                        let span = self.advance().span;
                        Ident {
                            name: w.clone(),
                            span,
                        }
                    }
                    _ => self.ident("an attribute name")?,
                };
                let span = e.span.to(name.span);
                e = Expr {
                    kind: ExprKind::Attribute(Box::new(e), name),
                    span,
                };
            } else {
                return Ok(e);
            }
        }
    }

    /// The rest of `[elem for target in iter if cond]` from `for`.
    fn comprehension(&mut self, start: Span, elem: Expr, depth: usize) -> PResult<Expr> {
        self.advance();
        let (target, more) = self.loop_targets()?;
        if !self.eat_kw(Keyword::In) {
            return Err(self.expected("`in`"));
        }
        let iter = self.or_expr(depth + 1)?;
        let cond = if self.eat_kw(Keyword::CondIf) {
            Some(Box::new(self.or_expr(depth + 1)?))
        } else {
            None
        };
        if let Tok::Keyword(Keyword::LoopFor, _) = self.tok() {
            return Err(Diagnostic::error(
                self.span(),
                "not supported in kernels yet: a comprehension with two `for`s",
            )
            .label("second `for`")
            .note("nest one comprehension in the other, or use loops"));
        }
        let end = self.expect_op(Op::RBracket)?;
        Ok(Expr {
            kind: ExprKind::ListComp {
                elem: Box::new(elem),
                target,
                more,
                iter: Box::new(iter),
                cond,
            },
            span: start.to(end),
        })
    }

    /// `x` or `a, b` (also parenthesized) after `for`.
    fn loop_targets(&mut self) -> PResult<(Ident, Vec<Ident>)> {
        let paren = self.eat_op(Op::LParen);
        let target = self.ident("a loop variable")?;
        let mut more = Vec::new();
        while self.eat_op(Op::Comma) {
            if paren && self.is_op(Op::RParen) {
                break;
            }
            more.push(self.ident("a loop variable")?);
        }
        if paren {
            self.expect_op(Op::RParen)?;
        }
        Ok((target, more))
    }

    /// The rest of `value[lower:upper:step]` after `[` and the lower bound (if any).
    fn slice_rest(&mut self, value: Expr, lower: Option<Expr>, depth: usize) -> PResult<Expr> {
        let bound = |p: &mut Self| -> PResult<Option<Box<Expr>>> {
            if p.is_op(Op::Colon) || p.is_op(Op::RBracket) {
                Ok(None)
            } else {
                Ok(Some(Box::new(p.expr(depth + 1)?)))
            }
        };
        self.expect_op(Op::Colon)?;
        let upper = bound(self)?;
        let step = if self.eat_op(Op::Colon) {
            bound(self)?
        } else {
            None
        };
        let end = self.expect_op(Op::RBracket)?;
        let span = value.span.to(end);
        Ok(Expr {
            kind: ExprKind::Slice(Box::new(value), [lower.map(Box::new), upper, step]),
            span,
        })
    }

    fn atom(&mut self, depth: usize) -> PResult<Expr> {
        let span = self.span();
        let kind = match self.tok() {
            Tok::Int(v) => ExprKind::Int(*v),
            Tok::Float(v) => ExprKind::Float(*v),
            Tok::Str(s) => ExprKind::Str(s.clone()),
            Tok::Bytes(b) => ExprKind::Bytes(b.clone()),
            Tok::FString(parts) => ExprKind::FString(self.fstring(parts, depth)?),
            Tok::Name(n) => ExprKind::Name(n.clone()),
            Tok::Keyword(Keyword::True, _) => ExprKind::Bool(true),
            Tok::Keyword(Keyword::False, _) => ExprKind::Bool(false),
            Tok::Keyword(Keyword::None, _) => ExprKind::None,
            // Type names and `print` are builtins, not reserved words (as in Python): a name that
            // the checker resolves, so a variable may shadow them (`lista = [1, 2]`).
            Tok::Keyword(k, w) if keyword_builtin(*k).is_some() => ExprKind::Name(w.clone()),
            Tok::Keyword(k, w) if unsupported(*k).is_some() => {
                return Err(self.unsupported_here(*k, w));
            }
            Tok::Op(Op::LParen) => {
                self.advance();
                if self.is_op(Op::RParen) {
                    return Err(Diagnostic::error(
                        self.span(),
                        "not supported in kernels yet: tuples",
                    )
                    .label("empty tuple"));
                }
                let inner = self.expr(depth + 1)?;
                if self.is_op(Op::Comma) {
                    let mut items = vec![inner];
                    while self.eat_op(Op::Comma) && !self.is_op(Op::RParen) {
                        items.push(self.expr(depth + 1)?);
                    }
                    let end = self.expect_op(Op::RParen)?;
                    return Ok(Expr {
                        kind: ExprKind::Tuple(items),
                        span: span.to(end),
                    });
                }
                if let Tok::Keyword(Keyword::LoopFor, _) = self.tok() {
                    return Err(Diagnostic::error(
                        self.span(),
                        "not supported in kernels yet: generator expressions",
                    )
                    .label("generator"));
                }
                let end = self.expect_op(Op::RParen)?;
                return Ok(Expr {
                    kind: inner.kind,
                    span: span.to(end),
                });
            }
            Tok::Op(Op::LBracket) => {
                self.advance();
                let mut items = Vec::new();
                while !self.is_op(Op::RBracket) {
                    items.push(self.expr(depth + 1)?);
                    if items.len() == 1
                        && let Tok::Keyword(Keyword::LoopFor, _) = self.tok()
                    {
                        return self.comprehension(span, items.remove(0), depth);
                    }
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                let end = self.expect_op(Op::RBracket)?;
                return Ok(Expr {
                    kind: ExprKind::List(items),
                    span: span.to(end),
                });
            }
            Tok::Op(Op::LBrace) => {
                return Err(Diagnostic::error(
                    span,
                    "not supported in kernels yet: dictionaries and sets",
                )
                .label("`{`"));
            }
            _ => return Err(self.expected("an expression")),
        };
        self.advance();
        Ok(Expr { kind, span })
    }
}

impl Parser<'_> {
    /// The parts of an f-string token: each field's tokens are parsed by a parser of their own
    /// (same language), whose spans already point into the file.
    fn fstring(&self, parts: &[FStringTok], depth: usize) -> PResult<Vec<FStringPart>> {
        let mut out = Vec::with_capacity(parts.len());
        for part in parts {
            out.push(match part {
                FStringTok::Text(t) => FStringPart::Text(t.clone()),
                FStringTok::Field {
                    tokens,
                    conversion,
                    spec,
                    span,
                } => {
                    let mut sub = Parser {
                        tokens,
                        pos: 0,
                        lang: self.lang,
                        in_field: true,
                    };
                    let value = sub
                        .expr(depth + 1)
                        .and_then(|value| {
                            if *sub.tok() == Tok::Eof {
                                Ok(value)
                            } else {
                                Err(sub.expected("`}` closing the replacement field"))
                            }
                        })
                        .map_err(in_field)?;
                    FStringPart::Field {
                        value,
                        conversion: *conversion,
                        spec: spec.clone(),
                        span: *span,
                    }
                }
            });
        }
        Ok(out)
    }
}

/// Rewords a diagnostic from inside an f-string field: its tokens end with an `Eof` that is
/// the end of the field, not of the file.
fn in_field(mut d: Diagnostic) -> Diagnostic {
    d.message = d.message.replace(
        "found end of file",
        "found the end of the replacement field",
    );
    d
}

/// "a" or "an" before a language name.
fn article(word: &str) -> &'static str {
    if word.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    }
}

fn found_word(t: &Tok) -> Option<&str> {
    match t {
        Tok::Name(n) => Some(n),
        _ => None,
    }
}

fn bool_op(op: BoolOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    Expr {
        kind: ExprKind::BoolOp(op, Box::new(left), Box::new(right)),
        span,
    }
}

fn check_math(name: &Ident) -> PResult<()> {
    if name.name == "math" {
        Ok(())
    } else {
        Err(Diagnostic::error(
            name.span,
            format!("not supported in kernels yet: importing `{}`", name.name),
        )
        .label("only `math` can be imported"))
    }
}

/// The builtin a keyword names when used as a function or type (`entier(x)`, `liste[entier]`).
pub fn keyword_builtin(k: Keyword) -> Option<Builtin> {
    Some(match k {
        Keyword::TypeInt => Builtin::Int,
        Keyword::TypeFloat => Builtin::Float,
        Keyword::TypeBool => Builtin::Bool,
        Keyword::TypeStr => Builtin::Str,
        Keyword::TypeList => Builtin::List,
        Keyword::TypeDict => Builtin::Dict,
        Keyword::Print => Builtin::Print,
        Keyword::Input => Builtin::Input,
        _ => return None,
    })
}

/// Language constructs outside the kernel subset, by keyword, with the name the diagnostic uses.
fn unsupported(k: Keyword) -> Option<&'static str> {
    Some(match k {
        Keyword::ClassDef => "classes",
        Keyword::Try | Keyword::Except | Keyword::Finally => "exceptions (`try`)",
        Keyword::Raise => "raising exceptions",
        Keyword::With => "`with` blocks",
        Keyword::Lambda => "lambda functions",
        Keyword::Yield => "generators (`yield`)",
        Keyword::Global | Keyword::Nonlocal => "global and nonlocal variables",
        Keyword::Del => "`del`",
        Keyword::Assert => "assertions",
        Keyword::Match | Keyword::Case | Keyword::Default => "`match` statements",
        Keyword::Async | Keyword::Await => "async code",
        Keyword::Enum => "enums",
        Keyword::TypeDecl => "type declarations",
        Keyword::Const => "constants",
        Keyword::As => "`as`",
        Keyword::CondIf
        | Keyword::CondElse
        | Keyword::CondElif
        | Keyword::LoopWhile
        | Keyword::LoopFor
        | Keyword::LoopBreak
        | Keyword::LoopContinue
        | Keyword::Pass
        | Keyword::In
        | Keyword::NotIn
        | Keyword::And
        | Keyword::Or
        | Keyword::Not
        | Keyword::True
        | Keyword::False
        | Keyword::None
        | Keyword::Is
        | Keyword::FuncDef
        | Keyword::Return
        | Keyword::Let
        | Keyword::Import
        | Keyword::From
        | Keyword::TypeInt
        | Keyword::TypeFloat
        | Keyword::TypeBool
        | Keyword::TypeStr
        | Keyword::TypeList
        | Keyword::TypeDict
        | Keyword::Print
        | Keyword::Input => return None,
        _ => "this keyword",
    })
}

#[cfg(test)]
#[path = "parser_fstring_tests.rs"]
mod fstring_tests;
