"""livertx as users and shell scripts meet it: the installed command and `python -m livertx`,
run as real processes from a directory that is not the repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LIVERTX = str(Path(sys.executable).with_name("livertx"))


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIVERTX_")}
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=60, env={**environment, **env}
    )


@pytest.mark.parametrize("command", [[LIVERTX], [sys.executable, "-m", "livertx"]])
def test_stage_json_from_anywhere(command: list[str], tmp_path: Path) -> None:
    done = _run([*command, "stage", "recurrent", "--json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout)["id"] == "recurrent"


@pytest.mark.parametrize("command", [[LIVERTX], [sys.executable, "-m", "livertx"]])
def test_version(command: list[str], tmp_path: Path) -> None:
    done = _run([*command, "--version"], tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("livertx ")


def test_table_when_piped_has_no_escape_codes(tmp_path: Path) -> None:
    done = _run([LIVERTX, "stage", "localized"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    assert "for lesions smaller than 1 centimeter" in done.stdout


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\x00\xff")
    for args, code in (
        (["show", "nothing-like-it"], 1),
        (["stage"], 2),
        (["--data", str(bad), "list"], 3),
    ):
        done = _run([LIVERTX, *args], tmp_path)
        assert done.returncode == code, done.stderr
        assert "Traceback" not in done.stderr
        assert done.stdout == ""


def test_internal_error_is_one_line_and_exit_70(tmp_path: Path) -> None:
    # Every bad input has its own exit code; to reach the last line of defence, break the loader.
    script = (
        "import livertx.answers.prepared as k\n"
        "def boom(*a, **kw): raise RuntimeError('boom')\n"
        "k.for_file = boom\n"
        "from livertx.cli.entry import main\n"
        "import sys; sys.argv = ['livertx', 'list']\n"
        "main()\n"
    )
    done = _run([sys.executable, "-c", script], tmp_path)
    assert done.returncode == 70
    assert done.stderr == ("livertx: internal error (RuntimeError); please report it as a bug.\n")
    debug = _run([sys.executable, "-c", script], tmp_path, LIVERTX_DEBUG="1")
    assert "Traceback" in debug.stderr
