"""The automatic layout: Rich tables (livertx.render.terminal) where the terminal is wide enough
for them, else the stacked layout (livertx.render.stacked), which does not import Rich. (`--format
table` and `--format text` choose one of them wherever the output goes.)"""

from __future__ import annotations

from livertx.render import ColorChoice
from livertx.render.screen import is_wide, screen

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.render import Renderer


def make_renderer(color: ColorChoice) -> Renderer:
    """`--format auto`, the default."""
    shown_on = screen(color)
    if is_wide(shown_on):
        from livertx.render.terminal import TerminalRenderer

        return TerminalRenderer(shown_on)
    from livertx.render.stacked import StackedRenderer

    return StackedRenderer(shown_on)
