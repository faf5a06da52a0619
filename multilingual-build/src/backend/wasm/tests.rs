//! Tests of the wasm back end: every module validates, is deterministic and has the ABI's
//! imports and exports. (Running modules is tested with the runtime.)

use super::emit;
use crate::check::check;
use crate::ir::Program;
use crate::lexer::lex;
use crate::parser::parse;
use crate::source::SourceFile;
use crate::vocabulary::{Lang, Lexicon};
use wasmparser::{
    ExternalKind, KnownCustom, Name, Parser, Payload, TypeRef, Validator, WasmFeatures,
};

/// Checks `src`, written in `lang`.
fn program_in(lang: Lang, path: &str, src: &str) -> Program {
    let lexicon = Lexicon::of(lang);
    let tokens = lex(src, lexicon).unwrap_or_else(|d| panic!("{path}: lex error {d:?}"));
    let module = parse(&tokens, lang).unwrap_or_else(|d| panic!("{path}: parse error {d:?}"));
    let file = SourceFile::new(path, src);
    check(&module, &file, lexicon).unwrap_or_else(|d| panic!("{path}: check errors {d:?}"))
}

fn program(src: &str) -> Program {
    program_in(Lang::En, "test.ml", src)
}

/// Emits twice (same bytes), validates with wasmparser's default features and with the
/// "lime1" set (linear-memory features every engine has), and returns the bytes.
fn emit_valid(p: &Program) -> Vec<u8> {
    let bytes = emit(p);
    assert_eq!(bytes, emit(p), "emission is not deterministic");
    for features in [WasmFeatures::default(), WasmFeatures::LIME1] {
        if let Err(e) = Validator::new_with_features(features).validate_all(&bytes) {
            panic!("invalid module for {} ({features:?}): {e}", p.file);
        }
    }
    bytes
}

/// The names of the module's functions, by index (from the name section).
fn function_names(bytes: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    for payload in Parser::new(0).parse_all(bytes) {
        let Payload::CustomSection(c) = payload.expect("parse") else {
            continue;
        };
        let KnownCustom::Name(reader) = c.as_known() else {
            continue;
        };
        for n in reader {
            if let Name::Function(map) = n.expect("name") {
                for naming in map {
                    let naming = naming.expect("naming");
                    assert_eq!(naming.index as usize, names.len());
                    names.push(naming.name.to_string());
                }
            }
        }
    }
    names
}

/// The imports (`module.name`) and exports (`name`, is a function) of a module.
fn interface(bytes: &[u8]) -> (Vec<String>, Vec<(String, bool)>) {
    let mut imports = Vec::new();
    let mut exports = Vec::new();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.expect("parse") {
            Payload::ImportSection(s) => {
                for i in s.into_imports() {
                    let i = i.expect("import");
                    assert!(matches!(i.ty, TypeRef::Func(_)));
                    imports.push(format!("{}.{}", i.module, i.name));
                }
            }
            Payload::ExportSection(s) => {
                for e in s {
                    let e = e.expect("export");
                    exports.push((e.name.to_string(), e.kind == ExternalKind::Func));
                }
            }
            _ => {}
        }
    }
    (imports, exports)
}

#[test]
fn empty_program_has_the_runtime_interface() {
    let p = Program::new("empty.ml".into(), Vec::new(), Vec::new());
    let bytes = emit_valid(&p);
    let (imports, exports) = interface(&bytes);
    assert_eq!(imports, ["ml.raise"]);
    assert_eq!(
        exports,
        [
            ("memory".to_string(), false),
            ("ml_alloc".to_string(), true),
            ("ml_reset".to_string(), true),
            ("ml_heap".to_string(), false)
        ]
    );
}

