#!/usr/bin/env python3
"""Record what the Python reference implementation returns for every kernel test call.

Run it from anywhere (no arguments, no input):

    python3 scripts/record_reference.py

What it does:

1. Makes sure the reference implementation (``multilingualprogramming==0.8.2`` from PyPI) is installed in
   ``REPO/.venv-reference`` (ignored by git). When that virtual environment is missing it is created with
   ``PYENV_VERSION=3.12.1 python -m venv`` (resolved through ``pyenv which python`` when pyenv exists, since a
   script started through a pyenv shim has that version's ``bin`` first on PATH); if that does not give a
   Python >= 3.12, the first ``python3.13`` / ``python3.12`` / ``python3`` / ``python`` on PATH that is
   >= 3.12 is used instead, and with none the script stops with a message saying so.
2. Reads ``tests/reference/kernel_calls.json``: a list of
   ``{"id", "file", "lang", "function", "args"}`` objects (``file`` relative to the repository root, ``args``
   JSON numbers / booleans / flat lists; a JSON number with a decimal point is passed as a Python float).
3. For each ``.ml`` file it builds one temporary program: the file's source with element-typed list
   annotations (``liste[flottant]``, ``list[int]``, ``列表[整数]`` after ``:`` or ``->``) rewritten to the bare
   list word, because the reference cannot parse them (it ignores annotations anyway), followed by one line
   per call::

       __ref_args_7 = [<args as Python literals>]
       print("@@REF", 7, [FUNC(*__ref_args_7), __ref_args_7])

   ``print`` and ``*`` unpacking work in every language of the reference; ``json.dumps`` does not help,
   since the reference's semantic check rejects ``__import__`` and only the file language's own import
   keyword is accepted. So each printed value (Python's ``str`` of ints, floats, bools, None and flat lists)
   is read back with ``ast.literal_eval``; the ``repr`` of a float round-trips, so floats are exact.
   The calls of one file run in one reference process (start-up costs ~0.3 s); when a call raises, the
   reference stops, the output of the calls before it is kept, the exception class name is read from its
   stderr (``IndexError: list index out of range``) and the remaining calls are run in a new process.
4. Writes ``tests/reference/kernel_expected.json`` deterministically (sorted ids, one case per line)::

       {"fib_fr_10": {"value": 55},
        "scale_fr_1": {"value": null, "args_after": [[2.0, 4.0], 2.0]},
        "bad_index_en": {"error": "IndexError"}}

   ``args_after`` (the arguments as the caller sees them after the call) is recorded only for calls that
   pass at least one list, so that writes into list parameters can be compared too.

Conventions checked here: a call whose id starts with ``bad_`` must raise a Python exception (it records
``{"error": "<ExceptionClass>"}``); any other call must return. Anything else -- a parse or semantic error
of the reference, a ``bad_`` call that returns, an exception in an ordinary call, an unreadable value, a
duplicate id, a missing file -- is an unexpected failure: it is printed and the script exits with status 1
(the expected file is still written with the cases that did succeed, so a diff shows the rest).
"""

from __future__ import annotations

import ast
import builtins
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REFERENCE_PACKAGE = "multilingualprogramming"
REFERENCE_VERSION = "0.8.2"
PYENV_PYTHON = "3.12.1"
MIN_PYTHON = (3, 12)

REPO = Path(__file__).resolve().parent.parent
VENV = REPO / ".venv-reference"
CALLS_PATH = REPO / "tests" / "reference" / "kernel_calls.json"
EXPECTED_PATH = REPO / "tests" / "reference" / "kernel_expected.json"

LANGUAGES = ("en", "fr", "es", "de", "hi", "ar", "bn", "ta", "zh", "ja", "it", "pt", "pl", "nl", "sv", "da", "fi")

# TYPE_LIST keyword of each language (keywords.json of the reference); English `list` works everywhere.
LIST_WORDS = {
    "en": ["list"], "fr": ["liste"], "es": ["lista"], "de": ["liste"], "hi": ["सूची"], "ar": ["قائمة"],
    "bn": ["তালিকা"], "ta": ["பட்டியல்"], "zh": ["列表"], "ja": ["リスト"], "it": ["lista"], "pt": ["lista"],
    "pl": ["lista"], "nl": ["lijst"], "sv": ["lista"], "da": ["liste"], "fi": ["lista"],
}

