//! Front-end tests for each of the 17 human languages: every kernel keyword spelling of the
//! vocabulary (alternatives and multi-word ones included) lexes and parses, a kernel written in
//! the language compiles to exactly the typed IR of its English twin, localized type names,
//! builtins, methods and math functions are recognised (and the English names too), Unicode
//! digits and operator spellings work, the word orders of ja, ar, hi, bn, ta, es and pt parse,
//! and the diagnostics of common mistakes point at the right place and name the right language.
//! Language detection, the `# lang:` pragma and the explicit language are tested at the end.
//!
//! Kernels are written once, in English, as templates: `{if}` stands for the `if` keyword of the
//! language under test, `{@len}` for its `len` builtin, `{.append}` for its `append` method,
//! `{math.sqrt}` for its `math.sqrt`. The spellings come from the vocabulary reference
//! (`multilingualprogramming` 0.8.2) and `scripts/vocabulary_extras.json`.

use multilingual_build::SourceFile;
use multilingual_build::ast::{self, CmpOp, ExprKind, StmtKind, TypeName};
use multilingual_build::compile::{Compiled, compile, parse_only};
use multilingual_build::diagnostic::Diagnostics;
use multilingual_build::lexer;
use multilingual_build::parser;
use multilingual_build::token::{Op, Tok};
use multilingual_build::types::Type;
use multilingual_build::vocabulary::{
    Builtin, Keyword, Lang, Lexicon, MathFn, Method, detect_language,
};

const MATH_FNS: [MathFn; 7] = [
    MathFn::Sqrt,
    MathFn::Floor,
    MathFn::Ceil,
    MathFn::Sin,
    MathFn::Cos,
    MathFn::Exp,
    MathFn::Log,
];

// ---------------------------------------------------------------------------------------------
// The language specifications and the template machinery.
// ---------------------------------------------------------------------------------------------

/// The spellings of one language, as the vocabulary reference gives them.
struct Spec {
    lang: Lang,
    /// Kernel keywords: every spelling, canonical first.
    keywords: &'static [(Keyword, &'static [&'static str])],
    /// Localized builtin names (besides the English ones, which work everywhere).
    builtins: &'static [(Builtin, &'static [&'static str])],
    /// Localized names of the `append` method.
    append: &'static [&'static str],
    /// Localized names of the functions of `math`.
    math: &'static [(MathFn, &'static [&'static str])],
    /// Decimal digits 0-9 of the language's own script (fullwidth digits are tested everywhere).
    digits: &'static [&'static str],
    /// The `while` keyword of another language (a plain name here), and that language.
    foreign_while: (&'static str, Lang),
}

/// The English spellings: the reference every other language is compared with.
const EN_KEYWORDS: &[(Keyword, &[&str])] = &[
    (Keyword::FuncDef, &["def"]),
    (Keyword::Return, &["return"]),
    (Keyword::CondIf, &["if"]),
    (Keyword::CondElif, &["elif"]),
    (Keyword::CondElse, &["else"]),
    (Keyword::LoopWhile, &["while"]),
    (Keyword::LoopFor, &["for"]),
    (Keyword::In, &["in"]),
    (Keyword::LoopBreak, &["break"]),
    (Keyword::LoopContinue, &["continue"]),
    (Keyword::Pass, &["pass"]),
    (Keyword::Let, &["let"]),
    (Keyword::And, &["and"]),
    (Keyword::Or, &["or"]),
    (Keyword::Not, &["not"]),
    (Keyword::NotIn, &["not in"]),
    (Keyword::Is, &["is"]),
    (Keyword::True, &["True"]),
    (Keyword::False, &["False"]),
    (Keyword::None, &["None"]),
    (Keyword::Import, &["import"]),
    (Keyword::From, &["from"]),
    (Keyword::TypeInt, &["int"]),
    (Keyword::TypeFloat, &["float"]),
    (Keyword::TypeBool, &["bool"]),
    (Keyword::TypeList, &["list"]),
    (Keyword::TypeStr, &["str"]),
    (Keyword::Print, &["print"]),
    (Keyword::ClassDef, &["class"]),
];

const EN: Spec = Spec {
    lang: Lang::En,
    keywords: EN_KEYWORDS,
    builtins: &[],
    append: &[],
    math: &[],
    digits: &[],
    foreign_while: ("tantque", Lang::Fr),
};

/// Template placeholders that stand for a keyword.
const KEYWORD_SLOTS: &[(&str, Keyword)] = &[
    ("def", Keyword::FuncDef),
    ("return", Keyword::Return),
    ("if", Keyword::CondIf),
    ("elif", Keyword::CondElif),
    ("else", Keyword::CondElse),
    ("while", Keyword::LoopWhile),
    ("for", Keyword::LoopFor),
    ("in", Keyword::In),
    ("break", Keyword::LoopBreak),
    ("continue", Keyword::LoopContinue),
    ("pass", Keyword::Pass),
    ("let", Keyword::Let),
    ("and", Keyword::And),
    ("or", Keyword::Or),
    ("not", Keyword::Not),
    ("notin", Keyword::NotIn),
    ("is", Keyword::Is),
    ("true", Keyword::True),
    ("false", Keyword::False),
    ("none", Keyword::None),
    ("import", Keyword::Import),
    ("from", Keyword::From),
    ("str", Keyword::TypeStr),
    ("class", Keyword::ClassDef),
];

/// Placeholders for type names: the type keyword, the builtin's aliases, and the English name.
const TYPE_SLOTS: &[(&str, Keyword, Builtin)] = &[
    ("int", Keyword::TypeInt, Builtin::Int),
    ("float", Keyword::TypeFloat, Builtin::Float),
    ("bool", Keyword::TypeBool, Builtin::Bool),
    ("list", Keyword::TypeList, Builtin::List),
];

/// Placeholders for builtin functions: the localized aliases, then the English name.
const BUILTIN_SLOTS: &[(&str, Builtin)] = &[
    ("@range", Builtin::Range),
    ("@len", Builtin::Len),
    ("@sum", Builtin::Sum),
    ("@abs", Builtin::Abs),
    ("@min", Builtin::Min),
    ("@max", Builtin::Max),
];

impl Spec {
    fn name(&self) -> &'static str {
        self.lang.english_name()
    }

    fn keyword(&self, k: Keyword) -> &'static [&'static str] {
        self.keywords
            .iter()
            .find(|(kk, _)| *kk == k)
            .map(|(_, s)| *s)
            .unwrap_or_else(|| panic!("{}: no spelling of {k:?} in the test table", self.name()))
    }

    fn kw(&self, k: Keyword) -> &'static str {
        self.keyword(k)[0]
    }

    fn math_names(&self, f: MathFn) -> &'static [&'static str] {
        self.math
            .iter()
            .find(|(ff, _)| *ff == f)
            .map_or(&[], |(_, s)| *s)
    }

    fn builtin(&self, b: Builtin) -> &'static [&'static str] {
        self.builtins
            .iter()
            .find(|(bb, _)| *bb == b)
            .map_or(&[], |(_, s)| *s)
    }

    /// The aliases of a builtin that reach it: an alias spelled like another keyword of the
    /// language is that keyword (see `shadowed_builtin_aliases`).
    fn aliases(&self, b: Builtin, keyword: Option<Keyword>) -> Vec<&'static str> {
        let lexicon = Lexicon::of(self.lang);
        self.builtin(b)
            .iter()
            .copied()
            .filter(|&a| lexicon.keyword(a).is_none() || lexicon.keyword(a) == keyword)
            .collect()
    }

    /// Every spelling a placeholder may take in this language, the default first.
    fn slot(&self, name: &str) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        let mut add = |s: &'static str| {
            if !out.contains(&s) {
                out.push(s);
            }
        };
        if let Some(&(_, k)) = KEYWORD_SLOTS.iter().find(|(n, _)| *n == name) {
            self.keyword(k).iter().for_each(|&s| add(s));
        } else if let Some(&(_, k, b)) = TYPE_SLOTS.iter().find(|(n, _, _)| *n == name) {
            self.keyword(k).iter().for_each(|&s| add(s));
            self.aliases(b, Some(k)).into_iter().for_each(&mut add);
            add(b.python_name());
        } else if let Some(&(_, b)) = BUILTIN_SLOTS.iter().find(|(n, _)| *n == name) {
            self.aliases(b, None).into_iter().for_each(&mut add);
            add(b.python_name());
        } else if name == "print" {
            self.keyword(Keyword::Print).iter().for_each(|&s| add(s));
            self.builtin(Builtin::Print).iter().for_each(|&s| add(s));
        } else if name == ".append" {
            self.append.iter().for_each(|&s| add(s));
            add("append");
        } else if let Some(f) = name.strip_prefix("math.") {
            let f = MATH_FNS
                .iter()
                .copied()
                .find(|m| m.python_name() == f)
                .unwrap_or_else(|| panic!("unknown math function {f}"));
            self.math_names(f).iter().for_each(|&s| add(s));
            add(f.python_name());
        } else {
            panic!("unknown placeholder {{{name}}}");
        }
        out
    }

    /// The template with every placeholder replaced by its default spelling, except `over`.
    fn render_with(&self, template: &str, over: Option<(&str, &str)>) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').expect("unclosed placeholder") + open;
            let name = &rest[open + 1..close];
            match over {
                Some((slot, spelling)) if slot == name => out.push_str(spelling),
                _ => out.push_str(self.slot(name)[0]),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn render(&self, template: &str) -> String {
        self.render_with(template, None)
    }
}

