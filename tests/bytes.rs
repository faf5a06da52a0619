//! `bytes` on both paths: every bytes operation (`tests/bytes/byte_ops.ml`, and a Polish file
//! using `bajty`), called natively and in wasm on many inputs (empty, NUL, high bytes, quotes,
//! invalid UTF-8, long runs), must give equal results, or errors of the same kind, message and
//! location, and print the same bytes.

mod two_paths;

use multilingual_runtime::capture_output;
use two_paths::{native, same};

mod byte_ops {
    multilingual_runtime::include_ml!("tests/bytes/byte_ops.ml");
}
mod bajty_pl {
    multilingual_runtime::include_ml!("tests/bytes/bajty_pl.ml");
}

/// Inputs: the edges, then deterministic random mixes of all byte values.
fn inputs() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = [
        &b""[..],
        b"\0",
        b"a",
        b"ab",
        b"abc",
        b"it's",
        b"say \"hi\"",
        b"it's \"x\"",
        b"\\",
        b"\t\n\r",
        b"\x7f\x80\xff",
        "é→世😀".as_bytes(),
        b"\xc3",
        b"\xed\xa0\x80",
        b"aaaaaaaaaaaaaaaaab",
        b"aaaaaaaaaaaaaaaaaa",
        b"0123456789abcdefABCDEF",
    ]
    .map(<[u8]>::to_vec)
    .to_vec();
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for k in 0..30 {
        let mut b = Vec::new();
        for _ in 0..(k % 17) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Mostly a small alphabet, so that searches find something.
            b.push(if x.is_multiple_of(3) {
                (x >> 8) as u8
            } else {
                b"ab\0\xff"[(x % 4) as usize]
            });
        }
        v.push(b);
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
    97,
    255,
    256,
    -256,
    i64::MAX,
    i64::MIN,
];

#[test]
fn pairs_of_bytes() {
    let all = inputs();
    let mut calls = 0;
    for a in &all {
        for b in &all {
            same(
                &format!("concat({a:?}, {b:?})"),
                || byte_ops::native::concat(a, b),
                || byte_ops::wasm::concat(a, b),
            );
            same(
                &format!("compare({a:?}, {b:?})"),
                || byte_ops::native::compare(a, b),
                || byte_ops::wasm::compare(a, b),
            );
            same(
                &format!("contains({a:?}, {b:?})"),
                || byte_ops::native::contains(a, b),
                || byte_ops::wasm::contains(a, b),
            );
            same(
                &format!("not_contains({a:?}, {b:?})"),
                || byte_ops::native::not_contains(a, b),
                || byte_ops::wasm::not_contains(a, b),
            );
            same(
                &format!("either({a:?}, {b:?})"),
                || byte_ops::native::either(a, b),
                || byte_ops::wasm::either(a, b),
            );
            same(
                &format!("mixed({a:?}, {b:?})"),
                || byte_ops::native::mixed(a, b),
                || byte_ops::wasm::mixed(a, b),
            );
            same(
                &format!("searches({a:?}, {b:?})"),
                || byte_ops::native::searches(a, b),
                || byte_ops::wasm::searches(a, b),
            );
            same(
                &format!("pair({a:?}, {b:?})"),
                || byte_ops::native::pair(a, b),
                || byte_ops::wasm::pair(a, b),
            );
            same(
                &format!("tuple_list({a:?}, {b:?})"),
                || byte_ops::native::tuple_list(a, b),
                || byte_ops::wasm::tuple_list(a, b),
            );
            same(
                &format!("sorted_list({a:?}, {b:?})"),
                || byte_ops::native::sorted_list(a, b),
                || byte_ops::wasm::sorted_list(a, b),
            );
            for first in [false, true] {
                same(
                    &format!("pick({a:?}, {b:?}, {first})"),
                    || byte_ops::native::pick(a, b, first),
                    || byte_ops::wasm::pick(a, b, first),
                );
            }
            same(
                &format!("xor({a:?}, {b:?})"),
                || bajty_pl::native::szyfruj(a, b),
                || bajty_pl::wasm::szyfruj(a, b),
            );
            calls += 12;
        }
    }
    assert!(calls > 10_000, "{calls}");
}

