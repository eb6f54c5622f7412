"""Which layout a terminal gets: Rich tables (livertx.render.terminal) where the terminal is wide
enough and the view has tables whose every word fits, else the stacked layout
(livertx.render.stacked), which does not import Rich. `--format auto` (the default) chooses by the
terminal's width; `--format table` wants tables wherever the output goes; a view without a table,
or whose table would cut a word with "…", is stacked either way."""

from __future__ import annotations

from livertx.render.layout import Compare, Entry, Fields, Grid, Layout, Options, Records
from livertx.render.screen import Screen

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from rich.console import Console, RenderableType

# What a table shows best; a layout with none of them (stages, search, sources) reads better as
# a list, so the stacked layout shows it whole.
TABLES = (Entry, Compare, Options, Records, Grid, Fields)


class TablesWhereTheyFit:
    """Tables for a layout that has them and where each column can hold its longest word."""

    def __init__(self, shown_on: Screen) -> None:
        self.shown_on = shown_on

    def show(self, layout: Layout) -> None:
        if any(isinstance(block, TABLES) for block in layout.blocks):
            from livertx.render.terminal import TerminalRenderer  # Rich only for a table

            terminal = TerminalRenderer(self.shown_on)
            blocks = terminal.blocks_of(layout)
            if all(fits(terminal.console, block) for block in blocks):
                terminal.write(blocks, layout.footer)
                return
        from livertx.render.stacked import StackedRenderer  # only when a table would not fit

        StackedRenderer(self.shown_on).show(layout)


def fits(console: Console, block: RenderableType) -> bool:
    """Whether a table can show every word whole at the console's width: each column as wide
    as its longest word, with its padding, and a rule between two."""
    from rich.table import Table  # Rich, never for a view without a table

    if not isinstance(block, Table):
        return True
    from rich.measure import Measurement  # as Table above

    options = console.options
    longest = [
        max(
            Measurement.get(console, options, cell).minimum
            for cell in (column.header, *column.cells)
        )
        for column in block.columns
    ]
    return sum(longest) + 3 * len(longest) - 1 <= console.width