#[test]
fn memory_and_heap_pointer() {
    let p = Program::new("empty.ml".into(), Vec::new(), Vec::new());
    let bytes = emit_valid(&p);
    let mut seen = (false, false);
    for payload in Parser::new(0).parse_all(&bytes) {
        match payload.expect("parse") {
            Payload::MemorySection(s) => {
                let m: Vec<_> = s.into_iter().map(|m| m.expect("memory")).collect();
                assert_eq!(m.len(), 1);
                assert_eq!(
                    (m[0].initial, m[0].maximum, m[0].memory64),
                    (1, None, false)
                );
                seen.0 = true;
            }
            Payload::GlobalSection(s) => {
                let g: Vec<_> = s.into_iter().map(|g| g.expect("global")).collect();
                assert_eq!(g.len(), 1);
                assert!(g[0].ty.mutable);
                assert_eq!(g[0].ty.content_type, wasmparser::ValType::I32);
                let mut ops = g[0].init_expr.get_operators_reader();
                assert!(matches!(
                    ops.read().expect("op"),
                    wasmparser::Operator::I32Const { value: 16 }
                ));
                seen.1 = true;
            }
            _ => {}
        }
    }
    assert_eq!(seen, (true, true));
    assert_eq!(function_names(&bytes), ["raise", "ml_alloc", "ml_reset"]);
}

#[test]
fn helpers_follow_the_program_in_a_fixed_order() {
    let p = program(
        "def f(xs: list[float], a: int, b: int) -> float:\n    return sum(xs) + float(a ** b) + float(a // b)\n\n\
         def g(a: int) -> int:\n    return a * a\n",
    );
    let bytes = emit_valid(&p);
    assert_eq!(
        function_names(&bytes),
        [
            "raise",
            "f",
            "g",
            "ml_alloc",
            "ml_reset",
            "ml.int_mul",
            "ml.int_floordiv",
            "ml.int_pow",
            "ml.sum_float",
            "f.entry",
            "g.entry"
        ]
    );
}

#[test]
fn same_source_same_bytes() {
    let a = emit_valid(&program(EVERYTHING));
    let b = emit_valid(&program(EVERYTHING));
    assert_eq!(a, b);
}

#[test]
fn only_public_functions_are_exported() {
    let p = program(
        "def _helper(x: int) -> int:\n    return x + 1\n\n\
         def api(x: int) -> int:\n    return _helper(x) * 2\n\n\
         def nothing(xs: list[float]):\n    xs[0] = 1.5\n",
    );
    let (imports, exports) = interface(&emit_valid(&p));
    assert_eq!(imports, ["ml.raise"]);
    let names: Vec<&str> = exports.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "memory", "ml_alloc", "ml_reset", "ml_heap", "api", "nothing"
        ]
    );
}

#[test]
fn math_is_computed_by_helpers_and_imports_nothing() {
    let p = program(
        "import math\n\n\
         def f(x: float, y: float) -> float:\n    return math.log(x) + math.sin(y) + x ** y + x % y + x // y + math.exp(x) + math.cos(y)\n",
    );
    let bytes = emit_valid(&p);
    let (imports, _) = interface(&bytes);
    assert_eq!(imports, ["ml.raise"]);
    assert_eq!(
        function_names(&bytes),
        [
            "raise",
            "f",
            "ml_alloc",
            "ml_reset",
            "ml.float_floordiv",
            "ml.float_mod",
            "ml.float_pow",
            "ml.math_sin",
            "ml.math_cos",
            "ml.math_exp",
            "ml.math_log",
            "ml.fmod",
            "ml.pow",
            "ml.exp",
            "ml.log",
            "ml.sin_shifted",
            "ml.rem_pio2_large",
            "f.entry",
        ]
    );
    let p = program("import math\n\ndef f(x: float) -> float:\n    return math.cos(x)\n");
    let bytes = emit_valid(&p);
    assert_eq!(interface(&bytes).0, ["ml.raise"]);
    assert_eq!(
        function_names(&bytes),
        [
            "raise",
            "f",
            "ml_alloc",
            "ml_reset",
            "ml.math_cos",
            "ml.sin_shifted",
            "ml.rem_pio2_large",
            "f.entry"
        ]
    );
}

/// Active data segments: address and contents.
type Segments = Vec<(i32, Vec<u8>)>;