#[test]
fn one_bytes() {
    let mut errors = 0;
    for b in &inputs() {
        macro_rules! both {
            ($f:ident) => {
                errors += same(
                    &format!("{}({b:?})", stringify!($f)),
                    || byte_ops::native::$f(b),
                    || byte_ops::wasm::$f(b),
                )
            };
        }
        both!(length);
        both!(truthy);
        both!(same);
        both!(reverse);
        both!(ints);
        both!(loop_sum);
        both!(weighted);
        both!(backwards);
        both!(total);
        both!(smallest);
        both!(largest);
        both!(ordered);
        both!(decode);
        both!(hexed);
        both!(shown);
        both!(grow);
        both!(nested);
        both!(show_nested);
        both!(popped);
        both!(reversed_ints);
        errors += same(
            "suma_kontrolna",
            || bajty_pl::native::suma_kontrolna(b),
            || bajty_pl::wasm::suma_kontrolna(b),
        );
        let hex = byte_ops::native::hexed(b);
        assert_eq!(byte_ops::native::unhex(&hex), *b, "fromhex(hex())");
        let n = b.len() as i64;
        for i in -n - 2..n + 2 {
            errors += same(
                &format!("byte_at({b:?}, {i})"),
                || byte_ops::native::byte_at(b, i),
                || byte_ops::wasm::byte_at(b, i),
            );
            same(
                &format!("tail({b:?}, {i})"),
                || byte_ops::native::tail(b, i),
                || byte_ops::wasm::tail(b, i),
            );
        }
        for &k in INTS {
            errors += same(
                &format!("contains_int({k}, {b:?})"),
                || byte_ops::native::contains_int(k, b),
                || byte_ops::wasm::contains_int(k, b),
            );
            errors += same(
                &format!("searches_int({b:?}, {k})"),
                || byte_ops::native::searches_int(b, k),
                || byte_ops::wasm::searches_int(b, k),
            );
            if (-9..10).contains(&k) {
                same(
                    &format!("repeat({b:?}, {k})"),
                    || byte_ops::native::repeat(b, k),
                    || byte_ops::wasm::repeat(b, k),
                );
                same(
                    &format!("repeat_left({b:?}, {k})"),
                    || byte_ops::native::repeat_left(b, k),
                    || byte_ops::wasm::repeat_left(b, k),
                );
                same(
                    &format!("show({b:?}, {k})"),
                    || byte_ops::native::show(b, k),
                    || byte_ops::wasm::show(b, k),
                );
                for lo in [-3, 0, 1] {
                    for hi in [-1, 2, 100] {
                        errors += same(
                            &format!("cut({b:?}, {lo}, {hi}, {k})"),
                            || byte_ops::native::cut(b, lo, hi, k),
                            || byte_ops::wasm::cut(b, lo, hi, k),
                        );
                    }
                }
            }
        }
        let list = [b"a".to_vec(), b.clone(), b"\xff".to_vec()];
        for x in [&b"a"[..], b, b"zz"] {
            errors += same(
                &format!("position({list:?}, {x:?})"),
                || byte_ops::native::position(&list, x),
                || byte_ops::wasm::position(&list, x),
            );
            same(
                &format!("member({list:?}, {x:?})"),
                || byte_ops::native::member(&list, x),
                || byte_ops::wasm::member(&list, x),
            );
        }
    }
    // Empty inputs make min, max and decode of invalid UTF-8 raise; the rest must not.
    assert!(errors > 0);
}

#[test]
fn conversions() {
    let mut errors = 0;
    for s in ["", "a", "é→世😀", "it's", "tab\there"] {
        same(
            &format!("encode({s:?})"),
            || byte_ops::native::encode(s),
            || byte_ops::wasm::encode(s),
        );
        assert_eq!(byte_ops::native::encode(s), s.as_bytes());
    }
    for s in ["", "00ff", " 0A bc ", "abc", "zz", "a b", "é0", "41 42"] {
        errors += same(
            &format!("unhex({s:?})"),
            || byte_ops::native::unhex(s),
            || byte_ops::wasm::unhex(s),
        );
    }
    let lists: &[&[i64]] = &[&[], &[0, 255, 65], &[256], &[-1], &[1, 2, i64::MAX]];
    for xs in lists {
        errors += same(
            &format!("from_ints({xs:?})"),
            || byte_ops::native::from_ints(xs),
            || byte_ops::wasm::from_ints(xs),
        );
    }
    for &n in INTS {
        if n < 1000 {
            errors += same(
                &format!("zeros({n})"),
                || byte_ops::native::zeros(n),
                || byte_ops::wasm::zeros(n),
            );
        }
    }
    same(
        "literal",
        byte_ops::native::literal,
        byte_ops::wasm::literal,
    );
    assert_eq!(byte_ops::native::literal(), b"a\0\xff\n'\"\\Z\tAk\0\xff");
    assert!(errors >= 6, "{errors}");
}

#[test]
fn errors_are_python_errors() {
    let index = native(|| byte_ops::native::byte_at(b"ab", 2)).unwrap_err();
    assert!(index.starts_with("IndexError: index out of range at tests/bytes/byte_ops.ml:"));
    let decode = byte_ops::wasm::decode(b"\xff").unwrap_err().to_string();
    assert!(decode.starts_with("UnicodeDecodeError: "), "{decode}");
    let range = byte_ops::wasm::from_ints(&[256]).unwrap_err().to_string();
    assert!(
        range.starts_with("ValueError: bytes must be in range(0, 256)"),
        "{range}"
    );
    let byte = byte_ops::wasm::contains_int(-1, b"")
        .unwrap_err()
        .to_string();
    assert!(
        byte.starts_with("ValueError: byte must be in range(0, 256)"),
        "{byte}"
    );
    let count = byte_ops::wasm::zeros(-1).unwrap_err().to_string();
    assert!(count.starts_with("ValueError: negative count"), "{count}");
}

#[test]
fn printed_as_python_prints_bytes() {
    let ((), out) = capture_output(|| byte_ops::native::show(b"it's\x00", 2));
    assert_eq!(
        out,
        "b\"it's\\x00\";[b\"it's\\x00\", b\"it's\\x00it's\\x00\"];(2, b\"it's\\x00\")\n"
    );
    let (_, out) = capture_output(|| byte_ops::native::tuple_list(b"b", b"a'"));
    assert_eq!(
        out,
        "[(b\"a'\", 2), (b'b', 1), (b\"ba'\", 0), (b\"'\", 3)] False 2\n"
    );
    let ((), out) = capture_output(|| byte_ops::native::show_nested(b"a"));
    assert_eq!(
        out,
        "[[b'a'], [b\"'\", b'']] [b'a', b'a'] [b'\\x00', b'a']\n"
    );
    assert_eq!(
        byte_ops::native::shown(b"\\\t\n\r\x7f\x80'\""),
        "b'\\\\\\t\\n\\r\\x7f\\x80\\'\"'|b'\\\\\\t\\n\\r\\x7f\\x80\\'\"'|b'\\\\\\t\\n\\r\\x7f\\x80\\'\"'|(b'\\\\\\t\\n\\r\\x7f\\x80\\'\"', 8)"
    );
}
