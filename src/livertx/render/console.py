"""The Rich console that tables are printed on (livertx.render.terminal), as
livertx.render.screen sees stdout, and how what it prints is written: whole, once, through
livertx.output. Data only ever reaches Rich as Text made `visible`, never as markup."""

from __future__ import annotations

import os

from rich.console import Console, RenderableType
from rich.text import Text

from livertx.output import checked, write_page
from livertx.render.screen import NARROWEST, Screen
from livertx.visible import visible

# A table in a pipe (`--format table | …`) is laid out this wide, unless COLUMNS says otherwise.
PIPE_WIDTH = 100


def safe_text(value: str, style: str = "") -> Text:
    """Rich text of a string from the data, made visible: Rich drops a few controls, not ESC."""
    return Text(visible(value), style=style)


class LinkLine(Text):
    """A line that holds a link, printed whole."""


def console_for(shown_on: Screen) -> Console:
    return Console(
        force_terminal=shown_on.styled,  # styled: livertx.render.screen's decision, not Rich's
        color_system="auto" if shown_on.styled else None,
        width=shown_on.width or _pipe_width(),
        highlight=False,
        markup=False,
        emoji=False,
    )


def _pipe_width() -> int:
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) >= NARROWEST else PIPE_WIDTH


def write(console: Console, shown_on: Screen, blocks: list[RenderableType]) -> None:
    """Render whole, then write once through livertx.output, so a failed write is seen."""
    # Rich touches stdout itself when a capture ends (an empty write and a flush).
    with checked(), console.capture() as captured:
        for block in blocks:
            # A link line is never wrapped or cut: the terminal shows the rest below.
            console.print(block, soft_wrap=isinstance(block, LinkLine))
    rendered = captured.get()
    if not shown_on.terminal:  # a table in a pipe: no padding at the ends of lines
        rendered = "".join(line.rstrip() + "\n" for line in rendered.splitlines())
    write_page(rendered, paged=shown_on.paged)
