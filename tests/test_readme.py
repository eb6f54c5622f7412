"""The README shows real output: every `$ livertx …` example is run and compared, line by line,
with what livertx prints at 80 columns."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import COMMANDS, REPO, Invoke

# As a person sees it: a terminal 80 columns wide (TTY_COMPATIBLE is Rich's switch for that).
TERMINAL_80 = {"COLUMNS": "80", "TTY_COMPATIBLE": "1", "NO_COLOR": "1"}

README = (REPO / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```console\n\$ livertx (.*?)\n(.*?)```", README, flags=re.DOTALL)


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize(("args", "shown"), EXAMPLES, ids=[a for a, _ in EXAMPLES])
def test_example_output_is_real(
    invoke: Invoke, args: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)  # the examples name files relative to the repository
    result = invoke(*shlex.split(args), env=TERMINAL_80)
    printed = "\n".join(line.rstrip() for line in result.output.rstrip("\n").split("\n"))
    assert printed == shown.rstrip("\n")


def test_every_command_in_the_readme_table_exists(invoke: Invoke) -> None:
    commands = re.findall(r"^\| `livertx ([\w-]+)", README, flags=re.MULTILINE)
    assert commands == COMMANDS
    for command in commands:
        assert invoke(command, "--help").exit_code == 0


def test_setup_commands_are_marked_for_ci() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for name in ("ci:install", "ci:test"):
        assert f"<!-- {name} -->\n```sh\n" in README
        assert f"readme_command {name}" in ci


# The jq cookbook: ```shell blocks whose first line is `$ COMMAND`, the rest its output.
RECIPES = re.findall(r"```shell\n\$ (.*?)\n(.*?)```", README, flags=re.DOTALL)


def test_the_cookbook_has_its_recipes() -> None:
    assert len(RECIPES) >= 6
    assert all("jq" in command for command, _ in RECIPES)


@pytest.mark.parametrize(("command", "shown"), RECIPES, ids=[c[:40] for c, _ in RECIPES])
def test_cookbook_recipes_print_what_the_readme_shows(command: str, shown: str) -> None:
    """Run as a script author would: bash, the installed livertx first on PATH, jq."""
    assert shutil.which("jq"), "the cookbook needs jq (CI installs it with the machine)"
    bin_folder = str(Path(sys.executable).parent)
    environment = {**os.environ, "PATH": f"{bin_folder}:{os.environ.get('PATH', '')}"}
    environment = {k: v for k, v in environment.items() if not k.startswith("LIVERTX_")}
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=environment,
    )
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout == shown
