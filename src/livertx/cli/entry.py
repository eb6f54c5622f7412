"""The `livertx` command's entry point.

Importing Typer costs more than the rest of a `--json` run together, so the command lines people and
scripts type most (`--version`; every command of the table in livertx.cli.commands with its
arguments, `--json`, `--format`, `--data FILE` and `--color WHEN`) are parsed here by a strict
little parser and run through the same code (livertx.cli.commands, livertx.cli.exits) as the Typer
commands. Anything it does not fully understand, including every error of usage, `--help` and most
of shell completion, goes to Typer (livertx.cli.app) untouched. tests/cli/test_entry.py checks that
both paths give the same output."""

from __future__ import annotations

import atexit
import gc
import os
import sys

from livertx.cli.exits import EXIT_INTERNAL, EXIT_IO, guarded, say, say_json, silence_stdout
from livertx.cli.grammar import (
    FORMAT,
    FORMATS,
    HELP_NAMES,
    INSTALL_COMPLETION,
    JSON,
    JSON_ONLY,
    SHOW_COMPLETION,
    VERSION,
    Command,
    Settings,
    asks_for_json,
    data_in_use,
    settings_from,
    split_global_options,
)
from livertx.errors import UsageError
from livertx.output import make_stdout_honest, write_text
from livertx.render.formats import OutputFormat, one_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Mapping

    from livertx.render.formats import FormatName


def _option(tokens: list[str]) -> tuple[str, str] | None:
    """Take `--name value` or `--name=value` off the front of tokens."""
    option, has_value, value = tokens.pop(0).partition("=")
    if not has_value:
        if not tokens:
            return None
        value = tokens.pop(0)
    return option, value


def parse(
    argv: list[str], environ: Mapping[str, str]
) -> tuple[Command, list[str], dict[str, str], Settings] | None:
    """(the command's row, its arguments, its own options, the run's settings) for a command line
    in the fast grammar, or None to leave it to Typer."""
    from livertx.cli.commands import BY_NAME, takes  # the table and its handlers: not --version's

    given, tokens = split_global_options(argv)
    if settings_from(given, OutputFormat.AUTO, environ) is None:
        return None
    if not tokens or tokens[0] not in BY_NAME:
        return None
    command, rest = BY_NAME[tokens[0]], tokens[1:]
    chosen: set[FormatName] = set()
    arguments: list[str] = []
    own = {option.name for option in command.options if option.metavar}
    flags = {option.name for option in command.options if not option.metavar}
    options: dict[str, str] = {}
    while rest:
        if rest[0] == JSON.name and command.output in (FORMATS, JSON_ONLY):
            rest.pop(0)
            chosen.add(OutputFormat.JSON)
        elif rest[0].startswith(FORMAT.name) and command.output == FORMATS:
            taken = _option(rest)
            named = (
                one_of(taken[1], OutputFormat.ALL) if taken and taken[0] == FORMAT.name else None
            )
            if named is None:
                return None
            chosen.add(named)
        elif rest[0] in flags:
            options[rest.pop(0)] = ""
        elif rest[0].partition("=")[0] in own:
            taken = _option(rest)
            if taken is None or taken[0] in options or taken[1].startswith("-"):
                return None
            options[taken[0]] = taken[1]
        elif rest[0].startswith("-"):
            return None
        else:
            arguments.append(rest.pop(0))
    if len(chosen) > 1 or not takes(command, len(arguments)):
        return None
    settings = settings_from(given, chosen.pop() if chosen else OutputFormat.AUTO, environ)
    return (command, arguments, options, settings) if settings else None


def _print_version() -> int:
    from livertx.cli.version import version_line  # only --version reads the answers' summary

    write_text(version_line(data_in_use([], os.environ)) + "\n")
    return 0


def _completion_script(argv: list[str]) -> int:
    """`--install-completion [SHELL]` and `--show-completion [SHELL]`, for the shell named (or
    $SHELL's): livertx's own, so that each shell gets its own script and nothing is written
    twice (livertx.cli.completion_install)."""
    from livertx.cli import completion_install  # the shells' scripts, only for these two options

    if len(argv) > 2:
        raise UsageError(f"{argv[0]} takes one shell at most: bash, zsh or fish")
    given = argv[1] if len(argv) == 2 else None
    if argv[0] == SHOW_COMPLETION:
        write_text(completion_install.script(completion_install.wanted_shell(given)))
    else:
        write_text(completion_install.install(given) + "\n")
    return 0


def _raise(error: Exception) -> int:
    raise error


def run_fast(argv: list[str]) -> int | None:
    """The exit code of a command line run here, or None when Typer must run it."""
    if argv == [VERSION.name]:
        return guarded(_print_version)
    if argv[:1] in ([INSTALL_COMPLETION], [SHOW_COMPLETION]) and not set(HELP_NAMES) & set(argv):
        return guarded(lambda: _completion_script(argv))
    instruction = os.environ.get("_LIVERTX_COMPLETE")
    if instruction:
        from livertx.cli.completion import INSTRUCTIONS, fast_answer  # only when a shell asks

        if instruction not in INSTRUCTIONS:
            message = f"_LIVERTX_COMPLETE={instruction!r} is not one of {', '.join(INSTRUCTIONS)}"
            return guarded(lambda: _raise(UsageError(message)))

        answer = fast_answer(instruction)
        return guarded(answer) if answer is not None else None
    parsed = parse(argv, os.environ)
    if parsed is None:
        return None
    command, arguments, options, settings = parsed
    from livertx.cli.commands import run  # loaded by parse(); kept off --version's path

    return guarded(
        lambda: run(command, arguments, options, settings),
        as_json=settings.output_format == OutputFormat.JSON,
    )


def _is_open(descriptor: int) -> bool:
    try:
        os.fstat(descriptor)
    except OSError:
        return False
    return True


def main() -> None:
    """The `livertx` command."""
    # As the interpreter ends it makes a full garbage collection, which frees nothing the
    # system would not: 0.05x of a bare Python's start-up on every call (docs/speed.md). Turned
    # off at exit, so that a program that calls main() keeps its collector until then.
    atexit.register(gc.disable)
    try:
        code = _main()
    except KeyboardInterrupt:  # pressed before a command was under way
        code = 130
    except Exception as error:  # a bug outside any command's guard: still one line
        if os.environ.get("LIVERTX_DEBUG") == "1":
            raise
        say(f"internal error ({type(error).__name__}); please report it as a bug.")
        code = EXIT_INTERNAL
    sys.exit(code)


def _main() -> int | None:
    if not _is_open(2):
        # Keep fd 2 taken, so no file livertx opens becomes "stderr"; messages are dropped
        # (sys.stderr is None), never moved to stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    if not _is_open(1) or sys.stdout is None:
        # Nothing livertx prints could arrive, and fd 1 must not be taken by the next file
        # opened, which a later write would then corrupt.
        silence_stdout()
        message = "could not write the output: standard output is closed"
        if asks_for_json(sys.argv[1:]):
            say_json(EXIT_IO, message)  # a script that asked for JSON reads JSON
        else:
            say(message)
        return EXIT_IO
    # Never a UnicodeEncodeError: in a locale that cannot show a character, show a stand-in.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    make_stdout_honest()
    code = run_fast(sys.argv[1:])
    if code is None:
        from livertx.cli.app import app  # Typer, only for what the fast path leaves: start-up

        app(prog_name="livertx")
    return code
