//! `str` on both paths: every string operation (`tests/strings/text_ops.ml`, and a French file
//! using `chaîne`), called natively and in wasm on many inputs (ASCII, accents, arrows, CJK,
//! emoji, empty), must give equal results, or errors of the same kind, message and location,
//! and print the same bytes.

mod two_paths;

use two_paths::same;

mod text_ops {
    multilingual_runtime::include_ml!("tests/strings/text_ops.ml");
}
mod textes_fr {
    multilingual_runtime::include_ml!("tests/strings/textes_fr.ml");
}
mod methods_de {
    multilingual_runtime::include_ml!("tests/strings/methods_de.ml");
}

fn texts() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        "a",
        "ab",
        "abc",
        "Hello, World",
        "é",
        "→",
        "世界",
        "😀",
        "héllo → 世界 😀",
        "aeiou",
        "it's",
        "say \"hi\"",
        "tab\there",
        "new\nline",
        "back\\slash",
        "\u{7f}\u{80}\u{a0}",
        "Zoë",
        "zoe",
        "ÿ",
        "\u{ffff}",
        "\u{10000}",
        "aaaaaaaaaaaaaaaaab",
        "aaaaaaaaaaaaaaaaaa",
        " leading",
        "trailing ",
        "ab→ab→ab",
    ]
    .map(String::from)
    .to_vec();
    // Longer mixes, deterministic.
    let pieces = ["a", "Z", "é", "→", "世", "😀", " ", "ab"];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for k in 0..25 {
        let mut s = String::new();
        for _ in 0..(k % 13) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(pieces[(x % pieces.len() as u64) as usize]);
        }
        v.push(s);
    }
    v
}

const INTS: &[i64] = &[
    0,
    1,
    2,
    3,
    -1,
    -2,
    -3,
    7,
    -7,
    10,
    42,
    -42,
    1000,
    -1_234_567,
    i64::MAX,
    i64::MIN,
    i64::MIN + 1,
    1 << 40,
];

const FLOATS: &[f64] = &[
    0.0,
    -0.0,
    0.1,
    0.5,
    1.0,
    -1.5,
    2.675,
    1e-5,
    1e16,
    123456.789,
    -9.87654321e-7,
    std::f64::consts::PI,
    1e300,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    f64::MAX,
    5e-324,
];

#[test]
fn pairs_of_strings() {
    let all = texts();
    let mut calls = 0;
    for a in &all {
        for b in &all {
            same(
                &format!("concat({a:?}, {b:?})"),
                || text_ops::native::concat(a, b),
                || text_ops::wasm::concat(a, b),
            );
            same(
                &format!("compare({a:?}, {b:?})"),
                || text_ops::native::compare(a, b),
                || text_ops::wasm::compare(a, b),
            );
            same(
                &format!("contains({a:?}, {b:?})"),
                || text_ops::native::contains(a, b),
                || text_ops::wasm::contains(a, b),
            );
            same(
                &format!("not_contains({a:?}, {b:?})"),
                || text_ops::native::not_contains(a, b),
                || text_ops::wasm::not_contains(a, b),
            );
            calls += 4;
        }
    }
    assert!(calls > 10_000);
}

