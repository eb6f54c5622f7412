"""Start-up in instructions: each case of benchmarks/startup.py run once under valgrind's
callgrind, and its count of executed instructions as a ratio to a bare `python -c pass`; and the
parse share (startup.py's file-size check): a 10x file's load against the real file's, warm.

    python benchmarks/instructions.py            # every case with a target
    python benchmarks/instructions.py --all      # every case

On a shared machine, times move by a tenth of the baseline from run to run; instruction counts
move by a thousandth. They are for comparing two versions of livertx (install each in its own
environment, run this in each), not for the targets, which are in time: an instruction of
PyYAML's C parser and one of the interpreter's loop do not take the same time. It needs valgrind
(`apt-get install valgrind`) and takes about a minute. Run it, like startup.py, with livertx
installed by `pip install .`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from startup import Case, big_file, cases, knowledge_copy  # the same cases, defined once


def instructions_in(report: str) -> int:
    """The instructions callgrind counted, from what it writes on stderr
    (`==123== Collected : 41234567`)."""
    for line in report.splitlines():
        words = line.split()
        if "Collected" in words:
            return int(words[-1].replace(",", ""))
    raise ValueError("callgrind reported no count")


def count(case: Case, env: dict[str, str]) -> int:
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *case.argv],
        env={**env, **case.env},
        capture_output=True,
        text=True,
        check=False,
    )
    return instructions_in(done.stderr)


def load_share(copies: int, home: str, env: dict[str, str]) -> int:
    """Instructions to read, check and build a file of `copies` copies of the real one, once
    the code that does it is loaded and warm: a process that loads the real file and then
    this one, less one that loads the real file alone."""
    real = str(big_file(1, home))
    warm = f"from livertx.knowledge.build import load_knowledge; load_knowledge({real!r})"
    path = big_file(copies, home)
    loaded = Case("load", [sys.executable, "-c", f"{warm}; load_knowledge({str(path)!r})"], {})
    return count(loaded, env) - count(Case("warm", [sys.executable, "-c", warm], {}), env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--all", action="store_true", help="every case, not only those with a target"
    )
    every = parser.parse_args().all
    if shutil.which("valgrind") is None:
        sys.exit("instructions.py needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LIVERTX_", "_LIVERTX"))}
        env.update(HOME=home, XDG_CACHE_HOME=os.path.join(home, "cache"))
        baseline, *others = cases(knowledge_copy(home))
        base = count(baseline, env)
        print(f"baseline {baseline.name}: {base:,} instructions\n")
        print(f"{'command':<36} {'ratio':>7}  target (in time)")
        for case in others:
            if case.target is None and not every:
                continue
            target = f"<= {case.target:g}x" if case.target is not None else ""
            print(f"{case.name:<36} {count(case, env) / base:>6.3f}x  {target}")
        share = load_share(10, home, env) / load_share(1, home, env)
        print(f"\nparse share: a 10x file's load / the 1x file's {share:>6.2f}x  <= 10x")


if __name__ == "__main__":
    main()
