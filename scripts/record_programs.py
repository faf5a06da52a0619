#!/usr/bin/env python3
"""Record the stdout of every whole program in tests/programs/ as the Python reference prints it.

Run it from anywhere (no arguments, no input):

    python3 scripts/record_programs.py          # writes tests/programs/<name>.stdout
    python3 scripts/record_programs.py --check  # exits 1 when a recorded file differs

The reference implementation is installed as scripts/record_reference.py does (same virtual
environment). A program's language is its first-line pragma (``# lang: xx``). Element-typed list
annotations are rewritten to the bare list word first, because the reference cannot parse them (it
ignores annotations anyway). A program whose reference run fails is reported and not recorded.

Corrected expectations: the reference does not process escape sequences in string literals
(``"a\\nb"`` prints a backslash and an ``n``), where Python prints a newline. A program that uses
them has a ``<name>.escapes`` file next to it saying why; its recorded stdout is the reference's
with the escapes ``\\n \\t \\\\ \\' \\"`` turned into the characters, as Python prints them.
"""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import record_reference as ref  # noqa: E402

PROGRAMS = ref.REPO / "tests" / "programs"


def language(source: str, path: Path) -> str:
    first = source.splitlines()[0] if source else ""
    if first.startswith("#") and "lang:" in first:
        return first.split("lang:", 1)[1].strip()
    return "en"


ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"'}


def process_escapes(text: str) -> str:
    """What Python prints where the reference printed escape sequences literally."""
    out = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in ESCAPES:
            out.append(ESCAPES[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def main() -> int:
    check = "--check" in sys.argv[1:]
    command = ref.ensure_reference()
    failures = 0
    for path in sorted(PROGRAMS.glob("*.ml")):
        source = path.read_text(encoding="utf-8")
        lang = language(source, path)
        program = ref.strip_list_annotations(source, lang)
        tmp = path.with_suffix(".ref.ml")
        tmp.write_text(program, encoding="utf-8")
        try:
            proc = subprocess.run(command + [str(tmp), "--lang", lang],
                                  capture_output=True, text=True, check=False)
        finally:
            tmp.unlink()
        if proc.returncode != 0 or proc.stderr.strip():
            print(f"{path.name}: the reference failed:\n{proc.stderr.strip()}", file=sys.stderr)
            failures += 1
            continue
        stdout = proc.stdout
        if path.with_suffix(".escapes").exists():
            stdout = process_escapes(stdout)
        out = path.with_suffix(".stdout")
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != stdout:
                print(f"{out.name} is out of date", file=sys.stderr)
                failures += 1
        elif not out.exists() or out.read_text(encoding="utf-8") != stdout:
            out.write_text(stdout, encoding="utf-8")
            print(f"recorded {out.relative_to(ref.REPO)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
