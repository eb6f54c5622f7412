"""Honest output: a write that fails is never a success, a closed stdout or stderr never yields a
traceback or moves messages, a data file that is not a regular file is refused before it is
read, and no command leaves anything on the user's disk. Each runs the real `livertx`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import file_size_limit
from .test_terminal import run_in_pty

LIVERTX = str(Path(sys.executable).with_name("livertx"))
REPO = Path(__file__).resolve().parents[2]
FULL = "livertx: could not write the output: No space left on device\n"
CLOSED = "livertx: could not write the output: standard output is closed\n"

# One command line of each kind of output: Rich, JSON, Markdown, Typer's help, the version,
# the schema, validate's problems list, and Typer's own usage error.
WRITERS = [
    ["stage", "recurrent"],
    ["matrix", "--json"],
    ["drugs", "--format", "markdown"],
    ["--help"],
    ["show", "--help"],
    ["--version"],
    ["schema"],
    ["validate"],
]


def _environment(home: Path | None = None) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIVERTX_")}
    if home is not None:
        environment.update(HOME=str(home), XDG_CACHE_HOME=str(home / "cache"))
    return environment


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LIVERTX, *args], capture_output=True, text=True, timeout=60, env=_environment(), cwd=REPO
    )


def _error(args: list[str], message: str) -> str:
    """What stderr says: one line, or, when the command line asks for JSON, one document."""
    if "--json" not in args:
        return f"livertx: {message}\n"
    error = {"code": "io", "message": message, "suggestions": [], "links": []}
    return json.dumps({"error": error}, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("args", WRITERS)
def test_a_full_disk_is_an_error_not_a_success(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [LIVERTX, *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env=_environment(),
            cwd=REPO,
        )
    assert (done.returncode, done.stderr) == (74, _error(args, FULL.removeprefix("livertx: ")[:-1]))


def test_a_file_size_limit_cuts_no_output_silently(tmp_path: Path) -> None:
    """`ulimit -f 1`: the first KiB is written, the rest fails, and livertx says so."""
    target = tmp_path / "out.json"
    with target.open("w") as handle:
        done = subprocess.run(
            [LIVERTX, "matrix", "--json"],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env=_environment(),
            preexec_fn=file_size_limit(1024),
        )
    assert done.returncode == 74
    error = json.loads(done.stderr)["error"]
    assert error == {
        "code": "io",
        "message": "could not write the output: File too large",
        "suggestions": [],
        "links": [],
    }
    assert target.stat().st_size <= 1024


def _closed_stdout(args: list[str]) -> subprocess.CompletedProcess[str]:
    """`livertx ARGS >&-`: the command starts with no file descriptor 1 at all."""
    return subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", LIVERTX, *args],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        env=_environment(),
        cwd=REPO,
    )


@pytest.mark.parametrize("args", [*WRITERS, ["list"], ["nonsense"], ["show", "nope"]])
def test_a_closed_stdout_is_an_error_without_a_traceback(args: list[str]) -> None:
    done = _closed_stdout(args)
    if "--json" in args:  # a script that asked for JSON reads JSON, even here
        assert done.returncode == 74
        assert json.loads(done.stderr)["error"] == {
            "code": "io",
            "message": CLOSED.removeprefix("livertx: ").strip(),
            "suggestions": [],
            "links": [],
        }
    else:
        assert (done.returncode, done.stderr) == (74, CLOSED)


def test_a_closed_stderr_never_moves_messages_to_stdout() -> None:
    for args, code in ((["show", "nope"], 1), (["nonsense"], 2), (["--data", "/", "list"], 3)):
        done = subprocess.run(
            ["sh", "-c", 'exec "$@" 2>&-', "sh", LIVERTX, *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=_environment(),
        )
        assert (done.returncode, done.stdout) == (code, "")


def test_version_into_a_closed_pipe_ends_quietly() -> None:
    done = subprocess.run(
        f"{LIVERTX} --version | true", shell=True, capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stderr) == (0, "")  # the shell reports `true`'s code
    done = subprocess.run(
        f"{LIVERTX} --version | true; echo ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stderr == ""
    assert done.stdout.strip() in ("0", "141")  # 0 when it wrote before `true` closed the pipe


@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_a_data_file_that_is_not_a_regular_file_is_refused_at_once(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / "knowledge"
    if kind == "fifo":
        os.mkfifo(path)  # no writer: reading it would wait for ever
        problem = "is a pipe (FIFO), not a file"
    elif kind == "directory":
        path.mkdir()
        problem = "is a directory, not a file"
    else:
        path = Path("/dev/zero")  # would never end
        problem = "is a device or other special file, not a regular file"
    done = _run(["--data", str(path), "stage", "recurrent"])
    assert (done.returncode, done.stdout, done.stderr) == (3, "", f"livertx: {path}: {problem}\n")
    done = _run(["--data", str(path), "stage", "recurrent", "--json"])
    assert (done.returncode, done.stdout) == (3, "")
    assert json.loads(done.stderr)["error"]["message"] == f"{path}: {problem}"
    done = _run(["validate", str(path)])
    assert (done.returncode, done.stdout) == (3, f"{path}: {problem}\n")


def test_completion_with_a_fifo_for_data_answers_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "knowledge"
    os.mkfifo(fifo)
    env = {
        **_environment(),
        "_LIVERTX_COMPLETE": "complete_bash",
        "COMP_WORDS": f"livertx --data {fifo} show sor",
        "COMP_CWORD": "4",
    }
    done = subprocess.run([LIVERTX], capture_output=True, text=True, env=env, timeout=20)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_data_option_wins_over_the_environment(tmp_path: Path) -> None:
    env = {**_environment(), "LIVERTX_DATA": str(REPO / "tests" / "corpus" / "garden.yaml")}
    done = subprocess.run(
        [LIVERTX, "--data", str(REPO / "data" / "treatments.yaml"), "about", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert json.loads(done.stdout)["knowledge_file"] == str(REPO / "data" / "treatments.yaml")
    done = subprocess.run(
        [LIVERTX, "about", "--json"], capture_output=True, text=True, env=env, timeout=60
    )
    assert json.loads(done.stdout)["knowledge_file"].endswith("garden.yaml")


@pytest.mark.parametrize("columns", ["0", "1", "-4", "wide"])
def test_a_nonsense_width_in_a_terminal_falls_back_to_a_sane_one(columns: str) -> None:
    code, screen = run_in_pty([LIVERTX, "stage", "recurrent"], COLUMNS=columns)
    text = screen.decode("utf-8", "replace")
    assert code == 0
    assert "ablation therapy" in text
    assert "palliative" in text


EVERY_COMMAND = [
    ["list"],
    ["list", "--json"],
    ["show", "tace"],
    ["stage", "recurrent", "--json"],
    ["stage", "metastatic"],
    ["drugs", "--format", "markdown"],
    ["matrix"],
    ["compare", "tae", "tace"],
    ["search", "freeze"],
    ["about"],
    ["validate"],
    ["schema"],
    ["--version"],
    ["--help"],
    ["show", "nope"],
    ["--data", "tests/corpus/garden.yaml", "list", "--json"],
]


def test_no_command_writes_to_the_home_or_cache_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    for args in EVERY_COMMAND:
        subprocess.run(
            [LIVERTX, *args], capture_output=True, env=_environment(home), cwd=REPO, timeout=60
        )
    completion = {
        **_environment(home),
        "_LIVERTX_COMPLETE": "complete_bash",
        "COMP_WORDS": "livertx show sor",
        "COMP_CWORD": "2",
    }
    # Once: the same request each time, and it reads nothing the commands could leave.
    done = subprocess.run([LIVERTX], capture_output=True, env=completion, timeout=60)
    assert done.stdout.split() == [b"sorafenib"]
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert left == ["cache"]


# The pager -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pager", "said"),
    [
        ("false", "the pager 'false' exited with status 1"),
        ('sh -c "exit 3"', "the pager 'sh -c exit 3' exited with status 3"),
        ('sh -c "kill -9 $$"', "the pager 'sh -c kill -9 $$' was killed by SIGKILL"),
    ],
)
def test_a_pager_that_fails_or_dies_is_an_error_not_a_success(pager: str, said: str) -> None:
    code, screen = run_in_pty([LIVERTX, "drugs"], rows=24, LIVERTX_PAGER=pager)
    assert code == 74
    assert f"livertx: could not write the output: {said}\r\n".encode() in screen


def test_q_in_the_pager_is_a_normal_end() -> None:
    """A pager that reads a little and quits with 0, as `q` in less does."""
    pager = f'{sys.executable} -c "import sys; sys.stdin.read(10)"'
    code, _ = run_in_pty([LIVERTX, "drugs"], rows=24, LIVERTX_PAGER=pager)
    assert code == 0


def test_the_pager_is_told_it_is_livertx_s_and_keeps_no_history(tmp_path: Path) -> None:
    """livertx inside its own pager pages no more (LIVERTX_PAGER='livertx list' would start
    livertx without end), and less keeps no history file in HOME unless the user asks."""
    kept = tmp_path / "environment.json"
    record = (
        "import json, os, sys; sys.stdin.read(); json.dump({k: os.environ.get(k) for k in "
        f"('LIVERTX_PAGER_IN_USE', 'LESSHISTFILE', 'LESS')}}, open({str(kept)!r}, 'w'))"
    )
    pager = f"{sys.executable} -c {json.dumps(record)}"
    code, _ = run_in_pty([LIVERTX, "drugs"], rows=24, LIVERTX_PAGER=pager)
    assert code == 0
    assert json.loads(kept.read_text()) == {
        "LIVERTX_PAGER_IN_USE": "1",
        "LESSHISTFILE": "-",
        "LESS": "FRX",
    }
    code, _ = run_in_pty(
        [LIVERTX, "drugs"], rows=24, LIVERTX_PAGER=pager, LESSHISTFILE="/x/h", LESS="R"
    )
    assert json.loads(kept.read_text())["LESSHISTFILE"] == "/x/h"
    assert json.loads(kept.read_text())["LESS"] == "R"


def test_livertx_inside_its_pager_writes_directly() -> None:
    code, screen = run_in_pty(
        [LIVERTX, "drugs"], rows=24, LIVERTX_PAGER="false", LIVERTX_PAGER_IN_USE="1"
    )
    assert code == 0
    assert b"pembrolizumab" in screen
