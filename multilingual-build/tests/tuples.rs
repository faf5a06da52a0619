//! Tuples: what the checker accepts (unpacking, swaps, tuple results and parameters) and the
//! diagnostics for what it cannot give Python's result for.

mod common;

use common::{accepts, rejects};

#[test]
fn tuples_are_results_parameters_and_values() {
    accepts("def f(a: int, b: int) -> tuple[int, int]:\n    return a // b, a % b\n");
    accepts("def f(p: tuple[float, str]) -> str:\n    x, s = p\n    return s * int(x)\n");
    accepts("def f() -> tuple[float, int]:\n    return (1, 2)\n");
    accepts("def f() -> int:\n    t = ((1, 2), 3)\n    return t[0][1] + t[-1]\n");
}

#[test]
fn lists_swap_through_unpacking() {
    accepts(
        "def f(a: list[int], b: list[int]) -> list[int]:\n    x = [1]\n    y = [2]\n    x, y = y, x\n    return x\n",
    );
    accepts("def f(m: list[list[float]], i: int, j: int):\n    m[i], m[j] = m[j], m[i]\n");
    accepts("def f(xs: list[int], i: int):\n    xs[i], xs[i + 1] = xs[i + 1], xs[i]\n");
}

#[test]
fn a_tuple_cannot_hold_a_list() {
    let (msg, line) = rejects("def f(xs: list[int]) -> int:\n    t = (xs, 1)\n    return 0\n");
    assert!(msg.contains("a tuple cannot hold a list[int]"), "{msg}");
    assert_eq!(line, 2);
    let (msg, _) = rejects("def f() -> tuple[list[int], int]:\n    return [1], 1\n");
    assert!(msg.contains("a tuple cannot hold a list"), "{msg}");
}

#[test]
fn unpacking_needs_as_many_names_as_values() {
    let (msg, line) = rejects("def f() -> int:\n    a, b = 1, 2, 3\n    return a\n");
    assert!(
        msg.contains("too many values to unpack: 2 names, 3 values"),
        "{msg}"
    );
    assert_eq!(line, 2);
    let (msg, _) = rejects(
        "def g() -> tuple[int, int]:\n    return 1, 2\n\ndef f() -> int:\n    a, b, c = g()\n    return a\n",
    );
    assert!(
        msg.contains("not enough values to unpack: 3 names, 2 values"),
        "{msg}"
    );
}

#[test]
fn a_tuple_index_is_a_constant_in_range() {
    let (msg, line) = rejects("def f(i: int) -> int:\n    t = (1, 2)\n    return t[i]\n");
    assert!(
        msg.contains("a tuple index must be a constant int"),
        "{msg}"
    );
    assert_eq!(line, 3);
    let (msg, _) = rejects("def f() -> int:\n    t = (1, 2)\n    return t[2]\n");
    assert!(
        msg.contains("tuple index 2 is out of range for a tuple of 2"),
        "{msg}"
    );
}

#[test]
fn only_tuples_unpack() {
    let (msg, _) = rejects("def f() -> int:\n    a, b = 5\n    return a\n");
    assert!(msg.contains("cannot unpack a value of type int"), "{msg}");
}

#[test]
fn lists_of_tuples_are_built_unpacked_and_printed() {
    accepts(
        "def f(xs: list[int], ys: list[str]) -> list[tuple[int, str]]:\n    pairs = list(zip(xs, ys))\n    for p in enumerate(ys):\n        pairs.append((p[0], p[1]))\n    firsts = [a for a, b in pairs if b != \"\"]\n    for a, b in pairs:\n        print(a, b, firsts)\n    print(pairs, str(pairs[0]))\n    return pairs\n",
    );
}

#[test]
fn comprehension_names_stay_inside_it() {
    // `a` is a str outside and an int inside the comprehension, as Python allows.
    accepts(
        "def f(pairs: list[tuple[int, int]]) -> str:\n    a = \"x\"\n    ys = [a + b for a, b in pairs]\n    return a + str(len(ys))\n",
    );
}

#[test]
fn lists_of_tuples_sort_and_search_unless_tuples_nest() {
    accepts(
        "def f(pairs: list[tuple[int, str]]) -> int:\n    pairs.sort()\n    ys = sorted(pairs)\n    return pairs.index(ys[0]) + pairs.count((1, \"a\")) + len(ys)\n",
    );
    let nested = "tuple[int, tuple[int, int]]";
    for (expr, what) in [
        ("sorted(pairs)", format!("sorting a list of {nested}")),
        ("min(pairs)", format!("`min` of a list of {nested}")),
        (
            "pairs.index((1, (2, 3)))",
            format!("`.index()` on a list of {nested}"),
        ),
    ] {
        let (msg, line) = rejects(&format!(
            "def f(pairs: list[{nested}]) -> int:\n    x = {expr}\n    return 0\n"
        ));
        assert!(msg.contains(&what), "{msg}");
        assert!(msg.contains("elements are tuples"), "{msg}");
        assert_eq!(line, 2);
    }
    // `min` and `max` of flat tuples are not supported yet either.
    let (msg, _) =
        rejects("def f(pairs: list[tuple[int, int]]) -> int:\n    x = max(pairs)\n    return 0\n");
    assert!(msg.contains("`max` of a list of tuple[int, int]"), "{msg}");
    let (msg, _) = rejects("def f(xs: list[str]) -> int:\n    return sum(xs)\n");
    assert!(msg.contains("`sum` adds numbers, not str"), "{msg}");
}

#[test]
fn tuple_variables_iterate_and_strings_reverse_as_values() {
    accepts(
        "def f(t: tuple[int, int, int], s: str) -> int:\n    total = 0\n    for x in t:\n        total += x\n    if 2 in t:\n        total += 1\n    return total + len(\"\".join(reversed(s)))\n",
    );
}
