//! What the checker accepts and rejects for `str` values.

use multilingual_build::types::Type;
use multilingual_build::{SourceFile, compile};

fn errors(source: &str) -> String {
    match compile(SourceFile::new("k.ml", source), None) {
        Ok(_) => String::new(),
        Err(d) => d.render(),
    }
}

#[test]
fn localized_str_type_names() {
    for (lang, src) in [
        (
            "fr",
            "# lang: fr\ndéf f(s: chaîne) -> chaîne:\n    retour s + \"!\"\n",
        ),
        (
            "es",
            "# lang: es\ndef f(s: cadena) -> cadena:\n    devolver s + \"!\"\n",
        ),
        ("en", "def f(s: str) -> str:\n    return s + \"!\"\n"),
    ] {
        let c = compile(SourceFile::new("k.ml", src), None)
            .unwrap_or_else(|d| panic!("{lang}: {}", d.render()));
        let f = &c.program.functions[0];
        assert_eq!(f.locals[0].ty, Type::Str, "{lang}");
        assert_eq!(f.result, Some(Type::Str), "{lang}");
    }
}

#[test]
fn mixing_str_and_numbers_is_a_diagnostic() {
    let text = errors("def f(s: str) -> str:\n    return s + 1\n");
    assert!(
        text.contains("unsupported operand types for +: str and int"),
        "{text}"
    );
    assert!(text.contains("k.ml:2:12"), "{text}");
    assert!(text.contains("str(...)"), "{text}");
}

#[test]
fn string_operations_type_check() {
    let src = "def f(s: str, n: int) -> int:\n    t = s * n + str(n) + str(1.5) + str(True)\n    k = 0\n    for c in t:\n        if c in \"aeiou\" or c >= \"x\":\n            k += 1\n    return k + len(t[-1]) + len(f\"{n:>4}{s!r}\")\n";
    assert_eq!(errors(src), "");
}
