"""A cache of what livertx derives from a knowledge file that passed every check (its data, its
JSON answers), as JSON files keyed by the file's content and livertx's version, in the user's
cache directory (never inside the install).

It only ever saves time: a missing, stale, corrupt or unwritable cache is silently passed by.
Set LIVERTX_NO_CACHE=1 to neither read nor write it.
"""

from __future__ import annotations

import hashlib
import json
import os

from livertx import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

# Enough for a few files in use at once (the bundled one, a clinic's copy, a translation).
KEEP = 16


def directory() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "livertx")


def _enabled() -> bool:
    return os.environ.get("LIVERTX_NO_CACHE", "") in ("", "0")


def key_for(data: bytes) -> str:
    return hashlib.sha256(__version__.encode() + b"\0" + data).hexdigest()


def _path(key: str, kind: str) -> str:
    return os.path.join(directory(), f"{key}.{kind}.json")


def read(key: str, kind: str) -> Any:
    """What was cached as `kind` under `key`, or None."""
    if not _enabled():
        return None
    try:
        with open(_path(key, kind), encoding="utf-8") as handle:
            cached = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(cached, dict) or cached.get("key") != key:
        return None
    return cached.get("value")


def write(key: str, kind: str, value: Any) -> None:
    if not _enabled():
        return
    folder = directory()
    try:
        os.makedirs(folder, exist_ok=True)
        temporary = os.path.join(folder, f".{key}.{kind}.{os.getpid()}.tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump({"key": key, "value": value}, handle, ensure_ascii=False)
        os.replace(temporary, _path(key, kind))
        _prune(folder)
    except (OSError, TypeError, ValueError):
        return


def _prune(folder: str) -> None:
    entries = [os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".json")]
    entries.sort(key=os.path.getmtime, reverse=True)
    for stale in entries[KEEP:]:
        os.remove(stale)
