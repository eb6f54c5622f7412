"""ARCHITECTURE.md names every module there is, and no module that is not; the tests mirror the
layout; the core (knowledge, answers) imports neither the command line nor the renderers."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import REPO

PACKAGE = REPO / "src" / "livertx"
CORE = ("knowledge", "answers")
OUTER = ("livertx.cli", "livertx.render")


def test_the_map_names_every_module() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^\| `(livertx/[\w/]+\.py)` \|", text, flags=re.MULTILINE))
    there = {str(path.relative_to(PACKAGE.parent)) for path in PACKAGE.rglob("*.py")}
    assert named == there


def _folders(root: Path) -> set[str]:
    return {path.parent.name for path in root.glob("*/__init__.py")}


def test_the_tests_mirror_the_layout() -> None:
    assert _folders(PACKAGE) == {"cli", "knowledge", "answers", "render"}
    assert _folders(REPO / "tests") == _folders(PACKAGE)
    for folder in _folders(PACKAGE):
        assert list((REPO / "tests" / folder).glob("test_*.py")), folder


def _imports(path: Path) -> set[str]:
    imported: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
    return imported


def test_the_core_imports_neither_the_command_line_nor_the_renderers() -> None:
    core = [path for folder in CORE for path in (PACKAGE / folder).glob("*.py")]
    assert len(core) > 10
    for path in core:
        outward = [name for name in _imports(path) if name.startswith(OUTER)]
        assert outward == [], path.name
