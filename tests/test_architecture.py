"""ARCHITECTURE.md names every module there is, and no module that is not."""

from __future__ import annotations

import re

from .conftest import REPO


def test_the_map_names_every_module() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^\| `(livertx/[\w/]+\.py)` \|", text, flags=re.MULTILINE))
    package = REPO / "src"
    there = {str(path.relative_to(package)) for path in (package / "livertx").rglob("*.py")}
    assert named == there
