"""The screens people read, kept as plain-text captures (tests/render/screens/NAME.WIDTH.txt) at 80
and 40 columns, 24 rows, and in Markdown (NAME.md), and compared: a change to a view is a visible
diff in review. After a change on purpose, rewrite them with `LIVERTX_WRITE_SCREENS=1 pytest
tests/render/test_screens.py` and read each one as a patient would. Then the frictions a new user
met, each pinned."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO, Invoke
from .test_terminal import run_in_pty

SCREENS_FOLDER = REPO / "tests" / "render" / "screens"
SCREENS = {
    "help": ["--help"],
    "usage": [],  # `livertx` alone: a short usage, exit code 2
    "list": ["list"],
    "stages": ["stages"],
    "stage-localized": ["stage", "localized"],
    "stage-advanced": ["stage", "advanced"],
    "stage-locally-advanced": ["stage", "locally-advanced"],
    "stage-metastatic": ["stage", "metastatic"],
    "stage-recurrent": ["stage", "recurrent"],
    "show-type": ["show", "immunotherapy"],
    "show-method": ["show", "tace"],
    "show-drug": ["show", "sorafenib"],
    "show-combination": ["show", "atezolizumab with bevacizumab"],
    "drugs": ["drugs"],
    "matrix": ["matrix"],
    "compare": ["compare", "tae", "tace"],
    "search": ["search", "hepatic artery"],
    "about": ["--data", "data/treatments.yaml", "about"],  # a path the same in any clone
    # Five of a family's questions in their own words (issue #30)
    "question-came-back": ["stage", "came back"],
    "question-spread": ["search", "spread"],
    "question-immunotherapy-came-back": ["search", "immunotherapy came back"],
    "question-sbrt": ["show", "sbrt"],
    "question-side-by-side-drugs": ["compare", "durvalumab", "vs", "tremelimumab"],
}
# Answers on stderr, one line each, as a terminal shows it: cut at its width, word or not.
ERRORS = {
    "stage-number": ["stage", "stage 4"],
    "misspelling": ["stage", "reccurent"],
    "not-on-page": ["search", "survival"],
    "question-tare": ["show", "TARE"],
}
WIDTHS = (80, 40)
CASES = [(name, width) for name in [*SCREENS, *ERRORS] for width in WIDTHS]


def _screen(invoke: Invoke, args: list[str], width: int, error: bool = False) -> str:
    environment = {
        "TTY_COMPATIBLE": "1",
        "COLUMNS": str(width),
        "LINES": "24",
        "NO_COLOR": "1",
        "LIVERTX_PAGER": "cat",
        "LIVERTX_HYPERLINKS": "0",
    }
    result = invoke(*args, env=environment)
    if error:
        assert (result.exit_code, result.stdout) == (1, ""), result.output
        line = result.stderr.removesuffix("\n")
        assert "\n" not in line
        return "\n".join(
            line[start : start + width].rstrip() for start in range(0, len(line), width)
        )
    assert result.exit_code == (0 if args else 2), result.output
    return "\n".join(line.rstrip() for line in result.stdout.split("\n"))


@pytest.mark.parametrize(("name", "width"), CASES, ids=[f"{n}-{w}" for n, w in CASES])
def test_the_screen_reads_as_captured(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, name: str, width: int
) -> None:
    monkeypatch.chdir(REPO)
    shown = _screen(invoke, {**SCREENS, **ERRORS}[name], width, error=name in ERRORS)
    capture = SCREENS_FOLDER / f"{name}.{width}.txt"
    if os.environ.get("LIVERTX_WRITE_SCREENS") == "1":
        capture.write_text(shown, encoding="utf-8")
    assert shown == capture.read_text(encoding="utf-8")


HANDOUTS = [name for name in SCREENS if name not in ("help", "usage")]


@pytest.mark.parametrize("name", HANDOUTS)
def test_the_handout_reads_as_captured(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Each view in Markdown too (tests/render/screens/NAME.md), whose rows and order no other
    test reads."""
    monkeypatch.chdir(REPO)
    result = invoke(*SCREENS[name], "--format", "markdown")
    assert result.exit_code == 0, result.output
    capture = SCREENS_FOLDER / f"{name}.md"
    if os.environ.get("LIVERTX_WRITE_SCREENS") == "1":
        capture.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == capture.read_text(encoding="utf-8")


