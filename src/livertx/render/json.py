"""JSON output: the answer's document (livertx.answers.documents), as it is, on stdout. Every view
is the same here: docs/json.md documents each document's shape."""

from __future__ import annotations

import json

from livertx.output import write_bytes
from livertx.visible import escape_for_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


def write_json(document: Any) -> None:
    text = escape_for_json(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
    write_bytes(text.encode("utf-8"))