/// The placeholders a template uses, in order of first use.
fn slots_of(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').expect("unclosed placeholder") + open;
        let name = &rest[open + 1..close];
        if !out.contains(&name) {
            out.push(name);
        }
        rest = &rest[close + 1..];
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Helpers over the public API.
// ---------------------------------------------------------------------------------------------

fn try_compile(src: &str, lang: Option<Lang>) -> Result<Compiled, Diagnostics> {
    compile(SourceFile::new("kernel.ml", src), lang)
}

fn compile_ok(what: &str, src: &str, lang: Option<Lang>) -> Compiled {
    match try_compile(src, lang) {
        Ok(c) => c,
        Err(d) => panic!("{what}: does not compile:\n{src}\n{}", d.render()),
    }
}

/// Compiles a file that must fail; returns its first error with its line and column.
fn compile_err(what: &str, src: &str, lang: Option<Lang>) -> (Diagnostics, (u32, u32)) {
    match try_compile(src, lang) {
        Ok(_) => panic!("{what}: compiles, but an error was expected:\n{src}"),
        Err(d) => {
            let at = d.first_location();
            (d, at)
        }
    }
}

fn parse_ok(what: &str, src: &str, lang: Lang) -> ast::Module {
    let tokens = lexer::lex(src, Lexicon::of(lang))
        .unwrap_or_else(|d| panic!("{what}: does not lex: {} at {:?}\n{src}", d.message, d.span));
    parser::parse(&tokens, lang).unwrap_or_else(|d| {
        panic!(
            "{what}: does not parse: {} at {:?}\n{src}",
            d.message, d.span
        )
    })
}

/// The tree without byte positions, to compare files whose words differ in length.
fn shape(module: &ast::Module) -> String {
    let text = format!("{module:?}");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("Span { start: ") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('}').expect("span end") + at;
        out.push('_');
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn tokens(src: &str, lang: Lang) -> Vec<Tok> {
    lexer::lex(src, Lexicon::of(lang))
        .unwrap_or_else(|d| panic!("{:?}: `{src}` does not lex: {}", lang, d.message))
        .into_iter()
        .map(|t| t.tok)
        .collect()
}

/// The parameter types and result type of each function, by name.
fn signatures(c: &Compiled) -> Vec<(String, Vec<Type>, Option<Type>)> {
    c.program
        .functions
        .iter()
        .map(|f| {
            let params = f.param_locals().iter().map(|l| l.ty.clone()).collect();
            (f.name.clone(), params, f.result.clone())
        })
        .collect()
}

fn sig(name: &str, params: &[Type], result: Option<Type>) -> (String, Vec<Type>, Option<Type>) {
    (name.to_string(), params.to_vec(), result)
}

fn list(t: Type) -> Type {
    Type::list(t)
}

/// Asserts that `src`, written in `spec`'s language, compiles to the same functions as the
/// English rendering of `template`.
fn assert_same_ir_as_english(spec: &Spec, what: &str, src: &str, template: &str) {
    let english = compile_ok("English twin", &EN.render(template), Some(Lang::En));
    let local = compile_ok(&format!("{}: {what}", spec.name()), src, Some(spec.lang));
    assert_eq!(local.lang, spec.lang);
    assert!(
        local.program.functions == english.program.functions,
        "{}: {what}: the typed IR differs from the English twin's\n{src}\n--- local:\n{:#?}\n--- English:\n{:#?}",
        spec.name(),
        local.program.functions,
        english.program.functions
    );
}

/// Asserts that `src` parses to the tree of the English rendering of `template`.
fn assert_same_ast_as_english(spec: &Spec, what: &str, src: &str, template: &str) {
    let english = parse_ok("English twin", &EN.render(template), Lang::En);
    let local = parse_ok(&format!("{}: {what}", spec.name()), src, spec.lang);
    assert_eq!(
        shape(&local),
        shape(&english),
        "{}: {what}: the tree differs from the English twin's\n{src}",
        spec.name()
    );
}

/// 1-based column (in characters) of the first occurrence of `needle` in line `line` of `src`.
fn column_of(src: &str, line: u32, needle: &str) -> u32 {
    let text = src.lines().nth(line as usize - 1).expect("line");
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in `{text}`"));
    text[..byte].chars().count() as u32 + 1
}

// ---------------------------------------------------------------------------------------------
// The kernels, as templates.
// ---------------------------------------------------------------------------------------------

/// Every statement and most expressions of the kernel language.
const KERNEL: &str = "{import} math


{def} classify(n: {int}) -> {int}:
    {if} n < 0:
        {return} -1
    {elif} n == 0:
        {return} 0
    {elif} n < 10:
        {return} 1
    {else}:
        {return} 2


{def} loops(n: {int}, xs: {list}[{float}]) -> {float}:
    {let} acc = 0.0
    {let} k = n
    {while} k > 0:
        k -= 1
        {if} k % 3 == 0:
            {continue}
        {if} acc > 100.0:
            {break}
        acc += 1.5
    {for} j {in} {@range}(n):
        {if} j == 2:
            {pass}
        {else}:
            acc += {float}(j)
    {for} j {in} {@range}(1, n, 2):
        acc -= 0.5
    {for} x {in} xs:
        acc += x
    {return} acc


{def} logic(a: {int}, b: {int}) -> {bool}:
    {let} both = a > 0 {and} b > 0
    {let} either = a > 0 {or} b > 0
    {let} flag = {false}
    {if} both {or} (either {and} {not} a == b):
        flag = {true}
    {return} flag {and} {not} a > 100


{def} pick(x: {int}) -> {int}:
    {return} -1 {if} x < 0 {else} 1 {if} x > 0 {else} 0


{def} builtins(xs: {list}[{int}], f: {float}, flags: {list}[{bool}]) -> {int}:
    {let} t = {@sum}(xs) + {@len}(xs) + {@abs}(-3) + {@min}(xs) + {@max}(2, 5)
    t += {int}(f) + {int}({bool}(t)) + {@len}(flags)
    ys = [0] * 3
    ys.{.append}(t)
    {return} t + {@len}(ys) + {int}(math.{math.sqrt}({float}(t)))
";

/// What the kernel's signatures are, in every language.
fn kernel_signatures() -> Vec<(String, Vec<Type>, Option<Type>)> {
    vec![
        sig("classify", &[Type::Int], Some(Type::Int)),
        sig("loops", &[Type::Int, list(Type::Float)], Some(Type::Float)),
        sig("logic", &[Type::Int, Type::Int], Some(Type::Bool)),
        sig("pick", &[Type::Int], Some(Type::Int)),
        sig(
            "builtins",
            &[list(Type::Int), Type::Float, list(Type::Bool)],
            Some(Type::Int),
        ),
    ]
}

/// Constructs the front end accepts but the checker rejects: compared as trees.
const PARSE_ONLY: &str = "{from} math {import} {math.sqrt}


{def} tests(x: {int}, xs: {list}[{int}]) -> {bool}:
    {let} m1 = x {notin} xs
    {let} m2 = x {not} {in} xs
    {let} m3 = x {in} xs
    {let} m4 = x {is} {none}
    {let} m5 = x {is} {not} {none}
    {return} m1 {and} m2 {or} m3 {and} {not} m4 {or} m5
";

/// `else` followed by `if` is an `elif`.
const ELSE_IF: &str = "{def} f(n: {int}) -> {int}:
    {if} n < 0:
        {return} -1
    {else} {if} n == 0:
        {return} 0
    {else}:
        {return} 1
";

/// ASCII operators; `UNICODE_OPS` and `FULLWIDTH_OPS` are the same kernel.
const ASCII_OPS: &str = "{def} ops(a: {int}, b: {int}) -> {float}:
    {let} p = a * b - 3
    {let} s = 0
    {if} a <= b:
        s += 1
    {if} a >= b:
        s += 10
    {if} a != b:
        s += 100
    {if} a == b:
        s += 1000
    {return} p / 2 + {float}(s) + {float}((a + b) // 2 % 7) + {float}([a, b][1])
";

const UNICODE_OPS: &str = "{def} ops(a: {int}, b: {int}) → {float}:
    {let} p = a × b − 3
    {let} s = 0
    {if} a ≤ b:
        s += 1
    {if} a ≥ b:
        s += 10
    {if} a ≠ b:
        s += 100
    {if} a == b:
        s += 1000
    {return} p ÷ 2 + {float}(s) + {float}((a + b) // 2 % 7) + {float}([a, b][1])
";

const FULLWIDTH_OPS: &str = "{def} ops（a： {int}， b： {int}） －＞ {float}：
    {let} p ＝ a ＊ b － 3
    {let} s ＝ 0
    {if} a ＜＝ b：
        s ＋＝ 1
    {if} a ＞＝ b：
        s ＋＝ 10
    {if} a ！＝ b：
        s ＋＝ 100
    {if} a ＝＝ b：
        s ＋＝ 1000
    {return} p ／ 2 ＋ {float}（s） ＋ {float}（（a ＋ b） ／／ 2 ％ 7） ＋ {float}（［a， b］［1］）
";

/// Numbers in ASCII digits; the ones between ⟨ ⟩ are rewritten in another script.
const NUMBERS: &str = "{def} numbers() -> {float}:
    {let} a = ⟨123⟩
    {let} b = ⟨45⟩ * ⟨2⟩ + ⟨1_000⟩
    {return} ⟨1.5⟩ * ⟨4⟩ + {float}(a + b) + ⟨2e3⟩ + ⟨0.25⟩
";

/// Rewrites the ASCII digits between ⟨ ⟩ with the digits `digits` (0-9 of one script).
fn with_digits(template: &str, digits: &str) -> String {
    let set: Vec<char> = digits.chars().collect();
    assert_eq!(set.len(), 10, "{digits}");
    let mut out = String::new();
    let mut inside = false;
    for c in template.chars() {
        match c {
            '⟨' => inside = true,
            '⟩' => inside = false,
            d if inside && d.is_ascii_digit() => out.push(set[d as usize - '0' as usize]),
            other => out.push(other),
        }
    }
    out
}

const FULLWIDTH_DIGITS: &str = "０１２３４５６７８９";
const ASCII_DIGITS: &str = "0123456789";

/// The common tests of one language, over its `SPEC`.
macro_rules! common_tests {
    () => {
        #[test]
        fn vocabulary_has_the_reference_spellings() {
            check_vocabulary(&SPEC);
        }

        #[test]
        fn every_keyword_spelling_lexes_as_its_keyword() {
            check_keyword_tokens(&SPEC);
        }

        #[test]
        fn kernel_compiles_to_the_english_ir() {
            check_kernel(&SPEC);
        }

        #[test]
        fn every_alternative_spelling_compiles_to_the_same_ir() {
            check_alternatives(&SPEC);
        }

        #[test]
        fn localized_type_names_in_annotations() {
            check_annotations(&SPEC);
        }

        #[test]
        fn membership_identity_none_and_from_import_parse_like_english() {
            check_parse_only(&SPEC);
        }

        #[test]
        fn else_followed_by_if_is_an_elif() {
            let src = SPEC.render(ELSE_IF);
            assert_same_ast_as_english(&SPEC, "else if", &src, ELSE_IF);
            assert_same_ir_as_english(&SPEC, "else if", &src, ELSE_IF);
        }

        #[test]
        fn unicode_and_fullwidth_operators() {
            check_operators(&SPEC);
        }

        #[test]
        fn unicode_digits() {
            check_digits(&SPEC);
        }

        #[test]
        fn detected_without_pragma_and_named_by_pragma() {
            check_detection(&SPEC);
        }

        #[test]
        fn keyword_of_another_language_is_named_in_the_error() {
            check_foreign_keyword(&SPEC);
        }

        #[test]
        fn variable_named_like_a_foreign_keyword_is_not_called_one() {
            check_variable_named_like_a_foreign_keyword(&SPEC);
        }

        #[test]
        fn every_math_function_under_each_name() {
            check_math(&SPEC);
        }

        #[test]
        fn keyword_cannot_name_a_function_or_variable() {
            check_keyword_as_name(&SPEC);
        }

        #[test]
        fn misplaced_and_unsupported_keywords_are_reported_where_written() {
            check_misplaced(&SPEC);
        }
    };
}

// ---------------------------------------------------------------------------------------------
// The common checks.
// ---------------------------------------------------------------------------------------------

fn check_vocabulary(spec: &Spec) {
    let lexicon = Lexicon::of(spec.lang);
    assert_eq!(lexicon.lang, spec.lang);
    for &(k, spellings) in spec.keywords {
        assert_eq!(
            lexicon.spellings(k),
            spellings.to_vec(),
            "{}: the spellings of {k:?} differ from the reference",
            spec.name()
        );
        for &s in spellings {
            assert_eq!(
                lexicon.keyword(s),
                Some(k),
                "{}: `{s}` is not the keyword {k:?}",
                spec.name()
            );
        }
    }
    for &(b, aliases) in spec.builtins {
        for &a in aliases {
            // A builtin alias spelled like a keyword is reached through the keyword.
            if lexicon.keyword(a).is_none() {
                assert_eq!(
                    lexicon.builtin(a),
                    Some(b),
                    "{}: `{a}` is not the builtin {b:?}",
                    spec.name()
                );
            }
        }
    }
    for b in [
        Builtin::Range,
        Builtin::Len,
        Builtin::Sum,
        Builtin::Abs,
        Builtin::Min,
        Builtin::Max,
        Builtin::Int,
        Builtin::Float,
        Builtin::Bool,
        Builtin::List,
    ] {
        assert_eq!(
            lexicon.builtin(b.python_name()),
            Some(b),
            "{}: the English name `{}` is not a builtin",
            spec.name(),
            b.python_name()
        );
    }
    for &a in spec.append {
        assert_eq!(
            lexicon.method(a),
            Some(Method::Append),
            "{}: `{a}` is not `append`",
            spec.name()
        );
    }
    for &(f, names) in spec.math {
        for &s in names {
            assert_eq!(
                lexicon.math_fn(s),
                Some(f),
                "{}: `{s}` is not `math.{}`",
                spec.name(),
                f.python_name()
            );
        }
    }
    for f in MATH_FNS {
        assert_eq!(lexicon.math_fn(f.python_name()), Some(f), "{}", spec.name());
    }
}

fn check_keyword_tokens(spec: &Spec) {
    for &(k, spellings) in spec.keywords {
        for &s in spellings {
            let alone = tokens(s, spec.lang);
            assert_eq!(
                alone,
                vec![Tok::Keyword(k, s.to_string()), Tok::Newline, Tok::Eof],
                "{}: `{s}` alone",
                spec.name()
            );
            let line = format!("zz {s} (zz)");
            let between = tokens(&line, spec.lang);
            assert_eq!(
                between[..3],
                [
                    Tok::Name("zz".into()),
                    Tok::Keyword(k, s.to_string()),
                    Tok::Op(Op::LParen)
                ],
                "{}: `{line}`",
                spec.name()
            );
            // The spans of the keyword cover exactly its words.
            let toks = lexer::lex(&line, Lexicon::of(spec.lang)).expect("lex");
            assert_eq!(
                &line[toks[1].span.range()],
                s,
                "{}: span of `{s}`",
                spec.name()
            );
        }
    }
}

fn check_kernel(spec: &Spec) {
    let src = spec.render(KERNEL);
    let c = compile_ok(spec.name(), &src, Some(spec.lang));
    assert_eq!(
        signatures(&c),
        kernel_signatures(),
        "{}:\n{src}",
        spec.name()
    );
    assert_same_ir_as_english(spec, "the kernel", &src, KERNEL);
}

fn check_alternatives(spec: &Spec) {
    let english = compile_ok("English", &EN.render(KERNEL), Some(Lang::En));
    let mut tried = 0;
    for slot in slots_of(KERNEL) {
        for spelling in spec.slot(slot).into_iter().skip(1) {
            let src = spec.render_with(KERNEL, Some((slot, spelling)));
            let what = format!("{{{slot}}} spelled `{spelling}`");
            let c = match try_compile(&src, Some(spec.lang)) {
                Ok(c) => c,
                Err(d) => panic!("{}: {what}: does not compile:\n{}", spec.name(), d.render()),
            };
            assert!(
                c.program.functions == english.program.functions,
                "{}: {what}: the typed IR differs from the English kernel's",
                spec.name()
            );
            tried += 1;
        }
    }
    // English names of types, builtins, methods and math functions are alternatives everywhere.
    if spec.lang != Lang::En {
        assert!(tried >= 10, "{}: only {tried} alternatives", spec.name());
    }
}

fn check_annotations(spec: &Spec) {
    let template = "{def} f(a: {int}, b: {float}, c: {bool}, xs: {list}[{int}], ys: {list}[{float}], zs: {list}[{bool}]) -> {list}[{float}]:
    {let} vv: {float} = b + ys[0]
    {let} ww: {list}[{int}] = [a, xs[0]]
    {return} [vv, {float}(ww[0])]
";
    let src = spec.render(template);
    let module = parse_ok(spec.name(), &src, spec.lang);
    let f = &module.functions[0];
    let bases: Vec<(TypeName, Vec<TypeName>)> = f
        .params
        .iter()
        .map(|p| {
            let t = p.ty.as_ref().expect("annotated");
            (
                t.base.clone(),
                t.args.iter().map(|a| a.base.clone()).collect(),
            )
        })
        .collect();
    let b = TypeName::Builtin;
    assert_eq!(
        bases,
        vec![
            (b(Builtin::Int), vec![]),
            (b(Builtin::Float), vec![]),
            (b(Builtin::Bool), vec![]),
            (b(Builtin::List), vec![b(Builtin::Int)]),
            (b(Builtin::List), vec![b(Builtin::Float)]),
            (b(Builtin::List), vec![b(Builtin::Bool)]),
        ],
        "{}: the annotations of\n{src}",
        spec.name()
    );
    let c = compile_ok(spec.name(), &src, Some(spec.lang));
    assert_eq!(
        signatures(&c),
        vec![sig(
            "f",
            &[
                Type::Int,
                Type::Float,
                Type::Bool,
                list(Type::Int),
                list(Type::Float),
                list(Type::Bool)
            ],
            Some(list(Type::Float))
        )],
        "{}:\n{src}",
        spec.name()
    );
    let f = &c.program.functions[0];
    let local = |name: &str| {
        f.locals
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.ty.clone())
    };
    assert_eq!(local("vv"), Some(Type::Float), "{}", spec.name());
    assert_eq!(local("ww"), Some(list(Type::Int)), "{}", spec.name());
    // Every spelling of each type name (keyword, builtin alias, English) in an annotation.
    for (slot, ty) in [
        ("int", Type::Int),
        ("float", Type::Float),
        ("bool", Type::Bool),
    ] {
        for spelling in spec.slot(slot) {
            let src = format!(
                "{} f(x: {spelling}, xs: {}[{spelling}]) -> {spelling}:\n    {} x\n",
                spec.kw(Keyword::FuncDef),
                spec.kw(Keyword::TypeList),
                spec.kw(Keyword::Return)
            );
            let c = compile_ok(
                &format!("{}: `{spelling}`", spec.name()),
                &src,
                Some(spec.lang),
            );
            assert_eq!(
                signatures(&c),
                vec![sig("f", &[ty.clone(), list(ty.clone())], Some(ty.clone()))],
                "{}: `{spelling}`",
                spec.name()
            );
        }
    }
    for spelling in spec.slot("list") {
        let src = format!(
            "{} f(xs: {spelling}[{}]) -> {}:\n    {} xs[0]\n",
            spec.kw(Keyword::FuncDef),
            spec.kw(Keyword::TypeFloat),
            spec.kw(Keyword::TypeFloat),
            spec.kw(Keyword::Return)
        );
        let c = compile_ok(
            &format!("{}: `{spelling}`", spec.name()),
            &src,
            Some(spec.lang),
        );
        assert_eq!(
            signatures(&c),
            vec![sig("f", &[list(Type::Float)], Some(Type::Float))],
            "{}: `{spelling}`",
            spec.name()
        );
    }
}

fn check_parse_only(spec: &Spec) {
    let src = spec.render(PARSE_ONLY);
    assert_same_ast_as_english_modulo_names(spec, &src);
    let module = parse_ok(spec.name(), &src, spec.lang);
    let ops: Vec<CmpOp> = module.functions[0]
        .body
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Assign { value, .. } => match &value.kind {
                ExprKind::Compare(_, rest) => Some(rest[0].0),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(
        ops,
        vec![
            CmpOp::NotIn,
            CmpOp::NotIn,
            CmpOp::In,
            CmpOp::Is,
            CmpOp::IsNot
        ],
        "{}:\n{src}",
        spec.name()
    );
    assert_eq!(module.imports.len(), 1);
    assert_eq!(module.imports[0].module.name, "math");
    assert_eq!(module.imports[0].names[0].name, spec.slot("math.sqrt")[0]);
    // The checker accepts the membership tests on a list; the first error is `None` (line 8).
    let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
    assert!(
        d.errors[0].message.contains("`None` values"),
        "{}: {}",
        spec.name(),
        d.render()
    );
    assert_eq!(at.0, 8, "{}", spec.name());
}

/// Like `assert_same_ast_as_english`, with the localized `sqrt` name mapped to English.
fn assert_same_ast_as_english_modulo_names(spec: &Spec, src: &str) {
    let english = parse_ok("English twin", &EN.render(PARSE_ONLY), Lang::En);
    let mut local = parse_ok(spec.name(), src, spec.lang);
    local.imports[0].names[0].name = "sqrt".into();
    assert_eq!(
        shape(&local),
        shape(&english),
        "{}: the tree differs from the English twin's\n{src}",
        spec.name()
    );
}

fn check_math(spec: &Spec) {
    for f in MATH_FNS {
        let slot = format!("math.{}", f.python_name());
        let attribute = format!(
            "{{import}} math\n\n{{def}} f(x: {{float}}) -> {{float}}:\n    {{return}} {{float}}(math.{{{slot}}}(x))\n"
        );
        let imported = format!(
            "{{from}} math {{import}} {{{slot}}}\n\n{{def}} f(x: {{float}}) -> {{float}}:\n    {{return}} {{float}}({{{slot}}}(x))\n"
        );
        for template in [&attribute, &imported] {
            for name in spec.slot(&slot) {
                let src = spec.render_with(template, Some((&slot, name)));
                assert_same_ir_as_english(spec, &format!("math `{name}`"), &src, template);
            }
        }
    }
}

fn check_operators(spec: &Spec) {
    for (what, template) in [("Unicode", UNICODE_OPS), ("fullwidth", FULLWIDTH_OPS)] {
        let src = spec.render(template);
        let c = compile_ok(&format!("{}: {what}", spec.name()), &src, Some(spec.lang));
        assert_eq!(
            signatures(&c),
            vec![sig("ops", &[Type::Int, Type::Int], Some(Type::Float))],
            "{}: {what}",
            spec.name()
        );
        assert_same_ir_as_english(spec, what, &src, ASCII_OPS);
    }
    let toks = tokens("a × b ÷ c − d ≤ e ≥ f ≠ g → h", spec.lang);
    let ops: Vec<Op> = toks
        .iter()
        .filter_map(|t| match t {
            Tok::Op(op) => Some(*op),
            _ => None,
        })
        .collect();
    assert_eq!(
        ops,
        vec![
            Op::Star,
            Op::Slash,
            Op::Minus,
            Op::Le,
            Op::Ge,
            Op::Ne,
            Op::Arrow
        ],
        "{}",
        spec.name()
    );
}

fn check_digits(spec: &Spec) {
    let ascii = spec.render(&with_digits(NUMBERS, ASCII_DIGITS));
    let english_template = with_digits(NUMBERS, ASCII_DIGITS);
    let mut sets = vec![FULLWIDTH_DIGITS];
    sets.extend(spec.digits.iter().copied());
    for digits in sets {
        let src = spec.render(&with_digits(NUMBERS, digits));
        assert_ne!(src, ascii);
        assert_same_ir_as_english(spec, digits, &src, &english_template);
        let d: Vec<char> = digits.chars().collect();
        let text = format!("{}{}{} {}.{}", d[1], d[2], d[3], d[1], d[5]);
        assert_eq!(
            tokens(&text, spec.lang),
            vec![Tok::Int(123), Tok::Float(1.5), Tok::Newline, Tok::Eof],
            "{}: `{text}`",
            spec.name()
        );
        // A digit of the script inside a name keeps the name whole.
        let name = format!("x{}", d[7]);
        assert_eq!(
            tokens(&name, spec.lang),
            vec![Tok::Name(name.clone()), Tok::Newline, Tok::Eof],
            "{}",
            spec.name()
        );
    }
}

fn check_detection(spec: &Spec) {
    let src = spec.render(KERNEL);
    let detected = compile_ok(&format!("{}: detection", spec.name()), &src, None);
    assert_eq!(
        detected.lang,
        spec.lang,
        "{}: detected as {:?}",
        spec.name(),
        detected.lang
    );
    assert_eq!(
        detect_language(lexer::words(&src)),
        Ok(spec.lang),
        "{}",
        spec.name()
    );
    for pragma in [
        format!("# lang: {}\n", spec.lang.code()),
        format!("# language: {}\n", spec.lang.code().to_uppercase()),
        format!("#lang = {}\n", spec.name()),
    ] {
        let c = compile_ok(&pragma, &format!("{pragma}{src}"), None);
        assert_eq!(c.lang, spec.lang, "{}: `{pragma}`", spec.name());
    }
}

fn check_foreign_keyword(spec: &Spec) {
    let (word, other) = spec.foreign_while;
    assert_ne!(other, spec.lang);
    let src = format!(
        "{def} f(x: {int}) -> {int}:\n    {word} x > 0:\n        x -= 1\n    {ret} x\n",
        def = spec.kw(Keyword::FuncDef),
        int = spec.kw(Keyword::TypeInt),
        ret = spec.kw(Keyword::Return),
    );
    let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
    assert_foreign_keyword(&d, word, other, spec.lang, spec.kw(Keyword::LoopWhile));
    assert_eq!(at, (2, 5), "{}", spec.name());
}

/// The first error says that `word` is a keyword of `other` and how to write it in `lang`.
fn assert_foreign_keyword(d: &Diagnostics, word: &str, other: Lang, lang: Lang, here: &str) {
    let e = &d.errors[0];
    let message = format!(
        "`{word}` is {} {} keyword, but this file is written in {}",
        if other.english_name().starts_with(['A', 'E', 'I', 'O', 'U']) {
            "an"
        } else {
            "a"
        },
        other.english_name(),
        lang.english_name()
    );
    assert_eq!(e.message, message, "{}", d.render());
    let hint = format!("in {}, write `{here}`", lang.english_name());
    assert!(e.notes.contains(&hint), "{}", d.render());
}

/// Asserts that no error of `d` claims a word is a keyword of another language.
fn assert_no_foreign_keyword_claim(d: &Diagnostics) {
    for e in &d.errors {
        for text in std::iter::once(&e.message).chain(&e.notes) {
            assert!(!text.contains(" keyword, but this file"), "{}", d.render());
        }
    }
}

fn check_variable_named_like_a_foreign_keyword(spec: &Spec) {
    let lexicon = Lexicon::of(spec.lang);
    let name = ["y", "e", "i", "o", "w", "en", "on", "ja", "of"]
        .into_iter()
        .find(|n| lexicon.keyword(n).is_none())
        .expect("a short foreign keyword");
    assert!(!multilingual_build::vocabulary::keyword_elsewhere(name, spec.lang).is_empty());
    // A syntax error far from the name is reported as such.
    let src = format!(
        "{def} f({name}: {int}) -> {int}:\n    {name} = {name} + 1 2\n    {ret} {name}\n",
        def = spec.kw(Keyword::FuncDef),
        int = spec.kw(Keyword::TypeInt),
        ret = spec.kw(Keyword::Return),
    );
    let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
    assert_no_foreign_keyword_claim(&d);
    assert_eq!(
        d.errors[0].message,
        "expected end of line, found a number",
        "{}",
        d.render()
    );
    assert_eq!(at, (2, column_of(&src, 2, " 2") + 1), "{}", spec.name());
    // And the name works as a variable.
    let src = format!(
        "{def} f({name}: {int}) -> {int}:\n    {name} = {name} + 1\n    {ret} {name} * 2\n",
        def = spec.kw(Keyword::FuncDef),
        int = spec.kw(Keyword::TypeInt),
        ret = spec.kw(Keyword::Return),
    );
    let c = compile_ok(spec.name(), &src, Some(spec.lang));
    assert_eq!(
        signatures(&c),
        vec![sig("f", &[Type::Int], Some(Type::Int))]
    );
}

fn check_keyword_as_name(spec: &Spec) {
    let while_kw = spec.kw(Keyword::LoopWhile);
    let src = format!(
        "{def} {while_kw}(x: {int}) -> {int}:\n    {ret} x\n",
        def = spec.kw(Keyword::FuncDef),
        int = spec.kw(Keyword::TypeInt),
        ret = spec.kw(Keyword::Return),
    );
    let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
    assert_eq!(
        d.errors[0].message,
        format!("`{while_kw}` is a keyword and cannot be used as a function name"),
        "{}",
        spec.name()
    );
    assert_eq!(
        at,
        (1, column_of(&src, 1, &format!(" {while_kw}(")) + 1),
        "{}",
        spec.name()
    );

    let for_kw = spec.kw(Keyword::LoopFor);
    let in_kw = spec.kw(Keyword::In);
    let pass_kw = spec.kw(Keyword::Pass);
    let src = format!(
        "{def} f(n: {int}):\n    {for_kw} {pass_kw} {in_kw} {range}(n):\n        {pass_kw}\n",
        def = spec.kw(Keyword::FuncDef),
        int = spec.kw(Keyword::TypeInt),
        range = spec.slot("@range")[0],
    );
    let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
    assert_eq!(
        d.errors[0].message,
        format!("`{pass_kw}` is a keyword and cannot be used as a loop variable"),
        "{}",
        spec.name()
    );
    assert_eq!(
        at,
        (2, column_of(&src, 2, &format!(" {pass_kw} ")) + 1),
        "{}",
        spec.name()
    );
}

fn check_misplaced(spec: &Spec) {
    let def = spec.kw(Keyword::FuncDef);
    let int = spec.kw(Keyword::TypeInt);
    let ret = spec.kw(Keyword::Return);
    // `elif` with no `if` before it.
    for &elif in spec.keyword(Keyword::CondElif) {
        let src = format!(
            "{def} f(x: {int}) -> {int}:\n    {elif} x > 0:\n        {ret} 1\n    {ret} 0\n"
        );
        let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
        assert_eq!(
            d.errors[0].message,
            format!("`{elif}` without a matching `if`"),
            "{}",
            spec.name()
        );
        assert_eq!(at, (2, 5), "{}: `{elif}`", spec.name());
    }
    // A conditional expression without its `else`.
    let iff = spec.kw(Keyword::CondIf);
    let src = format!("{def} f(x: {int}) -> {int}:\n    {ret} 1 {iff} x > 0\n");
    let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
    assert_eq!(
        d.errors[0].message,
        "expected `else` of the conditional expression, found end of line",
        "{}",
        spec.name()
    );
    let line2 = src.lines().nth(1).expect("line 2");
    assert_eq!(at, (2, line2.chars().count() as u32 + 1), "{}", spec.name());
    // A class, at the top level.
    let class = spec.kw(Keyword::ClassDef);
    let src = format!("\n{class} A:\n    {}\n", spec.kw(Keyword::Pass));
    let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
    assert_eq!(
        d.errors[0].message,
        "not supported in kernels yet: classes",
        "{}",
        spec.name()
    );
    assert_eq!(d.errors[0].label, format!("`{class}`"), "{}", spec.name());
    assert_eq!(at, (2, 1), "{}", spec.name());
    // Printing, under each of its names: recognised as `print`, not as an unknown name.
    for print in spec.slot("print") {
        let src = format!("{def} f(x: {int}) -> {int}:\n    {ret} 1 + {print}(x)\n");
        let (d, at) = compile_err(spec.name(), &src, Some(spec.lang));
        assert_eq!(
            d.errors[0].message,
            "not supported in kernels yet: printing",
            "{}: `{print}`",
            spec.name()
        );
        assert_eq!(
            at,
            (2, column_of(&src, 2, print)),
            "{}: `{print}`",
            spec.name()
        );
    }
}

/// The English twin of the word-order variants: every loop and condition keyword-first. In
/// `edges`, reordered statements open a block and follow a dedent (where the reference
/// implementation fails to parse them).
const WORD_ORDER: &str = "{def} order(n: {int}, xs: {list}[{int}]) -> {int}:
    total = 0
    {for} k {in} {@range}(n):
        total += k
    {for} x {in} xs:
        total += x
    {for} k {in} {@range}(1, n):
        {for} j {in} {@range}(k):
            total += j
    rest = n
    {while} rest > 0:
        rest -= 2
    total += rest * 1000
    {if} total > 10:
        total += 100
    {elif} total > 5:
        total += 50
    {else}:
        total -= 100
    {if} {not} total > 0 {and} n > 1:
        total = 0
    {return} total


{def} edges(n: {int}) -> {int}:
    {while} n > 100:
        n -= 100
    {for} k {in} {@range}(3):
        n += k
    {if} n > 5:
        n -= 5
    {for} k {in} {@range}(2):
        {if} k > 0:
            n += 1
    {return} n
";

/// The English twin of the punctuation tests of ar, zh and ja.
const PUNCTUATION: &str = "{def} f(n: {int}) -> {int}:
    {let} t = 0
    {for} k {in} {@range}(2, 6):
        t += k
    {return} t * 2 - 1
";

fn check_word_order(spec: &Spec, src: &str) {
    let module = parse_ok(spec.name(), src, spec.lang);
    let kinds: Vec<&str> = module.functions[0]
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::For { .. } => "for",
            StmtKind::While { .. } => "while",
            StmtKind::If { .. } => "if",
            StmtKind::Return(_) => "return",
            _ => "simple",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "simple", "for", "for", "for", "simple", "while", "simple", "if", "if", "return"
        ],
        "{}: the statements of\n{src}",
        spec.name()
    );
    assert_same_ast_as_english_modulo_builtins(spec, src);
    assert_same_ir_as_english(spec, "word order", src, WORD_ORDER);
}

/// Like `assert_same_ast_as_english`, with the localized range names mapped to `range`.
fn assert_same_ast_as_english_modulo_builtins(spec: &Spec, src: &str) {
    let english = shape(&parse_ok("English twin", &EN.render(WORD_ORDER), Lang::En));
    let mut local = shape(&parse_ok(spec.name(), src, spec.lang));
    for &alias in spec.builtin(Builtin::Range) {
        local = local.replace(&format!("Name({alias:?})"), "Name(\"range\")");
    }
    assert_eq!(
        local,
        english,
        "{}: the tree differs from the English twin's\n{src}",
        spec.name()
    );
}

fn check_literal_annotations(spec: &Spec, src: &str) {
    let c = compile_ok(spec.name(), src, Some(spec.lang));
    assert_eq!(
        signatures(&c),
        vec![sig(
            "f",
            &[list(Type::Float), Type::Int, Type::Bool],
            Some(list(Type::Int))
        )],
        "{}:\n{src}",
        spec.name()
    );
    let module = parse_ok(spec.name(), src, spec.lang);
    let result = module.functions[0].result.as_ref().expect("result");
    assert_eq!(result.base, TypeName::Builtin(Builtin::List));
    assert_eq!(result.args[0].base, TypeName::Builtin(Builtin::Int));
}

/// Tests of the keywords of several words, for the languages that have some.
macro_rules! multiword_tests {
    () => {
        #[test]
        fn multiword_keywords_allow_any_spacing_on_one_line() {
            check_multiword(&SPEC);
        }
    };
}

fn check_multiword(spec: &Spec) {
    let mut seen = 0;
    for &(k, spellings) in spec.keywords {
        for &s in spellings.iter().filter(|s| s.contains(' ')) {
            seen += 1;
            for gap in ["  ", "\t", " \t "] {
                let text = s.replace(' ', gap);
                assert_eq!(
                    tokens(&text, spec.lang),
                    vec![Tok::Keyword(k, text.clone()), Tok::Newline, Tok::Eof],
                    "{}: {text:?}",
                    spec.name()
                );
            }
            // Across a line break (inside brackets, where newlines do not end the line) the
            // words are separate tokens.
            let text = format!("({})", s.replace(' ', "\n"));
            let toks = tokens(&text, spec.lang);
            let words = toks
                .iter()
                .filter(|t| matches!(t, Tok::Keyword(..) | Tok::Name(_)))
                .count();
            assert_eq!(
                words,
                s.split(' ').count(),
                "{}: {text:?} gave {toks:?}",
                spec.name()
            );
        }
    }
    assert!(seen > 0, "{}: no keyword of several words", spec.name());
}

// ---------------------------------------------------------------------------------------------
// The languages.
// ---------------------------------------------------------------------------------------------

mod en {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::En,
        keywords: &[
            (Keyword::FuncDef, &["def", "fn"]),
            (Keyword::Return, &["return"]),
            (Keyword::CondIf, &["if"]),
            (Keyword::CondElif, &["elif"]),
            (Keyword::CondElse, &["else"]),
            (Keyword::LoopWhile, &["while"]),
            (Keyword::LoopFor, &["for"]),
            (Keyword::In, &["in"]),
            (Keyword::LoopBreak, &["break"]),
            (Keyword::LoopContinue, &["continue"]),
            (Keyword::Pass, &["pass"]),
            (Keyword::Let, &["let", "var"]),
            (Keyword::And, &["and"]),
            (Keyword::Or, &["or"]),
            (Keyword::Not, &["not"]),
            (Keyword::NotIn, &["not in"]),
            (Keyword::Is, &["is"]),
            (Keyword::True, &["True"]),
            (Keyword::False, &["False"]),
            (Keyword::None, &["None"]),
            (Keyword::Import, &["import"]),
            (Keyword::From, &["from"]),
            (Keyword::TypeInt, &["int"]),
            (Keyword::TypeFloat, &["float"]),
            (Keyword::TypeBool, &["bool"]),
            (Keyword::TypeList, &["list"]),
            (Keyword::TypeStr, &["str"]),
            (Keyword::Print, &["print"]),
            (Keyword::ClassDef, &["class"]),
        ],
        builtins: &[],
        append: &[],
        math: &[],
        digits: &[],
        foreign_while: ("tantque", Lang::Fr),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "def f(xs: list[float], n: int, ok: bool) -> list[int]:\n    return [n]\n",
        );
    }

    #[test]
    fn keywords_of_concepts_outside_kernels_are_plain_names() {
        // `cost`, `swarm` and `channel` are reference keywords (observability, agents,
        // concurrency) that kernels do not reserve.
        let src = "def f(cost: int, swarm: int) -> int:\n    channel = cost + swarm\n    return channel * 2\n";
        let c = compile_ok("en", src, Some(Lang::En));
        assert_eq!(
            signatures(&c),
            vec![sig("f", &[Type::Int, Type::Int], Some(Type::Int))]
        );
        assert_eq!(
            tokens("cost swarm channel", Lang::En)[..3],
            [
                Tok::Name("cost".into()),
                Tok::Name("swarm".into()),
                Tok::Name("channel".into())
            ]
        );
    }
}

