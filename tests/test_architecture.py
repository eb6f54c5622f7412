"""ARCHITECTURE.md names every module there is, and no module that is not; the tests mirror the
layout; the core (knowledge, answers) imports neither the command line nor the renderers, and
never prints or exits."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import REPO

PACKAGE = REPO / "src" / "livertx"
CORE = ("knowledge", "answers")
# What the core must not import: the command line, the renderers, and livertx's own writer.
OUTER = ("livertx.cli", "livertx.render", "livertx.output")


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


def test_the_core_imports_neither_the_command_line_nor_the_renderers_nor_the_writer() -> None:
    core = [path for folder in CORE for path in (PACKAGE / folder).glob("*.py")]
    assert len(core) > 10
    for path in core:
        outward = [name for name in _imports(path) if name.startswith(OUTER)]
        assert outward == [], path.name


def _is_main_guard(node: ast.AST) -> bool:
    """`if __name__ == "__main__":`, where a module run as a script may print."""
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
    )


def _ways_out(tree: ast.AST) -> list[str]:
    """Printing, exiting, or writing to stdout or stderr, outside a main guard (reading a page
    from standard input is a read)."""
    found: list[str] = []
    for node in ast.iter_child_nodes(tree):
        if _is_main_guard(node):
            continue
        called = node.func if isinstance(node, ast.Call) else None
        if isinstance(called, ast.Name) and called.id in ("print", "exit", "quit", "input"):
            found.append(called.id)
        streams = ("exit", "stdout", "stderr", "_exit")
        if isinstance(node, ast.Attribute) and node.attr in streams:
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("sys", "os"):
                found.append(f"{owner.id}.{node.attr}")
        if isinstance(node, ast.ImportFrom) and node.module in ("sys", "os"):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name in streams]
        if isinstance(node, ast.Name) and node.id == "SystemExit":
            found.append("SystemExit")
        found += _ways_out(node)
    return found


def test_the_core_never_prints_or_exits() -> None:
    for folder in CORE:
        for path in (PACKAGE / folder).glob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            assert _ways_out(tree) == [], path.name
