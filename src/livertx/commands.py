"""What each command does once its command line is parsed: find the answer's document, hand it
to the renderer. Shared by the Typer commands (livertx.cli) and the fast path (livertx.entry)."""

from __future__ import annotations

from livertx import __version__
from livertx.render import ColorChoice, OutputFormat, View, render

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

# Each command, and how many arguments it takes (None: one or more, for compare).
ARITY: dict[str, int | None] = {
    "list": 0,
    "show": 1,
    "stage": 1,
    "drugs": 0,
    "matrix": 0,
    "compare": None,
    "search": 1,
    "about": 0,
}


def answer(command: str, arguments: list[str], data: str | None) -> tuple[View, Any, Any]:
    """(the view, its document, the source) for `livertx COMMAND ARGUMENTS…`."""
    from livertx import answers as cached

    answers = cached.for_file(data)
    source = answers["source"]
    if command == "list":
        return View.TREATMENTS, answers["list"], source
    if command in ("show", "stage"):
        document = cached.resolve(data, answers, command, arguments[0])
        return (View.ENTRY if command == "show" else View.STAGE), document, source
    if command == "drugs":
        return View.DRUGS, answers["drugs"], source
    if command == "matrix":
        return View.MATRIX, answers["matrix"], source
    if command == "compare":
        entries = [cached.resolve(data, answers, command, name) for name in arguments]
        return View.COMPARE, entries, source
    if command == "search":
        return View.SEARCH, _search(answers, arguments[0]), source
    return View.ABOUT, _about(answers, data), source


def _search(answers: dict[str, Any], query: str) -> dict[str, Any]:
    from livertx import search
    from livertx.errors import NothingMatches

    entries = list(answers["entries"].values())
    hits = search.search(entries, query)
    if not hits:
        raise NothingMatches(query, tuple(search.near_words(entries, query)))
    return {"query": query, "hits": hits}


def _about(answers: dict[str, Any], data: str | None) -> dict[str, Any]:
    from livertx.knowledge_file import resolve_path
    from livertx.notice import DISCLAIMER

    kinds = [entry["kind"] for entry in answers["entries"].values()]
    return {
        "livertx": __version__,
        "knowledge_file": resolve_path(data),
        "source": answers["source"],
        "disclaimer": DISCLAIMER,
        "counts": {
            "treatments": kinds.count("treatment"),
            "methods": kinds.count("method"),
            "drugs": kinds.count("drug"),
            "stages": len(answers["matrix"]["stages"]),
        },
    }


def run(
    command: str,
    arguments: list[str],
    *,
    data: str | None = None,
    output_format: OutputFormat = OutputFormat.TABLE,
    color: ColorChoice = ColorChoice.AUTO,
) -> None:
    """`livertx [--data DATA] COMMAND [ARGUMENTS…]` in the chosen format."""
    view, document, source = answer(command, arguments, data)
    render(output_format, view, document, source, color)
