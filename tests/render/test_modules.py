"""The render package's modules: none imports a module that imports it back, however lazily (in
a function, under TYPE_CHECKING), and none grows past 300 lines; Rich is imported only for
tables."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from ..conftest import REPO

RENDER = REPO / "src" / "livertx" / "render"
PACKAGE = "livertx.render"


def _name(path: Path) -> str:
    return PACKAGE if path.stem == "__init__" else f"{PACKAGE}.{path.stem}"


MODULES = {_name(path): path for path in RENDER.glob("*.py")}


def _imported(path: Path) -> set[str]:
    """The render modules a module imports: `from livertx.render import text` is the module
    text; `from livertx.render import View` is the package."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found & set(MODULES)


def _circle_from(start: str, graph: dict[str, set[str]]) -> list[str]:
    """A chain of imports from `start` back to it, if there is one."""
    paths = [[start]]
    seen: set[str] = set()
    while paths:
        path = paths.pop()
        for imported in sorted(graph[path[-1]]):
            if imported == start:
                return [*path, start]
            if imported not in seen:
                seen.add(imported)
                paths.append([*path, imported])
    return []


def test_no_render_module_imports_a_module_that_imports_it_back() -> None:
    graph = {name: _imported(path) for name, path in MODULES.items()}
    assert len(graph) > 10
    assert graph[PACKAGE] >= {f"{PACKAGE}.formats", f"{PACKAGE}.views"}
    for name in graph:
        assert _circle_from(name, graph) == [], name


def test_every_render_module_holds_at_most_300_lines() -> None:
    for path in MODULES.values():
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 300, path.name


def test_a_view_without_a_table_never_imports_rich_even_in_a_wide_terminal() -> None:
    """render.table decides on tables before it imports the terminal renderer, and Rich."""
    script = (
        "import sys\n"
        "sys.argv = ['livertx', 'stages']\n"
        "from livertx.cli.entry import main\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), file=sys.stderr)\n"
    )
    environment = {**os.environ, "TTY_COMPATIBLE": "1", "COLUMNS": "200"}
    ran = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=False
    )
    assert "Section of the page" in ran.stdout
    assert ran.stderr.strip().splitlines()[-1] == "[]"
