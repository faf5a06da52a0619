#!/usr/bin/env python3
"""Time the benchmark kernels (``benches/kernels/*.ml``) in the Python reference implementation.

Run it from anywhere:

    python3 scripts/time_reference.py                 # every kernel (about 5 minutes)
    python3 scripts/time_reference.py --only fib      # some kernels; the others' entries are kept

What it does:

1. Uses the reference implementation (``multilingualprogramming==0.8.2``) installed in the virtual
   environment ``$MULTILINGUAL_REF_VENV`` (default ``/tmp/ref-venv``); when that has no reference, it is
   created with ``PYENV_VERSION=3.12.1 python -m venv`` and the package is installed with pip.
2. For each kernel, writes one program: the ``.ml`` file (element-typed list annotations rewritten to
   the bare list word, which the reference needs: see ``record_reference.py``), then code that makes
   the same inputs as ``benches/kernels.rs`` (the same formulas), then a loop that calls the kernel
   ``runs`` times, each call timed with ``time.perf_counter()`` inside the program (so neither the
   reference's start-up nor its translation is counted), then prints the times and the result.
3. Writes ``benches/reference_times.json``: per kernel the size it ran, every time, the median, and
   the result (a scalar, or for a list its length and a sample of elements, which the ``kernels``
   benchmark compares with ours when the sizes are equal).

Sizes are the benchmark's, except the 1000 × 1000 matrix product, which would take several minutes
per call in the reference (about two minutes): it runs 200 × 200 instead, recorded as ``matmul_200`` (the ``kernels``
benchmark times ours at 200 too, for the ratio). Nothing is scaled.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record_reference import strip_list_annotations  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
KERNELS_DIR = REPO / "benches" / "kernels"
OUTPUT = REPO / "benches" / "reference_times.json"
REFERENCE_PACKAGE = "multilingualprogramming"
REFERENCE_VERSION = "0.8.2"
PYENV_PYTHON = "3.12.1"
DEFAULT_VENV = "/tmp/ref-venv"
TIMEOUT_S = 3600


def matrices(n: int) -> str:
    return f"""
a = []
b = []
for i in range({n} * {n}):
    a.append(((i * 37 + 11) % 101) / 101.0)
    b.append(((i * 53 + 7) % 97) / 97.0)
"""


XOR_SETUP = """
data = []
for i in range(1048576):
    data.append((i * 131 + 7) % 256)
key = []
for k in range(16):
    key.append((k * 29 + 101) % 256)
"""

IMAGE_SETUP = """
src = []
for i in range(3840 * 2160):
    src.append(((i * 7919) % 1000) / 1000.0)
