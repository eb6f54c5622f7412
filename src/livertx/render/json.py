"""JSON output: the answer's document (livertx.documents), as it is, on stdout. Every view is
the same here: the README documents each document's shape."""

from __future__ import annotations

from livertx.json_out import write_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


class JsonRenderer:
    def _write(self, document: Any, source: Any) -> None:
        write_json(document)

    treatments = entry = stage = drugs = matrix = compare = search = about = _write

    def problems(self, path: str, documents: list[Any]) -> None:
        write_json(documents)


def make_renderer(color: object) -> JsonRenderer:
    return JsonRenderer()
