"""The one way anything reaches stdout: written whole and flushed, or an error. A full disk, a
file-size limit or a closed stdout is never reported as success (exit 74), and a reader that
went away (`| head`) is a BrokenPipeError for livertx.cli.exits to end quietly (exit 141)."""

from __future__ import annotations

import io
import os
import sys

from livertx.errors import OutputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any, Literal


class checked:
    """Turn a failed write into OutputError; a closed pipe stays a BrokenPipeError. (A class,
    not contextlib's decorator: contextlib costs a millisecond of every call's start-up.)"""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: Any, traceback: Any) -> Literal[False]:
        if error is None or isinstance(error, BrokenPipeError):
            return False
        if isinstance(error, OSError):
            raise OutputError(error.strerror or str(error)) from None
        if isinstance(error, ValueError):  # a stream that was closed under us
            raise OutputError("standard output is closed") from None
        return False


def write_text(text: str) -> None:
    """Text on stdout, in its encoding (with stand-ins where it cannot show a character)."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed")
    write_bytes(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))


# Set for the pager livertx starts: livertx run inside it (LIVERTX_PAGER='livertx list') does
# not start another, as git's GIT_PAGER_IN_USE.
PAGER_IN_USE = "LIVERTX_PAGER_IN_USE"


def write_page(text: str, paged: bool = True) -> None:
    """Text for a person: through a pager when it is taller than the terminal (as git and gh
    do) and `paged` (False for --no-pager), else written as it is. The pager: $LIVERTX_PAGER,
    then $PAGER, then `less -FRX`; `cat` or an empty value turns it off; one that cannot be
    started falls back to plain output; one that fails or dies is an OutputError, never a
    success."""
    command = _pager_for(text) if paged else None
    if command is None or not _page(command, text):
        write_text(text)


def _pager_for(text: str) -> list[str] | None:
    stream = sys.stdout
    try:
        if stream is None or not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    import shutil  # the pager's imports only for a terminal: a pipe's start-up skips them

    if text.count("\n") < shutil.get_terminal_size().lines or os.environ.get(PAGER_IN_USE):
        return None
    # Set and empty means no pager, as with git; unset falls through to the next choice.
    wanted = os.environ.get("LIVERTX_PAGER", os.environ.get("PAGER", "less -FRX"))
    import shlex  # as shutil above

    try:
        command = shlex.split(wanted)
    except ValueError:
        return None
    return command if command and command != ["cat"] else None


def _page(command: list[str], text: str) -> bool:
    """Whether a pager showed the text (False: it could not be started). OutputError when it
    failed or died: what it showed, if anything, cannot be known."""
    import subprocess  # as shutil above

    stream = sys.stdout
    assert stream is not None
    environment = {
        **os.environ,
        "LESS": os.environ.get("LESS", "FRX"),
        # less keeps a history file in HOME unless told not to: livertx writes nothing there.
        "LESSHISTFILE": os.environ.get("LESSHISTFILE", "-"),
        PAGER_IN_USE: "1",
    }
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=environment)
    except OSError:
        return False
    assert pager.stdin is not None
    try:
        pager.stdin.write(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
        pager.stdin.close()
    except (BrokenPipeError, OSError):  # the reader quit the pager early: that is fine
        pass
    except KeyboardInterrupt:  # Ctrl-C is the pager's to handle (less ignores it), as git does
        pass
    while True:
        try:
            status = pager.wait()
            break
        except KeyboardInterrupt:  # never leave the pager behind, reading the terminal
            continue
    if status != 0:
        raise OutputError(f"the pager {' '.join(command)!r} {_ended(status)}")
    return True


def _ended(status: int) -> str:
    """How a process ended, from its return code (negative: the signal that killed it)."""
    if status > 0:
        return f"exited with status {status}"
    import signal  # only for a pager that was killed

    try:
        name = signal.Signals(-status).name
    except ValueError:
        name = f"signal {-status}"
    return f"was killed by {name}"


def write_bytes(data: bytes) -> None:
    """Bytes on stdout, every one of them, or an error: a short write is not a success."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed")
    with checked():
        stream.flush()  # anything written as text before goes first
        remaining = memoryview(data)
        while remaining:
            # A buffered writer can report a short write (a file-size limit) instead of raising;
            # writing the rest then raises the reason.
            written = stream.buffer.write(remaining)
            if not written:
                raise OutputError("nothing could be written")
            remaining = remaining[written:]
        stream.buffer.flush()


class _EveryByte(io.RawIOBase):
    """A file descriptor that takes every byte or raises: a file-size limit makes the system
    take part of a write, and Python's buffered writer would let the rest go unreported."""

    def __init__(self, descriptor: int) -> None:
        super().__init__()
        self.descriptor = descriptor

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.descriptor

    def isatty(self) -> bool:
        return os.isatty(self.descriptor)

    def write(self, data: Any) -> int:
        remaining = memoryview(data).cast("B")
        total = len(remaining)
        while remaining:
            # The write after a short one raises the reason (EFBIG, ENOSPC).
            remaining = remaining[os.write(self.descriptor, remaining) :]
        return total


def make_stdout_honest() -> None:
    """Put stdout on a writer that reports every short write, for the writers livertx does not
    own (Typer's help, completion scripts): they then fail as livertx's own writes do."""
    stream = sys.stdout
    if stream is None or not hasattr(stream, "fileno"):
        return
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError):
        return
    stream.flush()
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_EveryByte(descriptor)),
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=bool(stream.line_buffering),
    )
