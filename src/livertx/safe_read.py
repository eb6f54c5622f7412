"""Reading a file's bytes safely, whatever it is: a regular file of a sensible size only, each
refusal said in a few words ("is a pipe (FIFO), not a file"). A FIFO would wait for ever and a
device would never end. Shared by whatever reads a file a user names: the knowledge file and
the page's capture (livertx.knowledge.file), a shell's start-up file
(livertx.cli.completion_install)."""

from __future__ import annotations

import os
import stat

from livertx.errors import KnowledgeError

# The real knowledge file is a few KB; anything this large is a mistake or an attack.
MAX_BYTES = 2 * 1024 * 1024
CHUNK = 64 * 1024


class Unreadable(Exception):
    """A file that cannot be read, and why, in a few words."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def _not_regular(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a file"
    if stat.S_ISREG(mode):
        return None
    return "is a device or other special file, not a regular file"


def read_safely(path: str) -> bytes:
    """The bytes of a regular file of MAX_BYTES at most; Unreadable, saying why, for anything
    else (no such file, a folder, a FIFO, a device, too large, an unusable name)."""
    try:
        # Non-blocking, so that opening a FIFO with no writer returns at once; fstat on what
        # was opened, so the file checked is the file read.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise Unreadable(path, "no such file") from None
    except PermissionError:
        raise Unreadable(path, "permission denied") from None
    except OSError as error:
        raise Unreadable(path, error.strerror or "cannot be read") from None
    except ValueError:  # a path no file can have, such as one with a NUL byte
        raise Unreadable(path, "not a usable file name") from None
    try:
        problem = _not_regular(os.fstat(handle).st_mode)
        if problem:
            raise Unreadable(path, problem)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            # In pieces: asking for 2 MiB at once costs a 2 MiB buffer for a 15 KB file.
            chunk = os.read(handle, min(CHUNK, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except IsADirectoryError:
        raise Unreadable(path, "is a directory, not a file") from None
    except OSError as error:
        raise Unreadable(path, error.strerror or "cannot be read") from None
    finally:
        os.close(handle)
    if size > MAX_BYTES:
        raise Unreadable(path, f"larger than {MAX_BYTES // 1024 // 1024} MiB")
    return b"".join(chunks)


def read_bytes(path: str) -> bytes:
    """A knowledge file's (or a capture's) bytes; KnowledgeError, naming it, if it cannot be
    read (read_safely says why)."""
    try:
        return read_safely(path)
    except Unreadable as error:
        raise KnowledgeError(error.path, error.problem) from None