/// A module's active data segments, heap base (the global's initial value) and the constants in
/// `ml_reset`.
fn segments(bytes: &[u8]) -> (Segments, i32, Vec<i32>) {
    let mut segs = Vec::new();
    let mut heap = 0;
    let mut reset = Vec::new();
    let names = function_names(bytes);
    let reset_index = names
        .iter()
        .position(|n| n == "ml_reset")
        .expect("ml_reset");
    let mut imports = 0;
    let mut code_index = 0;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.expect("parse") {
            Payload::ImportSection(s) => imports = s.count() as usize,
            Payload::DataSection(s) => {
                for d in s {
                    let d = d.expect("data");
                    let wasmparser::DataKind::Active { offset_expr, .. } = d.kind else {
                        panic!("passive data");
                    };
                    let Ok(wasmparser::Operator::I32Const { value }) =
                        offset_expr.get_operators_reader().read()
                    else {
                        panic!("offset");
                    };
                    segs.push((value, d.data.to_vec()));
                }
            }
            Payload::GlobalSection(s) => {
                for g in s {
                    let g = g.expect("global");
                    if let Ok(wasmparser::Operator::I32Const { value }) =
                        g.init_expr.get_operators_reader().read()
                    {
                        heap = value;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                if code_index + imports == reset_index {
                    for op in body.get_operators_reader().expect("ops") {
                        if let Ok(wasmparser::Operator::I32Const { value }) = op {
                            reset.push(value);
                        }
                    }
                }
                code_index += 1;
            }
            _ => {}
        }
    }
    (segs, heap, reset)
}

/// The tables a module reads are data segments in low memory, and its heap starts after them
/// (`ml_reset` included); a module without them has no data and its heap at 16.
#[test]
fn math_tables_are_data_below_the_heap() {
    let p = program("def f(x: float, y: float) -> float:\n    return x % y\n");
    let (segs, heap, reset) = segments(&emit_valid(&p));
    assert!(segs.is_empty());
    assert_eq!((heap, reset), (16, vec![16]));

    let p = program("def f(x: float, y: float) -> float:\n    return x ** y\n");
    let (segs, heap, reset) = segments(&emit_valid(&p));
    assert_eq!(segs.len(), 2, "{segs:?}");
    let end = segs
        .iter()
        .map(|(at, data)| at + data.len() as i32)
        .max()
        .unwrap_or(0);
    assert!(segs.iter().all(|(at, _)| *at >= 16));
    assert!(
        heap >= end && heap % 16 == 0 && heap < 65536,
        "heap {heap}, tables end {end}"
    );
    assert_eq!(reset, vec![heap]);
}

/// The literals of `segment` (placed at `at`): address and text of each.
fn literals_in(at: i32, segment: &[u8]) -> Vec<(i32, String)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < segment.len() {
        let word = |i: usize| u32::from_le_bytes(segment[i..i + 4].try_into().expect("word"));
        let (bytes, chars) = (word(k) as usize, word(k + 4) as usize);
        let text = std::str::from_utf8(&segment[k + 8..k + 8 + bytes]).expect("UTF-8");
        assert_eq!(text.chars().count(), chars, "{text:?}");
        out.push((at + k as i32, text.to_string()));
        k = (k + 8 + bytes).next_multiple_of(8);
    }
    out
}

/// String literals are one data segment, after the math tables if any, each literal once in
/// order of first use, 8-aligned; the heap (and `ml_reset`) start after them, 8-aligned.
#[test]
fn string_literals_are_data_below_the_heap() {
    let src = "def f(s: str, b: bool) -> str:\n    t = \"é→\" + s + \"\" + str(b)\n    return t + \"é→\" + \"世界😀\"\n";
    let (segs, heap, reset) = segments(&emit_valid(&program(src)));
    assert_eq!(segs.len(), 1, "{segs:?}");
    let (at, data) = &segs[0];
    assert_eq!(*at, 16);
    let lits = literals_in(*at, data);
    let texts: Vec<&str> = lits.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["é→", "", "True", "False", "世界😀"]);
    assert!(lits.iter().all(|(a, _)| a % 8 == 0));
    assert_eq!(heap as usize, (16 + data.len()).next_multiple_of(8));
    assert_eq!(reset, vec![heap]);

    // With math tables: the literals follow them.
    let src = "def f(x: float, y: float) -> str:\n    return \"p\" + str(x ** y)\n";
    let bytes = emit_valid(&program(src));
    let (segs, heap, reset) = segments(&bytes);
    assert_eq!(segs.len(), 3, "{segs:?}");
    let (at, data) = segs.last().expect("literals");
    let tables_end = segs[..2]
        .iter()
        .map(|(a, d)| a + d.len() as i32)
        .max()
        .unwrap_or(0);
    assert!(*at >= tables_end && at % 8 == 0, "{at} {tables_end}");
    assert_eq!(literals_in(*at, data), [(*at, "p".to_string())]);
    assert_eq!(
        heap as usize,
        (*at as usize + data.len()).next_multiple_of(8)
    );
    assert_eq!(reset, vec![heap]);
    let (imports, _) = interface(&bytes);
    assert_eq!(imports, ["ml.raise", "ml.float_str"]);

    // Literals larger than a page: the memory starts big enough.
    let big = "x".repeat(70_000);
    let src = format!("def f() -> str:\n    return \"{big}\"\n");
    let bytes = emit_valid(&program(&src));
    let (_, heap, _) = segments(&bytes);
    assert!(heap > 70_000);
    for payload in Parser::new(0).parse_all(&bytes) {
        if let Payload::MemorySection(s) = payload.expect("parse") {
            let m = s.into_iter().next().expect("memory").expect("memory");
            assert_eq!(m.initial, 2);
        }
    }
}

