"""What the command line chooses a render by: an output format, a colour choice, a view; and
what each format's renderer does. The render package and its modules import these from here,
and this module imports nothing of theirs."""

from __future__ import annotations

from enum import Enum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Protocol

    from livertx.render.layout import Layout

    class Renderer(Protocol):
        """Lays out a view's layout and writes it."""

        def show(self, layout: Layout) -> None: ...


class OutputFormat(str, Enum):
    AUTO = "auto"  # tables in a terminal wide enough for them, stacked text anywhere else
    TABLE = "table"
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class ColorChoice(str, Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class View(str, Enum):
    """What an answer shows, named after the command that shows it; livertx.render.views builds
    each."""

    LIST = "list"
    SHOW = "show"
    STAGE = "stage"
    STAGES = "stages"
    DRUGS = "drugs"
    MATRIX = "matrix"
    COMPARE = "compare"
    SEARCH = "search"
    ABOUT = "about"
    SOURCES = "sources"  # `show` or `stage` with --sources
    HANDOUT = "handout"
