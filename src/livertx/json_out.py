"""Writing one JSON document to stdout. Outside livertx.render so that the fast `--json` path
can use it without importing the renderers' package."""

from __future__ import annotations

import json
import sys

from livertx.visible import escape_for_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


def write_json(document: Any) -> None:
    text = escape_for_json(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
    # Bytes, so the output is UTF-8 whatever the locale says stdout's encoding is.
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
