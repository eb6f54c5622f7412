"""Finding and reading a knowledge file's bytes. Light on purpose: the fast paths read the file
(to key the cache by its content) before they know whether they need anything else."""

from __future__ import annotations

import os

from livertx.errors import KnowledgeError

# The real file is a few KB; anything this large is a mistake or an attack, not knowledge.
MAX_BYTES = 2 * 1024 * 1024


def _shipped(name: str) -> str:
    # Beside this module, found without importlib.resources (it costs start-up time), which
    # is only asked when the package does not live in plain files (a zip, say).
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name)
    if os.path.exists(here):
        return here
    from importlib import resources

    return str(resources.files("livertx") / "data" / name)


def bundled_path() -> str:
    """The knowledge file shipped inside the package (a link to data/ in a source checkout)."""
    return _shipped("treatments.yaml")


def bundled_schema_path() -> str:
    """Its JSON Schema, shipped beside it (a link to schema/ in a source checkout)."""
    return _shipped("treatments.schema.json")


def resolve_path(path: str | os.PathLike[str] | None) -> str:
    return os.fspath(path) if path is not None else bundled_path()


def read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise KnowledgeError(path, "no such file") from None
    except IsADirectoryError:
        raise KnowledgeError(path, "is a directory, not a file") from None
    except PermissionError:
        raise KnowledgeError(path, "permission denied") from None
    except OSError as error:
        raise KnowledgeError(path, error.strerror or "cannot be read") from None
    except ValueError:  # a path no file can have, such as one with a NUL byte
        raise KnowledgeError(path, "not a usable file name") from None
    if len(data) > MAX_BYTES:
        raise KnowledgeError(path, f"larger than {MAX_BYTES // 1024 // 1024} MiB")
    return data
