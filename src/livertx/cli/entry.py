"""The `livertx` command's entry point.

Importing Typer costs more than the rest of a `--json` run together, so the command lines people and
scripts type most (`--version`; every command of the table in livertx.cli.commands with its
arguments, `--json`, `--format`, `--data FILE` and `--color WHEN`) are parsed here by a strict
little parser and run through the same code (livertx.cli.commands, livertx.cli.exits) as the Typer
commands. Anything it does not fully understand, including every error of usage, `--help` and most
of shell completion, goes to Typer (livertx.cli.app) untouched. tests/cli/test_entry.py checks that
both paths give the same output."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.render import ColorChoice, OutputFormat


def _option(tokens: list[str]) -> tuple[str, str] | None:
    """Take `--name value` or `--name=value` off the front of tokens."""
    option, has_value, value = tokens.pop(0).partition("=")
    if not has_value:
        if not tokens:
            return None
        value = tokens.pop(0)
    return option, value


def parse(
    argv: list[str],
) -> tuple[str, list[str], OutputFormat, str | None, ColorChoice, dict[str, str]] | None:
    """(command, arguments, format, --data, --color, the command's own options) for a command
    line in the fast grammar, or None to leave it to Typer."""
    from livertx.cli.commands import BY_NAME, FORMATS, JSON_ONLY, takes
    from livertx.render import ColorChoice, OutputFormat

    colors = {choice.value: choice for choice in ColorChoice}
    formats = {choice.value: choice for choice in OutputFormat}
    data: str | None = None
    color = ColorChoice.AUTO
    tokens = list(argv)
    while tokens and tokens[0].startswith("--"):
        if tokens[0] == "--no-pager":
            tokens.pop(0)
            os.environ["LIVERTX_PAGER"] = "cat"  # this process's own choice, read when writing
            continue
        taken = _option(tokens)
        if taken is None:
            return None
        option, value = taken
        if option == "--data" and value and not value.startswith("-"):
            data = value
        elif option == "--color" and value in colors:
            color = colors[value]
        else:
            return None
    if not tokens or tokens[0] not in BY_NAME:
        return None
    command, rest = BY_NAME[tokens[0]], tokens[1:]
    chosen: set[OutputFormat] = set()
    arguments: list[str] = []
    own = {option.name for option in command.options if option.metavar}
    flags = {option.name for option in command.options if not option.metavar}
    options: dict[str, str] = {}
    while rest:
        if rest[0] == "--json" and command.output in (FORMATS, JSON_ONLY):
            rest.pop(0)
            chosen.add(OutputFormat.JSON)
        elif rest[0].startswith("--format") and command.output == FORMATS:
            taken = _option(rest)
            if taken is None or taken[0] != "--format" or taken[1] not in formats:
                return None
            chosen.add(formats[taken[1]])
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
    output_format = chosen.pop() if chosen else OutputFormat.AUTO
    return command.name, arguments, output_format, data, color, options


def version_line(data: str | None = None) -> str:
    """One line for a bug report: the version, the JSON contract's, and the knowledge in use
    (the shipped file's summary read from the first line of its answers)."""
    from livertx import JSON_CONTRACT, __version__
    from livertx.answers.prepared import shipped_summary

    summary = shipped_summary() if data is None else knowledge_line(data)
    if not summary.isprintable():  # a control or invisible character from a knowledge file
        from livertx.visible import visible

        summary = visible(summary)
    return f"livertx {__version__} (JSON contract {JSON_CONTRACT}; {summary})"


def knowledge_line(data: str) -> str:
    """What `--version` says of a knowledge file given with --data or LIVERTX_DATA."""
    from livertx.answers.prepared import for_file, knowledge_summary

    source = for_file(data).source
    checked = "" if source["checked"] else ", checked against no page"
    return f"{knowledge_summary(source)} ({data}{checked})"


# Options before the command whose value is the next word.
GLOBAL_VALUES = ("--data", "--color")


def data_in_use(words: list[str]) -> str | None:
    """The knowledge file a command line uses: --data before the command, else LIVERTX_DATA."""
    index = 0
    while index < len(words) and words[index].startswith("-"):
        word = words[index]
        if word.startswith("--data="):
            return word.partition("=")[2] or None
        if word in GLOBAL_VALUES and index + 1 < len(words):
            if word == "--data":
                return words[index + 1] or None
            index += 1
        index += 1
    return os.environ.get("LIVERTX_DATA") or None


def _print_version() -> int:
    from livertx.output import write_text

    write_text(version_line(data_in_use([])) + "\n")
    return 0


def _completion_script(argv: list[str]) -> int:
    """`--install-completion [SHELL]` and `--show-completion [SHELL]`, for the shell named (or
    $SHELL's): livertx's own, so that each shell gets its own script and nothing is written
    twice (livertx.cli.completion_install)."""
    from livertx.cli import completion_install
    from livertx.errors import UsageError
    from livertx.output import write_text

    if len(argv) > 2:
        raise UsageError(f"{argv[0]} takes one shell at most: bash, zsh or fish")
    given = argv[1] if len(argv) == 2 else None
    if argv[0] == "--show-completion":
        write_text(completion_install.script(completion_install.wanted_shell(given)))
    else:
        write_text(completion_install.install(given) + "\n")
    return 0


def _raise(error: Exception) -> int:
    raise error


def run_fast(argv: list[str]) -> int | None:
    """The exit code of a command line run here, or None when Typer must run it."""
    from livertx.cli.exits import guarded

    if argv == ["--version"]:
        return guarded(_print_version)
    if argv[:1] in (["--install-completion"], ["--show-completion"]) and not {
        "--help",
        "-h",
    } & set(argv):
        return guarded(lambda: _completion_script(argv))
    instruction = os.environ.get("_LIVERTX_COMPLETE")
    if instruction:
        from livertx.cli.completion import INSTRUCTIONS, fast_answer

        if instruction not in INSTRUCTIONS:
            from livertx.errors import UsageError

            message = f"_LIVERTX_COMPLETE={instruction!r} is not one of {', '.join(INSTRUCTIONS)}"
            return guarded(lambda: _raise(UsageError(message)))

        answer = fast_answer(instruction)
        return guarded(answer) if answer is not None else None
    parsed = parse(argv)
    if parsed is None:
        return None
    command, arguments, output_format, data, color, options = parsed
    from livertx.render import OutputFormat

    def run() -> int:
        from livertx.cli.commands import run as run_command

        return run_command(
            command,
            arguments,
            data=data or os.environ.get("LIVERTX_DATA") or None,
            output_format=output_format,
            color=color,
            options=options,
        )

    return guarded(run, as_json=output_format is OutputFormat.JSON)


def _is_open(descriptor: int) -> bool:
    try:
        os.fstat(descriptor)
    except OSError:
        return False
    return True


def main() -> None:
    """The `livertx` command."""
    try:
        code = _main()
    except KeyboardInterrupt:  # pressed before a command was under way
        code = 130
    except Exception as error:  # a bug outside any command's guard: still one line
        if os.environ.get("LIVERTX_DEBUG") == "1":
            raise
        from livertx.cli.exits import EXIT_INTERNAL, say

        say(f"internal error ({type(error).__name__}); please report it as a bug.")
        code = EXIT_INTERNAL
    sys.exit(code)


def _main() -> int | None:
    from livertx.cli.exits import EXIT_IO, say, silence_stdout

    if not _is_open(2):
        # Keep fd 2 taken, so no file livertx opens becomes "stderr"; messages are dropped
        # (sys.stderr is None), never moved to stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    if not _is_open(1) or sys.stdout is None:
        # Nothing livertx prints could arrive, and fd 1 must not be taken by the next file
        # opened, which a later write would then corrupt.
        silence_stdout()
        message = "could not write the output: standard output is closed"
        words = sys.argv[1:]
        if "--json" in words or "--format=json" in words or "json" in words[1:]:
            from livertx.cli.exits import say_json

            say_json(EXIT_IO, message)  # a script that asked for JSON reads JSON
        else:
            say(message)
        return EXIT_IO
    # Never a UnicodeEncodeError: in a locale that cannot show a character, show a stand-in.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    from livertx.output import make_stdout_honest

    make_stdout_honest()
    code = run_fast(sys.argv[1:])
    if code is None:
        from livertx.cli.app import app

        app(prog_name="livertx")
    return code
