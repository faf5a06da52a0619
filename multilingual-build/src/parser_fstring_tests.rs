//! f-strings (and string prefixes) through the lexer and the parser.

use super::*;
use crate::lexer::lex;
use crate::source::SourceFile;
use crate::vocabulary::Lexicon;

fn parse_src(src: &str, lang: Lang) -> Result<Module, Diagnostic> {
    let tokens = lex(src, Lexicon::of(lang))?;
    parse(&tokens, lang)
}

/// The value of the first statement `x = ...` of `src`.
fn value_of(src: &str, lang: Lang) -> Expr {
    let m = parse_src(src, lang).unwrap_or_else(|d| panic!("{src:?}: {}", d.message));
    match &m.main[0].kind {
        StmtKind::Assign { value, .. } => value.clone(),
        other => panic!("{src:?}: not an assignment: {other:?}"),
    }
}

/// The parts of the f-string `lit`, assigned on the second line of a file in `lang`.
fn parts_in(lit: &str, lang: Lang) -> (String, Vec<FStringPart>) {
    let src = format!("y = 1\nx = {lit}\n");
    let m = parse_src(&src, lang).unwrap_or_else(|d| panic!("{lit:?}: {}", d.message));
    let StmtKind::Assign { value, .. } = &m.main[1].kind else {
        panic!("{lit:?}: not an assignment")
    };
    match &value.kind {
        ExprKind::FString(parts) => (src, parts.clone()),
        other => panic!("{lit:?}: not an f-string: {other:?}"),
    }
}

/// The parts as strings: text as `'text'`, fields as `{source of the expression!c:spec}` (the
/// expression shown through its span, so spans are checked too).
fn show(lit: &str) -> Vec<String> {
    let (src, parts) = parts_in(lit, Lang::En);
    render(&src, &parts)
}

fn render(src: &str, parts: &[FStringPart]) -> Vec<String> {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Text(t) => format!("'{t}'"),
            FStringPart::Field {
                value,
                conversion,
                spec,
                span,
            } => {
                let field = &src[span.range()];
                assert!(field.starts_with('{') && field.ends_with('}'), "{field:?}");
                let mut s = format!("{{{}", &src[value.span.range()]);
                if let Some(c) = conversion {
                    s.push('!');
                    s.push(*c);
                }
                if let Some(spec) = spec {
                    s.push(':');
                    s.push_str(spec);
                }
                s.push('}');
                s
            }
        })
        .collect()
}

/// The message and 1-based line:column of the error in `src` (English).
fn error(src: &str) -> (String, (u32, u32)) {
    error_in(src, Lang::En)
}

fn error_in(src: &str, lang: Lang) -> (String, (u32, u32)) {
    match parse_src(src, lang) {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(d) => {
            let file = SourceFile::new("t.ml", src);
            (d.message, file.line_col(d.span.start))
        }
    }
}

