"""Records: typed, immutable values made without the dataclasses or typing modules.

`class X(Record)` with annotated fields (defaults last), methods and properties makes a
collections.namedtuple, as typing.NamedTuple would, and mypy reads it as one. A record is as
immutable as a frozen dataclass, compares and hashes by its fields, and `_replace` gives a copy
with some changed. Not dataclasses: their module, with the `inspect` it imports, costs about
what a whole `--json` answer does (1.3 of a bare Python's start-up, in instructions), and each
dataclass 0.12 more; with the model's ten, over a quarter of a `--data FILE` call
(docs/speed.md).
"""

from __future__ import annotations

from collections import namedtuple

__all__ = ["Record"]

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:

    class _RecordType(type):
        """Makes each subclass of Record a collections.namedtuple of its annotated fields."""

        def __new__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, object]):
            if not bases:
                return super().__new__(cls, name, bases, namespace)
            fields = list(namespace.get("__annotations__", {}))
            defaults = [namespace[field] for field in fields if field in namespace]
            made = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            made.__doc__ = namespace.get("__doc__") or made.__doc__
            for key, value in namespace.items():  # its methods and properties
                if not key.startswith("__") and key not in fields:
                    setattr(made, key, value)
            return made

    class Record(metaclass=_RecordType):
        pass