"""

# key: the criterion group it compares with; size: as `benches/kernels.rs` writes it; length: the
# length of a list result (None for a scalar).
KERNELS = [
    dict(key="fib", file="fib.ml", size={"n": 30}, setup="", call="fib(30)", runs=5, length=None),
    dict(key="matmul_100", file="matmul.ml", size={"n": 100}, setup=matrices(100),
         call="matmul(a, b, 100)", runs=5, length=100 * 100),
    dict(key="matmul_200", file="matmul.ml", size={"n": 200}, setup=matrices(200),
         call="matmul(a, b, 200)", runs=3, length=200 * 200,
         note="stands for matmul_1000: 1000 x 1000 would take about two minutes per call here (n³ from 200)"),
    dict(key="xor_cipher", file="xor_cipher.ml", size={"bytes": 1048576, "key": 16}, setup=XOR_SETUP,
         call="xor_cipher(data, key)", runs=5, length=1048576),
    dict(key="monte_carlo_pi", file="monte_carlo_pi.ml", size={"samples": 1000000, "seed": 42}, setup="",
         call="monte_carlo_pi(1000000, 42)", runs=5, length=None),
    dict(key="mandelbrot", file="mandelbrot.ml", size={"width": 140, "height": 50, "max_iter": 100000},
         setup="", call="mandelbrot(140, 50, 100000)", runs=3, length=140 * 50),
    dict(key="box_blur", file="box_blur.ml", size={"width": 3840, "height": 2160}, setup=IMAGE_SETUP,
         call="box_blur(src, 3840, 2160)", runs=3, length=3840 * 2160),
]

MARK_TIMES = "@@TIMES"
MARK_RESULT = "@@RESULT"


def sample_indices(length: int) -> list[int]:
    """Elements of a list result recorded for comparison: nine spread over the list, and the last."""
    return sorted({length * k // 8 for k in range(8)} | {length // 2 + 1, length - 1})


def program(kernel: dict) -> str:
    source = strip_list_annotations((KERNELS_DIR / kernel["file"]).read_text(encoding="utf-8"), "en")
    lines = [source.rstrip("\n"), "", "import time", kernel["setup"].strip("\n"), "",
             "times = []",
             f"for run in range({kernel['runs']}):",
             "    t0 = time.perf_counter()",
             f"    result = {kernel['call']}",
             "    t1 = time.perf_counter()",
             "    times.append(t1 - t0)",
             f'print("{MARK_TIMES}", times)']
    if kernel["length"] is None:
        lines.append(f'print("{MARK_RESULT}", result)')
    else:
        picks = ", ".join(f"result[{i}]" for i in sample_indices(kernel["length"]))
        lines.append(f'print("{MARK_RESULT}", [len(result), [{picks}]])')
    return "\n".join(lines) + "\n"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def reference_installed(venv: Path) -> bool:
    python = venv_python(venv)
    if not python.exists():
        return False
    out = subprocess.run([str(python), "-c",
                          f"import importlib.metadata as m; print(m.version({REFERENCE_PACKAGE!r}))"],
                         capture_output=True, text=True, check=False)
    return out.returncode == 0 and out.stdout.strip() == REFERENCE_VERSION


def ensure_reference(venv: Path) -> Path:
    if reference_installed(venv):
        return venv_python(venv)
    if not venv_python(venv).exists():
        print(f"creating {venv} (PYENV_VERSION={PYENV_PYTHON} python -m venv)")
        env = dict(os.environ, PYENV_VERSION=PYENV_PYTHON)
        python = shutil.which("python") or shutil.which("python3") or sys.executable
        subprocess.run([python, "-m", "venv", str(venv)], env=env, check=True)
    print(f"installing {REFERENCE_PACKAGE}=={REFERENCE_VERSION} into {venv}")
    subprocess.run([str(venv_python(venv)), "-m", "pip", "install", "--quiet",
                    f"{REFERENCE_PACKAGE}=={REFERENCE_VERSION}"], check=True)
    if not reference_installed(venv):
        sys.exit(f"could not install {REFERENCE_PACKAGE}=={REFERENCE_VERSION} into {venv}")
    return venv_python(venv)


def run_kernel(python: Path, kernel: dict) -> dict:
    with tempfile.TemporaryDirectory(prefix="mltime-") as tmp:
        path = Path(tmp) / kernel["file"]
        path.write_text(program(kernel), encoding="utf-8")
        started = time.monotonic()
        proc = subprocess.run([str(python), "-m", REFERENCE_PACKAGE, "run", str(path), "--lang", "en"],
                              capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_S,
                              cwd=tmp, check=False)
        wall = time.monotonic() - started
    times = result = None
    for line in proc.stdout.splitlines():
        if line.startswith(MARK_TIMES + " "):
            times = ast.literal_eval(line[len(MARK_TIMES) + 1:])
        elif line.startswith(MARK_RESULT + " "):
            result = ast.literal_eval(line[len(MARK_RESULT) + 1:])
    if proc.returncode != 0 or times is None or result is None:
        sys.exit(f"{kernel['key']}: the reference failed (status {proc.returncode}):\n"
                 f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    if kernel["length"] is not None:
        length, values = result
        if length != kernel["length"]:
            sys.exit(f"{kernel['key']}: the reference returned {length} elements, expected {kernel['length']}")
        result = {"len": length,
                  "samples": {str(i): v for i, v in zip(sample_indices(length), values)}}
    entry = {
        "file": f"benches/kernels/{kernel['file']}",
        "call": kernel["call"],
        "size": kernel["size"],
        "runs": kernel["runs"],
        "times_s": [round(t, 6) for t in times],
        "median_s": round(statistics.median(times), 6),
        "result": result,
        "process_wall_s": round(wall, 2),
    }
    if "note" in kernel:
        entry["note"] = kernel["note"]
    return entry


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", metavar="KEY", help="kernels to run (keys: "
                        + ", ".join(k["key"] for k in KERNELS) + ")")
    parser.add_argument("--venv", default=os.environ.get("MULTILINGUAL_REF_VENV", DEFAULT_VENV))
    args = parser.parse_args()
    chosen = [k for k in KERNELS if not args.only or k["key"] in args.only]
    unknown = set(args.only or []) - {k["key"] for k in KERNELS}
    if unknown:
        parser.error(f"unknown kernel(s): {', '.join(sorted(unknown))}")

    python = ensure_reference(Path(args.venv))
    version = subprocess.run([str(python), "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True, check=True).stdout.strip()
    old = json.loads(OUTPUT.read_text(encoding="utf-8")) if OUTPUT.exists() else {}
    data = {
        "reference": f"{REFERENCE_PACKAGE} {REFERENCE_VERSION} on CPython {version}",
        "machine": f"{cpu_model()}, {os.cpu_count()} cores",
        "method": ("each call timed with time.perf_counter() inside the reference program; "
                   "median of the runs; inputs made by the formulas of benches/kernels.rs"),
        "kernels": old.get("kernels", {}),
    }
    for kernel in chosen:
        print(f"{kernel['key']}: {kernel['call']} x {kernel['runs']} ...", end=" ", flush=True)
        entry = run_kernel(python, kernel)
        data["kernels"][kernel["key"]] = entry
        print(f"median {entry['median_s']:.4f} s (runs {entry['times_s']})")
    order = [k["key"] for k in KERNELS]
    data["kernels"] = dict(sorted(data["kernels"].items(),
                                  key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))
    OUTPUT.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
