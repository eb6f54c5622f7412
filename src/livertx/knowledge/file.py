"""Finding and reading a knowledge file's bytes, refusing anything that is not a regular file
before reading it (a FIFO would wait for ever, a device would never end)."""

from __future__ import annotations

import os

from livertx.errors import KnowledgeError
from livertx.safe_read import read_bytes

# livertx/, two folders up from livertx/knowledge/file.py
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shipped(name: str) -> str:
    """A file shipped in the package's data folder (in a source checkout, data/treatments.yaml
    is linked there, so an editable install reads the repository's file)."""
    return os.path.join(PACKAGE, "data", name)


def bundled_path() -> str:
    """The knowledge file shipped inside the package."""
    return shipped("treatments.yaml")


def resolve_path(path: str | os.PathLike[str] | None) -> str:
    return os.fspath(path) if path is not None else bundled_path()


def read_capture(yaml_path: str, capture: str) -> str:
    """The text of the page's capture. `capture` is relative to the knowledge file's folder: its
    real folder, for a file reached through a link (as the bundled file is, in a checkout). With
    every link followed it must be a regular file in that folder or below it: a file could
    otherwise have livertx show any file it can read (/etc/passwd) as "the page's words".
    KnowledgeError, naming the capture, if it cannot be read."""
    try:
        folder = os.path.dirname(os.path.realpath(yaml_path))
        path = os.path.realpath(os.path.join(folder, capture))
    except ValueError:  # a NUL byte: no file has such a name
        raise KnowledgeError(repr(capture), "not a usable file name") from None
    if os.path.isabs(capture) or not path.startswith(folder + os.sep):
        raise KnowledgeError(capture, "not a file in the knowledge file's folder or below it")
    if path == os.path.realpath(yaml_path):
        # The page cannot be the file held to it: any text would then be "the page's".
        raise KnowledgeError(capture, "is the knowledge file itself, not a page")
    return read_text(path)


def read_text(path: str) -> str:
    data = read_bytes(path)  # bounded in size, and every failure a KnowledgeError
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise KnowledgeError(path, "not UTF-8 text") from None
