"""The README and the pages of docs/ show real output: every `$ livertx …` example is run and
compared, line by line, with what livertx prints at 80 columns, and every jq recipe is run as a
script author would run it. The README stays short, for users, and leads to every page of docs/;
no relative link leads nowhere."""

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
DOCS = sorted((REPO / "docs").glob("*.md"))
# Every page, by its path from the repository's root: README.md first, then docs/*.md.
PAGES = {
    path.relative_to(REPO).as_posix(): path.read_text(encoding="utf-8")
    for path in [REPO / "README.md", *DOCS]
}


def examples(text: str) -> list[tuple[str, str]]:
    """The ```console blocks whose first line is `$ livertx ARGS`: (ARGS, what is shown)."""
    return re.findall(r"```console\n\$ livertx (.*?)\n(.*?)```", text, flags=re.DOTALL)


def recipes(text: str) -> list[tuple[str, str]]:
    """The ```shell blocks whose first line is `$ COMMAND`, the rest its output."""
    return re.findall(r"```shell\n\$ (.*?)\n(.*?)```", text, flags=re.DOTALL)


EXAMPLES = [(page, *example) for page, text in PAGES.items() for example in examples(text)]
RECIPES = [(page, *recipe) for page, text in PAGES.items() for recipe in recipes(text)]


def test_the_pages_have_their_examples() -> None:
    assert len(examples(PAGES["README.md"])) >= 3  # list, stage, show at least
    assert len(examples(PAGES["docs/commands.md"])) >= 6
    assert {page for page, _, _ in EXAMPLES} >= {"README.md", "docs/commands.md"}


@pytest.mark.parametrize("page", PAGES)
def test_every_command_shown_is_the_start_of_an_example(page: str) -> None:
    """A `$ …` line outside a ```console or ```shell block's first line would go untested."""
    shown = re.findall(r"^\$ .*$", PAGES[page], flags=re.MULTILINE)
    tested = re.findall(r"^```(?:console|shell)\n(\$ .*)$", PAGES[page], flags=re.MULTILINE)
    assert shown == tested


@pytest.mark.parametrize(
    ("page", "args", "shown"), EXAMPLES, ids=[f"{page}: {a}" for page, a, _ in EXAMPLES]
)
def test_example_output_is_real(
    invoke: Invoke, page: str, args: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)  # the examples name files relative to the repository
    result = invoke(*shlex.split(args), env=TERMINAL_80)
    printed = "\n".join(line.rstrip() for line in result.output.rstrip("\n").split("\n"))
    assert printed == shown.rstrip("\n"), page


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


def readme_command(name: str) -> str:
    """The shell command of a `<!-- name -->` block, as .ci/run reads it."""
    block = re.search(rf"<!-- {name} -->\n```sh\n(.*?)```", README, flags=re.DOTALL)
    assert block is not None, name
    return block.group(1).strip()


@pytest.mark.parametrize("name", ["ci:install", "ci:test"])
def test_each_setup_line_makes_its_own_environment(name: str) -> None:
    """PEP 668: a stock Debian or Ubuntu pip installs nothing outside a virtual environment, so
    each line makes one and calls every tool from it, never a bare `pip`, `livertx` or `pytest`."""
    steps = readme_command(name).split(" && ")
    assert steps[0] == "python3 -m venv .venv"
    assert all(step.startswith(".venv/bin/") for step in steps[1:]), steps


def test_the_cookbook_has_its_recipes() -> None:
    assert len(recipes(PAGES["docs/json.md"])) >= 6
    assert all("jq" in command for _, command, _ in RECIPES)


@pytest.mark.parametrize(
    ("page", "command", "shown"), RECIPES, ids=[f"{page}: {c[:40]}" for page, c, _ in RECIPES]
)
def test_cookbook_recipes_print_what_the_page_shows(page: str, command: str, shown: str) -> None:
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
    assert done.stdout == shown, page


def test_the_readme_is_short_and_leads_to_every_page_of_docs() -> None:
    # 300 lines of prose and examples, and the 3 lines the examples' footers give to how old the
    # page is (#30): a README that grows past it has grown its prose.
    assert len(README.splitlines()) <= 303
    assert DOCS, "docs/ holds the pages the README leads to"
    linked = set(re.findall(r"\]\(([^)#\s]+)(?:#[^)\s]*)?\)", README))
    assert {f"docs/{path.name}" for path in DOCS} <= linked


# A Markdown link, [text](target): its target, up to a space (a title) or the closing bracket.
LINK = re.compile(r"\[[^\]]*\]\(<?([^)\s>]+)>?(?:\s[^)]*)?\)")


def headings(text: str) -> set[str]:
    """The anchors GitHub makes of a page's headings: lower case, punctuation dropped, spaces as
    hyphens (code blocks left out, where `# …` is no heading)."""
    outside_code = re.sub(r"^```.*?^```", "", text, flags=re.DOTALL | re.MULTILINE)
    titles = re.findall(r"^#{1,6} (.+)$", outside_code, flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-") for title in titles}


RELATIVE_LINKS = list(
    dict.fromkeys(
        (page, target)
        for page, text in PAGES.items()
        for target in LINK.findall(text)
        if not re.match(r"[a-z][a-z0-9+.-]*:", target)  # not https:, mailto: …
    )
)


def test_the_pages_have_relative_links() -> None:
    assert {page for page, _ in RELATIVE_LINKS} >= {"README.md", "docs/json.md"}


@pytest.mark.parametrize(
    ("page", "target"), RELATIVE_LINKS, ids=[f"{page}: {t}" for page, t in RELATIVE_LINKS]
)
def test_every_relative_link_leads_to_a_file_that_exists(page: str, target: str) -> None:
    path, _, anchor = target.partition("#")
    file = (REPO / page).parent / path if path else REPO / page
    assert file.resolve().is_file(), f"{page} links to {target}, which does not exist"
    assert file.resolve().is_relative_to(REPO), f"{page} links outside the repository"
    if anchor and file.suffix == ".md":
        assert anchor in headings(file.read_text(encoding="utf-8")), f"{page}: no #{anchor}"
