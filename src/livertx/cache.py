"""A cache of what livertx derives from a knowledge file that passed every check (its data, its
answers), in the user's cache directory (never inside the install).

Each entry is keyed by the knowledge file's content and by livertx's own code (its version and
a fingerprint of its modules), so an edited file or an upgraded livertx never meets an old
entry; and each carries a digest of itself, so a truncated or altered entry is never used. It
only ever saves time: a missing, stale, corrupt or unwritable cache is silently passed by.
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


def _code_fingerprint() -> bytes:
    """Which livertx made an entry: its modules' sizes and times, cheap to read at start-up."""
    package = os.path.dirname(os.path.abspath(__file__))
    marks = []
    for folder in (package, os.path.join(package, "render")):
        for item in os.scandir(folder):
            if item.name.endswith(".py"):
                status = item.stat()
                marks.append(f"{item.path}:{status.st_size}:{status.st_mtime_ns}")
    return "\n".join(sorted(marks)).encode("utf-8", "surrogateescape")


def key_for(data: bytes) -> str:
    """The cache key of a knowledge file's content, for this livertx."""
    code = __version__.encode() + b"\0" + _code_fingerprint()
    return hashlib.sha256(code + b"\0" + data).hexdigest()


def _path(key: str, kind: str) -> str:
    return os.path.join(directory(), f"{key}.{kind}.json")


def read(key: str, kind: str) -> Any:
    """What was cached as `kind` under `key`, or None."""
    if not _enabled():
        return None
    try:
        with open(_path(key, kind), "rb") as handle:
            digest, _, payload = handle.read().partition(b"\n")
        if hashlib.sha256(payload).hexdigest().encode() != digest:
            return None
        return json.loads(payload)
    except (OSError, ValueError):
        return None


def write(key: str, kind: str, value: Any) -> None:
    if not _enabled():
        return
    folder = directory()
    try:
        payload = json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
        os.makedirs(folder, exist_ok=True)
        temporary = os.path.join(folder, f".{key}.{kind}.{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            handle.write(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
        os.replace(temporary, _path(key, kind))
        _prune(folder)
    except (OSError, TypeError, ValueError):
        return


def _prune(folder: str) -> None:
    entries = [os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".json")]
    entries.sort(key=os.path.getmtime, reverse=True)
    for stale in entries[KEEP:]:
        os.remove(stale)
