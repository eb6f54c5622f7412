"""The one way anything reaches stdout: written whole and flushed, or an error. A full disk, a
file-size limit or a closed stdout is never reported as success (exit 74), and a reader that
went away (`| head`) is a BrokenPipeError for livertx.exits to end quietly (exit 141)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from livertx.errors import OutputError


@contextmanager
def checked() -> Iterator[None]:
    """Turn a failed write into OutputError; a closed pipe stays a BrokenPipeError."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None
    except ValueError:  # a stream that was closed under us
        raise OutputError("standard output is closed") from None


def write_text(text: str) -> None:
    """Text on stdout, in its encoding (with stand-ins where it cannot show a character)."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed")
    write_bytes(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))


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
