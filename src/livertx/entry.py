"""The `livertx` command's entry point.

Importing Typer costs more than the rest of a `--json` run together, so the command lines
people and scripts type most (`--version`; every view command with its arguments, `--json`,
`--format`, `--data FILE` and `--color WHEN`) are parsed here by a strict little parser and run
through the same code (livertx.commands, livertx.exits) as the Typer commands. Anything it does
not fully understand, including every error of usage, `--help` and most of shell completion,
goes to Typer (livertx.cli) untouched. tests/test_entry.py checks that both paths give the same
output.
"""

from __future__ import annotations

import os
import sys

from livertx import __version__

COLORS = ("auto", "always", "never")
FORMATS = ("table", "json", "markdown")
FAST_COMMANDS = ("list", "show", "stage", "drugs", "matrix", "compare", "search", "about")


def _option(tokens: list[str]) -> tuple[str, str] | None:
    """Take `--name value` or `--name=value` off the front of tokens."""
    option, has_value, value = tokens.pop(0).partition("=")
    if not has_value:
        if not tokens:
            return None
        value = tokens.pop(0)
    return option, value


def parse(argv: list[str]) -> tuple[str, list[str], str, str | None, str] | None:
    """(command, arguments, format, --data, --color) for a command line in the fast grammar,
    or None to leave it to Typer."""
    from livertx.commands import ARITY

    data: str | None = None
    color = "auto"
    tokens = list(argv)
    while tokens and tokens[0].startswith("--"):
        taken = _option(tokens)
        if taken is None:
            return None
        option, value = taken
        if option == "--data" and value and not value.startswith("-"):
            data = value
        elif option == "--color" and value in COLORS:
            color = value
        else:
            return None
    if not tokens or tokens[0] not in FAST_COMMANDS:
        return None
    command, rest = tokens[0], tokens[1:]
    chosen: set[str] = set()
    arguments: list[str] = []
    while rest:
        if rest[0] == "--json":
            rest.pop(0)
            chosen.add("json")
        elif rest[0].startswith("--format"):
            taken = _option(rest)
            if taken is None or taken[0] != "--format" or taken[1] not in FORMATS:
                return None
            chosen.add(taken[1])
        elif rest[0].startswith("-"):
            return None
        else:
            arguments.append(rest.pop(0))
    arity = ARITY[command]
    if len(chosen) > 1 or (len(arguments) != arity if arity is not None else len(arguments) < 2):
        return None
    return command, arguments, (chosen.pop() if chosen else "table"), data, color


def run_fast(argv: list[str]) -> int | None:
    """The exit code of a command line run here, or None when Typer must run it."""
    if argv == ["--version"]:
        print(f"livertx {__version__}")
        return 0
    instruction = os.environ.get("_LIVERTX_COMPLETE")
    if instruction:
        from livertx.completion import complete_fast

        return complete_fast(instruction)
    parsed = parse(argv)
    if parsed is None:
        return None
    command, arguments, output_format, data, color = parsed

    from livertx.exits import EXIT_OK, guarded

    def run() -> int:
        from livertx.commands import run as run_command
        from livertx.render import ColorChoice, OutputFormat

        run_command(
            command,
            arguments,
            data=data or os.environ.get("LIVERTX_DATA") or None,
            output_format=OutputFormat(output_format),
            color=ColorChoice(color),
        )
        return EXIT_OK

    return guarded(run)


def main() -> None:
    """The `livertx` command."""
    # Never a UnicodeEncodeError: in a locale that cannot show a character, show a stand-in.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        code = run_fast(sys.argv[1:])
        if code is None:
            from livertx.cli import app

            app(prog_name="livertx")
    except KeyboardInterrupt:  # pressed before a command was under way
        code = 130
    sys.exit(code)