#[test]
fn one_string() {
    let mut errors = 0;
    for s in &texts() {
        same(
            "length",
            || text_ops::native::length(s),
            || text_ops::wasm::length(s),
        );
        same(
            "same",
            || text_ops::native::same(s),
            || text_ops::wasm::same(s),
        );
        same(
            "truthy",
            || text_ops::native::truthy(s),
            || text_ops::wasm::truthy(s),
        );
        same(
            "falsy",
            || text_ops::native::falsy(s),
            || text_ops::wasm::falsy(s),
        );
        same(
            "reverse",
            || text_ops::native::reverse(s),
            || text_ops::wasm::reverse(s),
        );
        same(
            "count_vowels",
            || text_ops::native::count_vowels(s),
            || text_ops::wasm::count_vowels(s),
        );
        same(
            "text_fields",
            || text_ops::native::text_fields(s),
            || text_ops::wasm::text_fields(s),
        );
        same(
            "quoted",
            || text_ops::native::quoted(s),
            || text_ops::wasm::quoted(s),
        );
        errors += same(
            "bad_text_spec",
            || text_ops::native::bad_text_spec(s),
            || text_ops::wasm::bad_text_spec(s),
        );
        same(
            "initiales",
            || textes_fr::native::initiales(s),
            || textes_fr::wasm::initiales(s),
        );
        let n = s.chars().count() as i64;
        for i in -n - 2..n + 2 {
            errors += same(
                &format!("char_at({s:?}, {i})"),
                || text_ops::native::char_at(s, i),
                || text_ops::wasm::char_at(s, i),
            );
            errors += same(
                &format!("loop_index({s:?}, {i})"),
                || text_ops::native::loop_index(s, i),
                || text_ops::wasm::loop_index(s, i),
            );
        }
        for &k in &[-3, -1, 0, 1, 2, 3, 7] {
            same(
                &format!("repeat({s:?}, {k})"),
                || text_ops::native::repeat(s, k),
                || text_ops::wasm::repeat(s, k),
            );
            same(
                &format!("repeat_left({s:?}, {k})"),
                || text_ops::native::repeat_left(s, k),
                || text_ops::wasm::repeat_left(s, k),
            );
            same(
                &format!("shout({s:?}, {k})"),
                || text_ops::native::shout(s, k),
                || text_ops::wasm::shout(s, k),
            );
            same(
                &format!("saluer({s:?}, {k})"),
                || textes_fr::native::saluer(s, k),
                || textes_fr::wasm::saluer(s, k),
            );
            errors += same(
                &format!("show({s:?}, {k})"),
                || text_ops::native::show(s, k),
                || text_ops::wasm::show(s, k),
            );
        }
        for t in ["a", "é", "世", "😀", " ", "ab"] {
            same(
                &format!("compter({t:?}, {s:?})"),
                || textes_fr::native::compter(t, s),
                || textes_fr::wasm::compter(t, s),
            );
        }
    }
    // Every bad spec, and the out-of-range indices, raised on both paths.
    assert!(errors > 100, "{errors}");
}

#[test]
fn conversions_and_fields() {
    for &n in INTS {
        same(
            "int_text",
            || text_ops::native::int_text(n),
            || text_ops::wasm::int_text(n),
        );
        let e = same(
            "bad_int_spec",
            || text_ops::native::bad_int_spec(n),
            || text_ops::wasm::bad_int_spec(n),
        );
        assert_eq!(e, 1);
        for &x in FLOATS {
            for b in [false, true] {
                same(
                    &format!("fields({n}, {x}, {b})"),
                    || text_ops::native::fields(n, x, b, "s→"),
                    || text_ops::wasm::fields(n, x, b, "s→"),
                );
            }
        }
    }
    for n in -1000..1000 {
        same(
            "int_text",
            || text_ops::native::int_text(n),
            || text_ops::wasm::int_text(n),
        );
    }
    for &x in FLOATS {
        same(
            "float_text",
            || text_ops::native::float_text(x),
            || text_ops::wasm::float_text(x),
        );
        same(
            "float_fields",
            || text_ops::native::float_fields(x),
            || text_ops::wasm::float_fields(x),
        );
        same(
            "prix",
            || textes_fr::native::prix(x),
            || textes_fr::wasm::prix(x),
        );
    }
    for b in [false, true] {
        same(
            "bool_text",
            || text_ops::native::bool_text(b),
            || text_ops::wasm::bool_text(b),
        );
        same(
            "bool_fields",
            || text_ops::native::bool_fields(b),
            || text_ops::wasm::bool_fields(b),
        );
    }
    for k in 0..4 {
        same(
            "literals",
            || text_ops::native::literals(k),
            || text_ops::wasm::literals(k),
        );
    }
    for xs in [vec![], vec![1], vec![1, -2, 3], vec![i64::MIN, 0, i64::MAX]] {
        for sep in ["", ", ", " → "] {
            same(
                "join_ints",
                || text_ops::native::join_ints(&xs, sep),
                || text_ops::wasm::join_ints(&xs, sep),
            );
        }
    }
}

