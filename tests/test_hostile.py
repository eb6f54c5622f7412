"""What a hostile tester found, each pinned: a data file cannot make livertx show another file,
a huge page cannot blow up the output, every writer reports a short write, odd completion and
empty file names are usage errors, a text cannot break the one-line layout, Markdown cannot be
steered from the data, a link in the data cannot carry an escape."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from livertx.render.markdown import md

from .conftest import CAPTURE_LINE, REPO, Invoke, file_size_limit, unchecked

LIVERTX = str(Path(sys.executable).with_name("livertx"))
SHIPPED = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "capture", ["/proc/self/environ", "../../../../etc/passwd", "/etc/hostname"]
)
def test_a_capture_outside_the_file_s_folder_is_never_read(
    invoke: Invoke, tmp_path: Path, capture: str
) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(SHIPPED.replace(CAPTURE_LINE, f"capture: {capture}"), encoding="utf-8")
    result = invoke("validate", str(hostile), env={"SECRET_MARKER": "do-not-show-me"})
    assert result.exit_code == 3
    assert result.stdout == (
        f"{hostile}:43:12: the page's capture {capture}: not a file in the knowledge file's "
        "folder or below it\n"
    )


def test_a_page_that_is_one_huge_sentence_costs_little_output(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("word " * 400_000, encoding="utf-8")  # 2 MB without a full stop
    done = subprocess.run(
        [LIVERTX, "verify-source", str(page)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert len(done.stdout) < 100_000
    assert max(len(line) for line in done.stdout.split("\n")) < 1_000


def test_standard_input_closed_is_a_data_error() -> None:
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" <&-', "sh", LIVERTX, "verify-source", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (3, "livertx: standard input: closed\n")


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--help"], {}), (["list", "--help"], {}), ([], {"_LIVERTX_COMPLETE": "source_bash"})],
)
def test_typer_s_own_output_cut_short_is_an_error(
    tmp_path: Path, args: list[str], env: dict[str, str]
) -> None:
    with (tmp_path / "out").open("w") as out:
        done = subprocess.run(
            [LIVERTX, *args],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env={**os.environ, **env},
            preexec_fn=file_size_limit(100),
        )
    assert done.returncode == 74, done.stderr
    assert done.stderr == "livertx: could not write the output: File too large\n"


def test_a_bad_completion_request_is_answered_plainly() -> None:
    env = {**os.environ, "_LIVERTX_COMPLETE": "bogus"}
    done = subprocess.run([LIVERTX], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("livertx: _LIVERTX_COMPLETE='bogus' is not one of complete_bash")
    env.update(_LIVERTX_COMPLETE="complete_bash", COMP_WORDS="livertx show sor", COMP_CWORD="x")
    done = subprocess.run([LIVERTX], capture_output=True, text=True, env=env, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_an_empty_file_name_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("--data", "", "list")
    assert result.exit_code == 2
    assert "'--data': needs a file name" in result.stderr
    result = invoke("validate", "--source", "")
    assert (result.exit_code, result.stderr) == (2, "livertx: --source needs a file name\n")
    result = invoke("validate", "--source", "", "--json")
    assert json.loads(result.stderr)["error"]["code"] == "usage"
    for command in ("validate", "verify-source"):
        result = invoke(command, "")
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == f"livertx: {command} needs a file name\n"
        done = subprocess.run([LIVERTX, command, ""], capture_output=True, text=True, timeout=60)
        assert (done.returncode, done.stderr) == (2, f"livertx: {command} needs a file name\n")


def test_a_text_with_a_line_break_or_padding_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    padded = tmp_path / "padded.yaml"
    padded.write_text(
        SHIPPED.replace(
            "{id: sorafenib, name: sorafenib}", '{id: sorafenib, name: "sora\\nfenib  "}'
        ),
        encoding="utf-8",
    )
    result = invoke("validate", str(padded))
    assert result.exit_code == 3
    assert (
        "treatments[5].drugs[5].name: a text must be one line with no spaces at its ends"
    ) in result.stdout


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# Heading", "\\# Heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. first", "1\\. first"),
        ("12) twelfth", "12\\) twelfth"),
        ("    code", "code"),
        ("= underline", "\\= underline"),
        ("2024 was a year", "2024 was a year"),
    ],
)
def test_markdown_never_lets_a_text_start_a_block(text: str, escaped: str) -> None:
    assert md(text) == escaped


def test_long_input_is_echoed_short_and_a_pasted_page_is_no_search(invoke: Invoke) -> None:
    result = invoke("show", "x" * 300)
    assert result.exit_code == 1
    assert len(result.stderr) < 300  # what was typed, cut to 80 characters, and a search hint
    result = invoke("search", "qq " * 500)
    assert (result.exit_code, result.stderr) == (
        2,
        "livertx: a search is at most 500 characters long\n",
    )


@pytest.mark.parametrize("columns", ["100", "40"])  # the Rich table and the stacked layout
def test_a_link_in_the_data_cannot_send_the_terminal_an_escape(
    tmp_path: Path, columns: str
) -> None:
    """Such a link is not a link: the file is refused before anything is shown."""
    hostile = tmp_path / "hostile.yaml"
    nci_search = "trial_search: https://www.cancer.gov/research/participate/clinical-trials-search"
    hostile.write_text(
        unchecked(SHIPPED).replace(nci_search, 'trial_search: "https://x\\e]8;;evil\\a\\e[2J"'),
        encoding="utf-8",
    )
    env = {**os.environ, "COLUMNS": columns, "TERM_PROGRAM": "WezTerm", "FORCE_COLOR": "1"}
    done = subprocess.run(
        [LIVERTX, "--data", str(hostile), "show", "surgery"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (3, b"")
    assert b"source.trial_search: expected a link like https://" in done.stderr
    assert b"\x1b" not in done.stderr and b"\x07" not in done.stderr


# Every name in the data begins with an escape that would turn the terminal red. Without the
# words livertx adds: "31m" glued to a name's first word, "ablation" would be a word of
# Radiofrequency ablation's name alone, and the file refused (livertx.knowledge.added_words).
RED_NAMES = re.sub(
    r"^(\s*(?:- )?name: )(.+)$",
    lambda found: f'{found.group(1)}"\\e[31m{found.group(2)}"',
    re.sub(r"^\s*(?:search_terms|aliases): .*\n", "", unchecked(SHIPPED), flags=re.MULTILINE),
    flags=re.MULTILINE,
)
VIEWS = [
    ["list"],
    ["stages"],
    ["stage", "advanced"],
    ["show", "tace"],
    ["drugs"],
    ["matrix"],
    ["compare", "tae", "sorafenib"],
    ["search", "tace"],
    ["show", "tace", "--sources"],
    ["handout", "advanced"],
]


@pytest.mark.parametrize("output_format", ["table", "text", "markdown", "html"])
@pytest.mark.parametrize("argv", VIEWS, ids=" ".join)
def test_no_name_in_the_data_reaches_the_terminal_as_an_escape(
    invoke: Invoke, tmp_path: Path, argv: list[str], output_format: str
) -> None:
    """Not in a table's heads either (a matrix's stage columns once let one through)."""
    hostile = tmp_path / "red.yaml"
    hostile.write_text(RED_NAMES, encoding="utf-8")
    # HTML goes to a file, never to a terminal (which is told where to write it instead).
    terminal = "0" if output_format == "html" else "1"
    env = {"TTY_COMPATIBLE": terminal, "NO_COLOR": "1", "LIVERTX_HYPERLINKS": "0"}
    result = invoke("--data", str(hostile), *argv, "--format", output_format, env=env)
    assert result.exit_code == 0, result.output
    assert "^[[31m" in result.stdout.replace("\\", "")  # shown as what it is (Markdown: escaped)
    assert "\x1b" not in result.stdout
