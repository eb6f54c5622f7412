"""The knowledge package's own layout: no circle of imports among its modules (a lazy import,
inside a function, or one under TYPE_CHECKING counts too), and no module past 300 lines."""

from __future__ import annotations

import ast

from ..conftest import REPO

KNOWLEDGE = REPO / "src" / "livertx" / "knowledge"
MOST_LINES = 300


def _imports_of_knowledge() -> dict[str, set[str]]:
    """Each module of the package (by its short name) and those of the package it imports."""
    modules = {path.stem: path for path in KNOWLEDGE.glob("*.py") if path.stem != "__init__"}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
            elif isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
        graph[name] = {
            other for other in modules if other != name and f"livertx.knowledge.{other}" in imported
        }
    return graph


def _circle_through(graph: dict[str, set[str]], start: str) -> list[str]:
    """A path of imports from `start` back to itself, or []."""
    paths = [[start]]
    seen = {start}
    while paths:
        path = paths.pop()
        for following in sorted(graph[path[-1]]):
            if following == start:
                return [*path, start]
            if following not in seen:
                seen.add(following)
                paths.append([*path, following])
    return []


def test_no_module_of_knowledge_imports_one_that_imports_it_back() -> None:
    graph = _imports_of_knowledge()
    assert len(graph) > 10
    assert [
        _circle_through(graph, name) for name in sorted(graph) if _circle_through(graph, name)
    ] == []


def test_every_module_of_knowledge_is_at_most_300_lines() -> None:
    lengths = {
        p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in KNOWLEDGE.glob("*.py")
    }
    assert {name: n for name, n in lengths.items() if n > MOST_LINES} == {}
