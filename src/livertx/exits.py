"""Exit codes, and the one way livertx reports a problem: one line on stderr. No Typer here, so
that the fast path (livertx.entry) and the Typer path (livertx.cli) end in exactly the same way."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from livertx.errors import KnowledgeError, LivertxError, NotFound, OutputError

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
}


def say(message: str) -> None:
    """One line on stderr, whatever the message holds; nothing at all when stderr is closed
    (never on stdout, where a script reads the answer)."""
    stream = sys.stderr
    if stream is None:
        return
    from livertx.visible import visible  # only a message needs it

    try:
        stream.write(f"livertx: {visible(message).replace(chr(10), ' ')}\n")
        stream.flush()
    except (OSError, ValueError):  # stderr itself is gone: nowhere left to say it
        pass


def report(error: LivertxError) -> int:
    say(str(error))
    kind = next((k for k in type(error).__mro__ if k in EXIT_CODES), None)
    return EXIT_CODES[kind] if kind is not None else EXIT_INTERNAL


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


def guarded(run: Callable[[], int]) -> int:
    """Run a command and turn every way it can end into an exit code; never a traceback."""
    try:
        code = run()
        flush_stdout()
        return code
    except LivertxError as error:
        code = report(error)
        if isinstance(error, OutputError):
            silence_stdout()
        return code
    except KeyboardInterrupt:
        if sys.stderr is not None:
            print(file=sys.stderr)  # end the line the ^C was echoed on
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return reader_went_away()
    except Exception as error:
        if os.environ.get("LIVERTX_DEBUG") == "1":
            raise
        say(f"internal error ({type(error).__name__}); please report it as a bug.")
        return EXIT_INTERNAL


def flush_stdout() -> None:
    """Push out whatever another writer (Typer's help, say) left buffered, checked."""
    from livertx.output import checked

    stream = sys.stdout
    if stream is not None:
        with checked():
            stream.flush()