# The printed handout, as its two formats print it, made on a day of its own.
PRINTED = {"handout-recurrent.md": "markdown", "handout-recurrent.html": "html"}


@pytest.mark.parametrize("name", PRINTED)
def test_the_printed_handout_reads_as_captured(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # conftest's SOURCE_DATE_EPOCH: made on 2026-12-01
    result = invoke("handout", "recurrent", "--format", PRINTED[name])
    assert result.exit_code == 0, result.output
    capture = SCREENS_FOLDER / name
    if os.environ.get("LIVERTX_WRITE_SCREENS") == "1":
        capture.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == capture.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "width"), CASES, ids=[f"{n}-{w}" for n, w in CASES])
def test_nothing_is_cut_or_wider_than_the_screen_but_a_link(name: str, width: int) -> None:
    for line in (SCREENS_FOLDER / f"{name}.{width}.txt").read_text(encoding="utf-8").split("\n"):
        word = line.strip().removeprefix("• ")
        command = word.startswith("livertx ")  # a command to copy stays whole, as a link does
        assert len(line) <= width or " " not in word or command, line
        assert "…" not in line or name == "search"


# verify-source's report on a page NCI changed, with --update (issue #31): the maintainer's
# screen, one line a finding, as wide as the finding (editors jump to FILE:LINE:COLUMN).
REPORT = "verify-source-update.txt"
REPORT_EDITS = (
    ("Updated: May 15, 2024", "Updated: June 3, 2025"),
    ("regrow. Liver transplant In", "regrow. Liver transplantation In"),
    ("Ablation therapy removes or destroys", "Ablation therapy does not remove or destroy"),
    ("1 centimeter", "3 centimeter"),
    ("Several treatments may be needed. ", ""),
    (
        "Clinical trials For some people",
        "Chemotherapy Chemotherapy uses drugs to stop the growth of cancer cells. "
        "Clinical trials For some people",
    ),
)