mod fr {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Fr,
        keywords: &[
            (Keyword::FuncDef, &["déf", "def", "fonction"]),
            (
                Keyword::Return,
                &["retour", "retourne", "retourner", "renvoie"],
            ),
            (Keyword::CondIf, &["si"]),
            (Keyword::CondElif, &["sinon si", "sinonsi", "sinon_si"]),
            (Keyword::CondElse, &["sinon"]),
            (Keyword::LoopWhile, &["tantque", "tant que", "tant_que"]),
            (Keyword::LoopFor, &["pour", "pour chaque", "pour_chaque"]),
            (Keyword::In, &["dans"]),
            (Keyword::LoopBreak, &["arrêter", "pause", "arreter"]),
            (Keyword::LoopContinue, &["continuer"]),
            (Keyword::Pass, &["passer", "passe"]),
            (Keyword::Let, &["soit"]),
            (Keyword::And, &["et"]),
            (Keyword::Or, &["ou"]),
            (Keyword::Not, &["non"]),
            (
                Keyword::NotIn,
                &["pas dans", "pas_dans", "non dans", "not in"],
            ),
            (Keyword::Is, &["est"]),
            (Keyword::True, &["Vrai"]),
            (Keyword::False, &["Faux"]),
            (Keyword::None, &["Rien", "Nul"]),
            (Keyword::Import, &["importer"]),
            (Keyword::From, &["depuis"]),
            (Keyword::TypeInt, &["entier"]),
            (Keyword::TypeFloat, &["flottant"]),
            (Keyword::TypeBool, &["booléen"]),
            (Keyword::TypeList, &["liste"]),
            (Keyword::TypeStr, &["chaine", "chaîne"]),
            (Keyword::Print, &["afficher"]),
            (Keyword::ClassDef, &["classe"]),
        ],
        builtins: &[
            (Builtin::Range, &["intervalle"]),
            (Builtin::Len, &["longueur"]),
            (Builtin::Sum, &["somme"]),
            (Builtin::Abs, &["valeurabsolue"]),
            (Builtin::Min, &["minimum"]),
            (Builtin::Max, &["maximum"]),
            (Builtin::Int, &["entier"]),
            (Builtin::Float, &["flottant", "décimal"]),
            (Builtin::Bool, &["booléen", "booleen"]),
            (Builtin::List, &["liste"]),
            (Builtin::Print, &["afficher"]),
        ],
        append: &["ajouter"],
        math: &[
            (MathFn::Sqrt, &["racine", "racine_carree", "racine_carrée"]),
            (MathFn::Floor, &["plancher"]),
            (MathFn::Ceil, &["plafond"]),
            (MathFn::Sin, &["sinus"]),
            (MathFn::Cos, &["cosinus"]),
            (MathFn::Exp, &["exponentielle"]),
            (MathFn::Log, &["logarithme"]),
        ],
        digits: &[],
        foreign_while: ("mientras", Lang::Es),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "déf f(xs: liste[flottant], n: entier, ok: booléen) -> liste[entier]:\n    retour [n]\n",
        );
    }
}

