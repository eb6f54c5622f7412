"""Output formats, chosen in one place. A view (livertx.render.views) is built once from an answer's
document (livertx.answers.documents) as a layout; each human-facing renderer lives in its own
module, is imported only when used, and lays the layout out. JSON prints the document itself, and
never pays for the rest."""

from __future__ import annotations

from enum import Enum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any, Protocol

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


# Each format's module and its function `(color: ColorChoice) -> Renderer`; JSON needs none.
RENDERER_MODULES: dict[OutputFormat, tuple[str, str]] = {
    OutputFormat.AUTO: ("livertx.render.table", "make_renderer"),
    OutputFormat.TABLE: ("livertx.render.table", "make_table_renderer"),
    OutputFormat.TEXT: ("livertx.render.stacked", "make_renderer"),
    OutputFormat.MARKDOWN: ("livertx.render.markdown", "make_renderer"),
}


def renderer_for(output_format: OutputFormat, color: ColorChoice = ColorChoice.AUTO) -> Renderer:
    name, factory = RENDERER_MODULES[output_format]
    module = __import__(name, fromlist=[factory])
    renderer: Renderer = getattr(module, factory)(color)
    return renderer


def render(
    output_format: OutputFormat, view: View, document: Any, source: Any, color: ColorChoice
) -> None:
    """Show a document as a view, in a format: the one place where both are chosen."""
    if output_format is OutputFormat.JSON:
        from livertx.render.json import write_json

        write_json(document)
        return
    from livertx.render.views import build

    renderer_for(output_format, color).show(build(view, document, source))


def render_problems(
    output_format: OutputFormat, path: str, documents: list[Any], held_to_page: bool = True
) -> None:
    """`validate`'s answer: a JSON list, or else one plain line per problem in every format,
    as compilers write them, for editors to jump to (and with no Rich to import); for a valid
    file held to no page, a line that says so."""
    if output_format is OutputFormat.JSON:
        from livertx.render.json import write_json

        write_json(documents)
        return
    from livertx.render import plain

    plain.problems(path, documents, held_to_page)


def render_source_report(output_format: OutputFormat, document: Any) -> None:
    """`verify-source`'s answer: its JSON document, or plain lines."""
    if output_format is OutputFormat.JSON:
        from livertx.render.json import write_json

        write_json(document)
        return
    from livertx.render import plain

    plain.source_report(document)
