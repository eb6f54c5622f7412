"""The fast path (livertx.cli.entry) against Typer (livertx.cli.app): wherever the fast parser takes
a command line, it must print exactly what Typer prints and end with the same code."""

from __future__ import annotations

import ast
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from livertx.cli.app import app
from livertx.cli.commands import COMMANDS
from livertx.cli.entry import parse, run_fast
from livertx.cli.grammar import FORMATS, JSON_ONLY, ONE, OPTIONAL

from ..conftest import REPO, Invoke
from ..knowledge.test_added_words import beside_its_capture


def _fast(argv: list[str], env: dict[str, str] | None = None) -> tuple[int | None, bytes, bytes]:
    runner = CliRunner()
    with runner.isolation(env=env) as (out, err, _):
        code = run_fast(argv)
        sys.stdout.flush()
        sys.stderr.flush()
        return code, out.getvalue(), err.getvalue()


def _typer(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, bytes, bytes]:
    result = CliRunner().invoke(app, argv, prog_name="livertx", env=env)
    return result.exit_code, result.stdout_bytes, result.stderr_bytes


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["list", "--json"],
        ["show", "tace"],
        ["show", "--json", "TACE"],
        ["stage", "metastatic"],
        ["stage", "advanced", "--json"],
        ["--color", "never", "stage", "recurrent"],
        ["--color=always", "show", "sorafenib"],
        ["show", "sorafinib"],
        ["stage", "early", "--json"],
        ["--data", "/nonexistent.yaml", "list"],
        ["--data=/", "list", "--json"],
        ["drugs"],
        ["drugs", "--format", "markdown"],
        ["matrix", "--json"],
        ["matrix", "--format=markdown"],
        ["compare", "tae", "tace", "--json"],
        ["compare", "tae", "sorafinib"],
        ["search", "freeze"],
        ["search", "hepatic artery", "--format", "json"],
        ["search", "xyzzy"],
        ["about"],
        ["about", "--json"],
        ["show", "tace", "--format", "markdown"],
        ["stage", "recurrent", "--json", "--format", "json"],
        ["validate"],
        ["validate", "--json"],
        ["validate", "tests/corpus/broken/unknown-key.yaml"],
        ["--data", "tests/corpus/garden.yaml", "validate", "--json"],
        ["schema"],
    ],
)
def test_fast_path_prints_what_typer_prints(argv: list[str]) -> None:
    code, out, err = _fast(argv)
    assert code is not None, "the fast parser should take this command line"
    assert (code, out, err) == _typer(argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["list", "-h"],
        ["show"],
        ["show"],
        ["stage", "--", "recurrent"],
        ["--color", "sometimes", "list"],
        ["--data"],
        ["--data", "--json", "list"],
        ["list", "--version"],
        ["compare", "tace"],
        ["show", "-x"],
        ["list", "--json", "--format", "markdown"],
        ["list", "--format", "pdf"],
        ["validate", "--format", "json"],
        ["validate", "a", "b"],
        ["schema", "--json"],
    ],
)
def test_fast_parser_leaves_the_rest_to_typer(argv: list[str]) -> None:
    assert parse(argv, {}) is None


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["show", "chemo", "embolization"], "chemo embolization"),
        (["stage", "locally", "advanced", "--json"], "locally advanced"),
        (["search", "hepatic", "artery"], "hepatic artery"),
    ],
)
def test_the_words_of_a_name_stage_or_search_need_no_quotes(
    invoke: Invoke, argv: list[str], words: str
) -> None:
    # Quotes are easy to forget: the words typed are read as one text, on either path.
    typed = [word for word in argv if not word.startswith("-")]
    assert parse(argv, {}) is not None
    quoted = invoke(typed[0], words, *argv[len(typed) :])
    unquoted = invoke(*argv)
    assert (unquoted.exit_code, unquoted.stdout) == (0, quoted.stdout)
    assert "unexpected extra argument" not in unquoted.stderr
    on_typer = CliRunner().invoke(app, ["--no-pager", *argv])  # the Typer path, as after help
    assert (on_typer.exit_code, on_typer.stdout) == (0, quoted.stdout)


