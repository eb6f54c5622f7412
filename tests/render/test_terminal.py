"""livertx in real terminals and pipes: what the terminal receives, colour switches, widths,
locales, a closed pipe, an interrupt. Hostile text comes from a knowledge file made here."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
import yaml

from livertx.cli.typer_errors import typer_guarded

from ..conftest import REPO, Invoke

LIVERTX = str(Path(sys.executable).with_name("livertx"))
SGR = re.compile(rb"\x1b\[[0-9;]*m")  # colour and style codes: the only escapes Rich may send
HOSTILE = (
    "[bold red]loud[/] [link=http://evil.example]click[/link] :smile: [/] "
    "\x1b[2J\x1b]8;;http://evil.example\x07spoof\x1b]8;;\x07 \u202eevil\u202c \x9b31m \x07end"
)


def _environment(**extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("LIVERTX_", "TTY_"))}
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES"):
        keep.pop(name, None)
    return {**keep, "TERM": "xterm-256color", "LIVERTX_PAGER": "cat", **extra}


def run_in_pty(args: list[str], columns: int = 80, rows: int = 40, **env: str) -> tuple[int, bytes]:
    """Run a command on a pseudo-terminal of the given size; return its code and every byte."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    process = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env=_environment(**env), close_fds=True
    )
    os.close(slave)
    received = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closes when the command ends
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    return process.wait(timeout=60), received


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    del data["source"]["capture"]  # text that is not the page's
    data["treatments"][0]["summary"] = HOSTILE
    data["treatments"][0]["how"] = [HOSTILE]
    data["stages"][0]["options"][0]["condition"] = HOSTILE
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    return path


def _assert_only_styles(received: bytes) -> None:
    rest = SGR.sub(b"", received)
    assert b"\x1b" not in rest
    text = rest.decode("utf-8")
    assert not re.search("[\u202a-\u202e\u2066-\u2069\x80-\x9f\x07]", text)


@pytest.mark.parametrize("command", [["show", "surveillance"], ["list"], ["stage", "localized"]])
def test_hostile_text_reaches_the_terminal_as_characters(
    hostile_file: Path, command: list[str]
) -> None:
    code, received = run_in_pty([LIVERTX, "--data", str(hostile_file), *command], columns=200)
    assert code == 0, received
    _assert_only_styles(received)
    shown = SGR.sub(b"", received).decode("utf-8")
    assert "[bold red]loud[/]" in shown
    assert "[link=http://evil.example]click[/link] :smile:" in shown
    assert "^[[2J^[]8;;http://evil.example^Gspoof" in shown
    assert "<U+202E>evil<U+202C> <U+009B>31m ^Gend" in shown


def test_hostile_text_in_json_is_exact_and_still_safe_to_print(
    invoke: Invoke, hostile_file: Path
) -> None:
    result = invoke("--data", str(hostile_file), "show", "surveillance", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"] == HOSTILE
    _assert_only_styles(result.stdout_bytes.replace(b"\\u001b", b""))
    assert b"\x1b" not in result.stdout_bytes


def test_hostile_command_line_is_shown_as_characters(invoke: Invoke) -> None:
    result = invoke("show", "[bold]x\x1b[2J\u202e")
    assert result.exit_code == 1
    assert result.stderr == (
        "livertx: no treatment, method, drug or combination called '[bold]x\\x1b[2J\\u202e'. "
        "Try: livertx search '[bold]x^[[2J<U+202E>'\n"
    )
    result = invoke("\x1b[31mred")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_colour_in_a_terminal_and_the_switches_that_turn_it_off() -> None:
    args = [LIVERTX, "stage", "recurrent"]
    assert SGR.search(run_in_pty(args)[1])
    for received in (
        run_in_pty(args, NO_COLOR="1")[1],
        run_in_pty(args, TERM="dumb")[1],
        run_in_pty([LIVERTX, "--color", "never", "stage", "recurrent"])[1],
    ):
        assert b"\x1b" not in received
        assert b"partial hepatectomy (surgery" in received


def test_colour_always_in_a_pipe(invoke: Invoke) -> None:
    assert "\x1b[" in invoke("--color", "always", "stage", "recurrent").stdout
    assert "\x1b" not in invoke("stage", "recurrent").stdout


def test_a_pipe_gets_the_full_text_unwrapped(invoke: Invoke) -> None:
    out = invoke("stage", "recurrent", env={"COLUMNS": "20"}).stdout
    assert "…" not in out
    assert (
        "• transarterial chemoembolization (TACE) and sorafenib\n  as palliative therapy to "
        "relieve symptoms and improve quality of life\n  (Embolization therapy, Targeted "
        "therapy)\n"
    ) in out
    assert all(line == line.rstrip() for line in out.split("\n"))


@pytest.mark.parametrize("columns", [20, 40, 80, 200])
@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["show", "tace"],
        ["stage", "recurrent"],
        ["stage", "metastatic"],
        ["drugs"],
        ["matrix"],
        ["compare", "tae", "tace", "sorafenib"],
        ["search", "hepatic artery"],
        ["about"],
    ],
)
def test_terminal_widths(columns: int, command: list[str]) -> None:
    code, received = run_in_pty([LIVERTX, "--color", "never", *command], columns=columns)
    assert code == 0, received
    text = received.decode("utf-8")
    if command[0] != "search":  # a search snippet marks its own ends with "…"
        assert "…" not in text
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    for line in lines:
        # Only what cannot be cut (a link, a path, a command to copy) stands past the edge.
        word = line.strip().removeprefix("• ")
        assert len(line) <= columns or " " not in word or word.startswith("livertx "), line
    assert "Liver Cancer Treatment was originally" in text.replace("\r\n", " ") or columns < 40