/// `bytes` literals are blocks of the literal table too: one that equals a string's block (an
/// ASCII string) shares its entry; others have their length in bytes as their length in code
/// points. `bytes` indexing is inline; conversions call `ml.bytes_fn`.
#[test]
fn bytes_literals_share_the_literal_table() {
    let src = "def f(s: str) -> bytes:\n    t = b\"ab\" + \"ab\".encode() + \"é\".encode()\n    return t + b\"\\xc3\\xa9\" + b\"ab\"\n";
    let bytes = emit_valid(&program(src));
    let (segs, _, _) = segments(&bytes);
    let (at, data) = &segs[0];
    let word = |i: usize| u32::from_le_bytes(data[i..i + 4].try_into().expect("word"));
    // "ab" (2 bytes, 2 code points), "é" (2 bytes, 1 code point), b"\xc3\xa9" (2 bytes, 2).
    assert_eq!(*at, 16);
    assert_eq!((word(0), word(4), &data[8..10]), (2, 2, &b"ab"[..]));
    assert_eq!((word(16), word(20), &data[24..26]), (2, 1, "é".as_bytes()));
    assert_eq!((word(32), word(36), &data[40..42]), (2, 2, "é".as_bytes()));
    assert_eq!(data.len(), 42);
    let (imports, _) = interface(&bytes);
    assert_eq!(imports, ["ml.raise", "ml.bytes_fn"]);

    let src = "def f(b: bytes, i: int) -> int:\n    return b[i] + len(b)\n";
    let (imports, _) = interface(&emit_valid(&program(src)));
    assert_eq!(imports, ["ml.raise"]);
}

/// String operations use in-module helpers; what needs Python's formatting is imported.
#[test]
fn string_imports() {
    let src = "def f(s: str, x: float, n: int):\n    print(s, f\"{x:.2f}{s!r}{n}\", s[n] * n, s < s, s in s)\n";
    let bytes = emit_valid(&program(src));
    let (imports, _) = interface(&bytes);
    assert_eq!(
        imports,
        [
            "ml.raise",
            "ml.print_begin",
            "ml.print_bool",
            "ml.print_end",
            "ml.print_str",
            "ml.format",
            "ml.repr"
        ]
    );
    let names = function_names(&bytes);
    for h in [
        "ml.str_concat",
        "ml.str_repeat",
        "ml.str_cmp",
        "ml.str_index",
        "ml.str_contains",
        "ml.int_to_str",
        "ml.str_new",
    ] {
        assert!(names.iter().any(|n| n == h), "{h} missing from {names:?}");
    }
}

/// Every operator, builtin and statement of the language, with constant and variable operands.
const EVERYTHING: &str = r#"
import math