# Tuple type names (the reference cannot parse `tuple[int, float]` either).
TUPLE_WORDS = {
    "en": ["tuple"], "fr": ["nuplet", "tuplet"], "es": ["tupla"], "de": ["tupel"], "hi": ["ट्यूपल"],
    "ar": ["تيوبل", "صف_ثابت"], "bn": ["টিউপল"], "ta": ["டப்பிள்", "நிலைத்தொடர்"], "zh": ["元组"],
    "ja": ["タプル"], "it": ["tupla"], "pt": ["tuplo"], "pl": ["krotka"], "nl": ["tuple"], "sv": ["tuppel"],
    "da": ["tupel"], "fi": ["monikko"],
}

MARKER = "@@REF"
RUN_TIMEOUT_S = 300


class Failure(Exception):
    """An unexpected failure: reported, and the script exits non-zero."""


# --------------------------------------------------------------------------------------------- venv


def _python_version(python: str, env: dict | None = None) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
            capture_output=True, text=True, timeout=60, env=env, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    try:
        major, minor = out.stdout.split()
        return int(major), int(minor)
    except ValueError:
        return None


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _installed_version() -> str | None:
    python = _venv_python()
    if not python.exists():
        return None
    out = subprocess.run(
        [str(python), "-c",
         f"import importlib.metadata as m; print(m.version({REFERENCE_PACKAGE!r}))"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    return out.stdout.strip() if out.returncode == 0 else None


def _create_venv() -> None:
    if VENV.exists():
        shutil.rmtree(VENV)
    candidates: list[tuple[list[str], dict]] = []
    pyenv_env = dict(os.environ, PYENV_VERSION=PYENV_PYTHON)
    # When this script itself runs through a pyenv shim, PATH starts with that version's bin directory,
    # so a bare `python` would not reach the shim: ask pyenv for the interpreter's path instead.
    if shutil.which("pyenv"):
        which = subprocess.run(["pyenv", "which", "python"], env=pyenv_env, capture_output=True, text=True,
                               check=False)
        if which.returncode == 0 and which.stdout.strip():
            candidates.append(([which.stdout.strip()], pyenv_env))
    if shutil.which("python"):
        candidates.append((["python"], pyenv_env))
    for name in ("python3.13", "python3.12", "python3", "python"):
        found = shutil.which(name)
        if found:
            candidates.append(([found], dict(os.environ)))
    tried = []
    for cmd, env in candidates:
        version = _python_version(cmd[0], env)
        tried.append(f"{cmd[0]} (PYENV_VERSION={env.get('PYENV_VERSION', '-')}) -> {version}")
        if version is None or version < MIN_PYTHON:
            continue
        print(f"creating {VENV} with {cmd[0]} (Python {version[0]}.{version[1]})")
        made = subprocess.run(cmd + ["-m", "venv", str(VENV)], env=env, check=False)
        if made.returncode == 0 and _python_version(str(_venv_python())) is not None:
            return
        shutil.rmtree(VENV, ignore_errors=True)
    raise Failure(
        "no Python >= 3.12 found to create the reference venv; tried:\n  " + "\n  ".join(tried)
        + f"\ninstall Python 3.12 (e.g. `pyenv install {PYENV_PYTHON}`) and rerun"
    )


def ensure_reference() -> list[str]:
    """Return the command that runs the reference CLI, installing it first if needed."""
    if _installed_version() != REFERENCE_VERSION:
        if not _venv_python().exists() or _python_version(str(_venv_python())) is None:
            _create_venv()
        print(f"installing {REFERENCE_PACKAGE}=={REFERENCE_VERSION} into {VENV}")
        pip = subprocess.run(
            [str(_venv_python()), "-m", "pip", "install", "--quiet",
             f"{REFERENCE_PACKAGE}=={REFERENCE_VERSION}"],
            check=False,
        )
        if pip.returncode != 0 or _installed_version() != REFERENCE_VERSION:
            raise Failure(f"could not install {REFERENCE_PACKAGE}=={REFERENCE_VERSION} into {VENV}")
    return [str(_venv_python()), "-m", REFERENCE_PACKAGE, "run"]


# ------------------------------------------------------------------------------------------- calls


def load_calls() -> list[dict]:
    try:
        calls = json.loads(CALLS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Failure(f"cannot read {CALLS_PATH}: {exc}") from exc
    if not isinstance(calls, list):
        raise Failure(f"{CALLS_PATH}: expected a JSON list")
    seen = set()
    for i, call in enumerate(calls):
        where = f"{CALLS_PATH.name}[{i}]"
        if not isinstance(call, dict) or set(call) != {"id", "file", "lang", "function", "args"}:
            raise Failure(f"{where}: expected exactly the keys id, file, lang, function, args: {call!r}")
        if call["id"] in seen:
            raise Failure(f"{where}: duplicate id {call['id']!r}")
        seen.add(call["id"])
        if call["lang"] not in LANGUAGES:
            raise Failure(f"{where}: unknown lang {call['lang']!r}")
        if not (REPO / call["file"]).is_file():
            raise Failure(f"{where}: no such file {call['file']!r}")
        if not isinstance(call["function"], str) or not call["function"].isidentifier():
            raise Failure(f"{where}: bad function name {call['function']!r}")
        if not isinstance(call["args"], list):
            raise Failure(f"{where}: args must be a list")
        for arg in call["args"]:
            _check_arg(arg, where)
    return calls


def _check_arg(arg, where: str, nested: bool = False) -> None:
    if isinstance(arg, bool) or isinstance(arg, int):
        return
    if isinstance(arg, float):
        if not math.isfinite(arg):
            raise Failure(f"{where}: non-finite float argument")
        return
    if isinstance(arg, list) and not nested:
        for item in arg:
            _check_arg(item, where, nested=True)
        return
    raise Failure(f"{where}: unsupported argument {arg!r} (numbers, booleans, flat lists only)")


def strip_list_annotations(source: str, lang: str) -> str:
    """`xs: liste[flottant]` -> `xs: liste`, `-> tuple[int, float]:` -> `-> tuple:` (the reference cannot
    parse element types)."""
    words = sorted(set(LIST_WORDS[lang] + LIST_WORDS["en"] + TUPLE_WORDS[lang] + TUPLE_WORDS["en"]),
                   key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    pattern = re.compile(r"(:|->|→)([ \t]*)(" + alternatives + r")[ \t]*\[")
    out, pos = [], 0
    while (m := pattern.search(source, pos)) is not None:
        # Drop the balanced brackets after the list word (element types nest).
        depth, end = 1, m.end()
        while end < len(source) and depth > 0 and source[end] != "\n":
            depth += {"[": 1, "]": -1}.get(source[end], 0)
            end += 1
        out.append(source[pos : m.start()] + m.group(1) + m.group(2) + m.group(3))
        pos = end
    out.append(source[pos:])
    return "".join(out)


def build_program(source: str, lang: str, calls: list[tuple[int, dict]]) -> str:
    lines = [strip_list_annotations(source, lang).rstrip("\n"), "", ""]
    for index, call in calls:
        args = "[" + ", ".join(repr(a) for a in call["args"]) + "]"
        lines.append(f"__ref_args_{index} = {args}")
        lines.append(f'print("{MARKER}", {index}, [{call["function"]}(*__ref_args_{index}), __ref_args_{index}])')
    return "\n".join(lines) + "\n"


def _exception_name(stderr: str) -> str | None:
    """The Python exception class named by the reference's error line, if it is a builtin exception."""
    for line in reversed(stderr.strip().splitlines()):
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)(:|$)", line.strip())
        if m:
            obj = getattr(builtins, m.group(1), None)
            if isinstance(obj, type) and issubclass(obj, BaseException):
                return m.group(1)
            return None
    return None


def run_file(command: list[str], rel_file: str, lang: str, calls: list[tuple[int, dict]],
             results: dict, problems: list[str]) -> int:
    """Run the calls of one file (in order), fill `results`; returns the number of reference processes."""
    source = (REPO / rel_file).read_text(encoding="utf-8")
    remaining = list(calls)
    processes = 0
    with tempfile.TemporaryDirectory(prefix="mlref-") as tmp:
        program_path = Path(tmp) / Path(rel_file).name
        while remaining:
            program_path.write_text(build_program(source, lang, remaining), encoding="utf-8")
            processes += 1
            try:
                proc = subprocess.run(
                    command + [str(program_path), "--lang", lang],
                    capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_S,
                    cwd=tmp, check=False,
                )
            except subprocess.TimeoutExpired:
                problems.append(f"{rel_file}: the reference timed out after {RUN_TIMEOUT_S} s")
                return processes
            by_index = {}
            for line in proc.stdout.splitlines():
                if not line.startswith(MARKER + " "):
                    continue
                _, index, text = line.split(" ", 2)
                try:
                    by_index[int(index)] = ast.literal_eval(text)
                except (ValueError, SyntaxError) as exc:
                    problems.append(f"{rel_file}: cannot read the reference's output {text!r}: {exc}")
                    return processes
            done = 0
            for index, call in remaining:
                if index not in by_index:
                    break
                value, args_after = by_index[index]
                case = {"value": value}
                if any(isinstance(a, list) for a in call["args"]):
                    case["args_after"] = args_after
                results[call["id"]] = case
                done += 1
            remaining = remaining[done:]
            if proc.returncode == 0:
                if remaining:
                    problems.append(f"{rel_file}: the reference exited normally without running "
                                    f"{[c['id'] for _, c in remaining]}")
                return processes
            if not remaining:
                problems.append(f"{rel_file}: the reference failed after the last call:\n{proc.stderr.strip()}")
                return processes
            error = _exception_name(proc.stderr)
            if error is None:
                problems.append(f"{rel_file} ({remaining[0][1]['id']}): the reference failed without a Python "
                                f"exception:\n{proc.stderr.strip()}")
                return processes
            results[remaining[0][1]["id"]] = {"error": error}
            remaining = remaining[1:]
    return processes


def check_expectations(calls: list[dict], results: dict, problems: list[str]) -> None:
    for call in calls:
        case = results.get(call["id"])
        if case is None:
            continue
        if call["id"].startswith("bad_") and "error" not in case:
            problems.append(f"{call['id']}: expected a Python exception, got {case}")
        elif not call["id"].startswith("bad_") and "error" in case:
            problems.append(f"{call['id']}: unexpected Python exception {case['error']}")
        if "value" in case:
            _check_value(call["id"], case["value"], problems)


def _check_value(cid: str, value, problems: list[str]) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        problems.append(f"{cid}: non-finite float result {value!r} cannot be stored in JSON")
    elif isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        if isinstance(value, int) and not isinstance(value, bool) and not -2**63 <= value < 2**63:
            problems.append(f"{cid}: integer result {value} does not fit in 64 bits")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, list):
                problems.append(f"{cid}: nested list result")
            else:
                _check_value(cid, item, problems)
    else:
        problems.append(f"{cid}: unsupported result type {type(value).__name__}")


def write_expected(results: dict) -> None:
    lines = [f"  {json.dumps(cid, ensure_ascii=False)}: {json.dumps(results[cid], sort_keys=True)}"
             for cid in sorted(results)]
    text = "{\n" + ",\n".join(lines) + "\n}\n" if lines else "{}\n"
    EXPECTED_PATH.parent.mkdir(parents=True, exist_ok=True)
    if not EXPECTED_PATH.exists() or EXPECTED_PATH.read_text(encoding="utf-8") != text:
        EXPECTED_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {EXPECTED_PATH.relative_to(REPO)}")
    else:
        print(f"{EXPECTED_PATH.relative_to(REPO)} unchanged")


def main() -> int:
    started = time.monotonic()
    problems: list[str] = []
    try:
        command = ensure_reference()
        calls = load_calls()
    except Failure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    groups: dict[tuple[str, str], list[tuple[int, dict]]] = {}
    for index, call in enumerate(calls):
        groups.setdefault((call["file"], call["lang"]), []).append((index, call))

    results: dict = {}
    processes = 0
    for (rel_file, lang), group in groups.items():
        processes += run_file(command, rel_file, lang, group, results, problems)
    check_expectations(calls, results, problems)
    missing = [c["id"] for c in calls if c["id"] not in results]
    write_expected(results)

    errors = sorted((cid, case["error"]) for cid, case in results.items() if "error" in case)
    print(f"{len(calls)} calls in {len(groups)} files, {processes} reference runs, "
          f"{time.monotonic() - started:.1f} s")
    print(f"  {len(results) - len(errors)} values, {len(errors)} Python errors, {len(missing)} not recorded")
    for cid, name in errors:
        print(f"  error {cid}: {name}")
    if problems:
        print(f"\n{len(problems)} unexpected failure(s):", file=sys.stderr)
        for problem in problems:
            print(f"- {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