# Command lines in the fast grammar, made from the table: global options, a command, the number
# of arguments it takes, and output options, shuffled in among the arguments.
GLOBAL_OPTIONS = st.lists(
    st.sampled_from(
        [["--color", "never"], ["--color=always"], ["--data", "tests/corpus/garden.yaml"]]
    ),
    max_size=2,
).map(lambda chosen: [word for option in chosen for word in option])
ARGUMENT_WORDS = ["tace", "TACE", "recurrent", "advanced", "sorafinib", "nope", "freeze", "x"]


@st.composite
def fast_command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(COMMANDS))
    if command.argument is None:
        count = 0
    elif command.argument.count == ONE:
        count = 1
    elif command.argument.count == OPTIONAL:
        count = draw(st.integers(0, 1))
    else:
        count = draw(st.integers(2, 3))
    words = draw(st.lists(st.sampled_from(ARGUMENT_WORDS), min_size=count, max_size=count))
    if command.output == FORMATS:
        words += draw(
            st.sampled_from([[], ["--json"], ["--format", "markdown"], ["--format=json"]])
        )
    elif command.output == JSON_ONLY:
        words += draw(st.sampled_from([[], ["--json"]]))
    return [*draw(GLOBAL_OPTIONS), command.name, *draw(st.permutations(words))]


@settings(max_examples=120, deadline=None)
@given(fast_command_lines())
def test_every_fast_command_line_prints_what_typer_prints(argv: list[str]) -> None:
    """Options may come between arguments (`--format markdown` stays a pair: a permutation can
    split it, and then the fast parser must leave the line to Typer)."""
    code, out, err = _fast(argv)
    if code is None:
        assert parse(argv, {}) is None
        return
    assert (code, out, err) == _typer(argv)


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_the_fast_grammar_takes_most_lines_of_the_table() -> None:
    """The generator above is not just feeding Typer: most of its lines are taken here."""
    taken = 0
    for argv in (fast_command_lines().example() for _ in range(200)):
        taken += parse(argv, {}) is not None
    assert taken > 100


def _modules_after(argv: list[str], tmp_path: Path, **env: str) -> set[str]:
    """The modules a real `livertx ARGV` run has imported when it exits."""
    listing = tmp_path / "modules.txt"
    script = (
        "import atexit, sys\n"
        f"atexit.register(lambda: open({str(listing)!r}, 'w').write('\\n'.join(sys.modules)))\n"
        f"sys.argv = ['livertx', *{argv!r}]\n"
        "from livertx.cli.entry import main\n"
        "main()\n"
    )
    subprocess.run(
        [sys.executable, "-c", script], env={**os.environ, **env}, capture_output=True, check=False
    )
    return set(listing.read_text().split("\n"))


HEAVY = (
    "rich",
    "typer",
    "yaml",
    "pydantic",
    "livertx.knowledge.model",
    "livertx.cli.app",
    "dataclasses",
    "segno",
)


def _loaded(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in prefixes or m in prefixes)


def test_the_json_path_imports_nothing_heavy(tmp_path: Path) -> None:
    modules = _modules_after(["stage", "recurrent", "--json"], tmp_path)
    assert "livertx.answers.prepared" in modules
    assert _loaded(modules, HEAVY) == []


def test_a_file_answered_in_memory_imports_neither_dataclasses_nor_typing(tmp_path: Path) -> None:
    """The model and the checks are records (livertx.records): dataclasses, with the inspect
    module it imports, were a quarter of a `--data FILE` call's start-up."""
    data = str(REPO / "data" / "treatments.yaml")
    modules = _modules_after(["--data", data, "stage", "recurrent", "--json"], tmp_path)
    assert {"livertx.knowledge.model", "livertx.proof.prove", "yaml"} <= modules
    assert _loaded(modules, ("dataclasses", "inspect", "typing")) == []