mod es {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Es,
        keywords: &[
            (Keyword::FuncDef, &["def", "función", "funcion"]),
            (
                Keyword::Return,
                &["devolver", "retornar", "retorna", "devuelve"],
            ),
            (Keyword::CondIf, &["si"]),
            (Keyword::CondElif, &["sinosi", "sino si"]),
            (Keyword::CondElse, &["sino"]),
            (Keyword::LoopWhile, &["mientras"]),
            (Keyword::LoopFor, &["para", "para cada"]),
            (Keyword::In, &["en"]),
            (Keyword::LoopBreak, &["romper"]),
            (Keyword::LoopContinue, &["continuar"]),
            (Keyword::Pass, &["pasar"]),
            (Keyword::Let, &["sea"]),
            (Keyword::And, &["y"]),
            (Keyword::Or, &["o"]),
            (Keyword::Not, &["no"]),
            (Keyword::NotIn, &["no en", "no_en"]),
            (Keyword::Is, &["es"]),
            (Keyword::True, &["Verdadero"]),
            (Keyword::False, &["Falso"]),
            (Keyword::None, &["Nada"]),
            (Keyword::Import, &["importar"]),
            (Keyword::From, &["desde"]),
            (Keyword::TypeInt, &["entero"]),
            (Keyword::TypeFloat, &["flotante"]),
            (Keyword::TypeBool, &["booleano"]),
            (Keyword::TypeList, &["lista"]),
            (Keyword::TypeStr, &["cadena"]),
            (Keyword::Print, &["imprimir"]),
            (Keyword::ClassDef, &["clase"]),
        ],
        builtins: &[
            (Builtin::Range, &["rango"]),
            (Builtin::Len, &["longitud"]),
            (Builtin::Sum, &["suma"]),
            (Builtin::Abs, &["valorabsoluto"]),
            (Builtin::Min, &["minimo", "mínimo"]),
            (Builtin::Max, &["maximo", "máximo"]),
            (Builtin::Int, &["entero"]),
            (Builtin::Float, &["flotante", "decimal"]),
            (Builtin::Bool, &["booleano"]),
            (Builtin::List, &["lista"]),
            (Builtin::Print, &["imprimir"]),
        ],
        append: &["agregar", "añadir"],
        math: &[
            (
                MathFn::Sqrt,
                &["raiz", "raíz", "raiz_cuadrada", "raíz_cuadrada"],
            ),
            (MathFn::Floor, &["piso", "suelo"]),
            (MathFn::Ceil, &["techo"]),
            (MathFn::Sin, &["seno"]),
            (MathFn::Cos, &["coseno"]),
            (MathFn::Exp, &["exponencial"]),
            (MathFn::Log, &["logaritmo"]),
        ],
        digits: &[],
        foreign_while: ("solange", Lang::De),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "def f(xs: lista[flotante], n: entero, ok: booleano) -> lista[entero]:\n    devolver [n]\n",
        );
    }

    #[test]
    fn word_order_variants() {
        check_word_order(
            &SPEC,
            "def order(n: entero, xs: lista[entero]) -> entero:
    total = 0
    rango(n) para k:
        total += k
    xs para x:
        total += x
    rango(1, n) para cada k:
        rango(k) para j:
            total += j
    rest = n
    mientras rest > 0:
        rest -= 2
    total += rest * 1000
    si total > 10:
        total += 100
    sinosi total > 5:
        total += 50
    sino:
        total -= 100
    si no total > 0 y n > 1:
        total = 0
    devolver total

def edges(n: entero) -> entero:
    mientras n > 100:
        n -= 100
    rango(3) para k:
        n += k
    si n > 5:
        n -= 5
    rango(2) para cada k:
        si k > 0:
            n += 1
    devolver n
",
        );
    }
}

mod de {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::De,
        keywords: &[
            (Keyword::FuncDef, &["def", "Funktion", "funktion"]),
            (
                Keyword::Return,
                &["rückgabe", "zurückgeben", "zurueckgeben", "rueckgabe"],
            ),
            (Keyword::CondIf, &["wenn"]),
            (Keyword::CondElif, &["sonstwenn", "sonst wenn"]),
            (Keyword::CondElse, &["sonst"]),
            (Keyword::LoopWhile, &["solange"]),
            (Keyword::LoopFor, &["für", "fuer"]),
            (Keyword::In, &["in"]),
            (Keyword::LoopBreak, &["abbrechen"]),
            (Keyword::LoopContinue, &["weiter"]),
            (Keyword::Pass, &["pass"]),
            (Keyword::Let, &["sei"]),
            (Keyword::And, &["und"]),
            (Keyword::Or, &["oder"]),
            (Keyword::Not, &["nicht"]),
            (Keyword::NotIn, &["nicht in", "nicht_in"]),
            (Keyword::Is, &["ist"]),
            (Keyword::True, &["Wahr"]),
            (Keyword::False, &["Falsch"]),
            (Keyword::None, &["Nichts"]),
            (Keyword::Import, &["importieren"]),
            (Keyword::From, &["von"]),
            (Keyword::TypeInt, &["ganz"]),
            (Keyword::TypeFloat, &["gleitkomma"]),
            (Keyword::TypeBool, &["boolesch"]),
            (Keyword::TypeList, &["liste"]),
            (Keyword::TypeStr, &["zeichenkette"]),
            (Keyword::Print, &["ausgeben"]),
            (Keyword::ClassDef, &["klasse"]),
        ],
        builtins: &[
            (Builtin::Range, &["bereich"]),
            (Builtin::Len, &["laenge", "länge"]),
            (Builtin::Sum, &["summe"]),
            (Builtin::Abs, &["absolut"]),
            (Builtin::Min, &["minimum"]),
            (Builtin::Max, &["maximum"]),
            (Builtin::Int, &["ganzzahl"]),
            (Builtin::Float, &["gleitkomma", "dezimal"]),
            (Builtin::Bool, &["wahrheitswert", "boolesch"]),
            (Builtin::List, &["liste"]),
            (Builtin::Print, &["ausgeben"]),
        ],
        append: &["anhaengen", "anhängen"],
        math: &[
            (MathFn::Sqrt, &["wurzel", "quadratwurzel"]),
            (MathFn::Floor, &["abrunden"]),
            (MathFn::Ceil, &["aufrunden"]),
            (MathFn::Sin, &["sinus"]),
            (MathFn::Cos, &["kosinus", "cosinus"]),
            (MathFn::Log, &["logarithmus"]),
        ],
        digits: &[],
        foreign_while: ("जबतक", Lang::Hi),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "def f(xs: liste[gleitkomma], n: ganz, ok: boolesch) -> liste[ganz]:\n    rückgabe [n]\n",
        );
    }
}

