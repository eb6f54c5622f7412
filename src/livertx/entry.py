"""The `livertx` command's entry point.

Importing Typer costs more than the rest of a `--json` run together, so the command lines
people and scripts type most (`--version`; `list`, `show NAME`, `stage STAGE`, with `--json`,
`--data FILE` and `--color WHEN`) are parsed here by a strict little parser and run through the
same code (livertx.commands, livertx.exits) as the Typer commands. Anything it does not fully
understand, including every error of usage, `--help` and shell completion, goes to Typer
(livertx.cli) untouched. tests/test_entry.py checks that both paths give the same output.
"""

from __future__ import annotations

import os
import sys

from livertx import __version__

COMMANDS = {"list": 0, "show": 1, "stage": 1}  # each command and how many arguments it takes
COLORS = ("auto", "always", "never")


def parse(argv: list[str]) -> tuple[str, list[str], bool, str | None, str] | None:
    """(command, arguments, --json, --data, --color) for a command line in the fast grammar,
    or None to leave it to Typer."""
    data: str | None = None
    color = "auto"
    tokens = list(argv)
    while tokens and tokens[0].startswith("--"):
        option, has_value, value = tokens.pop(0).partition("=")
        if not has_value:
            if not tokens:
                return None
            value = tokens.pop(0)
        if option == "--data" and value and not value.startswith("-"):
            data = value
        elif option == "--color" and value in COLORS:
            color = value
        else:
            return None
    if not tokens or tokens[0] not in COMMANDS:
        return None
    command, rest = tokens[0], tokens[1:]
    json_flag = "--json"
    as_json = json_flag in rest
    arguments = [token for token in rest if token != json_flag]
    if len(arguments) != COMMANDS[command] or any(a.startswith("-") for a in arguments):
        return None
    return command, arguments, as_json, data, color


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
    command, arguments, as_json, data, color = parsed

    from livertx.exits import EXIT_OK, guarded

    data_path = data or os.environ.get("LIVERTX_DATA") or None
    argument = arguments[0] if arguments else None

    def run() -> int:
        from livertx.commands import run as run_command
        from livertx.render import ColorChoice, OutputFormat

        run_command(
            command,
            argument,
            data=data_path,
            output_format=OutputFormat.JSON if as_json else OutputFormat.TABLE,
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