def test_a_program_that_calls_main_keeps_its_garbage_collector() -> None:
    """main() turns the collector off only as the interpreter ends (the last collection frees
    nothing the system would not), never for a program that goes on after it."""
    script = (
        "import gc, sys\n"
        "sys.argv = ['livertx', '--version']\n"
        "from livertx.cli.entry import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(f'collector on: {gc.isenabled()}')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.startswith("livertx ")
    assert done.stderr == "collector on: True"


def test_completion_imports_nothing_heavy(tmp_path: Path) -> None:
    env = {
        "_LIVERTX_COMPLETE": "complete_bash",
        "COMP_WORDS": "livertx show sor",
        "COMP_CWORD": "2",
    }
    modules = _modules_after([], tmp_path, **env)
    assert "livertx.cli.completion" in modules
    assert _loaded(modules, HEAVY) == []


def test_the_piped_table_path_needs_neither_rich_typer_yaml_nor_the_model(tmp_path: Path) -> None:
    modules = _modules_after(["stage", "recurrent"], tmp_path)
    assert "livertx.render.stacked" in modules
    assert _loaded(modules, HEAVY) == []


def test_a_wide_terminal_needs_rich_but_not_typer_yaml_or_the_model(tmp_path: Path) -> None:
    modules = _modules_after(["stage", "recurrent"], tmp_path, TTY_COMPATIBLE="1", COLUMNS="100")
    assert "rich" in modules
    assert _loaded(modules, ("typer", "yaml", "pydantic", "livertx.knowledge.model")) == []


def test_only_a_handout_s_html_of_another_file_imports_segno(tmp_path: Path) -> None:
    """segno is imported to draw the QR code of an address a handout prints as HTML, and only
    then: the shipped file's are drawn ahead of time (livertx.render.qr)."""
    assert "segno" not in _modules_after(["stage", "recurrent", "--format", "html"], tmp_path)
    assert "segno" not in _modules_after(["handout", "recurrent", "--json"], tmp_path)
    assert "segno" not in _modules_after(["handout", "recurrent", "--format", "markdown"], tmp_path)
    shipped = _modules_after(["handout", "recurrent"], tmp_path)
    assert "livertx.render.qr" in shipped and "segno" not in shipped
    other = beside_its_capture(tmp_path)  # searched for "cancer": an address not drawn ahead
    shipped_text = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    other.write_text(shipped_text.replace("condition: liver cancer", "condition: cancer"))
    assert "segno" in _modules_after(["--data", str(other), "handout", "recurrent"], tmp_path)


def test_version_reads_the_shipped_answers_and_imports_nothing_heavy(tmp_path: Path) -> None:
    modules = _modules_after(["--version"], tmp_path)
    assert sorted(m for m in modules if m.startswith("livertx")) == [
        "livertx",
        "livertx.answers",
        "livertx.answers.prepared",
        "livertx.cli",
        "livertx.cli.entry",
        "livertx.cli.exits",
        "livertx.cli.grammar",
        "livertx.cli.version",
        "livertx.errors",
        "livertx.knowledge",
        "livertx.knowledge.file",
        "livertx.output",
        "livertx.render",
        "livertx.render.formats",
        "livertx.safe_read",
    ]
    assert _loaded(modules, HEAVY) == []


def _modules_at_start() -> set[str]:
    """The modules this Python has imported before it runs anything (`site`'s, say)."""
    listing = subprocess.run(
        [sys.executable, "-c", "import sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(listing.split("\n"))


# Standard modules that cost `--version` more than the rest of it: enum and three Enums were
# 0.2x of the baseline, collections (for named tuples) 0.1x (benchmarks/startup.py).
DEAR_FOR_VERSION = ("enum", "collections", "functools", "re", "json", "typing", "dataclasses")


def test_version_imports_no_standard_module_dearer_than_itself(tmp_path: Path) -> None:
    added = _modules_after(["--version"], tmp_path) - _modules_at_start()
    assert "livertx.cli.grammar" in added
    assert sorted(m for m in added if m in DEAR_FOR_VERSION) == []


def _interrupted() -> int:
    raise KeyboardInterrupt


def test_ctrl_c_under_json_is_the_documented_error_document(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from livertx.cli.exits import guarded

    assert guarded(_interrupted, as_json=True) == 130
    captured = capsys.readouterr()
    assert captured.out == ""
    assert json.loads(captured.err) == {
        "error": {"code": "interrupted", "message": "interrupted", "suggestions": [], "links": []}
    }
    assert captured.err.count("\n") == 1
    assert guarded(_interrupted) == 130
    assert capsys.readouterr().err == "\n"  # ends the line the ^C was echoed on


def _compiled_at_import(path: Path) -> list[int]:
    """Lines where the module compiles a regular expression as it is imported (outside any
    function), so that every call of livertx pays for it."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
            ):
                found.append(child.lineno)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_the_json_path_compiles_no_pattern_as_it_imports(tmp_path: Path) -> None:
    # Compiling costs about a millisecond a pattern on every start; re compiles a pattern on
    # its first use instead. (knowledge.names compiled its two stage-number patterns here:
    # 1.7 ms a call; livertx.visible its one, though most text has nothing to replace.)
    modules = _modules_after(["stage", "recurrent", "--json"], tmp_path)
    package = REPO / "src"
    compiled = {
        module: lines
        for module in sorted(m for m in modules if m.startswith("livertx"))
        for path in [package.joinpath(*module.split(".")).with_suffix(".py")]
        if path.exists() and (lines := _compiled_at_import(path))
    }
    assert "livertx.knowledge.names" in modules
    assert "livertx.visible" in modules
    assert compiled == {}


# Where a line that writes (verify-source --update) writes: the test's own folder, fresh for
# each path, so both write the same bytes to the same name.
PROPOSED = "{folder}/proposed.yaml"


def _table_lines() -> list[list[str]]:
    """Every row of the command table, with its example's arguments, once bare and once with
    each option it takes: each output format, `--json`, each of its own options, and the global
    ones (`--data`, `--color`, `--no-pager`) before it. Generated from the table, so a row or an
    option added is covered by the parity test below without a word of it changing."""
    from livertx.cli.commands import COMMANDS
    from livertx.cli.grammar import COLOR, DATA, FORMAT, JSON, NO_OUTPUT_OPTIONS, NO_PAGER
    from livertx.render.formats import OutputFormat

    lines: list[list[str]] = []
    for command in COMMANDS:
        example = shlex.split(command.example.partition(">")[0])[2:]
        if command.name in ("validate", "verify-source"):  # a real file of the repository
            example = {
                "validate": ["data/treatments.yaml"],
                "verify-source": ["data/source/nci-liver-cancer-treatment.txt"],
            }[command.name]
        base = [command.name, *example]
        variants = [base]
        if command.output == FORMATS:
            variants += [[*base, FORMAT.name, name] for name in OutputFormat.ALL]
        if command.output != NO_OUTPUT_OPTIONS:
            variants.append([*base, JSON.name])
        for option in command.options:
            # A file an option reads is the capture; one it writes goes to the test's folder.
            written = option.name == "--update"
            read = "data/source/nci-liver-cancer-treatment.txt"
            value = ([PROPOSED] if written else [read]) if option.metavar else []
            variants.append([*base, option.name, *value])
        variants += [
            [DATA.name, "data/treatments.yaml", *base],
            [COLOR.name, "never", *base],
            [NO_PAGER.name, *base],
        ]
        lines += variants
    return lines


TABLE_LINES = _table_lines()


@pytest.mark.parametrize("argv", TABLE_LINES, ids=[" ".join(argv) for argv in TABLE_LINES])
def test_every_row_and_option_prints_the_same_on_both_paths(
    argv: list[str],
    invoke: Invoke,
    invoke_typer: Invoke,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The user's path (the installed script's main(), its fast parser first) and Typer's app
    alone give the same bytes and exit code for every row of the table and every option."""
    import shutil

    monkeypatch.chdir(REPO)
    folder = tmp_path / "written"
    argv = [word.replace("{folder}", str(folder)) for word in argv]
    folder.mkdir()
    users = invoke(*argv)
    shutil.rmtree(folder)
    folder.mkdir()
    typers = invoke_typer(*argv)
    assert (users.exit_code, users.stdout_bytes, users.stderr_bytes) == (
        typers.exit_code,
        typers.stdout_bytes,
        typers.stderr_bytes,
    )
