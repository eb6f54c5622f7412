"""Shared fixtures. Rich's width and terminal detection are pinned so tables wrap the same on
every machine."""

from __future__ import annotations

import json
import os
import re
import resource
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import click.testing
import pytest
import typer
import typer.testing
from click.testing import Result

from livertx.cli import entry
from livertx.cli.app import app
from livertx.knowledge.build import load_knowledge
from livertx.knowledge.model import Knowledge
from livertx.yaml_tree import Node, read_tree

REPO = Path(__file__).resolve().parents[1]
SOURCE_TEXT = REPO / "data" / "source" / "nci-liver-cancer-treatment.txt"

Invoke = Callable[..., Result]


def file_size_limit(size: int) -> Callable[[], None]:
    """A `preexec_fn` for subprocess: the child may write files of `size` bytes at most
    (`ulimit -f`), so that a write beyond it fails as on a full quota."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


# Every command the app has, in the order it registers them.
COMMANDS: list[str] = list(getattr(typer.main.get_command(app), "commands", {}))


# 2026-12-01, 00:00 UTC: the day every test runs on (SOURCE_DATE_EPOCH).
TODAY, TODAY_EPOCH = "2026-12-01", 1796083200


@pytest.fixture(autouse=True)
def _pinned_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("LIVERTX_PAGER", "cat")  # a test's terminal never waits for a pager
    # "Today", for the handout's date and how old the page is: never the clock in a test.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(TODAY_EPOCH))
    for name in (
        "FORCE_COLOR",
        "NO_COLOR",
        "LIVERTX_DATA",
        "LIVERTX_DEBUG",
        "TTY_COMPATIBLE",
    ):
        monkeypatch.delenv(name, raising=False)


class UsersPath:
    """What a user's command line runs: the installed `livertx` script's `main()`, with the
    argv their shell gives it (its fast parser first, Typer for the rest). Click's runner calls
    `.main(args, prog_name)` in its isolation (captured streams, the environment given), and
    reads the exit code from the SystemExit main() ends with."""

    def main(self, args: list[str], prog_name: str, **extra: Any) -> None:
        saved = sys.argv
        sys.argv = [prog_name, *args]
        try:
            entry.main()
        finally:
            sys.argv = saved


@pytest.fixture
def invoke() -> Invoke:
    """A command line as users run it (UsersPath), in-process: stdout, stderr and the exit
    code captured."""
    runner = click.testing.CliRunner()
    users_path = cast("click.Command", UsersPath())

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(users_path, list(args), env=env, prog_name="livertx")

    return run


@pytest.fixture
def invoke_typer() -> Invoke:
    """Typer's own path (the app alone), for what only it does: help, usage errors, completion
    scripts; tests/cli/test_entry.py holds the two paths equal."""
    runner = typer.testing.CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        # Typer's runner (its own click inside): the same fields as click's Result.
        return cast("Result", runner.invoke(app, list(args), env=env, prog_name="livertx"))

    return run


@pytest.fixture
def invoke_json(invoke: Invoke) -> Callable[..., Any]:
    def run(*args: str) -> Any:
        result = invoke(*args, "--json")
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
        return json.loads(result.stdout)

    return run


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge()


def answered(
    command: str, arguments: list[str], options: dict[str, str] | None = None
) -> tuple[Any, Any, Any]:
    """(view, document, source): what the command's own handler answers for the shipped file,
    before it is shown."""
    from livertx.cli.commands import BY_NAME
    from livertx.cli.grammar import Request, Settings
    from livertx.cli.handlers import Answering
    from livertx.render import ColorChoice, OutputFormat

    row = BY_NAME[command]
    settings = Settings(None, OutputFormat.AUTO, ColorChoice.AUTO, True)
    assert isinstance(row.handler, Answering)
    answer: tuple[Any, Any, Any] = row.handler.answer(
        Request(row, arguments, options or {}, settings)
    )
    return answer


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="session")
def page() -> Callable[..., None]:
    """Assert that a sentence stands on the NCI page, word for word (white space folded). The
    capture ships in the repository, so a missing one is a failure, never a skip."""
    text = _folded(SOURCE_TEXT.read_text(encoding="utf-8"))

    def check(sentence: str, ignore_case: bool = False) -> None:
        if ignore_case:
            assert _folded(sentence).casefold() in text.casefold(), f"not on the page: {sentence!r}"
        else:
            assert _folded(sentence) in text, f"not on the page: {sentence!r}"

    return check


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped test fails the run: a skip checks nothing, and every test here (the
    facts against the page's capture included) can run in a plain clone."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter is not None else 0
    if os.environ.get("CI") and skipped and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter is not None:
            reporter.write_line(f"CI: {skipped} test(s) skipped; every test must run here.")


CAPTURE_LINE = "capture: source/nci-liver-cancer-treatment.txt"


def unchecked(shipped_text: str) -> str:
    """The shipped file's text without its capture: a file held to no page, for tests of what
    livertx does with text that is not the page's."""
    assert CAPTURE_LINE in shipped_text
    return shipped_text.replace(CAPTURE_LINE, "")


def shipped_tree() -> Node:
    """The shipped knowledge file's tree, with its lines and columns."""
    root = read_tree((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    assert root is not None
    return root
