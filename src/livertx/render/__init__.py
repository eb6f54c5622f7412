"""Output formats, chosen in one place (by the names in livertx.render.formats). A view
(livertx.render.views) is built once from an answer's document (livertx.answers.documents) as a
layout; each human-facing renderer lives in its own module, is imported only when used, and lays
the layout out. JSON prints the document itself, and never pays for the rest."""

from __future__ import annotations

from livertx.render.formats import ColorChoice, OutputFormat, View

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.render.formats import ColorName, FormatName, Renderer, ViewName

__all__ = [
    "ColorChoice",
    "OutputFormat",
    "View",
    "format_for",
    "render",
    "render_problems",
    "render_source_report",
    "renderer_for",
]


def format_for(output_format: FormatName, view: ViewName | None = None) -> FormatName:
    """The format a run gets, decided here and nowhere else: the one asked for; for `auto` (the
    default), HTML for a handout (a page to print), else `auto` still, which renderer_for
    resolves by the terminal."""
    if output_format == OutputFormat.AUTO and view == View.HANDOUT:
        return OutputFormat.HTML
    return output_format


def renderer_for(
    output_format: FormatName,
    color: ColorName = ColorChoice.AUTO,
    paged: bool = True,
    view: ViewName | None = None,
) -> Renderer:
    """The renderer of a format (format_for) for a view, on the terminal in use: tables where
    the terminal is wide enough for them (`auto`) or wherever the output goes (`table`), else
    stacked text; Markdown; HTML. Each renderer's module is imported only when chosen; JSON has
    none (`render` prints the document itself). The tables renderer still lays out stacked a
    layout whose words its columns would cut, which only laying it out can tell."""
    output_format = format_for(output_format, view)
    if output_format in (OutputFormat.AUTO, OutputFormat.TABLE, OutputFormat.TEXT):
        from livertx.render.screen import is_wide, screen  # the terminal: not --json's path

        shown_on = screen(color, paged)
        wants_tables = output_format == OutputFormat.TABLE or (
            output_format == OutputFormat.AUTO and is_wide(shown_on)
        )
        if wants_tables:
            from livertx.render.table import TablesWhereTheyFit  # each renderer only if chosen

            return TablesWhereTheyFit(shown_on)
        from livertx.render.stacked import StackedRenderer  # as above

        return StackedRenderer(shown_on)
    if output_format == OutputFormat.MARKDOWN:
        from livertx.render.markdown import make_renderer as make_markdown  # as above

        return make_markdown(color, paged)
    if output_format == OutputFormat.HTML:
        from livertx.render.html import make_renderer as make_html  # and markupsafe: as above

        return make_html(color, paged)
    raise ValueError(f"{output_format} is printed as its document, by no renderer")


def render(
    output_format: FormatName,
    view: ViewName,
    document: Any,
    source: Any,
    color: ColorName,
    paged: bool = True,
    today: str | None = None,
) -> None:
    """Show a document as a view, in a format: the one place where both are chosen. `paged`:
    output taller than the terminal goes through the pager (False for --no-pager); `today`:
    the day the view says how old the page is against."""
    if output_format == OutputFormat.JSON:
        from livertx.render.json import write_json  # json only for JSON: not a table's path

        write_json(document)
        return
    from livertx.render.views import build  # the views and their words: JSON never pays for them

    renderer = renderer_for(output_format, color, paged, view)
    renderer.show(build(view, document, source, today))


def render_problems(
    output_format: FormatName,
    path: str,
    documents: list[Any],
    held_to_page: bool = True,
    unchecked: str | None = None,
) -> None:
    """`validate`'s answer: a JSON list, or else one plain line per problem in every format,
    as compilers write them, for editors to jump to (and with no Rich to import); for a valid
    file held to no page, a line that says so; for a valid file other than the shipped one,
    what no rule checks in it (`unchecked`)."""
    if output_format == OutputFormat.JSON:
        from livertx.render.json import write_json  # as in render

        write_json(documents)
        return
    from livertx.render import plain  # plain lines only for the maintainers' commands

    plain.problems(path, documents, held_to_page, unchecked)


def render_source_report(output_format: FormatName, document: Any) -> None:
    """`verify-source`'s answer: its JSON document, or plain lines."""
    if output_format == OutputFormat.JSON:
        from livertx.render.json import write_json  # as in render

        write_json(document)
        return
    from livertx.render import plain  # as in render_problems

    plain.source_report(document)
