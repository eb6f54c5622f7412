"""Exit codes, and the one way livertx reports a problem: one line on stderr. No Typer here, so that
the fast path (livertx.cli.entry) and the Typer path (livertx.cli.app) end in exactly the same
way."""

from __future__ import annotations

import os
import sys

from livertx.errors import KnowledgeError, LivertxError, NotFound, OutputError, UsageError
from livertx.output import checked

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_INTERNAL = 70
EXIT_IO = 74  # EX_IOERR of sysexits.h: the output could not be written
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command ended by SIGPIPE

EXIT_CODES: dict[type[LivertxError], int] = {
    NotFound: EXIT_NOT_FOUND,
    KnowledgeError: EXIT_DATA,
    OutputError: EXIT_IO,
    UsageError: EXIT_USAGE,
}


def say(message: str) -> None:
    """One line on stderr, whatever the message holds; nothing at all when stderr is closed
    (never on stdout, where a script reads the answer)."""
    stream = sys.stderr
    if stream is None:
        return
    from livertx.visible import visible  # its re costs more than --version

    try:
        stream.write(f"livertx: {visible(message).replace(chr(10), ' ')}\n")
        stream.flush()
    except (OSError, ValueError):  # stderr itself is gone: nowhere left to say it
        pass


# The `code` of an error document (`--json`), by exit code.
ERROR_CODES = {
    EXIT_NOT_FOUND: "not_found",
    EXIT_USAGE: "usage",
    EXIT_DATA: "data",
    EXIT_INTERNAL: "internal",
    EXIT_IO: "io",
    EXIT_INTERRUPTED: "interrupted",
}


def say_json(
    code: int,
    message: str,
    suggestions: tuple[str, ...] = (),
    links: tuple[dict[str, str], ...] = (),
) -> None:
    """The error as one JSON document on one line of stderr: `{"error": {"code", "message",
    "suggestions", "links"}}`, for a script that asked for --json."""
    import json  # only an error under --json: not --version's or validate's path

    document = {
        "error": {
            "code": ERROR_CODES.get(code, "internal"),
            "message": message,
            "suggestions": list(suggestions),
            "links": list(links),
        }
    }
    stream = sys.stderr
    if stream is None:
        return
    from livertx.visible import escape_for_json  # as visible in say

    try:
        stream.write(escape_for_json(json.dumps(document, ensure_ascii=False)) + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def report(error: LivertxError, as_json: bool = False) -> int:
    kind = next((k for k in type(error).__mro__ if k in EXIT_CODES), None)
    code = EXIT_CODES[kind] if kind is not None else EXIT_INTERNAL
    if as_json:
        say_json(code, str(error), error.suggestions, error.links)
    else:
        say(str(error))
    return code


def reader_went_away() -> int:
    """The reader of stdout went away (`| head`): end quietly, as tools killed by SIGPIPE do."""
    silence_stdout()
    return EXIT_BROKEN_PIPE


def silence_stdout() -> None:
    """Point stdout at nothing, so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
    except OSError:
        pass


def guarded(run: Callable[[], int], as_json: bool = False) -> int:
    """Run a command and turn every way it can end into an exit code; never a traceback. With
    `as_json`, an error is a JSON document on stderr."""
    try:
        code = run()
        flush_stdout()
        return code
    except LivertxError as error:
        code = report(error, as_json)
        if isinstance(error, OutputError):
            silence_stdout()
        return code
    except KeyboardInterrupt:
        if as_json:  # a script reads one JSON document, as for every other way to end
            say_json(EXIT_INTERRUPTED, "interrupted")
        elif sys.stderr is not None:
            print(file=sys.stderr)  # end the line the ^C was echoed on
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return reader_went_away()
    except Exception as error:
        if os.environ.get("LIVERTX_DEBUG") == "1":
            raise
        message = f"internal error ({type(error).__name__}); please report it as a bug."
        if as_json:
            say_json(EXIT_INTERNAL, message)
        else:
            say(message)
        return EXIT_INTERNAL


def flush_stdout() -> None:
    """Push out whatever another writer (Typer's help, say) left buffered, checked."""
    stream = sys.stdout
    if stream is not None:
        with checked():
            stream.flush()