mod hi {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Hi,
        keywords: &[
            (Keyword::FuncDef, &["परिभाषा"]),
            (Keyword::Return, &["वापसी", "लौटाओ"]),
            (Keyword::CondIf, &["अगर"]),
            (Keyword::CondElif, &["अन्यथा_अगर"]),
            (Keyword::CondElse, &["वरना"]),
            (Keyword::LoopWhile, &["जबतक"]),
            (Keyword::LoopFor, &["के_लिए"]),
            (Keyword::In, &["में"]),
            (Keyword::LoopBreak, &["रोको"]),
            (Keyword::LoopContinue, &["जारी"]),
            (Keyword::Pass, &["छोड़ो"]),
            (Keyword::Let, &["मान"]),
            (Keyword::And, &["और"]),
            (Keyword::Or, &["या"]),
            (Keyword::Not, &["नहीं"]),
            (Keyword::NotIn, &["नहीं में", "नहीं_में"]),
            (Keyword::Is, &["है"]),
            (Keyword::True, &["सत्य"]),
            (Keyword::False, &["असत्य"]),
            (Keyword::None, &["कुछनहीं"]),
            (Keyword::Import, &["आयात"]),
            (Keyword::From, &["से"]),
            (Keyword::TypeInt, &["पूर्णांक"]),
            (Keyword::TypeFloat, &["दशमलव"]),
            (Keyword::TypeBool, &["बूलियन"]),
            (Keyword::TypeList, &["सूची"]),
            (Keyword::TypeStr, &["शब्द"]),
            (Keyword::Print, &["छापो"]),
            (Keyword::ClassDef, &["वर्ग"]),
        ],
        builtins: &[
            (Builtin::Range, &["परास", "श्रेणी"]),
            (Builtin::Len, &["लंबाई"]),
            (Builtin::Sum, &["योग"]),
            (Builtin::Abs, &["निरपेक्ष"]),
            (Builtin::Min, &["न्यूनतम"]),
            (Builtin::Max, &["अधिकतम"]),
            (Builtin::Int, &["पूर्णांक"]),
            (Builtin::Float, &["दशमलव"]),
            (Builtin::Bool, &["बूलियन"]),
            (Builtin::List, &["सूची"]),
            (Builtin::Print, &["प्रिंट", "छापो"]),
        ],
        append: &["अंत_में_जोड़ो"],
        math: &[
            (MathFn::Sqrt, &["वर्गमूल"]),
            (MathFn::Sin, &["ज्या"]),
            (MathFn::Cos, &["कोज्या"]),
            (MathFn::Log, &["लघुगणक"]),
        ],
        digits: &["०१२३४५६७८९"],
        foreign_while: ("طالما", Lang::Ar),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "परिभाषा f(xs: सूची[दशमलव], n: पूर्णांक, ok: बूलियन) -> सूची[पूर्णांक]:\n    वापसी [n]\n",
        );
    }

    #[test]
    fn word_order_variants() {
        check_word_order(
            &SPEC,
            "परिभाषा order(n: पूर्णांक, xs: सूची[पूर्णांक]) -> पूर्णांक:
    total = 0
    परास(n) में k के_लिए:
        total += k
    xs में x के_लिए:
        total += x
    श्रेणी(1, n) में k के_लिए:
        परास(k) में j के_लिए:
            total += j
    rest = n
    rest > 0 जबतक:
        rest -= 2
    total += rest * 1000
    total > 10 अगर:
        total += 100
    अन्यथा_अगर total > 5:
        total += 50
    वरना:
        total -= 100
    नहीं total > 0 और n > 1 अगर:
        total = 0
    वापसी total

परिभाषा edges(n: पूर्णांक) -> पूर्णांक:
    n > 100 जबतक:
        n -= 100
    परास(3) में k के_लिए:
        n += k
    n > 5 अगर:
        n -= 5
    परास(2) में k के_लिए:
        k > 0 अगर:
            n += 1
    वापसी n
",
        );
    }
}

mod ar {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Ar,
        keywords: &[
            (Keyword::FuncDef, &["دالة"]),
            (Keyword::Return, &["إرجاع", "أرجع"]),
            (Keyword::CondIf, &["إذا", "اذا"]),
            (Keyword::CondElif, &["وإلا_إذا", "والا_اذا"]),
            (Keyword::CondElse, &["وإلا", "والا"]),
            (Keyword::LoopWhile, &["طالما"]),
            (Keyword::LoopFor, &["لكل"]),
            (Keyword::In, &["في"]),
            (Keyword::LoopBreak, &["توقف"]),
            (Keyword::LoopContinue, &["استمر"]),
            (Keyword::Pass, &["مرر"]),
            (Keyword::Let, &["ليكن"]),
            (Keyword::And, &["و"]),
            (Keyword::Or, &["أو"]),
            (Keyword::Not, &["ليس"]),
            (Keyword::NotIn, &["ليس في", "ليس_في"]),
            (Keyword::Is, &["هو"]),
            (Keyword::True, &["صحيح"]),
            (Keyword::False, &["خطأ"]),
            (Keyword::None, &["لاشيء"]),
            (Keyword::Import, &["استيراد"]),
            (Keyword::From, &["من"]),
            (Keyword::TypeInt, &["عدد_صحيح"]),
            (Keyword::TypeFloat, &["عشري"]),
            (Keyword::TypeBool, &["منطقي"]),
            (Keyword::TypeList, &["قائمة"]),
            (Keyword::TypeStr, &["نص"]),
            (Keyword::Print, &["اطبع"]),
            (Keyword::ClassDef, &["صنف"]),
        ],
        builtins: &[
            (Builtin::Range, &["مدى", "نطاق"]),
            (Builtin::Len, &["طول"]),
            (Builtin::Sum, &["مجموع"]),
            (Builtin::Abs, &["مطلق"]),
            (Builtin::Min, &["أدنى"]),
            (Builtin::Max, &["أقصى"]),
            (Builtin::Int, &["صحيح"]),
            (Builtin::Float, &["عشري"]),
            (Builtin::Bool, &["منطقي"]),
            (Builtin::List, &["قائمة"]),
            (Builtin::Print, &["طباعة", "اطبع"]),
        ],
        append: &["أضف"],
        math: &[
            (MathFn::Sqrt, &["جذر", "جذر_تربيعي"]),
            (MathFn::Sin, &["جيب"]),
            (MathFn::Cos, &["جيب_تمام"]),
            (MathFn::Log, &["لوغاريتم"]),
        ],
        digits: &["٠١٢٣٤٥٦٧٨٩"],
        foreign_while: ("যতক্ষণ", Lang::Bn),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "دالة f(xs: قائمة[عشري], n: عدد_صحيح, ok: منطقي) -> قائمة[عدد_صحيح]:\n    إرجاع [n]\n",
        );
    }

    #[test]
    fn word_order_variants() {
        check_word_order(
            &SPEC,
            "دالة order(n: عدد_صحيح, xs: قائمة[عدد_صحيح]) -> عدد_صحيح:
    total = 0
    مدى(n) ضمن لكل k:
        total += k
    xs ضمن لكل x:
        total += x
    نطاق(1، n) ضمن لكل k:
        مدى(k) ضمن لكل j:
            total += j
    rest = n
    rest > 0 طالما:
        rest -= 2
    total += rest * 1000
    total > 10 إذا:
        total += 100
    وإلا_إذا total > 5:
        total += 50
    والا:
        total -= 100
    ليس total > 0 و n > 1 اذا:
        total = 0
    إرجاع total

دالة edges(n: عدد_صحيح) -> عدد_صحيح:
    n > 100 طالما:
        n -= 100
    مدى(3) ضمن لكل k:
        n += k
    n > 5 إذا:
        n -= 5
    مدى(2) ضمن لكل k:
        k > 0 إذا:
            n += 1
    إرجاع n
",
        );
    }

    #[test]
    fn arabic_comma_and_extended_arabic_indic_digits() {
        let src = "دالة f(n: عدد_صحيح) -> عدد_صحيح:\n    ليكن t = ۰\n    لكل k في مدى(۲، ٦):\n        t += k\n    إرجاع t × ٢ − ۱\n";
        assert_same_ir_as_english(&SPEC, "Arabic punctuation", src, PUNCTUATION);
        assert_eq!(
            tokens("۱۲۳ ۱.۵", Lang::Ar),
            vec![Tok::Int(123), Tok::Float(1.5), Tok::Newline, Tok::Eof]
        );
    }
}

mod bn {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Bn,
        keywords: &[
            (Keyword::FuncDef, &["সংজ্ঞা"]),
            (Keyword::Return, &["ফেরত"]),
            (Keyword::CondIf, &["যদি"]),
            (Keyword::CondElif, &["নাহলে_যদি"]),
            (Keyword::CondElse, &["নাহলে"]),
            (Keyword::LoopWhile, &["যতক্ষণ"]),
            (Keyword::LoopFor, &["জন্য"]),
            (Keyword::In, &["মধ্যে"]),
            (Keyword::LoopBreak, &["থামো"]),
            (Keyword::LoopContinue, &["চালাও"]),
            (Keyword::Pass, &["ছাড়ো"]),
            (Keyword::Let, &["ধরি"]),
            (Keyword::And, &["এবং"]),
            (Keyword::Or, &["অথবা"]),
            (Keyword::Not, &["না"]),
            (Keyword::NotIn, &["না মধ্যে", "না_মধ্যে"]),
            (Keyword::Is, &["হলো"]),
            (Keyword::True, &["সত্য"]),
            (Keyword::False, &["মিথ্যা"]),
            (Keyword::None, &["কিছুনা"]),
            (Keyword::Import, &["আমদানি"]),
            (Keyword::From, &["থেকে"]),
            (Keyword::TypeInt, &["পূর্ণসংখ্যা"]),
            (Keyword::TypeFloat, &["দশমিক"]),
            (Keyword::TypeBool, &["বুলিয়ান"]),
            (Keyword::TypeList, &["তালিকা"]),
            (Keyword::TypeStr, &["পাঠ্য"]),
            (Keyword::Print, &["ছাপাও"]),
            (Keyword::ClassDef, &["শ্রেণি"]),
        ],
        builtins: &[
            (Builtin::Range, &["পরিসর"]),
            (Builtin::Len, &["দৈর্ঘ্য"]),
            (Builtin::Sum, &["যোগফল"]),
            (Builtin::Abs, &["পরম"]),
            (Builtin::Min, &["সর্বনিম্ন"]),
            (Builtin::Max, &["সর্বোচ্চ"]),
            (Builtin::Int, &["পূর্ণসংখ্যা"]),
            (Builtin::Float, &["দশমিক"]),
            (Builtin::Bool, &["বুলিয়ান"]),
            (Builtin::List, &["তালিকা"]),
            (Builtin::Print, &["ছাপাও"]),
        ],
        append: &["যোগ_করো"],
        math: &[(MathFn::Sqrt, &["বর্গমূল"]), (MathFn::Log, &["লগারিদম"])],
        digits: &["০১২৩৪৫৬৭৮৯"],
        foreign_while: ("வரை", Lang::Ta),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "সংজ্ঞা f(xs: তালিকা[দশমিক], n: পূর্ণসংখ্যা, ok: বুলিয়ান) -> তালিকা[পূর্ণসংখ্যা]:\n    ফেরত [n]\n",
        );
    }

    #[test]
    fn word_order_variants() {
        check_word_order(
            &SPEC,
            "সংজ্ঞা order(n: পূর্ণসংখ্যা, xs: তালিকা[পূর্ণসংখ্যা]) -> পূর্ণসংখ্যা:
    total = 0
    পরিসর(n) মধ্যে k জন্য:
        total += k
    xs মধ্যে x জন্য:
        total += x
    পরিসর(1, n) মধ্যে k জন্য:
        পরিসর(k) মধ্যে j জন্য:
            total += j
    rest = n
    rest > 0 যতক্ষণ:
        rest -= 2
    total += rest * 1000
    total > 10 যদি:
        total += 100
    নাহলে_যদি total > 5:
        total += 50
    নাহলে:
        total -= 100
    না total > 0 এবং n > 1 যদি:
        total = 0
    ফেরত total

সংজ্ঞা edges(n: পূর্ণসংখ্যা) -> পূর্ণসংখ্যা:
    n > 100 যতক্ষণ:
        n -= 100
    পরিসর(3) মধ্যে k জন্য:
        n += k
    n > 5 যদি:
        n -= 5
    পরিসর(2) মধ্যে k জন্য:
        k > 0 যদি:
            n += 1
    ফেরত n
",
        );
    }
}

mod ta {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Ta,
        keywords: &[
            (Keyword::FuncDef, &["வரையறு"]),
            (Keyword::Return, &["திருப்பு"]),
            (Keyword::CondIf, &["என்றால்"]),
            (Keyword::CondElif, &["இல்லையென்றால்"]),
            (Keyword::CondElse, &["இல்லை"]),
            (Keyword::LoopWhile, &["வரை"]),
            (Keyword::LoopFor, &["ஒவ்வொரு"]),
            (Keyword::In, &["இல்"]),
            (Keyword::LoopBreak, &["நிறுத்து"]),
            (Keyword::LoopContinue, &["தொடர்"]),
            (Keyword::Pass, &["தாண்டு"]),
            (Keyword::Let, &["இருக்கட்டும்"]),
            (Keyword::And, &["மற்றும்"]),
            (Keyword::Or, &["அல்லது"]),
            (Keyword::Not, &["அல்லை"]),
            (Keyword::NotIn, &["இல் இல்லை", "இல்_இல்லை"]),
            (Keyword::Is, &["ஆகும்"]),
            (Keyword::True, &["உண்மை"]),
            (Keyword::False, &["பொய்"]),
            (Keyword::None, &["ஒன்றுமில்லை"]),
            (Keyword::Import, &["இறக்கு"]),
            (Keyword::From, &["இருந்து"]),
            (Keyword::TypeInt, &["முழு"]),
            (Keyword::TypeFloat, &["மிதவை"]),
            (Keyword::TypeBool, &["பூலியன்"]),
            (Keyword::TypeList, &["பட்டியல்"]),
            (Keyword::TypeStr, &["சரம்"]),
            (Keyword::Print, &["அச்சிடு"]),
            (Keyword::ClassDef, &["வகுப்பு"]),
        ],
        builtins: &[
            (Builtin::Range, &["வரம்பு"]),
            (Builtin::Len, &["நீளம்"]),
            (Builtin::Sum, &["கூட்டுத்தொகை"]),
            (Builtin::Abs, &["முழுமதிப்பு"]),
            (Builtin::Min, &["குறைந்தபட்சம்"]),
            (Builtin::Max, &["அதிகபட்சம்"]),
            (Builtin::Int, &["முழுஎண்"]),
            (Builtin::Float, &["மிதவை"]),
            (Builtin::Bool, &["பூலியன்"]),
            (Builtin::List, &["பட்டியல்"]),
            (Builtin::Print, &["அச்சிடு"]),
        ],
        append: &["சேர்"],
        math: &[(MathFn::Sqrt, &["வர்க்கமூலம்"])],
        digits: &["௦௧௨௩௪௫௬௭௮௯"],
        foreign_while: ("当", Lang::Zh),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "வரையறு f(xs: பட்டியல்[மிதவை], n: முழு, ok: பூலியன்) -> பட்டியல்[முழு]:\n    திருப்பு [n]\n",
        );
    }

    #[test]
    fn word_order_variants() {
        check_word_order(
            &SPEC,
            "வரையறு order(n: முழு, xs: பட்டியல்[முழு]) -> முழு:
    total = 0
    வரம்பு(n) இல் k ஒவ்வொரு:
        total += k
    xs இல் x ஒவ்வொரு:
        total += x
    வரம்பு(1, n) இல் k ஒவ்வொரு:
        வரம்பு(k) இல் j ஒவ்வொரு:
            total += j
    rest = n
    rest > 0 வரை:
        rest -= 2
    total += rest * 1000
    total > 10 என்றால்:
        total += 100
    இல்லையென்றால் total > 5:
        total += 50
    இல்லை:
        total -= 100
    அல்லை total > 0 மற்றும் n > 1 என்றால்:
        total = 0
    திருப்பு total

வரையறு edges(n: முழு) -> முழு:
    n > 100 வரை:
        n -= 100
    வரம்பு(3) இல் k ஒவ்வொரு:
        n += k
    n > 5 என்றால்:
        n -= 5
    வரம்பு(2) இல் k ஒவ்வொரு:
        k > 0 என்றால்:
            n += 1
    திருப்பு n
",
        );
    }
}

