"""Property: whatever the command line, livertx ends with a documented exit code, no traceback,
and, when `--json` succeeds, exactly one JSON document on stdout."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from livertx.cli.app import app

from ..conftest import COMMANDS

WORDS = [
    *COMMANDS,
    *("--json", "--format", "markdown", "table", "json", "--color", "always", "never", "auto"),
    *("--data", "-h", "--help", "--version", "--", "-", "/", ".", "/dev/null"),
    *("tace", "TACE", "recurrent", "metastatic", "advanced", "sorafenib", "freeze"),
    *("[bold]", "[/]", ":smile:", "\x1b[31m", "\u202e", "tests/corpus/broken/alias-bomb.yaml"),
]
# What real argv can hold: no NUL byte, and no surrogate except those Python makes of bytes
# that are not UTF-8 (the last strategy makes exactly those).
characters = st.characters(blacklist_characters="\x00", codec="utf-8")
free_text = st.text(characters, max_size=40)
huge_text = st.text(characters, min_size=2000, max_size=4000)
raw_bytes = st.binary(max_size=40).filter(lambda b: b"\x00" not in b).map(os.fsdecode)
argument = st.one_of(st.sampled_from(WORDS), free_text, huge_text, raw_bytes)
DOCUMENTED = {0, 1, 2, 3}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(argument, max_size=6))
def test_any_argv(argv: list[str]) -> None:
    result = CliRunner().invoke(app, argv, prog_name="livertx")
    assert result.exit_code in DOCUMENTED, (argv, result.output)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if "--json" in argv and result.exit_code == 0 and not {"-h", "--help", "--version"} & set(argv):
        json.loads(result.stdout)
    if result.exit_code != 0:
        assert result.stderr.count("\n") <= 1, result.stderr
