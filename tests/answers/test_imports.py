"""No circle of imports among the modules of livertx.answers: every import counts, at the top,
inside a function or for type checking only (a circle is a seam in the wrong place)."""

from __future__ import annotations

import ast

from ..conftest import REPO

ANSWERS = REPO / "src" / "livertx" / "answers"


def _imports(module: str) -> set[str]:
    """The modules of livertx.answers that one of them imports, anywhere in it."""
    tree = ast.parse((ANSWERS / f"{module}.py").read_text(encoding="utf-8"))
    named: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            named |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
        elif isinstance(node, ast.Import):
            named |= {alias.name for alias in node.names}
    prefix = "livertx.answers."
    return {name.removeprefix(prefix).split(".")[0] for name in named if name.startswith(prefix)}


def _circle(graph: dict[str, set[str]]) -> list[str]:
    """A circle of imports in the graph, as the modules along it, or [] if there is none."""
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str]:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return []
        for imported in sorted(graph.get(module, ())):
            found = visit(imported, [*path, module])
            if found:
                return found
        done.add(module)
        return []

    for module in sorted(graph):
        found = visit(module, [])
        if found:
            return found
    return []


def test_no_module_of_answers_imports_one_that_imports_it_back() -> None:
    modules = [path.stem for path in ANSWERS.glob("*.py") if path.stem != "__init__"]
    graph = {module: _imports(module) - {module} for module in modules}
    assert _circle(graph) == []


def test_a_circle_is_seen_however_long() -> None:
    assert _circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _circle({"a": {"b"}, "b": {"c"}, "c": set()}) == []
