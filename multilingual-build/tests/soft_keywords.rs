//! Type names and `print` are builtins, as in Python: a variable may take their name and then
//! shadows them (the reference implementation allows `lista = [1, 2]` in Spanish).

use multilingual_build::{SourceFile, compile};

fn compiles(source: &str) -> Result<(), String> {
    compile(SourceFile::new("k.ml", source), None)
        .map(|_| ())
        .map_err(|d| d.render())
}

#[test]
fn type_names_as_variables() {
    compiles("# lang: es\ndef f(lista: lista[entero]) -> entero:\n    sea entero_ = len(lista)\n    devolver entero(entero_ * 2.5)\n").unwrap();
    compiles("# lang: pl\nfunkcja f(tekst: tekst) -> calkowita:\n    zwroc len(tekst)\n").unwrap();
    compiles("# lang: it\ndefinisci f(n: intero) -> intero:\n    lista = [n, 2]\n    ritorna lista[0] + intero(2.5)\n").unwrap();
}

#[test]
fn a_variable_shadows_the_builtin() {
    let e = compiles(
        "# lang: es\ndef f(n: entero) -> entero:\n    entero = 3\n    devolver entero(2.5)\n",
    )
    .expect_err("`entero` is a variable here, not the conversion");
    assert!(e.contains("not a function"), "{e}");
}
