#!/usr/bin/env python3
"""Print the tables of BENCHMARKS.md from one run's results (Markdown on stdout).

    cargo bench --bench kernels && cargo bench --bench dispatch --bench expansion
    python3 scripts/bench_table.py            # reads <target>/criterion and benches/reference_times.json

The target directory is ``$CARGO_TARGET_DIR`` or ``target``; ``--criterion DIR`` overrides. Every figure is
criterion's median of one benchmark (``new/estimates.json``: the last run), the cold path's medians
(``cold_start.json``, written by the dispatch benchmark) and the Python reference's medians.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (criterion group, title, group timed at the Python reference's size, reference key)
KERNELS = [
    ("fib", "fib(30), recursive", "fib", "fib"),
    ("matmul_100", "matrix multiply 100 × 100", "matmul_100", "matmul_100"),
    ("matmul_1000", "matrix multiply 1000 × 1000", "matmul_200", "matmul_200"),
    ("xor_cipher", "XOR 1 MiB, 16-byte key", "xor_cipher", "xor_cipher"),
    ("monte_carlo_pi", "Monte Carlo pi, 10⁶ samples", "monte_carlo_pi", "monte_carlo_pi"),
    ("mandelbrot", "Mandelbrot 140 × 50, max 100000", "mandelbrot", "mandelbrot"),
    ("box_blur", "3 × 3 box blur 3840 × 2160", "box_blur", "box_blur"),
]
VARIANTS = ["ours_native", "ours_wasm", "handwritten_native", "rustc_wasm32"]

TARGETS = {
    "native": 1.05,       # ours native / hand-written native
    "wasm_native": 1.25,  # ours wasm / hand-written native
    "wasm_rustc": 1.10,   # ours wasm / rustc wasm32
    "python": 30.0,       # Python reference / ours
}


def median_ns(root: Path, group: str, function: str) -> float | None:
    path = root / group / function / "new" / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["median"]["point_estimate"]


def fmt_time(ns: float | None) -> str:
    if ns is None:
        return "–"
    if ns >= 1e9:
        return f"{ns / 1e9:.3f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.2f} ns"


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a / b


def verdict(value: float | None, target: float, at_least: bool = False) -> str:
    if value is None:
        return "–"
    ok = value >= target if at_least else value <= target
    return f"{value:.2f}× {'✅' if ok else '❌'}"


def per_kernel(root: Path, reference: dict, group: str, title: str, ref_group: str, ref_key: str) -> str:
    """One kernel's table: each variant's median and its ratio to the hand-written baselines."""
    t = {v: median_ns(root, group, v) for v in VARIANTS}
    names = {"ours_native": "ours, native", "ours_wasm": "ours, wasm (wasmtime)",
             "handwritten_native": "hand-written Rust, native",
             "rustc_wasm32": "hand-written Rust, rustc wasm32 (wasmtime)"}
    lines = [f"\n#### {title}\n", "| variant | median | ÷ hand-written native | ÷ rustc wasm32 |",
             "|---|---:|---:|---:|"]
    for v in VARIANTS:
        r1, r2 = ratio(t[v], t["handwritten_native"]), ratio(t[v], t["rustc_wasm32"])
        lines.append(f"| {names[v]} | {fmt_time(t[v])} | {'–' if r1 is None else f'{r1:.2f}×'} "
                     f"| {'–' if r2 is None else f'{r2:.2f}×'} |")
    ref = reference["kernels"].get(ref_key)
    if ref:
        py = ref["median_s"] * 1e9
        size = "" if ref_group == group else f" (at n = {ref['size']['n']})"
        lines.append(f"| Python reference{size} | {fmt_time(py)} | | |")
        on, ow = median_ns(root, ref_group, "ours_native"), median_ns(root, ref_group, "ours_wasm")
        if ref_group != group:
            lines.append(f"| ours, native (at n = {ref['size']['n']}) | {fmt_time(on)} | | |")
            lines.append(f"| ours, wasm (at n = {ref['size']['n']}) | {fmt_time(ow)} | | |")
        lines.append(f"\nPython ÷ ours: native {py / on:.0f}×, wasm {py / ow:.0f}×." if on and ow else "")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    parser.add_argument("--criterion", type=Path, default=target / "criterion")
    parser.add_argument("--reference", type=Path, default=REPO / "benches" / "reference_times.json")
    args = parser.parse_args()
    root = args.criterion
    if not root.is_dir():
        sys.exit(f"no criterion results in {root}: run `cargo bench --bench kernels` first")
    reference = json.loads(args.reference.read_text()) if args.reference.exists() else {"kernels": {}}

    out = []
    out.append("| kernel | ours native | ours wasm | hand-written native | rustc wasm32 "
               "| native / hw native (≤ 1.05) | wasm / hw native (≤ 1.25) | wasm / rustc wasm32 (≤ 1.10) "
               "| Python / ours native (≥ 30) | Python / ours wasm (≥ 30) |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    details = []
    for group, title, ref_group, ref_key in KERNELS:
        t = {v: median_ns(root, group, v) for v in VARIANTS}
        ref = reference["kernels"].get(ref_key)
        py_ns = ref["median_s"] * 1e9 if ref else None
        ours_native_ref = median_ns(root, ref_group, "ours_native")
        ours_wasm_ref = median_ns(root, ref_group, "ours_wasm")
        out.append(
            f"| {title} | {fmt_time(t['ours_native'])} | {fmt_time(t['ours_wasm'])} "
            f"| {fmt_time(t['handwritten_native'])} | {fmt_time(t['rustc_wasm32'])} "
            f"| {verdict(ratio(t['ours_native'], t['handwritten_native']), TARGETS['native'])} "
            f"| {verdict(ratio(t['ours_wasm'], t['handwritten_native']), TARGETS['wasm_native'])} "
            f"| {verdict(ratio(t['ours_wasm'], t['rustc_wasm32']), TARGETS['wasm_rustc'])} "
            f"| {verdict(ratio(py_ns, ours_native_ref), TARGETS['python'], at_least=True)} "
            f"| {verdict(ratio(py_ns, ours_wasm_ref), TARGETS['python'], at_least=True)} |"
        )
        if ref and ref_group != group:
            details.append(
                f"- {title}: the Python reference ran `{ref['call']}` ({ref.get('note', '')}); "
                f"Python {fmt_time(py_ns)} against ours at the same size: native "
                f"{fmt_time(ours_native_ref)}, wasm {fmt_time(ours_wasm_ref)}."
            )
        elif ref:
            details.append(f"- {title}: Python reference `{ref['call']}` {fmt_time(py_ns)} "
                           f"(median of {ref['runs']}).")
    print("\n".join(out))
    for group, title, ref_group, ref_key in KERNELS:
        print(per_kernel(root, reference, group, title, ref_group, ref_key))
    if details:
        print("\nPython reference (" + reference.get("reference", "?") + "):\n")
        print("\n".join(details))

    print("\n| call of `add(a, b)` | median per call | target |")
    print("|---|---:|---|")
    rows = [
        ("native_direct", "`add::native::add` (direct)", None),
        ("dispatcher_native", "dispatcher, backend native", 2.0),
        ("dispatcher_wasm", "dispatcher, backend wasm", 50.0),
        ("dispatcher_auto", "dispatcher, backend auto (→ wasm)", 50.0),
        ("wasm_direct", "`add::wasm::add` (direct)", None),
        ("raw_typed_func", "raw wasmtime `TypedFunc::call`, same module", None),
    ]
    for name, title, goal in rows:
        ns = median_ns(root, "dispatch", name)
        goal_text = "–" if goal is None else (
            "–" if ns is None else f"≤ {goal:g} ns {'✅' if ns <= goal else '❌'}")
        print(f"| {title} | {fmt_time(ns)} | {goal_text} |")

    cold = root / "cold_start.json"
    if cold.exists():
        data = json.loads(cold.read_text())
        ns = data["ns"]
        print(f"\nCold path ({data['runs']} fresh processes each, median (min – max)):\n")
        print("| step | median | min | max |")
        print("|---|---:|---:|---:|")
        labels = [
            ("empty", "whole_process", "process start + exit, doing nothing (baseline)"),
            ("dispatcher", "first_call", "first `add::add` call, precompiled module: engine + deserialize + instantiate + call"),
            ("dispatcher", "second_call", "second call"),
            ("dispatcher", "whole_process", "whole process with one dispatcher call (precompiled)"),
            ("dispatcher_compile", "first_call", "first call without a precompiled module (`include_ml!`): engine + Cranelift + instantiate + call"),
            ("dispatcher_compile", "whole_process", "whole process with one dispatcher call (compiled)"),
            ("steps", "engine", "wasmtime `Engine::new`"),
            ("steps", "compile", "`Module::new` (Cranelift) of add.ml's module"),
            ("steps", "deserialize", "`Module::deserialize` of its precompiled artifact"),
            ("steps", "instantiate", "`Linker` + `instantiate`"),
            ("steps", "first_call", "`get_typed_func` + first call"),
        ]
        for mode, name, label in labels:
            e = ns.get(mode, {}).get(name)
            if e:
                print(f"| {label} | {fmt_time(e['median'])} | {fmt_time(e['min'])} | {fmt_time(e['max'])} |")
        size = ns.get("steps", {}).get("module_bytes")
        artifact = ns.get("steps", {}).get("artifact_bytes")
        if size and artifact:
            print(f"\n(add.ml's module is {size['median']:.0f} bytes, its artifact {artifact['median']:.0f}.)")

    print("\n| `include_ml!` work for a 1000-line file | median | target |")
    print("|---|---:|---|")
    for name, title, goal in [
        ("include_ml_1000_lines", "`emit::expand` (what the macro runs)", 20.0),
        ("include_ml_1000_lines_as_text", "the same, items printed as text", None),
        ("precompile_1000_lines_x86_64", "precompiling its module for x86-64 (not done by the macro)", None),
        ("precompile_1000_lines_aarch64", "precompiling its module for aarch64 (not done by the macro)", None),
    ]:
        ns = median_ns(root, "expansion", name)
        goal_text = "–" if goal is None or ns is None else (
            f"≤ {goal:g} ms {'✅' if ns <= goal * 1e6 else '❌'}")
        print(f"| {title} | {fmt_time(ns)} | {goal_text} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