#[test]
fn parts_and_conversions() {
    assert_eq!(
        show(r#"f"a{x}b{y!r}{z!s}{w!a}c""#),
        ["'a'", "{x}", "'b'", "{y!r}", "{z!s}", "{w!a}", "'c'"]
    );
    assert_eq!(show(r#"f"""#), Vec::<String>::new());
    assert_eq!(show(r#"f"plain""#), ["'plain'"]);
    assert_eq!(show(r#"F'{ x + 1 }'"#), ["{x + 1}"]);
    assert_eq!(show(r#"f"{a[i] * f(b, c=2)}""#), ["{a[i] * f(b, c=2)}"]);
    // `!=` is a comparison, not a conversion; `==` is not the `=` specifier.
    assert_eq!(show(r#"f"{a != b}{a == b}""#), ["{a != b}", "{a == b}"]);
    // Brackets may hold `:` and `}`... well, `:` here is a keyword argument's `=`.
    assert_eq!(show(r#"f"{g(x=1)}""#), ["{g(x=1)}"]);
}

#[test]
fn format_specs() {
    assert_eq!(
        show(r#"f"{x:.2f}|{y:>8}|{n:,}|{p!r:>10}|{q:}""#),
        [
            "{x:.2f}",
            "'|'",
            "{y:>8}",
            "'|'",
            "{n:,}",
            "'|'",
            "{p!r:>10}",
            "'|'",
            "{q}"
        ]
    );
    // `:=` at the top of a field is a spec starting with `=`, as in Python.
    assert_eq!(show(r#"f"{x:=^9}""#), ["{x:=^9}"]);
}

#[test]
fn doubled_braces_and_escapes() {
    assert_eq!(show(r#"f"{{}}""#), ["'{}'"]);
    assert_eq!(show(r#"f"{{x}} {{{x}}}""#), ["'{x} {'", "{x}", "'}'"]);
    assert_eq!(
        show(r#"f"a\tb\n{x}\\\"q\'""#),
        ["'a\tb\n'", "{x}", "'\\\"q''"]
    );
    // `\{` keeps the backslash, and the brace still opens a field.
    assert_eq!(show(r#"f"\{x}""#), ["'\\'", "{x}"]);
    // Raw f-strings keep backslashes.
    assert_eq!(show(r#"rf"\n{x}\t""#), ["'\\n'", "{x}", "'\\t'"]);
    assert_eq!(show(r#"FR'\'{x}'"#), ["'\\''", "{x}"]);
    // Escapes in a spec are processed.
    assert_eq!(show(r#"f"{x:\t>4}""#), ["{x:\t>4}"]);
}

#[test]
fn quotes_and_nesting() {
    assert_eq!(show(r#"f'{x}"{y}"'"#), ["{x}", "'\"'", "{y}", "'\"'"]);
    assert_eq!(
        show("f\"\"\"a\n{x}\n\"b\" \"\"\""),
        ["'a\n'", "{x}", "'\n\"b\" '"]
    );
    // A triple-quoted f-string's field may span lines.
    assert_eq!(show("f'''{x +\n   y}'''"), ["{x +\n   y}"]);
    // Strings and f-strings with other quotes inside fields.
    assert_eq!(show(r#"f"{d['k']}""#), ["{d['k']}"]);
    let (src, parts) = parts_in(r#"f"<{f'{x:>3}'!r}>""#, Lang::En);
    assert_eq!(render(&src, &parts), ["'<'", "{f'{x:>3}'!r}", "'>'"]);
    let FStringPart::Field { value, .. } = &parts[1] else {
        panic!()
    };
    let ExprKind::FString(inner) = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(render(&src, inner), ["{x:>3}"]);
    // Unicode quotes take prefixes too.
    assert_eq!(show("f«{x}»"), ["{x}"]);
}

#[test]
fn localized_keywords_in_fields() {
    let cases = [
        (Lang::Fr, r#"f"{a si c sinon b}""#),
        (Lang::De, r#"f"{a wenn c sonst b}""#),
        (Lang::Ja, r#"f"{a もし c でなければ b}""#),
        (Lang::Ar, r#"f"{a إذا c وإلا b}""#),
    ];
    for (lang, lit) in cases {
        let (src, parts) = parts_in(lit, lang);
        let [FStringPart::Field { value, .. }] = &parts[..] else {
            panic!("{lit}: {parts:?}")
        };
        let ExprKind::IfExp { cond, .. } = &value.kind else {
            panic!("{lit}: {value:?}")
        };
        assert_eq!(&src[cond.span.range()], "c", "{lit}");
    }
    let cases = [
        (Lang::Fr, r#"f"{a et non b}""#, BoolOp::And),
        (Lang::De, r#"f"{a und nicht b}""#, BoolOp::And),
        (Lang::Ja, r#"f"{a かつ ない b}""#, BoolOp::And),
        (Lang::Ar, r#"f"{a أو ليس b}""#, BoolOp::Or),
    ];
    for (lang, lit, op) in cases {
        let (_, parts) = parts_in(lit, lang);
        let [FStringPart::Field { value, .. }] = &parts[..] else {
            panic!("{lit}: {parts:?}")
        };
        assert!(
            matches!(&value.kind, ExprKind::BoolOp(o, _, r)
                if *o == op && matches!(r.kind, ExprKind::Unary(UnaryOp::Not, _))),
            "{lit}: {value:?}"
        );
    }
    // A keyword of another language inside a field is reported as such.
    let (message, at) = error_in("x = f\"{a if c else b}\"\n", Lang::Fr);
    assert!(message.contains("`if` is an English keyword"), "{message}");
    assert_eq!(at, (1, 10));
}

#[test]
fn field_spans_point_into_the_file() {
    let src = "y = 1\nx = f\"é {y + 1:>4} {z!r}\"\n";
    let value = {
        let m = parse_src(src, Lang::En).unwrap();
        let StmtKind::Assign { value, .. } = &m.main[1].kind else {
            panic!()
        };
        value.clone()
    };
    let file = SourceFile::new("t.ml", src);
    assert_eq!(file.line_col(value.span.start), (2, 5));
    let ExprKind::FString(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Field { value: e, span, .. } = &parts[1] else {
        panic!("{parts:?}")
    };
    assert_eq!(&src[e.span.range()], "y + 1");
    assert_eq!(file.line_col(e.span.start), (2, 10));
    assert_eq!(file.line_col(span.start), (2, 9));
    assert_eq!(&src[span.range()], "{y + 1:>4}");
    let ExprKind::Binary(BinOp::Add, l, r) = &e.kind else {
        panic!("{e:?}")
    };
    assert_eq!(file.line_col(l.span.start), (2, 10));
    assert_eq!(file.line_col(r.span.start), (2, 14));
    let FStringPart::Field { value: z, .. } = &parts[3] else {
        panic!("{parts:?}")
    };
    assert_eq!(file.line_col(z.span.start), (2, 21));

    // A field on a later line of a triple-quoted f-string.
    let src = "x = f\"\"\"a\n  bc {q}\"\"\"\n";
    let value = value_of(src, Lang::En);
    let ExprKind::FString(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Field { value: q, .. } = &parts[1] else {
        panic!("{parts:?}")
    };
    assert_eq!(SourceFile::new("t.ml", src).line_col(q.span.start), (2, 7));

    // Errors inside a field point into it.
    assert_eq!(
        error("y = 1\nx = f\"ab{y + * 2}\"\n"),
        ("expected an expression, found `*`".to_string(), (2, 14))
    );
}

#[test]
fn errors_have_messages_and_columns() {
    let cases: &[(&str, &str, (u32, u32))] = &[
        ("x = f\"abc{y\"\n", "unclosed `{` in f-string", (1, 10)),
        ("x = f\"abc{y\n", "unclosed `{` in f-string", (1, 10)),
        ("x = f\"{y!r\"\n", "unclosed `{` in f-string", (1, 7)),
        ("x = f\"{y:>4\"\n", "unclosed `{` in f-string", (1, 7)),
        ("x = f\"{y", "unclosed `{` in f-string", (1, 7)),
        (
            "x = f\"a{}\"\n",
            "empty expression in f-string replacement field",
            (1, 8),
        ),
        (
            "x = f\"{ !r}\"\n",
            "empty expression in f-string replacement field",
            (1, 7),
        ),
        ("x = f\"ab}c\"\n", "single `}` in f-string", (1, 9)),
        ("x = f\"{y}}\"\n", "single `}` in f-string", (1, 10)),
        (
            "x = f\"{y:{w}}\"\n",
            "not supported in kernels yet: nested replacement fields in a format spec",
            (1, 10),
        ),
        (
            "x = f\"{y=}\"\n",
            "not supported in kernels yet: `=` in f-string replacement fields",
            (1, 9),
        ),
        (
            "x = f\"{y!z}\"\n",
            "invalid conversion `!z` in f-string",
            (1, 10),
        ),
        (
            "x = f\"{y!}\"\n",
            "missing conversion character in f-string",
            (1, 9),
        ),
        (
            "x = f\"{y!rr}\"\n",
            "expected `}` after the conversion in f-string",
            (1, 11),
        ),
        (
            "x = f\"{n1 n2}\"\n",
            "expected `}` closing the replacement field, found name `n2`",
            (1, 11),
        ),
        (
            "x = f\"{y +}\"\n",
            "expected an expression, found the end of the replacement field",
            (1, 11),
        ),
        (
            "x = f\"{y # c}\"\n",
            "`#` is not allowed in an f-string replacement field",
            (1, 10),
        ),
        ("x = f\"ab\n", "unterminated string", (1, 5)),
        // The f-string's own quote ends it, even inside a field.
        ("x = f\"{d[\"k\"]}\"\n", "unclosed `{` in f-string", (1, 7)),
        (
            "x = b\"é\"\n",
            "bytes can only contain ASCII literal characters",
            (1, 7),
        ),
        ("x = b\"\\x4\"\n", "invalid `\\x` escape", (1, 7)),
    ];
    for (src, message, at) in cases {
        assert_eq!(error(src), (message.to_string(), *at), "{src:?}");
    }
}

#[test]
fn string_prefixes() {
    let toks = |src: &str| -> Vec<Tok> {
        lex(src, Lexicon::of(Lang::En))
            .unwrap()
            .into_iter()
            .map(|t| t.tok)
            .collect()
    };
    assert_eq!(toks(r#"rb'\x41A'"#)[0], Tok::Bytes(br"\x41A".to_vec()));
    assert_eq!(
        toks(r#"b'\x41A\n\xff'"#)[0],
        Tok::Bytes(b"AA\n\xff".to_vec())
    );
    assert_eq!(toks(r#"BR"a""#)[0], Tok::Bytes(b"a".to_vec()));
    assert_eq!(toks(r#"Rb"\\""#)[0], Tok::Bytes(br"\\".to_vec()));
    assert_eq!(toks(r#"r"\n\"""#)[0], Tok::Str(r#"\n\""#.to_string()));
    assert_eq!(toks(r#"u"a\n""#)[0], Tok::Str("a\n".to_string()));
    assert_eq!(toks(r#""\x41\101""#)[0], Tok::Str("AA".to_string()));
    // Other names followed by a quote are names.
    for word in ["ab", "ff", "rbf", "x", "bytes", "fr_"] {
        let t = toks(&format!("{word}\"s\""));
        assert_eq!(t[0], Tok::Name(word.to_string()), "{word}");
        assert_eq!(t[1], Tok::Str("s".to_string()), "{word}");
    }
    // Keywords directly followed by a string stay keywords.
    let t = toks("return\"s\"");
    assert!(matches!(t[0], Tok::Keyword(Keyword::Return, _)), "{t:?}");
    let t = lex("retour'x'", Lexicon::of(Lang::Fr)).unwrap();
    assert!(
        matches!(t[0].tok, Tok::Keyword(Keyword::Return, _)),
        "{t:?}"
    );
    assert_eq!(
        value_of("x = b'ok'\n", Lang::En).kind,
        ExprKind::Bytes(b"ok".to_vec())
    );
    // A prefix in front of a space is a name.
    let (message, _) = error("x = f \"s\"\n");
    assert!(message.contains("found a string"), "{message}");
}

#[test]
fn nesting_is_bounded() {
    let nested = |levels: usize| {
        let mut s = "x".to_string();
        for i in 0..levels {
            let q = if i % 2 == 0 { '\'' } else { '"' };
            s = format!("f{q}{{{s}}}{q}");
        }
        format!("x = {s}\n")
    };
    assert!(parse_src(&nested(8), Lang::En).is_ok());
    let (message, _) = error(&nested(60));
    assert_eq!(message, "f-strings are nested too deeply");
}

/// Truncations and mutations of f-strings give diagnostics (with spans inside the text), never
/// panics, through the whole compiler.
#[test]
fn truncated_and_mutated_fstrings_do_not_panic() {
    let seeds = [
        r#"f"a{x}b{y!r:>8}{{c}}\n""#,
        r#"rf'\d{x:.2f}{z!s}'"#,
        "f\"\"\"l1\n{x +\n y:,}\n\"\"\"",
        r#"f"{f'{x}'!r}{g(a=1)[0]}""#,
        r#"f"{x if y else z}{'s'}{a != b}""#,
        r#"b'\x41\n'"#,
        r#"f"{xs[i]:{w}}{x=}{y!z}""#,
    ];
    let inserts = [
        '{', '}', '!', ':', '=', '"', '\'', '\\', '\n', 'f', '(', 'é',
    ];
    let check = |src: &str, whole: bool| {
        let result = if whole {
            crate::compile(SourceFile::new("t.ml", src), Some(Lang::En))
                .map(|_| ())
                .map_err(|d| d.errors)
        } else {
            parse_src(src, Lang::En).map(|_| ()).map_err(|d| vec![d])
        };
        if let Err(errors) = result {
            for d in errors {
                assert!(
                    d.span.start <= d.span.end
                        && (d.span.end as usize) <= src.len()
                        && src.is_char_boundary(d.span.start as usize)
                        && src.is_char_boundary(d.span.end as usize),
                    "{src:?}: {d:?}"
                );
            }
        }
    };
    let mut runs = 0;
    for seed in seeds {
        let program = format!("def k(x: int, y: int) -> int:\n    s = {seed}\n    return 0\n");
        for (i, _) in program.char_indices() {
            check(&program[..i], true);
            runs += 1;
        }
        let start = program.find(seed).unwrap_or(0);
        for (i, _) in seed.char_indices() {
            let at = start + i;
            for c in inserts {
                let mut mutated = program.clone();
                mutated.insert(at, c);
                check(&mutated, false);
                let mut removed = program.clone();
                removed.remove(at);
                check(&removed, false);
                runs += 2;
            }
        }
    }
    assert!(runs > 500, "{runs}");
}
