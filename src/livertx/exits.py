"""Exit codes, and the one way livertx reports a problem: one line on stderr. No Typer here, so
that the fast path (livertx.fast) and the Typer path (livertx.cli) end in exactly the same way."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from livertx.errors import KnowledgeError, LivertxError, NotFound
from livertx.visible import visible

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command ended by SIGPIPE

EXIT_CODES: dict[type[LivertxError], int] = {NotFound: EXIT_NOT_FOUND, KnowledgeError: EXIT_DATA}


def say(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    print(f"livertx: {visible(message).replace(chr(10), ' ')}", file=sys.stderr)


def report(error: LivertxError) -> int:
    say(str(error))
    kind = next((k for k in type(error).__mro__ if k in EXIT_CODES), None)
    return EXIT_CODES[kind] if kind is not None else EXIT_INTERNAL


def reader_went_away() -> int:
    """The reader of stdout went away (`| head`): end quietly, as tools killed by SIGPIPE do."""
    # Point stdout at nothing, so that the interpreter's last flush does not fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


def stdout_is_null() -> bool:
    """Whether stdout is /dev/null, where a closed pipe's handlers point it."""
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.stat(os.devnull))
    except (OSError, ValueError):  # no real file behind stdout (a test's capture)
        return False


def guarded(run: Callable[[], int]) -> int:
    """Run a command and turn every way it can end into an exit code; never a traceback."""
    try:
        return run()
    except LivertxError as error:
        return report(error)
    except KeyboardInterrupt:
        print(file=sys.stderr)  # end the line the ^C was echoed on
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return reader_went_away()
    except Exception as error:
        if os.environ.get("LIVERTX_DEBUG") == "1":
            raise
        say(f"internal error ({type(error).__name__}); please report it as a bug.")
        return EXIT_INTERNAL
