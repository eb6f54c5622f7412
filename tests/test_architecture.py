"""ARCHITECTURE.md names every module there is, and no module that is not; the tests mirror the
layout; the core (knowledge, answers) imports neither the command line nor the renderers, and
never prints or exits."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import REPO

PACKAGE = REPO / "src" / "livertx"
CORE = ("knowledge", "proof", "answers")
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
    assert _folders(PACKAGE) == {"cli", "knowledge", "proof", "answers", "render"}
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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imported_modules(path: Path) -> set[str]:
    """The livertx modules a module imports anywhere: at the top, in a function, or for types
    only. `from livertx.render import View` imports livertx.render; `from livertx.cli import
    commands` imports livertx.cli.commands."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path.parent)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            named = {f"{base}.{alias.name}" for alias in node.names}
            found |= {name for name in named if name in MODULES}
            if named - MODULES.keys():
                found.add(base)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name in MODULES} - {_module_name(path)}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return circles


def test_no_module_imports_one_that_imports_it_back() -> None:
    """Not even lazily or for types only: a circle is a seam in the wrong place."""
    graph = {name: _imported_modules(path) for name, path in MODULES.items()}
    assert _circles(graph) == []


def test_the_proof_never_imports_the_knowledge_file_s_modules() -> None:
    """knowledge runs the proof (checked, build); the proof reads the shared tree and reports the
    shared problems, so the two packages make no circle either."""
    for path in (PACKAGE / "proof").glob("*.py"):
        knowledge = {m for m in _imported_modules(path) if m.startswith("livertx.knowledge")}
        assert knowledge == set(), path.name


def test_the_circle_finder_finds_circles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]
    assert _circles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_lazy_type_only_and_package_imports() -> None:
    imported = _imported_modules(PACKAGE / "cli" / "entry.py")
    assert "livertx.cli.app" in imported  # lazily, inside a function
    assert "livertx.cli.commands" in imported  # under TYPE_CHECKING too


def test_modules_stay_small() -> None:
    """A module past 300 lines is asking to be split along its seams."""
    long = {
        name: lines
        for name, path in MODULES.items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 300
    }
    assert long == {}


def _writes_environment(tree: ast.AST) -> list[int]:
    """Lines that change os.environ: an item set or deleted, or a method that changes it."""
    found: list[int] = []
    changing = ("update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__")
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        elif isinstance(node, ast.Delete):
            targets = node.targets
        for target in targets:
            if isinstance(target, ast.Subscript) and ast.unparse(target.value) == "os.environ":
                found.append(target.lineno)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = ast.unparse(node.func.value)
            if (owner == "os.environ" and node.func.attr in changing) or (
                owner == "os" and node.func.attr in ("putenv", "unsetenv")
            ):
                found.append(node.lineno)
    return found


def test_no_code_writes_to_the_environment() -> None:
    """Settings travel down as one parsed object; the environment is only read."""
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert _writes_environment(tree) == [], name
    planted = ast.parse('import os\nos.environ["X"] = "1"\nos.environ.update(X="1")\n')
    assert _writes_environment(planted) == [2, 3]


def test_a_global_option_is_spelled_out_once() -> None:
    """Its name as a string stands in livertx.cli.grammar alone; every other module reads it
    from there."""
    from livertx.cli import grammar

    names = {option.name for option in (*grammar.GLOBAL_OPTIONS, grammar.JSON, grammar.FORMAT)}
    names |= {*grammar.HELP_NAMES, grammar.INSTALL_COMPLETION, grammar.SHOW_COMPLETION}
    for module, path in MODULES.items():
        if module == "livertx.cli.grammar":
            continue
        spelled = {
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and node.value in names
        }
        assert spelled == set(), module
