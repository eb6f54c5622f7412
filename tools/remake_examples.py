"""Remake the output of every ```console `$ livertx ARGS` example in README.md and docs/*.md
from what livertx prints at 80 columns (tests/test_readme.py holds them to it). Run it after a
change to what a view prints, then read the diff: it is the review.

    .venv/bin/python tools/remake_examples.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# As tests/test_readme.py and tests/conftest.py run them: 80 columns, no colour, a fixed today.
ENV = {"COLUMNS": "80", "TTY_COMPATIBLE": "1", "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1796083200"}
EXAMPLE = re.compile(r"(```console\n\$ livertx (.*?)\n)(.*?)(```)", flags=re.DOTALL)


def printed(args: str) -> str:
    command = [sys.executable, "-m", "livertx", *shlex.split(args)]
    env = {**os.environ, **ENV}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    return "\n".join(line.rstrip() for line in output.rstrip("\n").split("\n")) + "\n"


def main() -> None:
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        made = EXAMPLE.sub(lambda m: m[1] + printed(m[2]) + m[4], text)
        if made != text:
            path.write_text(made, encoding="utf-8")
            print(f"remade {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