mod zh {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Zh,
        keywords: &[
            (Keyword::FuncDef, &["函数", "定义"]),
            (Keyword::Return, &["返回"]),
            (Keyword::CondIf, &["如果"]),
            (Keyword::CondElif, &["否则如果"]),
            (Keyword::CondElse, &["否则"]),
            (Keyword::LoopWhile, &["当"]),
            (Keyword::LoopFor, &["对于"]),
            (Keyword::In, &["里"]),
            (Keyword::LoopBreak, &["终止", "跳出"]),
            (Keyword::LoopContinue, &["继续"]),
            (Keyword::Pass, &["过"]),
            (Keyword::Let, &["令"]),
            (Keyword::And, &["且"]),
            (Keyword::Or, &["或"]),
            (Keyword::Not, &["非"]),
            (Keyword::NotIn, &["不在"]),
            (Keyword::Is, &["是"]),
            (Keyword::True, &["真"]),
            (Keyword::False, &["假"]),
            (Keyword::None, &["空"]),
            (Keyword::Import, &["导入"]),
            (Keyword::From, &["从"]),
            (Keyword::TypeInt, &["整数"]),
            (Keyword::TypeFloat, &["浮点"]),
            (Keyword::TypeBool, &["布尔"]),
            (Keyword::TypeList, &["列表"]),
            (Keyword::TypeStr, &["字符串"]),
            (Keyword::Print, &["打印"]),
            (Keyword::ClassDef, &["类"]),
        ],
        builtins: &[
            (Builtin::Range, &["范围"]),
            (Builtin::Len, &["长度"]),
            (Builtin::Sum, &["总和"]),
            (Builtin::Abs, &["绝对值"]),
            (Builtin::Min, &["最小值"]),
            (Builtin::Max, &["最大值"]),
            (Builtin::Int, &["整数"]),
            (Builtin::Float, &["浮点数"]),
            (Builtin::Bool, &["布尔"]),
            (Builtin::List, &["列表"]),
            (Builtin::Print, &["打印"]),
        ],
        append: &["追加"],
        math: &[
            (MathFn::Sqrt, &["平方根"]),
            (MathFn::Floor, &["向下取整"]),
            (MathFn::Ceil, &["向上取整"]),
            (MathFn::Sin, &["正弦"]),
            (MathFn::Cos, &["余弦"]),
            (MathFn::Exp, &["指数"]),
            (MathFn::Log, &["对数"]),
        ],
        digits: &[],
        foreign_while: ("間", Lang::Ja),
    };

    common_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "函数 f(xs: 列表[浮点], n: 整数, ok: 布尔) -> 列表[整数]:\n    返回 [n]\n",
        );
    }

    #[test]
    fn fullwidth_punctuation_and_ideographic_comma() {
        for src in [
            "函数 f（n：整数）→ 整数：\n    令 t ＝ ０\n    对于 k 里 范围（２，６）：\n        t ＋＝ k\n    返回 t × ２ − １\n",
            "函数 f（n：整数）→ 整数：\n    令 t ＝ ０\n    对于 k 里 范围（２、６）：\n        t ＋＝ k\n    返回 t × ２ − １\n",
        ] {
            assert_same_ir_as_english(&SPEC, "fullwidth punctuation", src, PUNCTUATION);
        }
    }
}

mod ja {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Ja,
        keywords: &[
            (Keyword::FuncDef, &["関数", "定義"]),
            (Keyword::Return, &["戻る", "返す"]),
            (Keyword::CondIf, &["もし"]),
            (Keyword::CondElif, &["でなければもし"]),
            (Keyword::CondElse, &["でなければ"]),
            (Keyword::LoopWhile, &["間"]),
            (Keyword::LoopFor, &["毎"]),
            (Keyword::In, &["中"]),
            (Keyword::LoopBreak, &["中断"]),
            (Keyword::LoopContinue, &["続行"]),
            (Keyword::Pass, &["パス"]),
            (Keyword::Let, &["変数"]),
            (Keyword::And, &["かつ"]),
            (Keyword::Or, &["または"]),
            (Keyword::Not, &["ない"]),
            (Keyword::NotIn, &["中にない"]),
            (Keyword::Is, &["は"]),
            (Keyword::True, &["真"]),
            (Keyword::False, &["偽"]),
            (Keyword::None, &["なし"]),
            (Keyword::Import, &["取込"]),
            (Keyword::From, &["から"]),
            (Keyword::TypeInt, &["整数"]),
            (Keyword::TypeFloat, &["浮動小数"]),
            (Keyword::TypeBool, &["真偽"]),
            (Keyword::TypeList, &["リスト"]),
            (Keyword::TypeStr, &["文字列"]),
            (Keyword::Print, &["表示"]),
            (Keyword::ClassDef, &["クラス"]),
        ],
        builtins: &[
            (Builtin::Range, &["範囲"]),
            (Builtin::Len, &["長さ"]),
            (Builtin::Sum, &["合計"]),
            (Builtin::Abs, &["絶対値"]),
            (Builtin::Min, &["最小値"]),
            (Builtin::Max, &["最大値"]),
            (Builtin::Int, &["整数"]),
            (Builtin::Float, &["浮動小数"]),
            (Builtin::Bool, &["真偽値"]),
            (Builtin::List, &["リスト"]),
            (Builtin::Print, &["表示"]),
        ],
        append: &["追加"],
        math: &[
            (MathFn::Sqrt, &["平方根"]),
            (MathFn::Floor, &["切り捨て"]),
            (MathFn::Ceil, &["切り上げ"]),
            (MathFn::Sin, &["正弦"]),
            (MathFn::Cos, &["余弦"]),
            (MathFn::Exp, &["指数関数"]),
            (MathFn::Log, &["対数"]),
        ],
        digits: &[],
        foreign_while: ("mentre", Lang::It),
    };

    common_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "関数 f(xs: リスト[浮動小数], n: 整数, ok: 真偽) -> リスト[整数]:\n    戻る [n]\n",
        );
    }

    #[test]
    fn word_order_variants() {
        check_word_order(
            &SPEC,
            "関数 order(n: 整数, xs: リスト[整数]) -> 整数:
    total = 0
    範囲(n) 内の 各 k に対して:
        total += k
    xs 内の 各 x に対して:
        total += x
    範囲(1, n) 内の 各 k に対して:
        範囲(k) 内の 各 j に対して:
            total += j
    rest = n
    rest > 0 間:
        rest -= 2
    total += rest * 1000
    total > 10 もし:
        total += 100
    でなければもし total > 5:
        total += 50
    でなければ:
        total -= 100
    ない total > 0 かつ n > 1 もし:
        total = 0
    戻る total

関数 edges(n: 整数) -> 整数:
    n > 100 間:
        n -= 100
    範囲(3) 内の 各 k に対して:
        n += k
    n > 5 もし:
        n -= 5
    範囲(2) 内の 各 k に対して:
        k > 0 もし:
            n += 1
    戻る n
",
        );
    }

    #[test]
    fn condition_first_if_after_a_conditional_expression() {
        let src = "関数 f(x: 整数) -> 整数:\n    1 もし x > 0 でなければ 0 もし:\n        戻る 1\n    戻る 0\n";
        let module = parse_ok("ja", src, Lang::Ja);
        let StmtKind::If { cond, .. } = &module.functions[0].body[0].kind else {
            panic!("not an if: {:?}", module.functions[0].body[0]);
        };
        assert!(matches!(cond.kind, ExprKind::IfExp { .. }), "{cond:?}");
        compile_ok("ja", src, Some(Lang::Ja));
    }

    #[test]
    fn iterable_first_for_without_its_closing_word_is_an_error() {
        let src = "関数 f(n: 整数) -> 整数:\n    範囲(n) 内の 各 k:\n        n += k\n    戻る n\n";
        let (d, at) = compile_err("ja", src, Some(Lang::Ja));
        assert_eq!(d.errors[0].message, "expected `に対して`, found `:`");
        assert_eq!(at, (2, column_of(src, 2, ":")));
    }

    #[test]
    fn ideographic_comma_and_fullwidth_punctuation() {
        let src = "関数 f（n：整数）→ 整数：\n    変数 t ＝ ０\n    毎 k 中 範囲（２、６）：\n        t ＋＝ k\n    戻る t × ２ − １\n";
        assert_same_ir_as_english(&SPEC, "fullwidth punctuation", src, PUNCTUATION);
    }
}

mod it {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::It,
        keywords: &[
            (Keyword::FuncDef, &["definisci", "funzione"]),
            (Keyword::Return, &["ritorna", "restituisci"]),
            (Keyword::CondIf, &["se"]),
            (Keyword::CondElif, &["altrimentise", "altrimenti se"]),
            (Keyword::CondElse, &["altrimenti"]),
            (Keyword::LoopWhile, &["mentre"]),
            (Keyword::LoopFor, &["per", "per ogni"]),
            (Keyword::In, &["in"]),
            (Keyword::LoopBreak, &["interrompi"]),
            (Keyword::LoopContinue, &["continua"]),
            (Keyword::Pass, &["passa"]),
            (Keyword::Let, &["sia"]),
            (Keyword::And, &["e"]),
            (Keyword::Or, &["o"]),
            (Keyword::Not, &["non"]),
            (Keyword::NotIn, &["non in", "non_in"]),
            (Keyword::Is, &["è"]),
            (Keyword::True, &["Vero"]),
            (Keyword::False, &["Falso"]),
            (Keyword::None, &["Nessuno"]),
            (Keyword::Import, &["importa"]),
            (Keyword::From, &["da"]),
            (Keyword::TypeInt, &["intero"]),
            (Keyword::TypeFloat, &["decimale"]),
            (Keyword::TypeBool, &["booleano"]),
            (Keyword::TypeList, &["lista"]),
            (Keyword::TypeStr, &["stringa"]),
            (Keyword::Print, &["stampa"]),
            (Keyword::ClassDef, &["classe"]),
        ],
        builtins: &[
            (Builtin::Range, &["intervallo"]),
            (Builtin::Len, &["lunghezza"]),
            (Builtin::Sum, &["somma"]),
            (Builtin::Abs, &["assoluto"]),
            (Builtin::Min, &["minimo"]),
            (Builtin::Max, &["massimo"]),
            (Builtin::Int, &["intero"]),
            (Builtin::Float, &["virgola_mobile", "decimale"]),
            (Builtin::Bool, &["booleano"]),
            (Builtin::List, &["lista"]),
            (Builtin::Print, &["stampa"]),
        ],
        append: &["aggiungi"],
        math: &[
            (MathFn::Sqrt, &["radice", "radice_quadrata"]),
            (MathFn::Floor, &["pavimento"]),
            (MathFn::Ceil, &["soffitto"]),
            (MathFn::Sin, &["seno"]),
            (MathFn::Cos, &["coseno"]),
            (MathFn::Exp, &["esponenziale"]),
            (MathFn::Log, &["logaritmo"]),
        ],
        digits: &[],
        foreign_while: ("enquanto", Lang::Pt),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "definisci f(xs: lista[decimale], n: intero, ok: booleano) -> lista[intero]:\n    ritorna [n]\n",
        );
    }
}

mod pt {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Pt,
        keywords: &[
            (Keyword::FuncDef, &["defina", "definir", "função", "funcao"]),
            (Keyword::Return, &["retorne", "retornar", "retorna"]),
            (Keyword::CondIf, &["se"]),
            (
                Keyword::CondElif,
                &["senão_se", "senão se", "senaose", "senao_se"],
            ),
            (Keyword::CondElse, &["senão", "senao"]),
            (Keyword::LoopWhile, &["enquanto"]),
            (Keyword::LoopFor, &["para", "para cada"]),
            (Keyword::In, &["em"]),
            (Keyword::LoopBreak, &["interrompa", "interromper"]),
            (Keyword::LoopContinue, &["continue", "continuar"]),
            (Keyword::Pass, &["passe", "passar", "pass"]),
            (Keyword::Let, &["seja"]),
            (Keyword::And, &["e"]),
            (Keyword::Or, &["ou"]),
            (Keyword::Not, &["não", "nao"]),
            (Keyword::NotIn, &["não em", "nao em"]),
            (Keyword::Is, &["é", "eh"]),
            (Keyword::True, &["Verdadeiro"]),
            (Keyword::False, &["Falso"]),
            (Keyword::None, &["Nenhum"]),
            (Keyword::Import, &["importe", "importar"]),
            (Keyword::From, &["de"]),
            (Keyword::TypeInt, &["inteiro"]),
            (
                Keyword::TypeFloat,
                &["real", "ponto_flutuante", "flutuante"],
            ),
            (Keyword::TypeBool, &["booleano"]),
            (Keyword::TypeList, &["lista"]),
            (Keyword::TypeStr, &["texto", "cadeia"]),
            (Keyword::Print, &["imprima", "imprimir", "mostre"]),
            (Keyword::ClassDef, &["classe"]),
        ],
        builtins: &[
            (Builtin::Range, &["intervalo"]),
            (Builtin::Len, &["comprimento"]),
            (Builtin::Sum, &["soma"]),
            (Builtin::Abs, &["absoluto"]),
            (Builtin::Min, &["mínimo", "minimo"]),
            (Builtin::Max, &["máximo", "maximo"]),
            (Builtin::Int, &["inteiro"]),
            (Builtin::Float, &["flutuante", "decimal"]),
            (Builtin::Bool, &["booleano"]),
            (Builtin::List, &["lista"]),
            (Builtin::Print, &["imprimir", "imprima"]),
        ],
        append: &["adicionar"],
        math: &[
            (MathFn::Sqrt, &["raiz", "raiz_quadrada"]),
            (MathFn::Floor, &["piso"]),
            (MathFn::Ceil, &["teto"]),
            (MathFn::Sin, &["seno"]),
            (MathFn::Cos, &["cosseno"]),
            (MathFn::Exp, &["exponencial"]),
            (MathFn::Log, &["logaritmo"]),
        ],
        digits: &[],
        foreign_while: ("dopoki", Lang::Pl),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "defina f(xs: lista[real], n: inteiro, ok: booleano) -> lista[inteiro]:\n    retorne [n]\n",
        );
    }

    #[test]
    fn word_order_variants() {
        check_word_order(
            &SPEC,
            "defina order(n: inteiro, xs: lista[inteiro]) -> inteiro:
    total = 0
    intervalo(n) para k:
        total += k
    xs para cada x:
        total += x
    intervalo(1, n) para k:
        intervalo(k) para cada j:
            total += j
    rest = n
    enquanto rest > 0:
        rest -= 2
    total += rest * 1000
    se total > 10:
        total += 100
    senão se total > 5:
        total += 50
    senão:
        total -= 100
    se não total > 0 e n > 1:
        total = 0
    retorne total

defina edges(n: inteiro) -> inteiro:
    enquanto n > 100:
        n -= 100
    intervalo(3) para cada k:
        n += k
    se n > 5:
        n -= 5
    intervalo(2) para k:
        se k > 0:
            n += 1
    retorne n
",
        );
    }
}

