#!/usr/bin/env python3
"""Record the stdout of every whole program in tests/programs/ as the Python reference prints it.

Run it from anywhere (no arguments, no input):

    python3 scripts/record_programs.py          # writes tests/programs/<name>.stdout
    python3 scripts/record_programs.py --check  # exits 1 when a recorded file differs

The reference implementation is installed as scripts/record_reference.py does (same virtual
environment). A program's language is its first-line pragma (``# lang: xx``). Element-typed list
annotations are rewritten to the bare list word first, because the reference cannot parse them (it
ignores annotations anyway). A program whose reference run fails is reported and not recorded.
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
        out = path.with_suffix(".stdout")
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != proc.stdout:
                print(f"{out.name} is out of date", file=sys.stderr)
                failures += 1
        elif not out.exists() or out.read_text(encoding="utf-8") != proc.stdout:
            out.write_text(proc.stdout, encoding="utf-8")
            print(f"recorded {out.relative_to(ref.REPO)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
