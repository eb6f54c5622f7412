"""Output formats, chosen in one place. Each renderer lives in its own module, is imported only
when used (so that `--json` never pays for Rich), and shows an answer's document (livertx.
documents) as one of the views below."""

from __future__ import annotations

from enum import Enum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the --json path skips it
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Renderer(Protocol):
        """One method per view, each given the view's document and the source to credit."""

        def treatments(self, document: Any, source: Any) -> None: ...

        def entry(self, document: Any, source: Any) -> None: ...

        def stage(self, document: Any, source: Any) -> None: ...

        def stages(self, document: Any, source: Any) -> None: ...

        def drugs(self, document: Any, source: Any) -> None: ...

        def matrix(self, document: Any, source: Any) -> None: ...

        def compare(self, document: Any, source: Any) -> None: ...

        def search(self, document: Any, source: Any) -> None: ...

        def about(self, document: Any, source: Any) -> None: ...

        def sources(self, document: Any, source: Any) -> None: ...


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
    """What an answer shows; each renderer has a method of the same name for it."""

    TREATMENTS = "treatments"
    ENTRY = "entry"
    STAGE = "stage"
    STAGES = "stages"
    DRUGS = "drugs"
    MATRIX = "matrix"
    COMPARE = "compare"
    SEARCH = "search"
    ABOUT = "about"
    SOURCES = "sources"  # `show` or `stage` with --sources


# Each module has `make_renderer(color: ColorChoice) -> Renderer`.
RENDERER_MODULES: dict[OutputFormat, str] = {
    OutputFormat.AUTO: "livertx.render.table",
    OutputFormat.TABLE: "livertx.render.terminal",
    OutputFormat.TEXT: "livertx.render.stacked",
    OutputFormat.JSON: "livertx.render.json",
    OutputFormat.MARKDOWN: "livertx.render.markdown",
}


def renderer_for(output_format: OutputFormat, color: ColorChoice = ColorChoice.AUTO) -> Renderer:
    module = __import__(RENDERER_MODULES[output_format], fromlist=["make_renderer"])
    renderer: Renderer = module.make_renderer(color)
    return renderer


def render(
    output_format: OutputFormat, view: View, document: Any, source: Any, color: ColorChoice
) -> None:
    """Show a document as a view, in a format: the one place where both are chosen."""
    getattr(renderer_for(output_format, color), view.value)(document, source)


def render_problems(output_format: OutputFormat, path: str, documents: list[Any]) -> None:
    """`validate`'s answer: a JSON list, or else one plain line per problem in every format,
    as compilers write them, for editors to jump to (and with no Rich to import)."""
    if output_format is OutputFormat.JSON:
        from livertx.render.json import write_json

        write_json(documents)
        return
    from livertx.render import plain

    plain.problems(path, documents)


def render_source_report(output_format: OutputFormat, document: Any) -> None:
    """`verify-source`'s answer: its JSON document, or plain lines."""
    if output_format is OutputFormat.JSON:
        from livertx.render.json import write_json

        write_json(document)
        return
    from livertx.render import plain

    plain.source_report(document)
