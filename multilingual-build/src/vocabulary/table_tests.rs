//! Tests of the generated vocabulary tables (`table.rs`, written by `scripts/gen_vocabulary.py`).

use super::table::*;
use std::collections::{HashMap, HashSet};

fn keyword_spellings(lang: Lang, keyword: Keyword) -> Vec<&'static str> {
    KEYWORDS
        .iter()
        .filter(|&&(l, k, _)| l == lang && k == keyword)
        .map(|&(_, _, s)| s)
        .collect()
}

fn has_keyword(lang: Lang, keyword: Keyword, spelling: &str) -> bool {
    KEYWORDS
        .iter()
        .any(|&(l, k, s)| l == lang && k == keyword && s == spelling)
}

fn has_builtin(lang: Lang, builtin: Builtin, spelling: &str) -> bool {
    BUILTIN_ALIASES
        .iter()
        .any(|&(l, b, s)| l == lang && b == builtin && s == spelling)
}

fn has_method(lang: Lang, method: Method, spelling: &str) -> bool {
    METHOD_ALIASES
        .iter()
        .any(|&(l, m, s)| l == lang && m == method && s == spelling)
}

fn has_math(lang: Lang, f: MathFn, spelling: &str) -> bool {
    MATH_ALIASES
        .iter()
        .any(|&(l, m, s)| l == lang && m == f && s == spelling)
}