mod pl {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Pl,
        keywords: &[
            (Keyword::FuncDef, &["funkcja"]),
            (Keyword::Return, &["zwroc", "zwróć"]),
            (Keyword::CondIf, &["jesli", "jeśli"]),
            (Keyword::CondElif, &["inaczej_jesli", "inaczej_jeśli"]),
            (Keyword::CondElse, &["inaczej"]),
            (Keyword::LoopWhile, &["dopoki", "dopóki"]),
            (Keyword::LoopFor, &["dla"]),
            (Keyword::In, &["w"]),
            (Keyword::LoopBreak, &["przerwij"]),
            (Keyword::LoopContinue, &["kontynuuj"]),
            (Keyword::Pass, &["pomin", "pomiń"]),
            (Keyword::Let, &["niech"]),
            (Keyword::And, &["oraz"]),
            (Keyword::Or, &["lub"]),
            (Keyword::Not, &["nie"]),
            (Keyword::NotIn, &["nie w", "nie_w"]),
            (Keyword::Is, &["jest"]),
            (Keyword::True, &["Prawda"]),
            (Keyword::False, &["Falsz", "Fałsz"]),
            (Keyword::None, &["Brak"]),
            (Keyword::Import, &["importuj"]),
            (Keyword::From, &["zmodulu"]),
            (Keyword::TypeInt, &["calkowita"]),
            (Keyword::TypeFloat, &["zmiennoprzecinkowa"]),
            (Keyword::TypeBool, &["logiczna"]),
            (Keyword::TypeList, &["lista"]),
            (Keyword::TypeStr, &["tekst"]),
            (Keyword::Print, &["drukuj"]),
            (Keyword::ClassDef, &["klasa"]),
        ],
        builtins: &[
            (Builtin::Range, &["zakres"]),
            (Builtin::Len, &["dlugosc", "długość"]),
            (Builtin::Sum, &["suma"]),
            (Builtin::Abs, &["bezwzgledna", "bezwzględna"]),
            (Builtin::Min, &["minimum"]),
            (Builtin::Max, &["maksimum"]),
            (Builtin::Int, &["liczba_calkowita"]),
            (Builtin::Float, &["zmiennoprzecinkowy"]),
            (Builtin::Bool, &["logiczny"]),
            (Builtin::List, &["lista"]),
            (Builtin::Print, &["drukuj"]),
        ],
        append: &["dodaj"],
        math: &[
            (MathFn::Sqrt, &["pierwiastek"]),
            (MathFn::Floor, &["podloga", "podłoga"]),
            (MathFn::Ceil, &["sufit"]),
            (MathFn::Sin, &["sinus"]),
            (MathFn::Cos, &["cosinus"]),
            (MathFn::Log, &["logarytm"]),
        ],
        digits: &[],
        foreign_while: ("terwijl", Lang::Nl),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "funkcja f(xs: lista[zmiennoprzecinkowa], n: calkowita, ok: logiczna) -> lista[calkowita]:\n    zwroc [n]\n",
        );
    }
}

mod nl {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Nl,
        keywords: &[
            (Keyword::FuncDef, &["definieer", "functie"]),
            (Keyword::Return, &["retourneer"]),
            (Keyword::CondIf, &["als"]),
            (Keyword::CondElif, &["anders_als", "anders als"]),
            (Keyword::CondElse, &["anders"]),
            (Keyword::LoopWhile, &["terwijl"]),
            (Keyword::LoopFor, &["voor", "voor elke"]),
            (Keyword::In, &["in"]),
            (Keyword::LoopBreak, &["breek"]),
            (Keyword::LoopContinue, &["ga_door"]),
            (Keyword::Pass, &["sla_over"]),
            (Keyword::Let, &["laat"]),
            (Keyword::And, &["en"]),
            (Keyword::Or, &["of"]),
            (Keyword::Not, &["niet"]),
            (Keyword::NotIn, &["niet in", "niet_in"]),
            (Keyword::Is, &["is"]),
            (Keyword::True, &["Waar"]),
            (Keyword::False, &["Onwaar"]),
            (Keyword::None, &["Geen"]),
            (Keyword::Import, &["importeer"]),
            (Keyword::From, &["van"]),
            (Keyword::TypeInt, &["geheel"]),
            (Keyword::TypeFloat, &["drijvend"]),
            (Keyword::TypeBool, &["booleaans"]),
            (Keyword::TypeList, &["lijst"]),
            (Keyword::TypeStr, &["tekenreeks"]),
            (Keyword::Print, &["afdrukken"]),
            (Keyword::ClassDef, &["klasse"]),
        ],
        builtins: &[
            (Builtin::Range, &["bereik"]),
            (Builtin::Len, &["lengte"]),
            (Builtin::Sum, &["som"]),
            (Builtin::Abs, &["absoluut"]),
            (Builtin::Min, &["minimum"]),
            (Builtin::Max, &["maximum"]),
            (Builtin::Int, &["geheel_getal"]),
            (Builtin::Float, &["drijvend_komma"]),
            (Builtin::Bool, &["booleaans"]),
            (Builtin::List, &["lijst"]),
            (Builtin::Print, &["afdrukken"]),
        ],
        append: &["toevoegen"],
        math: &[
            (MathFn::Sqrt, &["wortel", "vierkantswortel"]),
            (MathFn::Sin, &["sinus"]),
            (MathFn::Cos, &["cosinus"]),
            (MathFn::Log, &["logaritme"]),
        ],
        digits: &[],
        foreign_while: ("medan", Lang::Sv),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "definieer f(xs: lijst[drijvend], n: geheel, ok: booleaans) -> lijst[geheel]:\n    retourneer [n]\n",
        );
    }
}

mod sv {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Sv,
        keywords: &[
            (Keyword::FuncDef, &["definiera", "funktion"]),
            (Keyword::Return, &["retur", "returnera"]),
            (Keyword::CondIf, &["om"]),
            (Keyword::CondElif, &["annars_om", "annars om"]),
            (Keyword::CondElse, &["annars"]),
            (Keyword::LoopWhile, &["medan"]),
            (Keyword::LoopFor, &["for", "för"]),
            (Keyword::In, &["i"]),
            (Keyword::LoopBreak, &["bryt"]),
            (Keyword::LoopContinue, &["fortsatt", "fortsätt"]),
            (Keyword::Pass, &["passera"]),
            (Keyword::Let, &["lat"]),
            (Keyword::And, &["och"]),
            (Keyword::Or, &["eller"]),
            (Keyword::Not, &["inte"]),
            (Keyword::NotIn, &["inte i"]),
            (Keyword::Is, &["ar", "är"]),
            (Keyword::True, &["Sant"]),
            (Keyword::False, &["Falskt"]),
            (Keyword::None, &["Ingen"]),
            (Keyword::Import, &["importera"]),
            (Keyword::From, &["fran", "från"]),
            (Keyword::TypeInt, &["heltal"]),
            (Keyword::TypeFloat, &["flyttal"]),
            (Keyword::TypeBool, &["boolesk"]),
            (Keyword::TypeList, &["lista"]),
            (Keyword::TypeStr, &["strang"]),
            (Keyword::Print, &["skriv"]),
            (Keyword::ClassDef, &["klass"]),
        ],
        builtins: &[
            (Builtin::Range, &["intervall"]),
            (Builtin::Len, &["langd", "längd"]),
            (Builtin::Sum, &["summa"]),
            (Builtin::Abs, &["absolut"]),
            (Builtin::Min, &["minimum"]),
            (Builtin::Max, &["maximum"]),
            (Builtin::Int, &["heltal"]),
            (Builtin::Float, &["flyttal"]),
            (Builtin::Bool, &["boolesk"]),
            (Builtin::List, &["lista"]),
            (Builtin::Print, &["skriv"]),
        ],
        append: &["lagg_till", "lägg_till"],
        math: &[
            (MathFn::Sqrt, &["kvadratrot", "rot"]),
            (MathFn::Floor, &["golv"]),
            (MathFn::Ceil, &["tak"]),
            (MathFn::Sin, &["sinus"]),
            (MathFn::Cos, &["cosinus"]),
            (MathFn::Log, &["logaritm"]),
        ],
        digits: &[],
        foreign_while: ("mens", Lang::Da),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "definiera f(xs: lista[flyttal], n: heltal, ok: boolesk) -> lista[heltal]:\n    retur [n]\n",
        );
    }
}

mod da {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Da,
        keywords: &[
            (Keyword::FuncDef, &["definer", "funktion"]),
            (Keyword::Return, &["returner"]),
            (Keyword::CondIf, &["hvis"]),
            (Keyword::CondElif, &["ellers_hvis", "ellers hvis"]),
            (Keyword::CondElse, &["ellers"]),
            (Keyword::LoopWhile, &["mens"]),
            (Keyword::LoopFor, &["for"]),
            (Keyword::In, &["i"]),
            (Keyword::LoopBreak, &["afbryd"]),
            (Keyword::LoopContinue, &["fortsaet", "fortsæt"]),
            (Keyword::Pass, &["pass"]),
            (Keyword::Let, &["lad"]),
            (Keyword::And, &["og"]),
            (Keyword::Or, &["eller"]),
            (Keyword::Not, &["ikke"]),
            (Keyword::NotIn, &["ikke i"]),
            (Keyword::Is, &["er"]),
            (Keyword::True, &["Sand"]),
            (Keyword::False, &["Falsk"]),
            (Keyword::None, &["Ingen"]),
            (Keyword::Import, &["importer"]),
            (Keyword::From, &["fra"]),
            (Keyword::TypeInt, &["heltal"]),
            (Keyword::TypeFloat, &["flydetal"]),
            (Keyword::TypeBool, &["boolsk"]),
            (Keyword::TypeList, &["liste"]),
            (Keyword::TypeStr, &["streng"]),
            (Keyword::Print, &["skriv"]),
            (Keyword::ClassDef, &["klasse"]),
        ],
        builtins: &[
            (Builtin::Range, &["interval", "omrade", "område"]),
            (Builtin::Len, &["laengde", "længde"]),
            (Builtin::Sum, &["summering"]),
            (Builtin::Abs, &["absolut"]),
            (Builtin::Min, &["minimum"]),
            (Builtin::Max, &["maksimum"]),
            (Builtin::Int, &["heltal"]),
            (Builtin::Float, &["flydende"]),
            (Builtin::Bool, &["boolsk"]),
            (Builtin::List, &["liste"]),
            (Builtin::Print, &["skriv"]),
        ],
        append: &["tilfoej", "tilføj"],
        math: &[
            (MathFn::Sqrt, &["kvadratrod", "rod"]),
            (MathFn::Floor, &["gulv"]),
            (MathFn::Ceil, &["loft"]),
            (MathFn::Sin, &["sinus"]),
            (MathFn::Cos, &["cosinus"]),
            (MathFn::Log, &["logaritme"]),
        ],
        digits: &[],
        foreign_while: ("kun", Lang::Fi),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "definer f(xs: liste[flydetal], n: heltal, ok: boolsk) -> liste[heltal]:\n    returner [n]\n",
        );
    }

    #[test]
    fn start_is_a_plain_name() {
        // `start` is the reference's Danish `spawn` keyword, a concept kernels do not reserve.
        let src =
            "definer f(start: heltal) -> heltal:\n    lad slut = start + 1\n    returner slut\n";
        let c = compile_ok("da", src, Some(Lang::Da));
        assert_eq!(
            signatures(&c),
            vec![sig("f", &[Type::Int], Some(Type::Int))]
        );
    }
}

mod fi {
    use super::*;

    pub(super) const SPEC: Spec = Spec {
        lang: Lang::Fi,
        keywords: &[
            (Keyword::FuncDef, &["maarittele", "määrittele", "funktio"]),
            (Keyword::Return, &["palauta"]),
            (Keyword::CondIf, &["jos"]),
            (Keyword::CondElif, &["muuten_jos"]),
            (Keyword::CondElse, &["muuten"]),
            (Keyword::LoopWhile, &["kun"]),
            (Keyword::LoopFor, &["jokaiselle"]),
            (Keyword::In, &["sisalla", "sisällä"]),
            (Keyword::LoopBreak, &["keskeyta", "keskeytä"]),
            (Keyword::LoopContinue, &["jatka"]),
            (Keyword::Pass, &["ohita"]),
            (Keyword::Let, &["olkoon"]),
            (Keyword::And, &["ja"]),
            (Keyword::Or, &["tai"]),
            (Keyword::Not, &["ei"]),
            (
                Keyword::NotIn,
                &["ei sisalla", "ei_sisalla", "ei sisällä", "ei_sisällä"],
            ),
            (Keyword::Is, &["on"]),
            (Keyword::True, &["Tosi"]),
            (Keyword::False, &["Epatosi", "Epätosi"]),
            (Keyword::None, &["EiMitaan", "EiMitään"]),
            (Keyword::Import, &["tuo"]),
            (Keyword::From, &["kohteesta"]),
            (Keyword::TypeInt, &["kokonaisluku"]),
            (Keyword::TypeFloat, &["liukuluku"]),
            (Keyword::TypeBool, &["totuusarvo"]),
            (Keyword::TypeList, &["lista"]),
            (Keyword::TypeStr, &["merkkijono"]),
            (Keyword::Print, &["tulosta"]),
            (Keyword::ClassDef, &["luokka"]),
        ],
        builtins: &[
            (Builtin::Range, &["vali", "väli"]),
            (Builtin::Len, &["pituus"]),
            (Builtin::Sum, &["summa"]),
            (Builtin::Abs, &["itseisarvo"]),
            (Builtin::Min, &["minimi"]),
            (Builtin::Max, &["maksimi"]),
            (Builtin::Int, &["kokonaisluku"]),
            (Builtin::Float, &["liukuluku"]),
            (Builtin::Bool, &["totuusarvo"]),
            (Builtin::List, &["lista"]),
            (Builtin::Print, &["tulosta"]),
        ],
        append: &["lisaa", "lisää"],
        math: &[
            (MathFn::Sqrt, &["neliojuuri", "neliöjuuri", "juuri"]),
            (MathFn::Floor, &["lattia"]),
            (MathFn::Ceil, &["katto"]),
            (MathFn::Sin, &["sini"]),
            (MathFn::Cos, &["kosini"]),
            (MathFn::Log, &["logaritmi"]),
        ],
        digits: &[],
        foreign_while: ("while", Lang::En),
    };

