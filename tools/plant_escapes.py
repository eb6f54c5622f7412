"""Remove each escape of every renderer, one at a time, and run the tests that guard them: a
test must fail for each (issue #33, item 4). Prints KILLED or SURVIVED a place, then the count.
The checkout's files are changed while a place is tried and put back after it.

    .venv/bin/python tools/plant_escapes.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RENDER = REPO / "src" / "livertx" / "render"
# (file, the escape's call, what it becomes when removed)
ESCAPES = [
    (RENDER / "html.py", r"\btext\(", "Markup("),
    (RENDER / "html_pieces.py", r"\btext\(", "Markup("),
    (RENDER / "html_pieces.py", r"\bvisible\(", "str("),
    (RENDER / "markdown.py", r"\bmd\(", "str("),
    (RENDER / "terminal.py", r"\bvisible\(", "str("),
    (RENDER / "stacked.py", r"\bvisible\(", "str("),
]
TESTS = [
    "tests/render/test_hostile_markup.py",
    "tests/render/test_blocks.py",
    "tests/render/test_html.py",
    "tests/test_hostile.py",
]


def main() -> int:
    killed = tried = 0
    for path, call, removed in ESCAPES:
        original = path.read_text(encoding="utf-8")
        for found in re.finditer(call, original):
            line = original[original.rfind("\n", 0, found.start()) + 1 :].split("\n", 1)[0]
            if line.lstrip().startswith("def "):
                continue
            mutated = original[: found.start()] + removed + original[found.end() :]
            path.write_text(mutated, encoding="utf-8")
            try:
                command = [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", *TESTS]
                done = subprocess.run(command, cwd=REPO, capture_output=True, check=False)
            finally:
                path.write_text(original, encoding="utf-8")
            tried += 1
            killed += done.returncode != 0
            said = "KILLED  " if done.returncode else "SURVIVED"
            print(f"{said} {path.name}: {line.strip()[:90]}", flush=True)
    print(f"{killed} of {tried} killed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