def ints(a: int, b: int) -> int:
    r = a + b - a * b + a // b + a % b + a ** b + (a & b) + (a | b) + (a ^ b) + (a << b) + (a >> b)
    r += a + 5 + (7 + a) + (a - 3) + (a - -9223372036854775808) + (a * 3) + (4 * a) + (a * 10000000000)
    r += a // 4 + a // 7 + a // 1 + a % 8 + a % 7 + a % 1 + a // -3 + a % -3 + a ** 2 + a ** 5
    r += (a << 3) + (a << 70) + (a << -1) + (a >> 3) + (a >> 100) + (a >> -2) + -a + ~a + abs(a)
    r += int(True) + int(2.5) + math.floor(2.5 * a) + math.ceil(0.5 * b) + int(a > b) + len([a, b])
    return r

def floats(x: float, y: float, n: int) -> float:
    z = x + y - x * y + x / y + x // y + x % y + x ** y + -x + abs(x)
    z += math.sqrt(x) + math.sin(x) + math.cos(x) + math.exp(x) + math.log(x) + float(n)
    return z

def compares(a: int, x: float, p: bool, q: bool) -> bool:
    c = a < x or a <= x or a > x or a >= x or a == x or a != x
    c = c and (x < a or x <= a or x > a or x >= a or x == a or x != a)
    c = c and (a < 3 or x > 2 or 1 < a < 10 or 0.5 <= x < 1.5)
    c = c and (p & q) or (p | q) and (p ^ q) and not p
    c = c or (bool(a) and bool(x)) or (p < q) or (p == q)
    return c if c else not c

def conds(a: int, b: int) -> int:
    return max(a, b, 3) - min(a, b) + (a if a > b else b)

def lists(xs: list[int], ys: list[float], zs: list[bool]) -> float:
    t = sum(xs) + min(xs) + max(xs) + sum(zs) + len(zs)
    u = sum(ys) + min(ys) + max(ys)
    v = min(zs) or max(zs)
    xs[0] = xs[-1] + 1
    ys[1] = 2.5
    zs[0] = not zs[0]
    xs[1] += 3
    w = [1, 2, 3]
    w.append(t)
    w[0] = len(w)
    f = [0.0] * t
    f.append(1.5)
    g = [True] * 3
    g.append(False)
    h: list[float] = []
    h.append(u)
    e: list[bool] = []
    if w and not e:
        t += 1
    return u + float(t) + f[-1] + h[0] + float(v) + float(g[0])

def loops(n: int, step: int) -> int:
    total = 0
    for i in range(n):
        total += i
    for i in range(10, n, 3):
        if i > 20:
            break
        total += i
    for i in range(n, 0, -1):
        total -= i
    for i in range(n, -10, -4):
        if i % 2 == 0:
            continue
        total += i
    for i in range(0, n, step):
        total += i
    xs = [1, 2, 3]
    for x in xs:
        if x == 2:
            xs.append(9)
        total += x
    for y in [1.5, 2.5]:
        total += int(y)
    k = 0
    while k < 10:
        k += 1
        if k == 5:
            continue
        total += k
    while True:
        total += 1
        if total > 1000:
            break
    return total

def forever(n: int) -> int:
    while True:
        n += 1
        if n > 10:
            return n

def nothing(xs: list[int]):
    xs[0] = 1
    if len(xs) > 3:
        return
    xs[1] = 2

def caller(xs: list[int]) -> int:
    nothing(xs)
    _private(xs)
    return ints(1, 2) + conds(3, 4)

def _private(xs: list[int]):
    xs[0] = 0

def make(n: int) -> list[float]:
    out = [0.5] * n
    out.append(2.0)
    return out
"#;

#[test]
fn every_construct_validates() {
    emit_valid(&program(EVERYTHING));
}

/// Every kernel of the examples and of the language tests, in its own language.
#[test]
fn example_and_language_files_validate() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in [
        "examples/kernels",
        "tests/languages",
        "tests/strings",
        "tests/bytes",
        "tests/programs",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "ml") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut checked = 0;
    for path in files {
        let src = std::fs::read_to_string(&path).expect("read");
        let Some(lang) = src
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# lang: "))
            .and_then(|c| Lang::from_code(c.trim()))
        else {
            continue;
        };
        let name = path.display().to_string();
        emit_valid(&program_in(lang, &name, &src));
        checked += 1;
    }
    assert!(checked > 0 || !root.join("examples").exists());
}
