"""Each view is built once, as a layout (livertx.render.views), and each human format only lays
it out: every word a layout holds, every condition beside its option, reaches every format."""

from __future__ import annotations

import re
from typing import Any

import pytest

from livertx.answers import prepared as answers
from livertx.cli.commands import answer
from livertx.render import View
from livertx.render.layout import (
    BLOCKS,
    Column,
    Compare,
    Grid,
    Layout,
    Paragraph,
    Title,
)
from livertx.render.markdown import MarkdownRenderer
from livertx.render.stacked import StackedRenderer
from livertx.render.terminal import TABLES, TerminalRenderer
from livertx.render.views import BUILDERS, build

from ..conftest import Invoke

SHIPPED = answers.for_file(None)
COMMAND_LINES = [
    ["list"],
    ["stages"],
    ["drugs"],
    ["matrix"],
    ["about"],
    ["compare", "tae", "tace", "sorafenib", "immunotherapy"],
    ["search", "hepatic artery"],
    ["search", "frezze"],
    ["show", "tace", "--sources"],
    ["stage", "recurrent", "--sources"],
    *(["show", entry] for entry in SHIPPED["entries"]),
    *(["stage", stage] for stage in SHIPPED["stages"]),
]
# The human formats, and how each is asked for: tables wide enough that no cell wraps, stacked
# text and Markdown in a pipe, where nothing wraps.
FORMATS = {
    "table": {"TTY_COMPATIBLE": "1", "COLUMNS": "3000", "NO_COLOR": "1"},
    "text": {},
    "markdown": {},
}


def test_every_view_has_a_builder_and_every_block_a_layout_in_every_format() -> None:
    assert set(BUILDERS) == set(View)
    assert set(StackedRenderer.LAYS_OUT) == set(BLOCKS)
    assert set(MarkdownRenderer.LAYS_OUT) == set(BLOCKS)
    # The terminal lays out what needs a table, and gives a layout with none to the stacked one.
    assert set(TerminalRenderer.LAYS_OUT) == {*TABLES, Title, Paragraph}


def _layout(command_line: list[str]) -> Layout:
    command, *arguments = [word for word in command_line if word != "--sources"]
    view, document, source = answer(command, arguments, None)
    return build(View.SOURCES if "--sources" in command_line else view, document, source)


def _words(piece: Any, output_format: str) -> list[str]:
    """Every text a piece of a layout holds that each format shows. Not shown everywhere, by
    design: a handout's own title on a screen; a record's column heads, a grid's heads and its
    legend (how to read marks) off a table; and the list of labels of entries side by side,
    which is their sections' labels again."""
    if isinstance(piece, str):
        return [piece]
    if isinstance(piece, Title) and piece.handout_only and output_format != "markdown":
        return []
    if isinstance(piece, Column):
        return []
    if isinstance(piece, Paragraph):  # its tone is how it reads, not words
        return [piece.text]
    if isinstance(piece, Grid | Compare):
        return _words(piece.rows if isinstance(piece, Grid) else piece.entries, output_format)
    if isinstance(piece, tuple):  # every piece is a named tuple
        return [word for part in piece for word in _words(part, output_format)]
    return []


def _flat(text: str) -> str:
    """Text without what a layout adds around words: wrapping, Markdown's escapes."""
    return " ".join(re.sub(r"\\(.)", r"\1", text).split())


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("command_line", COMMAND_LINES, ids=" ".join)
def test_every_word_of_a_layout_reaches_every_format(
    invoke: Invoke, command_line: list[str], output_format: str
) -> None:
    layout = _layout(command_line)
    result = invoke(*command_line, "--format", output_format, env=FORMATS[output_format])
    assert result.exit_code == 0, result.output
    shown = _flat(result.stdout)
    words = _words(layout, output_format)
    assert len(words) > 2
    for word in words:
        assert _flat(word) in shown, (word, output_format)