def test_the_update_report_reads_as_captured(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ..conftest import SOURCE_TEXT

    page = SOURCE_TEXT.read_text(encoding="utf-8")
    for old, new in REPORT_EDITS:
        assert old in page
        page = page.replace(old, new)
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = str(REPO / "data" / "treatments.yaml")
    result = invoke("--data", data, "verify-source", "page.txt", "--update", "new/treatments.yaml")
    assert result.exit_code == 1, result.output
    shown = result.stdout.replace(str(REPO) + "/", "")
    capture = SCREENS_FOLDER / REPORT
    if os.environ.get("LIVERTX_WRITE_SCREENS") == "1":
        capture.write_text(shown, encoding="utf-8")
    assert shown == capture.read_text(encoding="utf-8")


def test_every_screen_file_is_a_screen() -> None:
    kept = {path.name for path in SCREENS_FOLDER.iterdir()}
    screens = {f"{name}.{width}.txt" for name, width in CASES}
    assert kept == screens | {f"{name}.md" for name in HANDOUTS} | set(PRINTED) | {REPORT}


# The frictions a new user met ------------------------------------------------------------------


def test_a_link_is_whole_on_its_line(invoke: Invoke) -> None:
    for width in WIDTHS:
        shown = _screen(invoke, ["show", "tace"], width)
        assert (
            "  https://clinicaltrials.gov/search?cond=liver%20cancer"
            "&intr=Transarterial%20chemoembolization\n"
        ) in shown
    markdown = invoke("show", "tace", "--format", "markdown").stdout
    assert "<https://www.cancer.gov/research/participate/clinical-trials-search>" in markdown


def test_a_hyperlink_where_the_terminal_follows_them(invoke: Invoke) -> None:
    environment = {"TTY_COMPATIBLE": "1", "COLUMNS": "40", "LIVERTX_HYPERLINKS": "1"}
    shown = invoke("--color", "always", "show", "tace", env=environment).stdout
    url = "https://www.cancer.gov/research/participate/clinical-trials-search"
    assert f"\x1b]8;;{url}\x1b\\{url}\x1b]8;;\x1b\\" in shown


def test_a_tall_answer_in_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    kept = tmp_path / "paged.txt"
    livertx = str(Path(sys.executable).with_name("livertx"))
    pager = f"{sys.executable} -c \"import sys; open('{kept}', 'w').write(sys.stdin.read())\""
    code, screen = run_in_pty([livertx, "drugs"], rows=24, LIVERTX_PAGER=pager)
    assert code == 0
    assert "bevacizumab" in kept.read_text(encoding="utf-8")
    assert b"bevacizumab" not in screen  # the pager had it, not the screen
    kept.unlink()
    code, screen = run_in_pty([livertx, "--no-pager", "drugs"], rows=24, LIVERTX_PAGER=pager)
    assert (code, kept.exists()) == (0, False)
    assert b"bevacizumab" in screen
    # On the Typer path too: a command line the fast parser leaves to Typer, and help.
    for argv in (["--no-pager", "show", "--", "tace"], ["--no-pager", "--help"]):
        code, screen = run_in_pty([livertx, *argv], rows=10, LIVERTX_PAGER=pager)
        assert (code, kept.exists()) == (0, False), argv
    code, screen = run_in_pty([livertx, "--help"], rows=10, LIVERTX_PAGER=pager)
    assert (code, "Examples" in kept.read_text(encoding="utf-8")) == (0, True)
    kept.unlink()
    code, screen = run_in_pty([livertx, "stages"], rows=100, LIVERTX_PAGER=pager)
    assert (code, kept.exists()) == (0, False)  # it fits: no pager
    # Set and empty is no pager, as with git (unset would fall through to PAGER).
    code, screen = run_in_pty([livertx, "drugs"], rows=24, LIVERTX_PAGER="", PAGER=pager)
    assert (code, kept.exists()) == (0, False)
    code, screen = run_in_pty([livertx, "drugs"], rows=24, LIVERTX_PAGER="/nonexistent/pager")
    assert code == 0
    assert b"bevacizumab" in screen  # a pager that cannot start: plain output


def test_help_fits_40_columns_and_ends_with_examples_and_stages(invoke: Invoke) -> None:
    shown = _screen(invoke, ["--help"], 40)
    assert all(len(line) <= 40 for line in shown.split("\n"))
    assert "Examples:\n    livertx stage recurrent\n" in shown
    assert "localized, advanced,\n    locally-advanced, metastatic,\n    recurrent" in shown
    assert "…" not in shown and "..." not in shown.split("Commands:")[1]


def test_errors_name_the_next_step(invoke: Invoke) -> None:
    assert "Missing argument 'STAGE': localized, advanced" in invoke("stage").stderr
    garden = str(REPO / "tests" / "corpus" / "garden.yaml")
    assert "'STAGE': seedling, grown-or-old, grown, old" in invoke("--data", garden, "stage").stderr
    misplaced = invoke("list", "--color", "never").stderr
    assert "--color goes before the command (livertx --color … list)" in misplaced
    assert invoke("shwo", "tace").stderr.startswith(
        "livertx: No such command 'shwo'. Did you mean 'show'? See"
    )
    assert invoke("show", "keytruda").stderr.endswith("Try: livertx search keytruda\n")


def test_screens_use_the_page_s_stage_names(invoke: Invoke) -> None:
    shown = " ".join(_screen(invoke, ["show", "sorafenib"], 80).split())
    assert "Treatment of locally advanced or metastatic liver cancer may include:" in shown
    assert "Treatment options for recurrent primary liver cancer may include:" in shown
    assert "locally-advanced" not in shown


def test_the_layout_follows_format_not_colour() -> None:
    livertx = str(Path(sys.executable).with_name("livertx"))
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TTY_")}
    table = subprocess.run(
        [livertx, "list", "--format", "table"], capture_output=True, text=True, env=environment
    ).stdout
    assert "─" in table and "\x1b" not in table  # a table in a pipe, with no colour
    text = subprocess.run(
        [livertx, "list", "--format", "text"],
        capture_output=True,
        text=True,
        env={**environment, "TTY_COMPATIBLE": "1", "COLUMNS": "200"},
    ).stdout
    assert "─" not in text  # stacked, though a wide terminal would take a table
