"""Each view is built once, as a layout (livertx.render.views), and each human format only lays
it out: every word a layout holds, conditions and all, reaches every format, as often as the
layout holds it, and in its order where the format reads top to bottom."""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any

import pytest

from livertx.answers import prepared as answers
from livertx.dates import today
from livertx.render import OutputFormat, View, renderer_for
from livertx.render.layout import (
    Cell,
    Column,
    Compare,
    Grid,
    GridRow,
    Layout,
    Options,
    Paragraph,
    Section,
    Title,
)
from livertx.render.views import BUILDERS, build

if TYPE_CHECKING:
    from livertx.render.formats import ViewName

from ..conftest import Invoke, answered

SHIPPED = answers.for_file(None)
COMMAND_LINES = [
    ["list"],
    ["stages"],
    ["drugs"],
    ["matrix"],
    ["about"],
    ["compare", "tae", "tace", "sorafenib", "immunotherapy"],
    ["compare", "bevacizumab", "atezolizumab", "surgery"],
    ["search", "hepatic artery"],
    ["search", "frezze"],
    ["search", "localized"],
    ["show", "tace", "--sources"],
    ["stage", "recurrent", "--sources"],
    *(["show", entry] for entry in SHIPPED.entries),
    *(["stage", stage] for stage in SHIPPED.stages),
    *(["handout", stage] for stage in SHIPPED.stages),
]
# The human formats, and how each is asked for: tables wide enough that no cell wraps, stacked
# text and Markdown in a pipe, where nothing wraps.
FORMATS = {
    "table": {"TTY_COMPATIBLE": "1", "COLUMNS": "3000", "NO_COLOR": "1"},
    "text": {},
    "markdown": {},
    "html": {},
}


def answer(
    command: str, arguments: list[str], options: dict[str, str]
) -> tuple[ViewName, Any, Any]:
    return answered(command, arguments, options)


def _options(command_line: list[str]) -> dict[str, str]:
    return {"--sources": ""} if "--sources" in command_line else {}


def _view(command_line: list[str]) -> ViewName:
    arguments = [w for w in command_line[1:] if w != "--sources"]
    return answer(command_line[0], arguments, _options(command_line))[0]


def test_every_view_has_a_builder_and_every_format_a_renderer() -> None:
    """Every kind of block in every format: mypy (BlockRenderer) and tests/render/test_blocks.py."""
    assert set(BUILDERS) == set(View.ALL)
    for output_format in set(OutputFormat.ALL) - {OutputFormat.JSON}:
        assert callable(renderer_for(output_format).show), output_format
    with pytest.raises(ValueError, match="printed as its document"):
        renderer_for(OutputFormat.JSON)
    # Every view is run below, in every format.
    assert {_view(command_line) for command_line in COMMAND_LINES} == set(View.ALL)


def _layout(command_line: list[str]) -> Layout:
    command, *arguments = [word for word in command_line if word != "--sources"]
    view, document, source = answer(command, arguments, _options(command_line))
    return build(view, document, source, today())  # as the handler builds it


# Pieces a format shows once however often the layout holds them: a grid's notes and statuses
# (numbered footnotes), and, side by side in a table, each section's label (one row).
SHOWN_ONCE = {
    "table": (GridRow, Cell, Section),
    "markdown": (GridRow, Cell),
    "html": (GridRow, Cell),
    "text": (),
}
# The formats made to be printed, which show a handout's own title.
HANDOUTS = ("markdown", "html")


def _words(piece: Any, output_format: str, once: bool = False) -> list[tuple[str, bool]]:
    """Every text a piece of a layout holds that each format shows, in the layout's order, each
    with whether the format may show it only once. Not shown everywhere, by design: a
    handout's own title on a screen; a record's column heads; a grid's heads and its legend
    (how to read marks) off a table; a paragraph's tone; the labels of entries side by side,
    which are their sections' labels again; a table's own heads and headings (of a stage's
    options, and of entries side by side and their links), off a table."""
    if isinstance(piece, str):  # an empty text (no summary, no status) shows as nothing
        return [(piece, once)] if piece else []
    if isinstance(piece, Title) and piece.handout_only and output_format not in HANDOUTS:
        return []
    if isinstance(piece, Layout):  # what a printed page carries at its foot is not its text
        return _words((piece.blocks, piece.footer), output_format, once)
    if isinstance(piece, Column):
        return []
    if isinstance(piece, Paragraph):
        return [(piece.text, once)]
    if isinstance(piece, Grid):
        return _words(piece.rows, output_format, once)
    if isinstance(piece, Compare):
        return _words(piece.entries, output_format, once)
    if isinstance(piece, Options):
        return _words(piece.items, output_format, once)
    if isinstance(piece, GridRow) and isinstance(piece, SHOWN_ONCE[output_format]):
        name, _, cells, status = piece  # the name on its row; the notes, numbered, once
        return [(name, once), *_words((cells, status), output_format, once=True)]
    if isinstance(piece, Section) and isinstance(piece, SHOWN_ONCE[output_format]):
        return [(piece.label, True), *_words(piece.items, output_format, once)]
    if isinstance(piece, tuple):  # every piece is a named tuple
        return [word for part in piece for word in _words(part, output_format, once)]
    return []


def _flat(text: str) -> str:
    """Text without what a layout adds around words: wrapping, Markdown's escapes."""
    return " ".join(re.sub(r"\\(.)", r"\1", text).split())


def _html_text(page: str) -> str:
    """What an HTML page shows as text: its body without tags, characters unescaped, and each
    link's address (printed after it)."""
    body = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>', r" \1 ", page[page.index("<body>") :])
    return " ".join(unescape(re.sub(r"<[^>]*>", " ", body)).split())


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("command_line", COMMAND_LINES, ids=" ".join)
def test_every_word_of_a_layout_reaches_every_format(
    invoke: Invoke, command_line: list[str], output_format: str
) -> None:
    """As often as the layout holds it (a row dropped is missed even where its words stand
    elsewhere); and, in the stacked text, which reads top to bottom, in the layout's order."""
    layout = _layout(command_line)
    result = invoke(*command_line, "--format", output_format, env=FORMATS[output_format])
    assert result.exit_code == 0, result.output
    shown = _html_text(result.stdout) if output_format == "html" else _flat(result.stdout)
    words = _words(layout, output_format)
    assert len(words) > 2
    held = "\0".join(_flat(word) for word, _ in words)
    for word, once in words:
        flat = _flat(word)
        assert shown.count(flat) >= (1 if once else held.count(flat)), (word, output_format)
    if output_format == "text":
        place = 0
        for word, _ in words:
            found = shown.find(_flat(word), place)
            assert found >= 0, ("out of order", word)
            place = found