/// Rebuilds the upper-camel-case variant name from a concept id or Python name (`COND_IF` to `CondIf`).
fn camel(id: &str) -> String {
    id.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lower = p.to_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(c) => c.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

fn well_formed(spelling: &str) -> bool {
    !spelling.is_empty()
        && spelling.split(' ').all(|w| !w.is_empty())
        && !spelling.chars().any(|c| c.is_whitespace() && c != ' ')
}

#[test]
fn languages() {
    assert_eq!(ALL_LANGS.len(), 17);
    let codes: Vec<&str> = ALL_LANGS.iter().map(|l| l.code()).collect();
    assert_eq!(
        codes,
        [
            "en", "fr", "es", "de", "hi", "ar", "bn", "ta", "zh", "ja", "it", "pt", "pl", "nl",
            "sv", "da", "fi"
        ]
    );
    for lang in ALL_LANGS {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(Lang::from_code(&lang.code().to_uppercase()), Some(lang));
        assert!(!lang.english_name().is_empty());
    }
    assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("xx"), None);
    assert_eq!(Lang::from_code(""), None);
    assert_eq!(Lang::Fr.english_name(), "French");
    assert_eq!(Lang::Zh.english_name(), "Chinese");
    // The derived order is the canonical order.
    assert!(ALL_LANGS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn kernel_keywords_exist_in_every_language() {
    let kernel = [
        Keyword::CondIf,
        Keyword::CondElse,
        Keyword::CondElif,
        Keyword::LoopWhile,
        Keyword::LoopFor,
        Keyword::LoopBreak,
        Keyword::LoopContinue,
        Keyword::Pass,
        Keyword::In,
        Keyword::NotIn,
        Keyword::And,
        Keyword::Or,
        Keyword::Not,
        Keyword::True,
        Keyword::False,
        Keyword::None,
        Keyword::Is,
        Keyword::FuncDef,
        Keyword::Return,
        Keyword::TypeInt,
        Keyword::TypeFloat,
        Keyword::TypeBool,
        Keyword::TypeStr,
        Keyword::TypeList,
        Keyword::TypeDict,
        Keyword::Print,
    ];
    for lang in ALL_LANGS {
        for kw in kernel {
            assert!(
                !keyword_spellings(lang, kw).is_empty(),
                "{lang:?} has no spelling for {kw:?}"
            );
        }
    }
}

#[test]
fn keyword_concepts_and_categories() {
    let mut seen = HashSet::new();
    for &(_, kw, _) in KEYWORDS {
        if seen.insert(kw) {
            assert_eq!(
                format!("{kw:?}"),
                camel(kw.concept()),
                "variant name of {}",
                kw.concept()
            );
        }
    }
    // All 82 concepts of keywords.json, LOCAL (variables and placement) merged into one.
    assert_eq!(seen.len(), 81);
    assert_eq!(Keyword::CondIf.concept(), "COND_IF");
    assert_eq!(Keyword::CondIf.category(), "control_flow");
    assert_eq!(Keyword::LoopWhile.concept(), "LOOP_WHILE");
    assert_eq!(Keyword::FuncDef.concept(), "FUNC_DEF");
    assert_eq!(Keyword::FuncDef.category(), "definitions");
    assert_eq!(Keyword::NotIn.concept(), "NOT_IN");
    assert_eq!(Keyword::True.category(), "logical");
    assert_eq!(Keyword::TypeInt.category(), "types");
    assert_eq!(Keyword::Print.category(), "io");
    assert_eq!(Keyword::Local.category(), "variables");
    assert_eq!(Keyword::StreamKw.concept(), "STREAM_KW");
    // Merged LOCAL keeps the placement spellings too.
    assert!(has_keyword(Lang::Zh, Keyword::Local, "局部"));
    assert!(has_keyword(Lang::Zh, Keyword::Local, "本地"));
}

#[test]
fn spellings_are_well_formed() {
    for &(lang, kw, s) in KEYWORDS {
        assert!(well_formed(s), "{lang:?} {kw:?} {s:?}");
    }
    for &(lang, b, s) in BUILTIN_ALIASES {
        assert!(well_formed(s) && !s.contains(' '), "{lang:?} {b:?} {s:?}");
    }
    for &(lang, m, s) in METHOD_ALIASES {
        assert!(well_formed(s) && !s.contains(' '), "{lang:?} {m:?} {s:?}");
    }
    for &(lang, f, s) in MATH_ALIASES {
        assert!(well_formed(s) && !s.contains(' '), "{lang:?} {f:?} {s:?}");
    }
}

#[test]
fn tables_are_grouped_by_language_in_canonical_order() {
    assert!(KEYWORDS.windows(2).all(|w| w[0].0 <= w[1].0));
    assert!(BUILTIN_ALIASES.windows(2).all(|w| w[0].0 <= w[1].0));
    assert!(METHOD_ALIASES.windows(2).all(|w| w[0].0 <= w[1].0));
    assert!(MATH_ALIASES.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn no_spelling_is_two_keywords_in_one_language() {
    let mut map: HashMap<(Lang, &str), Keyword> = HashMap::new();
    for &(lang, kw, s) in KEYWORDS {
        if let Some(&other) = map.get(&(lang, s)) {
            assert_eq!(other, kw, "{lang:?} {s:?} is both {other:?} and {kw:?}");
        }
        map.insert((lang, s), kw);
    }
    // And no row is repeated.
    let rows: HashSet<_> = KEYWORDS.iter().collect();
    assert_eq!(rows.len(), KEYWORDS.len());
}

#[test]
fn french_and_other_multiword_keywords() {
    assert!(has_keyword(Lang::Fr, Keyword::CondElif, "sinon si"));
    assert!(has_keyword(Lang::Fr, Keyword::CondElif, "sinonsi"));
    assert!(has_keyword(Lang::Fr, Keyword::LoopWhile, "tant que"));
    assert!(has_keyword(Lang::Fr, Keyword::LoopFor, "pour chaque"));
    assert!(has_keyword(Lang::Fr, Keyword::NotIn, "pas dans"));
    assert!(has_keyword(Lang::En, Keyword::NotIn, "not in"));
    assert!(has_keyword(Lang::Pt, Keyword::CondElif, "senão se"));
    // The canonical (first) spelling comes from the reference.
    assert_eq!(keyword_spellings(Lang::Fr, Keyword::CondIf)[0], "si");
    assert_eq!(keyword_spellings(Lang::En, Keyword::FuncDef)[0], "def");
    assert_eq!(keyword_spellings(Lang::Fr, Keyword::Return)[0], "retour");
}

#[test]
fn extras_are_present() {
    assert!(has_keyword(Lang::Fr, Keyword::Return, "retourne"));
    assert!(has_keyword(Lang::Fr, Keyword::FuncDef, "fonction"));
    assert!(has_keyword(Lang::De, Keyword::FuncDef, "Funktion"));
    assert!(has_keyword(Lang::De, Keyword::Return, "zurückgeben"));
    assert!(has_keyword(Lang::Es, Keyword::FuncDef, "función"));
    assert!(has_keyword(Lang::Es, Keyword::Return, "retornar"));
    assert!(has_builtin(Lang::Fr, Builtin::Number, "nombre"));
}

#[test]
fn spot_checks_non_latin() {
    assert!(has_keyword(Lang::Hi, Keyword::CondIf, "अगर"));
    assert!(has_keyword(Lang::Hi, Keyword::Return, "वापसी"));
    assert!(has_keyword(Lang::Hi, Keyword::LoopFor, "के_लिए"));
    assert!(has_keyword(Lang::Ar, Keyword::CondIf, "إذا"));
    assert!(has_keyword(Lang::Ar, Keyword::True, "صحيح"));
    assert!(has_keyword(Lang::Ar, Keyword::TypeInt, "عدد_صحيح"));
    assert!(has_keyword(Lang::Ar, Keyword::FuncDef, "دالة"));
    assert!(has_keyword(Lang::Zh, Keyword::CondIf, "如果"));
    assert!(has_keyword(Lang::Zh, Keyword::CondElif, "否则如果"));
    assert!(has_keyword(Lang::Zh, Keyword::LoopWhile, "当"));
    assert!(has_keyword(Lang::Zh, Keyword::FuncDef, "函数"));
    assert!(has_keyword(Lang::Zh, Keyword::Return, "返回"));
    assert!(has_keyword(Lang::Ja, Keyword::CondIf, "もし"));
    assert!(has_keyword(Lang::Ja, Keyword::Return, "戻る"));
    assert!(has_keyword(Lang::Ja, Keyword::True, "真"));
    assert!(has_keyword(Lang::Ja, Keyword::False, "偽"));
    assert!(has_keyword(Lang::Ja, Keyword::NotIn, "中にない"));

    assert!(has_builtin(Lang::Fr, Builtin::Range, "intervalle"));
    assert!(has_builtin(Lang::Hi, Builtin::Range, "परास"));
    assert!(has_builtin(Lang::Ar, Builtin::Int, "صحيح"));
    assert!(has_builtin(Lang::Zh, Builtin::Len, "长度"));
    assert!(has_builtin(Lang::Ja, Builtin::Print, "表示"));
    assert!(has_builtin(Lang::Zh, Builtin::Repr, "表示"));

    assert!(has_method(Lang::Fr, Method::Append, "ajouter"));
    assert!(has_method(Lang::Es, Method::Append, "agregar"));
    assert!(has_method(Lang::De, Method::Append, "anhaengen"));
    assert!(has_method(Lang::Zh, Method::Append, "追加"));
    assert!(has_method(Lang::Ja, Method::Append, "追加"));
    assert!(has_math(Lang::Fr, MathFn::Sqrt, "racine"));
    assert!(has_math(Lang::Zh, MathFn::Sqrt, "平方根"));
}

#[test]
fn builtins() {
    assert_eq!(ALL_BUILTINS.len(), 96);
    let names: HashSet<&str> = ALL_BUILTINS.iter().map(|b| b.python_name()).collect();
    assert_eq!(names.len(), ALL_BUILTINS.len());
    for &b in ALL_BUILTINS {
        assert_eq!(format!("{b:?}"), camel(b.python_name()));
    }
    assert_eq!(Builtin::Range.python_name(), "range");
    assert_eq!(Builtin::Isinstance.python_name(), "isinstance");
    assert_eq!(Builtin::Frozenset.python_name(), "frozenset");
    let mut map: HashMap<(Lang, &str), Builtin> = HashMap::new();
    for &(lang, b, s) in BUILTIN_ALIASES {
        assert_ne!(lang, Lang::En, "English needs no aliases: {b:?} {s:?}");
        assert_ne!(
            s,
            b.python_name(),
            "{lang:?}: alias equal to the Python name"
        );
        if let Some(&other) = map.get(&(lang, s)) {
            assert_eq!(other, b, "{lang:?} {s:?} is both {other:?} and {b:?}");
        }
        map.insert((lang, s), b);
    }
    // The kernel builtins have an alias in every non-English language.
    let kernel = [
        Builtin::Range,
        Builtin::Len,
        Builtin::Sum,
        Builtin::Abs,
        Builtin::Min,
        Builtin::Max,
        Builtin::Print,
        Builtin::Round,
        Builtin::Pow,
        Builtin::Int,
        Builtin::Float,
        Builtin::Bool,
        Builtin::Str,
        Builtin::List,
        Builtin::Ord,
        Builtin::Chr,
        Builtin::Enumerate,
        Builtin::Zip,
    ];
    for lang in &ALL_LANGS[1..] {
        for b in kernel {
            assert!(
                BUILTIN_ALIASES
                    .iter()
                    .any(|&(l, x, _)| l == *lang && x == b),
                "{lang:?} has no alias for {b:?}"
            );
        }
    }
}

#[test]
fn methods() {
    assert_eq!(ALL_METHODS.len(), 20);
    for &m in ALL_METHODS {
        assert_eq!(format!("{m:?}"), camel(m.python_name()));
    }
    assert_eq!(Method::Startswith.python_name(), "startswith");
    let english: HashSet<&str> = ALL_METHODS.iter().map(|m| m.python_name()).collect();
    let mut map: HashMap<(Lang, &str), Method> = HashMap::new();
    for &(lang, m, s) in METHOD_ALIASES {
        assert!(
            !english.contains(s),
            "{lang:?} {m:?}: alias {s:?} is an English method name"
        );
        assert!(
            map.insert((lang, s), m).is_none_or(|other| other == m),
            "{lang:?} {s:?} used twice"
        );
    }
    let rows: HashSet<_> = METHOD_ALIASES.iter().collect();
    assert_eq!(rows.len(), METHOD_ALIASES.len(), "repeated method row");
    // Every non-English language names (nearly) every method; a few natural names equal English
    // (de/nl/sv `index`, da `find`) and need no alias.
    for lang in &ALL_LANGS[1..] {
        let named: HashSet<Method> = METHOD_ALIASES
            .iter()
            .filter(|&&(l, _, _)| l == *lang)
            .map(|&(_, m, _)| m)
            .collect();
        assert!(
            named.len() >= 19,
            "{lang:?} names only {} methods",
            named.len()
        );
        assert!(named.contains(&Method::Append), "{lang:?} has no append");
    }
}

#[test]
fn math_functions() {
    assert_eq!(ALL_MATH_FNS.len(), 7);
    for &f in ALL_MATH_FNS {
        assert_eq!(format!("{f:?}"), camel(f.python_name()));
    }
    assert_eq!(MathFn::Sqrt.python_name(), "sqrt");
    let english: HashSet<&str> = ALL_MATH_FNS.iter().map(|f| f.python_name()).collect();
    let mut map: HashMap<(Lang, &str), MathFn> = HashMap::new();
    for &(lang, f, s) in MATH_ALIASES {
        assert!(
            !english.contains(s),
            "{lang:?} {f:?}: alias {s:?} is an English name"
        );
        assert!(
            map.insert((lang, s), f).is_none_or(|other| other == f),
            "{lang:?} {s:?} used twice"
        );
    }
    let rows: HashSet<_> = MATH_ALIASES.iter().collect();
    assert_eq!(rows.len(), MATH_ALIASES.len(), "repeated math row");
}
