//! One owner per list: the programs the rules accept (Python's result on both paths) and the
//! diagnostics for those where a copy and Python's shared list could be told apart.

mod common;

use common::{accepts, rejects};

#[test]
fn rows_built_in_a_loop_move_into_the_matrix() {
    accepts(
        "def f(n: int) -> list[list[int]]:\n    m = []\n    for i in range(n):\n        row = []\n        for j in range(n):\n            row.append(i * j)\n        m.append(row)\n    return m\n",
    );
    accepts("def f() -> list[list[int]]:\n    a = [1, 2]\n    b = [3]\n    return [a, b]\n");
    accepts("def f() -> list[int]:\n    a = [1, 2]\n    b = a\n    b.append(3)\n    return b\n");
}

#[test]
fn a_row_used_after_it_moved_is_an_error() {
    let (msg, line) = rejects(
        "def f() -> list[list[int]]:\n    m = []\n    row = [1]\n    m.append(row)\n    row.append(2)\n    return m\n",
    );
    assert!(
        msg.contains("`row` is used again after it is put here"),
        "{msg}"
    );
    assert!(msg.contains("row.copy()"), "{msg}");
    assert_eq!(line, 4);
    // The next step of the loop reads it again.
    let (msg, line) = rejects(
        "def f() -> list[list[int]]:\n    m = []\n    row = [1]\n    for i in range(3):\n        m.append(row)\n    return m\n",
    );
    assert!(msg.contains("used again"), "{msg}");
    assert_eq!(line, 5);
    let (msg, _) = rejects("def f() -> int:\n    a = [1]\n    b = a\n    return a[0]\n");
    assert!(msg.contains("`a` is used again"), "{msg}");
}

#[test]
fn a_parameter_or_an_element_is_not_shared() {
    let (msg, _) = rejects(
        "def f(xs: list[int]) -> list[list[int]]:\n    m = []\n    m.append(xs)\n    return m\n",
    );
    assert!(msg.contains("the caller's list"), "{msg}");
    let (msg, _) = rejects(
        "def f(m: list[list[int]]) -> list[list[int]]:\n    out = []\n    out.append(m[0])\n    return out\n",
    );
    assert!(msg.contains("inside another list"), "{msg}");
    let (msg, _) = rejects("def f(m: list[list[int]]) -> list[int]:\n    return m[0]\n");
    assert!(msg.contains("share the caller's list"), "{msg}");
}

#[test]
fn loop_variables_over_rows_write_through() {
    accepts(
        "def f(m: list[list[float]]):\n    for row in m:\n        for j in range(len(row)):\n            row[j] = row[j] * 2.0\n        row.append(0.0)\n",
    );
    let (msg, _) =
        rejects("def f(m: list[list[float]]):\n    for row in m:\n        m[0] = [1.0]\n");
    assert!(
        msg.contains("replaces a list while a loop goes over it"),
        "{msg}"
    );
}

#[test]
fn views_are_read_only_while_their_list_does_not_change() {
    accepts(
        "def f(m: list[list[int]]) -> int:\n    row = m[0]\n    s = 0\n    for x in row:\n        s += x\n    m[1][0] = s\n    return s\n",
    );
    let (msg, _) = rejects("def f(m: list[list[int]]):\n    row = m[0]\n    row[0] = 1\n");
    assert!(msg.contains("cannot be changed"), "{msg}");
    let (msg, line) = rejects(
        "def f(m: list[list[int]]) -> int:\n    row = m[0]\n    m[0][0] = 5\n    return row[0]\n",
    );
    assert!(msg.contains("`m` changes while `row`"), "{msg}");
    assert!(
        msg.contains("Python would see the change through `row`"),
        "{msg}"
    );
    assert_eq!(line, 3);
    // Growing the outer list does not change `row` in Python; the note says what is refused.
    let (msg, line) = rejects(
        "def f() -> int:\n    m = [[1, 2]]\n    row = m[0]\n    m.append([1])\n    return row[0]\n",
    );
    assert!(msg.contains("`m` changes while `row`"), "{msg}");
    assert!(
        msg.contains("`row` reads its list from `m` in place, so `m` itself cannot change"),
        "{msg}"
    );
    assert!(!msg.contains("Python would see"), "{msg}");
    assert_eq!(line, 4);
}

#[test]
fn a_list_passed_twice_cannot_be_changed() {
    let src = "def g(a: list[int], b: list[int]):\n    a[0] = b[0]\n\ndef f(m: list[list[int]]):\n    g(m[0], m[1])\n";
    let (msg, _) = rejects(src);
    assert!(msg.contains("passed twice"), "{msg}");
    accepts(
        "def g(a: list[int], b: list[int]) -> int:\n    return a[0] + b[0]\n\ndef f(m: list[list[int]]) -> int:\n    return g(m[0], m[1])\n",
    );
}

#[test]
fn repeating_a_list_is_rejected() {
    let (msg, _) = rejects("def f() -> list[list[int]]:\n    return [[0] * 3] * 3\n");
    assert!(msg.contains("one list"), "{msg}");
}

#[test]
fn a_conditional_expression_may_choose_between_lists() {
    accepts("def f(c: bool) -> list[float]:\n    return [1.0] if c else [2.0]\n");
}
