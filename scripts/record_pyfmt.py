#!/usr/bin/env python3
"""Record CPython's ``repr``, ``str`` and ``format`` output for the runtime's formatting module.

Run it from anywhere (no input; the standard library only):

    python3 scripts/record_pyfmt.py            # writes multilingual-runtime/tests/pyfmt_cases.json
                                               # and multilingual-runtime/src/pyfmt/unicode_tables.rs
    python3 scripts/record_pyfmt.py --check    # exits 1 if they are not what this script writes

``multilingual-runtime/tests/pyfmt_reference.rs`` replays every case through
``multilingual_runtime::pyfmt`` and compares the result byte for byte.

The reference implementation runs on CPython 3.12, and the output depends on the version (the
Unicode database of ``repr``, which is 15.0.0 in 3.12, and error messages), so the cases must come
from a 3.12 interpreter. When this script is started by another version it re-runs itself with the
first 3.12 it finds: ``REPO/.venv-reference/bin/python`` (made by ``scripts/record_reference.py``),
``pyenv which python`` with ``PYENV_VERSION=3.12.1``, then ``python3.12`` on PATH; with none it stops
with a message saying so. Any 3.12.x gives the same file.

The cases are deterministic (a fixed seed); each is one JSON array on one line,
``[op, type, value, spec, out]`` when Python returns and ``[op, type, value, spec, null, exception
class, message]`` when it raises:

    ["format", "float", "0x3ff8000000000000", ".2f", "1.50"]
    ["format", "int", "1", ".2", null, "ValueError", "Precision not allowed in integer format specifier"]
    ["repr", "str", "it's", null, "\\"it's\\""]

``op`` is ``repr``, ``str`` or ``format`` (``spec`` is null for the first two); ``type`` is ``float``
(``value``: the IEEE-754 bits in hex), ``int`` (``value``: decimal digits, within i64), ``bool``,
``str`` or ``none``; ``message`` is ``str`` of the exception. The file also holds Python's answer to ``str.isprintable`` for every code point, as ranges
of non-printable code points, and the ranges of unassigned ones (category Cn), so that the test can
check the only differences of ``repr`` between Rust's Unicode tables and Python 3.12's.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import struct
import subprocess
import sys
import unicodedata
from pathlib import Path

WANT = (3, 12)
PYENV_PYTHON = "3.12.1"
SEED = 20240612

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "multilingual-runtime" / "tests" / "pyfmt_cases.json"
TABLES = REPO / "multilingual-runtime" / "src" / "pyfmt" / "unicode_tables.rs"

I64_MIN = -(2**63)
I64_MAX = 2**63 - 1


# ---------------------------------------------------------------------------------------------------
# Finding CPython 3.12


def is_wanted(exe: str) -> bool:
    try:
        out = subprocess.run(
            [exe, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
            capture_output=True, text=True, timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return out.returncode == 0 and out.stdout.split() == ["cpython", *map(str, WANT)]


def find_python() -> str | None:
    candidates = [str(REPO / ".venv-reference" / "bin" / "python")]
    if shutil.which("pyenv"):
        try:
            out = subprocess.run(
                ["pyenv", "which", "python"], capture_output=True, text=True, timeout=60,
                env={**os.environ, "PYENV_VERSION": PYENV_PYTHON},
            )
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    which = shutil.which(f"python{WANT[0]}.{WANT[1]}")
    if which:
        candidates.append(which)
    for exe in candidates:
        if os.path.exists(exe) and is_wanted(exe):
            return exe
    return None


def ensure_python() -> None:
    if sys.implementation.name == "cpython" and sys.version_info[:2] == WANT:
        return
    exe = find_python()
    if exe is None:
        sys.exit(
            f"record_pyfmt.py: needs CPython {WANT[0]}.{WANT[1]} (this is {sys.version.split()[0]}); "
            f"none found in .venv-reference, through pyenv ({PYENV_PYTHON}) or as python3.12 on PATH"
        )
    os.execv(exe, [exe, str(Path(__file__).resolve()), *sys.argv[1:]])


# ---------------------------------------------------------------------------------------------------
# Values


def f64_bits(x: float) -> str:
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def encode(v) -> tuple[str, object]:
    """(type, JSON value)"""
    if v is None:
        return "none", None
    if isinstance(v, bool):
        return "bool", v
    if isinstance(v, int):
        assert I64_MIN <= v <= I64_MAX, v
        return "int", str(v)
    if isinstance(v, float):
        return "float", f64_bits(v)
    if isinstance(v, str):
        return "str", v
    raise TypeError(v)


class Recorder:
    def __init__(self) -> None:
        self.cases: list[list] = []
        self.seen: set = set()

    def add(self, op: str, v, spec: str | None = None) -> None:
        ty, value = encode(v)
        key = (op, ty, json.dumps(value), spec)
        if key in self.seen:
            return
        if ty == "str" and any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return
        self.seen.add(key)
        case = [op, ty, value, spec]
        try:
            if op == "repr":
                out = repr(v)
            elif op == "str":
                out = str(v)
            else:
                out = format(v, spec)
        except Exception as e:  # noqa: BLE001 - every exception is a recorded result
            case += [None, type(e).__name__, str(e)]
        else:
            if any(0xD800 <= ord(c) <= 0xDFFF for c in out):
                # format(0xd800, 'c'): a lone surrogate, which a Rust string cannot hold (the Rust side
                # returns an error instead; see FormatErrorKind::UnicodeEncodeError).
                self.seen.discard(key)
                return
            case.append(out)
        self.cases.append(case)

    def fmt(self, v, specs) -> None:
        for s in specs:
            self.add("format", v, s)


# ---------------------------------------------------------------------------------------------------
# The cases


SPECIAL_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, from_bits(0xFFF8000000000000),  # -nan
    5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
    -1.7976931348623157e308, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 2.675,
    0.125, 0.375, 0.625, 9.5, 99.5, 999999.5, 0.05, 0.15, 0.25, 0.35, 1e22, 1e23, 1e-7, 1.5e-7, 1e-5,
    1e-4, 0.0001, 0.00012345, 0.00009999999999999999, 123.0, 1234.5, 12345.678, 1234567.0,
    1234567890123456.0, 9999999999999998.0, 1e15, 1e16, 1e17, 2e16 + 8, 1.2345678901234567e19,
    2.0**53, 2.0**53 + 2, 2.0**63, -(2.0**63), 2.0**64, 1e100, 1e300, 1e-300, 1e308, 123456789.0,
    -123.456, 3.141592653589793, 2.718281828459045, 6.02214076e23, 6.62607015e-34, 100.0, 1000.0,
    1e6, 1e7, 0.001, 0.01, 9.999999999999999e22, 4.35, 0.045, 1.005, 1.115, 2.345, 1e-10,
]

FLOAT_SPECS = [
    "", "e", "f", "g", "E", "F", "G", "%", "n", ".0f", ".1f", ".2f", ".3e", ".10g", ".17g", ".3", ".0",
    ".1", "#.0f", "#g", "#.3g", "#", "+", " ", "z.2f", "z", ",", "_.3f", "020.5e", ">12.4", "*^15,.2f",
    "=+12.1f", ".25f", ".20e", "012", "+.3%", ",.2f", "#.0e", ".12", "-08.3f",
]

INT_SPECS = [
    "", "d", "x", "X", "o", "b", "#x", "#X", "#o", "#b", "n", ",", "_", "_x", "_b", "_o", "#_X", "+",
    " ", "-", "08", "010,", "=+10", "^12", "<8", ">8", "*^20_", "#015_b", "e", ".3e", "f", ".2f", "g",
    ".3g", "%", ".1%", "E", "G", "020,.2f", "#012,", "=#12x", "0=+9_o",
]

STR_SPECS = [
    "", "s", "10", "<10", ">10", "^10", "*^11", ".2", ".0", "10.3", "^9.4s", "é>6", "05", "<05", "+",
    " ", "-", "z", "#", "=5", ",", "_", "d", "x", "\x00", "0=5", "^1", "\n<4",
]

BOOL_SPECS = ["", "d", "s", ">5", "^10", "x", "#b", "c", "f", ".2%", "+", "05", "<3", "g", "n", ","]

INVALID_SPECS = [
    "abc", ".f", "10.", ",_", "_,", "<<<", "..2f", "z+", "z+f", "%%", "ff", ".2fx", "1.2.3", "١٠",
    "٣.٢f", "𝟙𝟚", ".３e", "99999999999999999999", ".99999999999999999999", ".3000000000f", ".2147483647",
    "  ", "\x00", ",\x00", "=\x00", ",é", "é", "\U0001F600", "{}", "{:>3}", "<", ">", "=", "^", "0",
    "00", "0=", "-0", "+0", " 0", "z", "#", "z#", "#z", ",", "_", ".", "%", "10,.", ",.2", "_d",
    "#,", "+z#0,.3", "0>5", "<05", "x<", "é=10", "<<", "^^^", ",,", "__", "#.3", "-z", "+-", "#+",
]


def random_float(rng: random.Random) -> float:
    kind = rng.randrange(5)
    if kind == 0:
        return from_bits(rng.getrandbits(64))
    if kind == 1:
        # A random mantissa at a random decimal magnitude (including subnormals and overflow to inf).
        e = rng.randrange(-330, 309)
        return rng.choice([1, -1]) * rng.random() * 10.0**e if e < 308 else rng.random() * 1e308
    if kind == 2:
        # Short decimals, as programs write them.
        return round(rng.uniform(-1000, 1000), rng.randrange(7))
    if kind == 3:
        # Few significant bits: exact ties at some precision.
        return rng.randrange(1, 1 << rng.randrange(1, 20)) * 2.0 ** rng.randrange(-40, 60)
    # Near the thresholds of repr's layout.
    base = rng.choice([1e16, 1e-4, 1e-5, 1e15, 1e17, 1.0, 10.0, 0.1])
    x = base
    for _ in range(rng.randrange(0, 4)):
        x = math.nextafter(x, rng.choice([math.inf, -math.inf]))
    return x


def exact_digits(x: float) -> tuple[int, int]:
    """(significant digits, digits after the point) of the exact decimal value of a finite x != 0."""
    from decimal import Decimal

    t = Decimal(x).normalize().as_tuple()
    n = len(t.digits)
    return n, max(0, -t.exponent)


def random_spec(rng: random.Random, ty: str) -> str:
    fill_align = rng.choice(
        ["", "", "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", " >", "é^", "_>", ",<", ".^",
         "<<", "0^", "中>", "😀<"]
    )
    sign = rng.choice(["", "", "", "+", "-", " "])
    z = rng.choice(["", "", "", "", "", "z"])
    alt = rng.choice(["", "", "", "#"])
    zero = rng.choice(["", "", "", "0"])
    width = rng.choice(["", "", "", "1", "5", "8", "12", "20", "31"])
    grouping = rng.choice(["", "", "", "", ",", "_"])
    precision = rng.choice(["", "", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"])
    types = {
        "int": ["", "", "d", "x", "X", "o", "b", "c", "n", "e", "f", "g", "%", "E", "G", "F", "s"],
        "bool": ["", "d", "x", "c", "f", "%", "s", "n"],
        "float": ["", "", "", "e", "E", "f", "F", "g", "G", "%", "n", "d", "x", "s"],
        "str": ["", "", "s", "s", "d", "f"],
    }[ty]
    t = rng.choice(types)
    if ty in ("int", "bool") and t not in ("e", "f", "g", "%", "E", "G", "F") and rng.random() < 0.8:
        precision = ""
        z = ""
    if ty == "str" and rng.random() < 0.85:
        sign = z = alt = ""
        grouping = ""
    if t == "c" and rng.random() < 0.8:
        sign = alt = grouping = ""
    return fill_align + sign + z + alt + zero + width + grouping + precision + t


def interesting_strings(rng: random.Random) -> list[str]:
    fixed = [
        "", "a", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline", "\r",
        "\x00\x01\x1f\x7f", "é", "中文字符", "😀", "a\u0301", "\u0301", "\xa0", "\xad", "\u200b", "\u2028",
        "\u2029", "\ue000", "\U0010ffff", "\u0378", "\uffff", "\ufeff", "١٢٣", "नमस्ते", "\x85", "\u3000",
        "\U000e0001", "'", '"', "''\"\"", "\\'", "\t\n\r\x0b\x0c", " ", "\x1b[0m", "Ünïcödé", "𝔘𝔫𝔦",
        "\u00b2\u00bd", "\u2060\u2061", "\U0001f1eb\U0001f1f7", "\u0600", "\U000f0000", "\u061c",
    ]
    pool = [c for s in fixed for c in s] + list("abcXYZ019 ,.-_'\"\\")
    out = list(fixed)
    for _ in range(150):
        n = rng.randrange(1, 12)
        chars = []
        for _ in range(n):
            if rng.random() < 0.6:
                chars.append(rng.choice(pool))
            else:
                # A random code point Python 3.12 knows (assigned, not a surrogate), so that the case
                # does not depend on the Unicode version; tests check the version differences apart.
                while True:
                    c = rng.choice([rng.randrange(0x80, 0x800), rng.randrange(0x800, 0x10000),
                                    rng.randrange(0x10000, 0x110000), rng.randrange(0, 0x80)])
                    ch = chr(c)
                    if unicodedata.category(ch) not in ("Cn", "Cs"):
                        break
                chars.append(ch)
        out.append("".join(chars))
    return out


def ints(rng: random.Random) -> list[int]:
    fixed = [
        0, 1, -1, 7, -7, 10, 255, -255, 1000, -1000, 1234, 1234567, -1234567, I64_MIN, I64_MAX,
        I64_MIN + 1, 2**53, 2**53 + 1, -(2**53) - 1, 2**31, 2**32, 10**15, 10**16, 10**18, 999999,
        123456789, 0x10FFFF, 65, 0x1F600,
    ]
    out = list(fixed)
    for _ in range(80):
        bits = rng.randrange(1, 64)
        v = rng.getrandbits(bits) * rng.choice([1, -1])
        out.append(max(I64_MIN, min(I64_MAX, v)))
    return out


def ranges(pred) -> list[list[int]]:
    out: list[list[int]] = []
    for c in range(0x110000):
        if pred(c):
            if out and out[-1][1] == c - 1:
                out[-1][1] = c
            else:
                out.append([c, c])
    return out


def record() -> dict:
    rng = random.Random(SEED)
    r = Recorder()

    # repr / str of every type.
    floats = list(SPECIAL_FLOATS) + [random_float(rng) for _ in range(700)]
    for x in floats:
        r.add("repr", x)
    for x in SPECIAL_FLOATS:
        r.add("str", x)
    # Exact ties between two shortest candidates (dtoa takes the even digit): large values with a few
    # fraction bits, e.g. 1000000000000000.25 -> '1000000000000000.2'.
    for _ in range(200):
        x = rng.randrange(2**43, 2**53) + rng.choice([0.25, 0.75, 0.5, 0.125, 0.375, 0.625, 0.875, 0.0625])
        x = math.ldexp(x, rng.choice([0, 0, 0, -1, -2, 1, -10, 20]))
        r.add("repr", x)
        r.add("format", x, rng.choice(["", ",", "+", "z", "021", ",.17", "_.16"]))
    int_pool = ints(rng)
    for n in int_pool:
        r.add("repr", n)
        r.add("str", n)
    for b in (True, False):
        r.add("repr", b)
        r.add("str", b)
    r.add("repr", None)
    r.add("str", None)
    strings = interesting_strings(rng)
    for s in strings:
        r.add("repr", s)
        r.add("str", s)

    # format: floats with the common specs.
    for x in SPECIAL_FLOATS:
        r.fmt(x, FLOAT_SPECS)
    float_pool = list(SPECIAL_FLOATS) + [random_float(rng) for _ in range(150)]
    for x in float_pool[len(SPECIAL_FLOATS):]:
        r.fmt(x, rng.sample(FLOAT_SPECS, 6))

    # format: exact ties (round half to even) and huge precisions.
    for _ in range(200):
        x = rng.randrange(1, 1 << rng.randrange(1, 24)) * 2.0 ** rng.randrange(-30, 40)
        x *= rng.choice([1, -1])
        sig, frac = exact_digits(x)
        specs = []
        if sig >= 2:
            specs += [f".{sig - 2}e", f".{sig - 1}g", f".{sig - 1}"]
        if frac >= 1:
            specs += [f".{frac - 1}f", f".{frac - 1}%" if frac >= 3 else ".0f"]
        r.fmt(x, specs)
    for x in (5e-324, 0.1, 1.7976931348623157e308):
        r.fmt(x, [".1074f", ".1200f", ".770e", ".900g", "#.780g"])

    # format: ints.
    n_fixed = len(ints(random.Random(0))) - 80
    for n in int_pool[:n_fixed]:
        r.fmt(n, INT_SPECS)
    for n in int_pool[n_fixed:]:
        r.fmt(n, rng.sample(INT_SPECS, 5))
    for _ in range(120):
        c = rng.choice([rng.randrange(0, 0x80), rng.randrange(0x80, 0xD800), rng.randrange(0xE000, 0x110000)])
        r.fmt(c, [rng.choice(["c", "<3c", "^5c", "*>4c", "05c", "=3c", "c"])])
    for c in (-1, 0x110000, I64_MAX, I64_MIN, 0, 0x7F, 0x10FFFF):
        r.fmt(c, ["c", "+c", "#c", ",c", ".2c", "zc", "_c", " c", "-c"])

    # format: strings, bools, None.
    for s in strings[:40]:
        r.fmt(s, STR_SPECS)
    for b in (True, False):
        r.fmt(b, BOOL_SPECS)
    r.fmt(None, ["", ">3", "s", " "])

    # format: the invalid and odd specs on every type.
    for v in (1, -3, 1.5, -0.0, "ab", True):
        r.fmt(v, INVALID_SPECS)

    # format: random specs on random values.
    for _ in range(2500):
        ty = rng.choices(["float", "int", "str", "bool"], weights=[45, 35, 12, 8])[0]
        if ty == "float":
            v = rng.choice(float_pool) if rng.random() < 0.5 else random_float(rng)
        elif ty == "int":
            v = rng.choice(int_pool)
        elif ty == "str":
            v = rng.choice(strings)
        else:
            v = rng.choice([True, False])
        r.add("format", v, random_spec(rng, ty))

    return {
        "python": sys.version.split()[0],
        "unicode": unicodedata.unidata_version,
        "seed": SEED,
        "cases": r.cases,
        "nonprintable": ranges(lambda c: not chr(c).isprintable()),
        "unassigned": ranges(lambda c: unicodedata.category(chr(c)) == "Cn"),
    }


def dump(data: dict) -> str:
    d = lambda v: json.dumps(v, ensure_ascii=True)  # noqa: E731
    lines = ["{"]
    for key in ("python", "unicode", "seed"):
        lines.append(f"  {d(key)}: {d(data[key])},")
    lines.append('  "cases": [')
    lines.append(",\n".join("    " + d(c) for c in data["cases"]))
    lines.append("  ],")
    lines.append(f'  "nonprintable": {d(data["nonprintable"])},')
    lines.append(f'  "unassigned": {d(data["unassigned"])}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def rust_tables() -> str:
    zeros = [c for c in range(0x110000) if unicodedata.decimal(chr(c), None) == 0]
    assert all(unicodedata.decimal(chr(z + i), None) == i for z in zeros for i in range(10))
    assert sum(1 for c in range(0x110000) if unicodedata.decimal(chr(c), None) is not None) == 10 * len(zeros)
    unassigned = ranges(lambda c: unicodedata.category(chr(c)) == "Cn")

    def rows(items, per_line):
        return "\n".join(
            "    " + " ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)
        )

    version = unicodedata.unidata_version
    return f"""//! Tables of Python {WANT[0]}.{WANT[1]}'s Unicode database ({version}). Generated by