    common_tests!();
    multiword_tests!();

    #[test]
    fn literal_type_names_in_annotations() {
        check_literal_annotations(
            &SPEC,
            "maarittele f(xs: lista[liukuluku], n: kokonaisluku, ok: totuusarvo) -> lista[kokonaisluku]:\n    palauta [n]\n",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Language detection, the pragma and the explicit language.
// ---------------------------------------------------------------------------------------------

mod detection {
    use super::*;

    /// A kernel whose every keyword is Swedish and Danish alike (`funktion`, `heltal`, `for`, `i`).
    const SWEDISH_OR_DANISH: &str =
        "funktion f(n: heltal):\n    for k i range(n):\n        x = k\n";

    fn candidates_note(d: &Diagnostics) -> String {
        d.errors[0]
            .notes
            .iter()
            .find(|n| n.contains("equally well"))
            .cloned()
            .unwrap_or_else(|| panic!("no candidates note: {:?}", d.errors[0].notes))
    }

    #[test]
    fn ambiguous_file_gets_a_diagnostic_naming_the_candidates() {
        let (d, at) = compile_err("sv/da", SWEDISH_OR_DANISH, None);
        let e = &d.errors[0];
        assert_eq!(
            e.message,
            "cannot tell which human language this file is written in"
        );
        assert_eq!(e.label, "ambiguous");
        assert_eq!(at, (1, 1));
        let note = candidates_note(&d);
        assert!(
            note.contains("Swedish (sv), Danish (da) equally well"),
            "{note}"
        );
        assert!(note.contains("`# lang: sv`"), "{note}");
        assert_eq!(
            detect_language(lexer::words(SWEDISH_OR_DANISH)),
            Err(vec![Lang::Sv, Lang::Da])
        );
        assert!(parse_only(&SourceFile::new("k.ml", SWEDISH_OR_DANISH), None).is_none());
    }

    #[test]
    fn two_and_three_candidates() {
        // `se` (if) and `e` (and) are Italian and Portuguese; `booleano` is also Spanish.
        let src = "se a e b:\n    c = booleano(a)\n";
        assert_eq!(
            detect_language(lexer::words(src)),
            Err(vec![Lang::It, Lang::Pt])
        );
        let src = "x = booleano(caso)\n";
        assert_eq!(
            detect_language(lexer::words(src)),
            Err(vec![Lang::Es, Lang::It, Lang::Pt])
        );
        let (d, _) = compile_err("es/it/pt", src, None);
        let note = candidates_note(&d);
        assert!(
            note.contains("Spanish (es), Italian (it), Portuguese (pt)"),
            "{note}"
        );
    }

    #[test]
    fn file_without_keywords() {
        let (d, at) = compile_err("no keywords", "x = 1\n", None);
        assert_eq!(at, (1, 1));
        assert_eq!(d.errors[0].label, "no keyword found");
        assert!(
            d.errors[0].notes[0].contains("# lang: fr"),
            "{:?}",
            d.errors[0].notes
        );
        assert_eq!(detect_language(Vec::<&str>::new()), Err(vec![]));
    }

    #[test]
    fn votes_and_tie_break() {
        // `sinon` is French only: one vote.
        assert_eq!(detect_language(["si", "sinon"]), Ok(Lang::Fr));
        // One vote each; `type` is a French keyword (not a Spanish one) and breaks the tie.
        assert_eq!(detect_language(["sinon", "mientras", "type"]), Ok(Lang::Fr));
        // One vote each and `def` is both: a tie.
        assert_eq!(
            detect_language(["sinon", "mientras", "def"]),
            Err(vec![Lang::Fr, Lang::Es])
        );
    }

    #[test]
    fn first_line_pragma_decides() {
        for (pragma, lang) in [
            ("# lang: sv", Lang::Sv),
            ("# lang: da", Lang::Da),
            ("#lang:sv", Lang::Sv),
            ("# language: da", Lang::Da),
            ("# lang = Swedish", Lang::Sv),
            ("# language = danish", Lang::Da),
            ("\u{feff}# lang: sv", Lang::Sv),
        ] {
            let src = format!("{pragma}\n{SWEDISH_OR_DANISH}");
            let c = compile_ok(pragma, &src, None);
            assert_eq!(c.lang, lang, "{pragma}");
            let (_, lexicon) =
                parse_only(&SourceFile::new("k.ml", src.as_str()), None).expect("parses");
            assert_eq!(lexicon.lang, lang, "{pragma}");
        }
    }

    #[test]
    fn pragma_overrides_detection() {
        let german = "def f(x: ganz) -> ganz:\n    rückgabe x\n";
        assert_eq!(compile_ok("de", german, None).lang, Lang::De);
        // With `# lang: fr`, `rückgabe` is a plain name.
        let src = format!("# lang: fr\n{german}");
        let (d, at) = compile_err("pragma fr", &src, None);
        assert_foreign_keyword(&d, "rückgabe", Lang::De, Lang::Fr, "retour");
        assert_eq!(at, (3, 5));
    }

    #[test]
    fn explicit_language_overrides_pragma_and_detection() {
        let src = format!(
            "# lang: fr\n{}",
            "def f(x: ganz) -> ganz:\n    rückgabe x\n"
        );
        assert_eq!(
            compile_ok("explicit de", &src, Some(Lang::De)).lang,
            Lang::De
        );
        let c = compile_ok("explicit sv", SWEDISH_OR_DANISH, Some(Lang::Sv));
        assert_eq!(c.lang, Lang::Sv);
        assert_eq!(signatures(&c), vec![sig("f", &[Type::Int], None)]);
        let src = format!("# lang: sv\n{SWEDISH_OR_DANISH}");
        assert_eq!(
            compile_ok("explicit da", &src, Some(Lang::Da)).lang,
            Lang::Da
        );
        let (_, lexicon) =
            parse_only(&SourceFile::new("k.ml", src.as_str()), Some(Lang::Da)).expect("parses");
        assert_eq!(lexicon.lang, Lang::Da);
    }

    #[test]
    fn pragma_counts_only_on_the_first_line() {
        let src = format!("\n# lang: sv\n{SWEDISH_OR_DANISH}");
        let (d, _) = compile_err("pragma on line 2", &src, None);
        assert_eq!(d.errors[0].label, "ambiguous");
    }

    #[test]
    fn unknown_language_in_the_pragma() {
        let src = format!("# lang: xx\n{SWEDISH_OR_DANISH}");
        let (d, at) = compile_err("pragma xx", &src, None);
        assert_eq!(d.errors[0].message, "unknown language `xx`");
        assert_eq!(at, (1, 9));
        assert!(
            d.errors[0].notes[0].contains("en fr es de hi ar bn ta zh ja it pt pl nl sv da fi"),
            "{:?}",
            d.errors[0].notes
        );
    }

    #[test]
    fn words_of_comments_do_not_vote() {
        // An English kernel with a French comment full of French keywords.
        let src = "# pour chaque valeur dans la liste : si elle est positive et non nulle on \
                   l'ajoute, sinon on passe\ndef f(x: int) -> int:\n    return x\n";
        assert_eq!(compile_ok("comment", src, None).lang, Lang::En);
        assert_eq!(detect_language(lexer::words(src)), Ok(Lang::En));
        assert_eq!(lexer::words("x = y  # si sinon\n"), vec!["x", "y"]);
    }

    #[test]
    fn corpus_files_are_detected_without_their_pragma() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/languages");
        let mut seen = 0;
        for lang in multilingual_build::vocabulary::ALL_LANGS {
            let path = root.join(format!("{}.ml", lang.code()));
            let text = std::fs::read_to_string(&path).expect("language file");
            let (first, rest) = text.split_once('\n').expect("two lines");
            assert_eq!(
                first,
                format!("# lang: {}", lang.code()),
                "{}",
                path.display()
            );
            assert_eq!(
                detect_language(lexer::words(rest)),
                Ok(lang),
                "{}",
                path.display()
            );
            seen += 1;
        }
        assert_eq!(seen, 17);
    }
}

// ---------------------------------------------------------------------------------------------
// Unicode spellings, independent of the language.
// ---------------------------------------------------------------------------------------------

mod unicode {
    use super::*;

    #[test]
    fn digits_of_every_script_the_readme_names() {
        for (text, value) in [
            ("١٢٣", 123),
            ("۱۲۳", 123),
            ("१२३", 123),
            ("১২৩", 123),
            ("௧௨௩", 123),
            ("１２３", 123),
            ("１_０００", 1000),
            ("٩٠٨٧٦٥٤٣٢١", 9_087_654_321),
        ] {
            assert_eq!(
                tokens(text, Lang::En),
                vec![Tok::Int(value), Tok::Newline, Tok::Eof],
                "{text}"
            );
        }
        assert_eq!(
            tokens("٣.٥e٢ ０.２５", Lang::Ar),
            vec![Tok::Float(350.0), Tok::Float(0.25), Tok::Newline, Tok::Eof]
        );
    }

    #[test]
    fn a_number_cannot_run_into_a_name() {
        let src = "def f() -> int:\n    return ١٢٣abc\n";
        let (d, at) = compile_err("digits then letters", src, Some(Lang::En));
        assert_eq!(d.errors[0].message, "invalid number");
        assert_eq!(d.errors[0].label, "a number cannot run into a name");
        assert_eq!(at, (2, 12));
    }

    #[test]
    fn operator_spellings_fold_to_ascii() {
        let cases: &[(&str, Op)] = &[
            ("×", Op::Star),
            ("÷", Op::Slash),
            ("−", Op::Minus),
            ("≤", Op::Le),
            ("≥", Op::Ge),
            ("≠", Op::Ne),
            ("→", Op::Arrow),
            ("＋", Op::Plus),
            ("－", Op::Minus),
            ("＊", Op::Star),
            ("／", Op::Slash),
            ("／／", Op::SlashSlash),
            ("％", Op::Percent),
            ("＊＊", Op::StarStar),
            ("＜", Op::Lt),
            ("＞", Op::Gt),
            ("＜＝", Op::Le),
            ("＞＝", Op::Ge),
            ("＝＝", Op::EqEq),
            ("！＝", Op::Ne),
            ("－＞", Op::Arrow),
            ("＆", Op::Amp),
            ("｜", Op::Pipe),
            ("＾", Op::Caret),
            ("～", Op::Tilde),
            ("＜＜", Op::Shl),
            ("＞＞", Op::Shr),
            ("＋＝", Op::AugAssign(multilingual_build::token::AugOp::Add)),
            ("×=", Op::AugAssign(multilingual_build::token::AugOp::Mul)),
            ("−=", Op::AugAssign(multilingual_build::token::AugOp::Sub)),
            ("÷=", Op::AugAssign(multilingual_build::token::AugOp::Div)),
            ("，", Op::Comma),
            ("、", Op::Comma),
            ("،", Op::Comma),
            ("：", Op::Colon),
            ("．", Op::Dot),
        ];
        for &(text, op) in cases {
            let src = format!("a {text} b");
            assert_eq!(
                tokens(&src, Lang::En),
                vec![
                    Tok::Name("a".into()),
                    Tok::Op(op),
                    Tok::Name("b".into()),
                    Tok::Newline,
                    Tok::Eof
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn fullwidth_brackets_continue_lines() {
        // A newline inside fullwidth brackets does not end the line, as inside ASCII ones.
        let src = "def f(a: int) -> int:\n    return （a ＋\n        1）\n";
        let c = compile_ok("fullwidth brackets", src, Some(Lang::En));
        assert_eq!(
            signatures(&c),
            vec![sig("f", &[Type::Int], Some(Type::Int))]
        );
    }

    #[test]
    fn unknown_character_is_reported_where_it_is() {
        let src = "def f(a: int) -> int:\n    return a ⊕ 1\n";
        let (d, at) = compile_err("⊕", src, Some(Lang::En));
        assert_eq!(d.errors[0].message, "unexpected character `⊕`");
        assert_eq!(at, (2, 14));
    }
}

// ---------------------------------------------------------------------------------------------
// The vocabulary's own conflicts.
// ---------------------------------------------------------------------------------------------

/// Builtin aliases of the reference spelled like a keyword of the same language: the keyword
/// wins (as in the reference implementation), so the alias cannot name the builtin. Listed so
/// that a change of the vocabulary is noticed.
#[test]
fn shadowed_builtin_aliases() {
    let mut shadowed = Vec::new();
    for spec in ALL_SPECS {
        let lexicon = Lexicon::of(spec.lang);
        for &(b, aliases) in spec.builtins {
            for &a in aliases {
                if let Some(k) = lexicon.keyword(a) {
                    let same = matches!(
                        (b, k),
                        (Builtin::Int, Keyword::TypeInt)
                            | (Builtin::Float, Keyword::TypeFloat)
                            | (Builtin::Bool, Keyword::TypeBool)
                            | (Builtin::List, Keyword::TypeList)
                            | (Builtin::Print, Keyword::Print)
                    );
                    if !same {
                        shadowed.push(format!("{} {a}: {b:?} / {k:?}", spec.lang.code()));
                    }
                }
            }
        }
    }
    assert_eq!(shadowed, SHADOWED);
}

const ALL_SPECS: &[&Spec] = &[
    &en::SPEC,
    &fr::SPEC,
    &es::SPEC,
    &de::SPEC,
    &hi::SPEC,
    &ar::SPEC,
    &bn::SPEC,
    &ta::SPEC,
    &zh::SPEC,
    &ja::SPEC,
    &it::SPEC,
    &pt::SPEC,
    &pl::SPEC,
    &nl::SPEC,
    &sv::SPEC,
    &da::SPEC,
    &fi::SPEC,
];

const SHADOWED: &[&str] = &["ar صحيح: Int / True"];