#[test]
fn known_values() {
    assert_eq!(text_ops::wasm::reverse("héllo→世界").unwrap(), "界世→olléh");
    assert_eq!(text_ops::wasm::char_at("héllo→世界", -2).unwrap(), "世");
    assert_eq!(text_ops::wasm::length("😀é").unwrap(), 2);
    assert_eq!(
        text_ops::wasm::text_fields("it's").unwrap(),
        "\"it's\" <  it's   > <   it's> <it's**> it's"
    );
    assert_eq!(
        text_ops::wasm::float_fields(2.5).unwrap().split(' ').next(),
        Some("2.50")
    );
    assert_eq!(text_ops::wasm::literals(1).unwrap(), "héllo → 世界 😀");
    assert_eq!(text_ops::wasm::bool_fields(true).unwrap(), "True      1 1");
    assert_eq!(text_ops::wasm::bool_text(true).unwrap(), "True/False");
    let e = text_ops::wasm::char_at("abc", 3).unwrap_err().to_string();
    assert!(e.contains("IndexError: string index out of range"), "{e}");
    let e = text_ops::wasm::bad_int_spec(1).unwrap_err().to_string();
    assert!(e.contains("ValueError"), "{e}");
    assert_eq!(
        textes_fr::wasm::saluer("Zoë", 2).unwrap(),
        "Bonjour, Zoë ×2 (3 lettres, 002)"
    );
    assert_eq!(
        textes_fr::saluer("Zoë", 2),
        "Bonjour, Zoë ×2 (3 lettres, 002)"
    );
}

/// String methods and conversions (German file): both paths run the runtime's one
/// implementation, so they must agree on every text, including the errors.
#[test]
fn methods_and_conversions() {
    let mut failures = 0;
    let mut inputs = texts();
    inputs.extend(
        [
            "12",
            " -7 ",
            "1_000",
            "1__0",
            "١٢٣",
            "9223372036854775808",
            "3.5",
            "-inf",
            "nan",
            "1e400",
            "x",
            "STRASSE",
            "straße",
            "Ende ",
            "Straße",
            "ΟΔΟΣ",
            "नमस्ते",
            "²",
        ]
        .map(String::from),
    );
    for t in &inputs {
        same(
            "prüfe",
            || methods_de::native::prüfe(t),
            || methods_de::wasm::prüfe(t),
        );
        failures += same(
            "zahl",
            || methods_de::native::zahl(t),
            || methods_de::wasm::zahl(t),
        );
        failures += same(
            "komma",
            || methods_de::native::komma(t).to_bits(),
            || methods_de::wasm::komma(t).map(f64::to_bits),
        );
        failures += same(
            "code",
            || methods_de::native::code(t),
            || methods_de::wasm::code(t),
        );
    }
    for n in [
        -1,
        0,
        65,
        233,
        0x4e16,
        0x1f600,
        0xd800,
        0x10ffff,
        0x110000,
        i64::MAX,
    ] {
        failures += same(
            "zeichen",
            || methods_de::native::zeichen(n),
            || methods_de::wasm::zeichen(n),
        );
    }
    // Known values, as CPython computes them.
    assert_eq!(methods_de::native::zahl(" -1_000 "), -2000);
    assert_eq!(methods_de::native::komma("1e1"), 2.5);
    assert_eq!(methods_de::native::code("é"), 233);
    assert_eq!(methods_de::native::zeichen(0x4e16), "世");
    assert_eq!(
        methods_de::native::prüfe("Straße "),
        "STRASSE |straße |Straße|3|1|Straß3 |start-ende|FalseFalseFalseFalse"
    );
    assert!(failures > 0, "the error cases must be exercised");
}