//! `scripts/record_pyfmt.py` (`unicodedata` of CPython {sys.version.split()[0]}); do not edit.

/// The zero of every run of decimal digits (`unicodedata.decimal(c) == 0`); each run has 10 digits.
#[rustfmt::skip]
pub(crate) const DECIMAL_ZEROS: [u32; {len(zeros)}] = [
{rows(["0x%05X," % z for z in zeros], 10)}
];

/// The unassigned code points (category Cn), as inclusive ranges in order.
#[rustfmt::skip]
pub(crate) const UNASSIGNED: [(u32, u32); {len(unassigned)}] = [
{rows(["(0x%05X, 0x%05X)," % (a, b) for a, b in unassigned], 5)}
];
"""


def main() -> int:
    ensure_python()
    check = "--check" in sys.argv[1:]
    text = dump(record())
    tables = rust_tables()
    if check:
        stale = [
            path.relative_to(REPO)
            for path, want in ((OUTPUT, text), (TABLES, tables))
            if (path.read_text(encoding="utf-8") if path.exists() else "") != want
        ]
        for path in stale:
            print(f"{path} is not what scripts/record_pyfmt.py writes; rerun it")
        if not stale:
            print(f"{OUTPUT.relative_to(REPO)} and {TABLES.relative_to(REPO)} are up to date")
        return 1 if stale else 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    TABLES.write_text(tables, encoding="utf-8")
    print(f"wrote {TABLES.relative_to(REPO)}")
    data = json.loads(text)
    by_op: dict[str, int] = {}
    for c in data["cases"]:
        by_op[c[0]] = by_op.get(c[0], 0) + 1
    errors = sum(1 for c in data["cases"] if len(c) > 5)
    print(
        f"wrote {OUTPUT.relative_to(REPO)}: {len(data['cases'])} cases "
        f"({', '.join(f'{k} {v}' for k, v in sorted(by_op.items()))}; {errors} raise) "
        f"with CPython {data['python']}, Unicode {data['unicode']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
