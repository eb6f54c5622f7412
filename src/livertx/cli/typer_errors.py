"""How a run on the Typer path ends (help, usage errors, completion scripts): Click's usage
errors as one line in livertx's words, with the next step where livertx knows it, and exit code
2; everything else as the fast path ends (livertx.cli.exits)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

import typer

from livertx.cli.exits import EXIT_OK, EXIT_USAGE, guarded, reader_went_away, say, say_json
from livertx.cli.grammar import GLOBAL_OPTIONS
from livertx.cli.help_layout import short_usage
from livertx.errors import LivertxError, OutputError
from livertx.output import write_text


def typer_guarded(run: Callable[[], Any], as_json: bool = False) -> int:
    """Usage errors as one line and exit code 2; everything else as the fast path ends. With
    `as_json` (the command line asks for JSON), the line is a JSON error document."""

    def parse_and_run() -> int:
        try:
            result = run()
        except typer.TyperException as error:  # unknown option, missing argument …
            # `livertx` alone: the help, on stdout (matched by name: click's module path
            # differs between the Typer versions livertx accepts).
            if type(error).__name__ == "NoArgsIsHelpError":
                context = getattr(error, "ctx", None)
                group = context.find_root().command if context is not None else None
                write_text(short_usage(getattr(group, "data_in_use", None)))
                return EXIT_USAGE
            context = getattr(error, "ctx", None)
            command = context.command_path if context is not None else "livertx"
            step, suggestions = next_step(error, command)
            message = f"{step} See '{command} --help'."
            if as_json:
                say_json(EXIT_USAGE, message, suggestions)
            else:
                say(message)
            return EXIT_USAGE  # whatever click's own code: 1 means "not found" here
        except typer.Abort:
            raise KeyboardInterrupt from None
        except SystemExit as exit:
            # Click ends a closed pipe met while printing help by wrapping stdout in its
            # PacifyFlushWrapper and exiting 1, which means "not found" here.
            if exit.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
                return reader_went_away()
            raise
        except BrokenPipeError:
            raise
        except OSError as error:  # help or a completion script that could not be written
            raise OutputError(error.strerror or str(error)) from None
        return result if isinstance(result, int) else EXIT_OK

    return guarded(parse_and_run, as_json)


def next_step(error: Any, command: str) -> tuple[str, tuple[str, ...]]:
    """Typer's message, ended once, with the next step where livertx knows it (what a missing
    argument may be, where a global option goes); and what it suggests, for --json."""
    message = str(error.format_message()).rstrip(".")
    ending = "" if message.endswith(("?", "!")) else "."
    param = getattr(error, "param", None)
    described = getattr(param, "help", None)
    context = getattr(error, "ctx", None)
    asked = getattr(getattr(context, "command", None), "name", "")
    if type(error).__name__ == "MissingParameter" and asked == "stage":
        choices = _stages(error)
        listed = f"{', '.join(choices)} (livertx stages)" if choices else "see livertx stages"
        return f"{message}: {listed}.", choices
    if type(error).__name__ == "MissingParameter" and described:
        return f"{message}: {described}", ()
    unknown = re.match(r"No such command '(.+?)'", message)
    if unknown and unknown.group(1).casefold() in PRINTING:
        step = "livertx handout STAGE"
        return f"{message}{ending} To print a stage's options: {step}.", (step,)
    option = getattr(error, "option_name", "")
    if option in {global_option.name for global_option in GLOBAL_OPTIONS} and command != "livertx":
        name = command.removeprefix("livertx ")
        return f"{message}: {option} goes before the command (livertx {option} … {name}).", ()
    return message + ending, suggested(message)


# Commands people try when they want paper: `handout` is livertx's word for it.
PRINTING = frozenset({"print", "pdf", "export", "printout", "save", "share", "html"})

# What Click and Typer suggest: "Did you mean 'list'?", "Did you mean --json?", "(Possible
# options: --color, --colour)".
SUGGESTED = re.compile(r"Did you mean (.+?)\?|\(Possible options: (.+?)\)")


def suggested(message: str) -> tuple[str, ...]:
    """The words a usage message suggests, each once, as its JSON document's suggestions."""
    found = SUGGESTED.search(message)
    if found is None:
        return ()
    listed = found.group(1) or found.group(2)
    return tuple(dict.fromkeys(word.strip("'") for word in listed.split(", ")))


def _stages(error: Any) -> tuple[str, ...]:
    """The stages of the knowledge file in use, for a `stage` without one (none when the file
    cannot be read)."""
    from livertx.answers.prepared import for_file  # only a stage's choices: not other errors'

    context = getattr(error, "ctx", None)
    group = context.find_root().command if context is not None else None
    try:
        return tuple(for_file(getattr(group, "data_in_use", None)).stage_choices)
    except LivertxError:
        return ()
