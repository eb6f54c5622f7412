"""What the command line chooses a render by: an output format, a colour choice, a view; and
what each format's renderer does. The render package and its modules import these from here,
and this module imports nothing of theirs.

Each kind is a class of plain string constants, not an Enum: every call imports this module,
and as three Enums it cost 0.08 of a bare Python's start-up (in instructions, enum already
loaded), as strings 0.01 (docs/speed.md). The types are Literals that only mypy sees, as
exhaustive as an Enum; the Typer app makes its choices from `ALL`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Final, Literal, Protocol, TypeVar

    from livertx.render.layout import Layout

    FormatName = Literal["auto", "table", "text", "json", "markdown", "html"]
    ColorName = Literal["auto", "always", "never"]
    ViewName = Literal[
        "list",
        "show",
        "stage",
        "stages",
        "drugs",
        "matrix",
        "compare",
        "search",
        "about",
        "sources",
        "handout",
    ]

    Name = TypeVar("Name", bound=str)

    class Renderer(Protocol):
        """Lays out a view's layout and writes it."""

        def show(self, layout: Layout) -> None: ...


class OutputFormat:
    AUTO: Final = "auto"  # tables in a terminal wide enough for them, stacked text anywhere else
    TABLE: Final = "table"
    TEXT: Final = "text"
    JSON: Final = "json"
    MARKDOWN: Final = "markdown"
    HTML: Final = "html"
    ALL: Final[tuple[FormatName, ...]] = (AUTO, TABLE, TEXT, JSON, MARKDOWN, HTML)


class ColorChoice:
    AUTO: Final = "auto"
    ALWAYS: Final = "always"
    NEVER: Final = "never"
    ALL: Final[tuple[ColorName, ...]] = (AUTO, ALWAYS, NEVER)


class View:
    """What an answer shows, named after the command that shows it; livertx.render.views builds
    each."""

    LIST: Final = "list"
    SHOW: Final = "show"
    STAGE: Final = "stage"
    STAGES: Final = "stages"
    DRUGS: Final = "drugs"
    MATRIX: Final = "matrix"
    COMPARE: Final = "compare"
    SEARCH: Final = "search"
    ABOUT: Final = "about"
    SOURCES: Final = "sources"  # `show` or `stage` with --sources
    HANDOUT: Final = "handout"
    ALL: Final[tuple[ViewName, ...]] = (
        LIST,
        SHOW,
        STAGE,
        STAGES,
        DRUGS,
        MATRIX,
        COMPARE,
        SEARCH,
        ABOUT,
        SOURCES,
        HANDOUT,
    )


def one_of(name: str, known: tuple[Name, ...]) -> Name | None:
    """The one of `known` (OutputFormat.ALL, say) that is `name`, typed as they are; or None."""
    return next((each for each in known if each == name), None)
