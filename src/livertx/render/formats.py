"""What the command line chooses a render by: an output format, a colour choice, a view; and
what each format's renderer does. The render package and its modules import these from here,
and this module imports nothing of theirs.

Each kind is a class of plain string constants, not an Enum: every call imports this module,
and as three Enums it cost 0.08 of a bare Python's start-up (in instructions, enum already
loaded), as strings 0.01 (docs/speed.md). The types are Literals that only mypy sees, as
exhaustive as an Enum; the Typer app makes its choices from `ALL`, which each kind reads from
its own constants.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any, Final, Literal, Protocol, TypeVar

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


def _named_in(namespace: dict[str, Any]) -> tuple[Any, ...]:
    """A kind's names, from its class body as far as written (its upper-case constants, in their
    order), so each name is written once beside its Literal, not again in a list."""
    return tuple(value for key, value in namespace.items() if key.isupper())


class OutputFormat:
    AUTO: Final = "auto"  # tables in a terminal wide enough for them, stacked text anywhere else
    TABLE: Final = "table"
    TEXT: Final = "text"
    JSON: Final = "json"
    MARKDOWN: Final = "markdown"
    HTML: Final = "html"
    ALL: Final[tuple[FormatName, ...]] = _named_in(vars())


class ColorChoice:
    AUTO: Final = "auto"
    ALWAYS: Final = "always"
    NEVER: Final = "never"
    ALL: Final[tuple[ColorName, ...]] = _named_in(vars())


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
    ALL: Final[tuple[ViewName, ...]] = _named_in(vars())


def one_of(name: str, known: tuple[Name, ...]) -> Name | None:
    """The one of `known` (OutputFormat.ALL, say) that is `name`, typed as they are; or None."""
    return next((each for each in known if each == name), None)
