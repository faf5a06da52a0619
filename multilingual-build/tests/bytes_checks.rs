//! What the checker accepts and rejects for `bytes` values.

mod common;

use common::{accepts, rejects};
use multilingual_build::types::Type;
use multilingual_build::{SourceFile, compile};

#[test]
fn localized_bytes_type_names() {
    for (lang, src) in [
        ("en", "def f(b: bytes) -> bytes:\n    return b + b\"!\"\n"),
        (
            "fr",
            "# lang: fr\ndéf f(b: octets) -> octets:\n    retour b + b\"!\"\n",
        ),
        (
            "pl",
            "# lang: pl\nfunkcja f(b: bajty) -> bajty:\n    zwroc b + b\"!\"\n",
        ),
        (
            "fi",
            "# lang: fi\nmaarittele f(b: tavut) -> tavut:\n    palauta b + b\"!\"\n",
        ),
        (
            "ja",
            "# lang: ja\n関数 f(b: バイト列) -> バイト列:\n    戻る b + b\"!\"\n",
        ),
        (
            "hi",
            "# lang: hi\nपरिभाषा f(b: बाइट्स) -> बाइट्स:\n    वापसी b + b\"!\"\n",
        ),
    ] {
        let c = compile(SourceFile::new("k.ml", src), None)
            .unwrap_or_else(|d| panic!("{lang}: {}", d.render()));
        let f = &c.program.functions[0];
        assert_eq!(f.locals[0].ty, Type::Bytes, "{lang}");
        assert_eq!(f.result, Some(Type::Bytes), "{lang}");
    }
}

#[test]
fn bytes_operations_type_check() {
    accepts(
        "def f(b: bytes, n: int, s: str) -> int:\n    c = b * n + n * b + b[1:] + bytes([1, 2]) + bytes(n) + s.encode()\n    k = c[0] + c[-1] + len(c) + sum(c) + min(c) + max(c)\n    for x in c:\n        if x in b or b\"a\" in c or c < b:\n            k += x\n    t = (c, k)\n    print(c, [c, b], t, f\"{c}{c!r}\", str(c))\n    return k + len(c.decode()) + len(c.hex()) + c.find(b\"a\") + c.count(97) + len(sorted(c)) + len(list(c))\n",
    );
    accepts(
        "def f(b: bytes) -> bool:\n    return b.startswith(b\"x\") and not b.endswith(b\"\") and bool(b)\n",
    );
    accepts("def f(s: str) -> bytes:\n    return bytes.fromhex(s) + s.encode(\"UTF-8\")\n");
    accepts("K = b\"k\" + b\"\\xff\"\n\ndef f(b: bytes) -> bytes:\n    return b + K\n");
    accepts(
        "def f(xs: list[bytes], b: bytes) -> int:\n    ys = xs.copy()\n    ys.sort()\n    ys.append(b)\n    return ys.index(b) + ys.count(b)\n",
    );
}

#[test]
fn mixing_bytes_and_str_is_a_diagnostic() {
    let (text, line) = rejects("def f(b: bytes) -> bytes:\n    return b + \"s\"\n");
    assert!(
        text.contains("unsupported operand types for +: bytes and str"),
        "{text}"
    );
    assert!(text.contains(".encode()"), "{text}");
    assert!(text.contains("k.ml:2:12"), "{text}");
    assert_eq!(line, 2);
    let (text, _) = rejects("def f(b: bytes) -> str:\n    return b\n");
    assert!(
        text.contains("is declared str, but this value is bytes"),
        "{text}"
    );
    assert!(text.contains(".decode()"), "{text}");
    let (text, _) = rejects("def f(b: bytes) -> bool:\n    return \"a\" in b\n");
    assert!(
        text.contains("`in` bytes needs a bytes or an int on the left, found str"),
        "{text}"
    );
    let (text, _) = rejects("def f(b: bytes) -> int:\n    return b.find(\"a\")\n");
    assert!(
        text.contains("must be bytes or an int, but this value is str"),
        "{text}"
    );
}

#[test]
fn literals_are_checked_where_they_are() {
    let (text, line) = rejects("def f() -> bytes:\n    return b\"café\"\n");
    assert!(
        text.contains("bytes can only contain ASCII literal characters"),
        "{text}"
    );
    assert!(text.contains("k.ml:2:17"), "{text}");
    assert_eq!(line, 2);
    let (text, _) = rejects("def f() -> bytes:\n    return b\"\\x4g\"\n");
    assert!(text.contains("invalid `\\x` escape"), "{text}");
    assert!(text.contains("k.ml:2:14"), "{text}");
}

#[test]
fn unsupported_uses_are_diagnostics() {
    for (src, message) in [
        (
            "def f(b: bytes) -> str:\n    return f\"{b:>5}\"\n",
            "a bytes takes no format spec",
        ),
        (
            "def f(b: bytes) -> bytes:\n    return b.upper()\n",
            "the bytes method `.upper()`",
        ),
        (
            "def f(s: str) -> str:\n    return s.hex()\n",
            "`.hex()` is a method of bytes, but this is str",
        ),
        (
            "def f(b: bytes) -> bytes:\n    return b.decode()\n",
            "is declared bytes, but this value is str",
        ),
        (
            "def f(s: str) -> bytes:\n    return s.encode(\"latin-1\")\n",
            "encodings other than UTF-8",
        ),
        (
            "def f(s: str) -> bytes:\n    return bytes(s)\n",
            "`bytes` cannot convert str",
        ),
        (
            "def f(b: bytes) -> int:\n    return int(b)\n",
            "`int` cannot convert bytes",
        ),
        (
            "def f(b: bytes) -> int:\n    return -b\n",
            "bad operand type for unary operator: bytes",
        ),
        (
            "def f(b: bytearray) -> int:\n    return 0\n",
            "not supported in kernels yet: bytearray",
        ),
        (
            "def f(b: bytes) -> bool:\n    return b.startswith(97)\n",
            "must be bytes, but this value is int",
        ),
    ] {
        let (text, _) = rejects(src);
        assert!(text.contains(message), "{src}\n{text}");
    }
}