def test_a_terminal_that_reports_no_size() -> None:
    code, received = run_in_pty([LIVERTX, "stage", "localized"], columns=0, rows=0)
    assert code == 0, received
    assert b"surveillance" in received


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("command", [["list"], ["show", "tace"], ["stage", "metastatic"]])
def test_locales_that_are_not_utf8(encoding: str, command: list[str]) -> None:
    for extra in ({}, {"TTY_COMPATIBLE": "1", "COLUMNS": "80"}):
        done = subprocess.run(
            [LIVERTX, *command],
            capture_output=True,
            env=_environment(PYTHONIOENCODING=encoding, LC_ALL="C", **extra),
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == b""
        done.stdout.decode(encoding)  # every byte is in the locale's encoding


def test_json_is_utf8_whatever_the_locale() -> None:
    done = subprocess.run(
        [LIVERTX, "show", "tace", "--json"],
        capture_output=True,
        env=_environment(PYTHONIOENCODING="ascii", LC_ALL="C"),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["id"] == "transarterial-chemoembolization"


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["stage", "recurrent"],
        ["--color", "always", "stage", "recurrent"],
        ["--help"],
        ["matrix", "--format", "markdown"],
        ["validate"],
        ["--version"],
        ["schema"],
        ["show", "--help"],
        ["--install-completion", "--help"],
    ],
)
def test_a_closed_pipe_ends_quietly(command: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before livertx writes a byte, like `| head -0`
    done = subprocess.run(
        [LIVERTX, *command],
        stdout=write_end,
        stderr=subprocess.PIPE,
        env=_environment(),
        timeout=60,
    )
    os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == 141


def test_head_reads_one_line_and_all_is_quiet() -> None:
    done = subprocess.run(
        f"{LIVERTX} list --json | head -1",
        shell=True,
        capture_output=True,
        env=_environment(),
        timeout=60,
    )
    assert done.stdout == b"[\n"
    assert done.stderr == b""


def test_interrupt_exits_130_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    assert typer_guarded(interrupted) == 130
    assert capsys.readouterr().err == "\n"


def test_interrupt_of_the_real_process(tmp_path: Path) -> None:
    script = (
        "import livertx.answers.prepared as k\n"
        "def pressed(*a, **kw): raise KeyboardInterrupt\n"
        "k.for_file = pressed\n"
        "import sys; sys.argv = ['livertx', 'list']\n"
        "from livertx.cli.entry import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=_environment()
    )
    assert done.returncode == 130
    assert "Traceback" not in done.stderr


def test_bytes_in_argv_that_are_not_utf8(tmp_path: Path) -> None:
    done = subprocess.run(
        [LIVERTX.encode(), b"show", b"\xff\xfe"], capture_output=True, env=_environment()
    )
    assert done.returncode == 1
    assert done.stderr.startswith(
        b"livertx: no treatment, method, drug or combination called '\\udcff\\udcfe'. Try: "
    )
    assert done.stderr.count(b"\n") == 1


@pytest.mark.parametrize(
    ("columns", "args"),
    [
        (
            "80",
            [
                "compare",
                "surgery",
                "liver transplant",
                "ablation therapy",
                "embolization therapy",
                "targeted therapy",
                "immunotherapy",
            ],
        ),
        ("60", ["matrix"]),
        ("60", ["drugs"]),
        ("60", ["compare", "tae", "tace", "sorafenib"]),
    ],
)
def test_no_table_cuts_a_word_of_the_page(invoke: Invoke, columns: str, args: list[str]) -> None:
    """A table whose columns cannot each hold their longest word is stacked instead."""
    for output_format in ("auto", "table"):
        shown = invoke(
            *args, "--format", output_format, env={"TTY_COMPATIBLE": "1", "COLUMNS": columns}
        ).stdout
        assert "…" not in shown, (args, output_format)
