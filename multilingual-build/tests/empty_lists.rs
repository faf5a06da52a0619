//! `x = []` without an annotation: the first `append` decides the element type.

use multilingual_build::types::Type;
use multilingual_build::{SourceFile, compile};

fn local_type(source: &str, function: &str, name: &str) -> Type {
    let c = compile(SourceFile::new("k.ml", source), None)
        .unwrap_or_else(|d| panic!("does not compile:\n{}", d.render()));
    let f = c
        .program
        .functions
        .iter()
        .find(|f| f.name == function)
        .expect("the function");
    f.locals
        .iter()
        .find(|l| l.name == name)
        .expect("the local")
        .ty
        .clone()
}

#[test]
fn the_first_append_decides() {
    let src = "def f(n: int) -> list[float]:\n    out = []\n    while len(out) < n:\n        out.append(len(out) / 2)\n    return out\n";
    assert_eq!(local_type(src, "f", "out"), Type::list(Type::Float));
    let src = "# lang: fr\ndéf f() -> liste[booléen]:\n    soit r = []\n    pour k dans intervalle(3):\n        r.append(k > 1)\n    retour r\n";
    assert_eq!(local_type(src, "f", "r"), Type::list(Type::Bool));
}

#[test]
fn a_new_value_decides_too() {
    let src =
        "def f() -> list[float]:\n    xs = []\n    xs = [1.5]\n    xs.append(2.0)\n    return xs\n";
    assert_eq!(local_type(src, "f", "xs"), Type::list(Type::Float));
}

#[test]
fn reading_before_the_first_append_is_an_error() {
    let src = "def f() -> int:\n    xs = []\n    for x in xs:\n        return x\n    return 0\n";
    let d = compile(SourceFile::new("k.ml", src), None).expect_err("element type unknown");
    let text = d.render();
    assert!(
        text.contains("the element type of `xs` is not known here"),
        "{text}"
    );
    assert!(text.contains("k.ml:3:14"), "{text}");
}
