"""Follow a knowledge file's bytes through livertx, module by module (issue #33, item 5): run
`livertx --data FILE list --json` in this process under a profiler and print each step the flow
takes from one livertx module into another, in the order first taken, and how many of those
steps go back into a module (or a package) the flow had already entered.

    python tools/data_flow.py [FILE]        # the steps and the counts (FILE: the shipped file)
    python tools/data_flow.py FILE --counts # the counts only

A step is a call from a function of one module into a function of another, each such pair once
(a loop's thousand calls are one step). A return is a step into a module entered before: the
fewer, the more the flow runs down its rooms rather than to and fro between them. Give a copy
of the shipped file (with its capture beside it) that differs by a comment, so the answers are
worked out and the proof runs, as for any file a user names.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parents[1]


def steps_of(argv: list[str]) -> list[tuple[str, str]]:
    """Each (calling module, called module) of livertx that a run takes, in the order first
    taken, each once."""
    from livertx.cli.entry import main

    steps: dict[tuple[str, str], None] = {}

    def profile(frame: FrameType, event: str, _: object) -> None:
        if event != "call" or frame.f_back is None:
            return
        called = frame.f_globals.get("__name__", "")
        calling = frame.f_back.f_globals.get("__name__", "")
        if called.startswith("livertx") and calling.startswith("livertx") and called != calling:
            steps.setdefault((calling, called), None)

    # Streams with bytes beneath, as a terminal's or a pipe's: livertx writes stdout's bytes.
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2))
    sys.argv = ["livertx", *argv]
    sys.setprofile(profile)
    code: object = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as ended:
        code = ended.code
    finally:
        sys.setprofile(None)
    if code not in (0, None):
        # The flow of a run that failed is not a load's: say so, never count it as one.
        err.seek(0)
        said = err.read().strip()
        raise RuntimeError(f"livertx {' '.join(argv)} ended with {code}: {said}")
    return list(steps)


def returns(steps: list[tuple[str, str]]) -> int:
    """How many steps go into a place the flow had already entered."""
    entered = {steps[0][0]} if steps else set()
    count = 0
    for _, called in steps:
        count += called in entered
        entered.add(called)
    return count


ROOMS = ("cli", "knowledge", "proof", "answers", "render")


def room(module: str) -> str | None:
    """The layer a module is in (livertx.proof.tiling: proof), or None for a module shared by
    every layer (records, text_folding, yaml_tree …), which any room may step into."""
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in ROOMS else None


def main() -> None:
    counts_only = "--counts" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--counts"]
    path = args[0] if args else str(REPO / "data" / "treatments.yaml")
    try:
        steps = steps_of(["--data", path, "list", "--json"])
    except RuntimeError as failed:
        sys.exit(f"data_flow: {failed}")
    between = ((room(a), room(b)) for a, b in steps)
    rooms = list(dict.fromkeys((a, b) for a, b in between if a and b and a != b))
    if not counts_only:
        print("\n".join(f"{a} -> {b}" for a, b in steps))
    print(f"modules: {len(steps)} steps, {returns(steps)} into a module already entered")
    print(f"rooms: {len(rooms)} steps, {returns(rooms)} into a room already entered")
    if not counts_only:
        print("\n".join(f"{a} -> {b}" for a, b in rooms))


if __name__ == "__main__":
    main()
