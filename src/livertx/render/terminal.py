"""Rich tables for a terminal wide enough for them (livertx.render.stacked lays out the rest).
Data only ever reaches Rich as Text made `visible`, never as markup."""

from __future__ import annotations

import os
from collections.abc import Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from livertx import phrasing
from livertx.dates import long_date
from livertx.notice import DISCLAIMER
from livertx.output import checked, write_page
from livertx.render import ColorChoice, text
from livertx.render.screen import NARROWEST, Screen, screen
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.render.stacked import StackedRenderer

    Document = dict[str, Any]

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

Rows = list[tuple[str, RenderableType | None]]


def _safe_text(value: str, style: str = "") -> Text:
    """Rich text of a string from the data, made visible: Rich drops a few controls, not ESC."""
    return Text(visible(value), style=style)


# A table in a pipe (`--format table | …`) is laid out this wide, unless COLUMNS says otherwise.
PIPE_WIDTH = 100


def _console(shown_on: Screen) -> Console:
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


class LinkLine(Text):
    """A line that holds a link, printed whole."""


class TerminalRenderer:
    def __init__(self, shown_on: Screen) -> None:
        self.shown_on = shown_on
        self.console = _console(shown_on)
        self.ascii = self.console.options.ascii_only
        self.bullet = "*" if self.ascii else "•"
        self.mark = "x" if self.ascii else "✓"

    # Building blocks ---------------------------------------------------------------------

    def _emit(self, source: Document, blocks: list[RenderableType]) -> None:
        self._write([*blocks, Text(""), self._footer(source)])

    def _write(self, blocks: list[RenderableType]) -> None:
        """Render whole, then write once through livertx.output, so a failed write is seen."""
        # Rich touches stdout itself when a capture ends (an empty write and a flush).
        with checked(), self.console.capture() as captured:
            for block in blocks:
                # A link line is never wrapped or cut: the terminal shows the rest below.
                self.console.print(block, soft_wrap=isinstance(block, LinkLine))
        rendered = captured.get()
        if not self.shown_on.terminal:  # a table in a pipe: no padding at the ends of lines
            rendered = "".join(line.rstrip() + "\n" for line in rendered.splitlines())
        write_page(rendered)

    def _footer(self, source: Document) -> Text:
        return _safe_text(f"{text.credit_line(source)}\n{DISCLAIMER}", style="dim")

    def _bullets(self, items: Sequence[str | Text | text.Item]) -> RenderableType | None:
        """A list with a hanging indent, so wrapped lines stay clear of the bullet; an item
        may carry the items listed under it."""
        if not items:
            return None
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for item in items:
            if isinstance(item, tuple):
                content, children = item
                under = self._bullets(children)
                cell: RenderableType = (
                    Group(_safe_text(content), under) if under else _safe_text(content)
                )
            else:
                cell = item if isinstance(item, Text) else _safe_text(item)
            grid.add_row(self.bullet, cell)
        return grid

    def _fields(self, rows: Rows) -> RenderableType:
        """Label and value side by side."""
        shown = [(label, value) for label, value in rows if value is not None]
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in shown:
            grid.add_row(label, value)
        return grid

    def _option(self, option: Document, with_condition: bool) -> RenderableType:
        pieces: list[RenderableType | None] = [
            _safe_text(phrasing.option_title(option), style="bold"),
            self._bullets(phrasing.option_items(option)),
        ]
        if phrasing.option_types(option):
            pieces.append(_safe_text(f"({phrasing.option_types(option)})", style="dim"))
        if with_condition and option["condition"]:
            pieces.append(_safe_text(option["condition"], style="italic"))
        return Group(*(piece for piece in pieces if piece is not None))

    def _entry_rows(self, document: Document) -> Rows:
        """The sections that fit a table: links come after it (livertx.render.text.TRIALS)."""
        return [
            (label, self._bullets(items))
            for label, items in text.entry_sections(document)
            if label != text.TRIALS
        ]

    def _summary(self, document: Document) -> list[RenderableType]:
        blocks: list[RenderableType] = (
            [_safe_text(document["summary"])] if document["summary"] else []
        )
        if document["status"]:
            blocks.append(_safe_text(document["status"].capitalize() + ".", style="bold yellow"))
        return blocks

    def _heading(self, document: Document) -> Text:
        heading = _safe_text(phrasing.display_name(document), style="bold")
        heading.append_text(_safe_text(f"  {document['kind']}", style="dim"))
        if document["part_of"]:
            heading.append_text(_safe_text(f", under {document['part_of']['name']}", style="dim"))
        return heading

    # The views ---------------------------------------------------------------------------

    def treatments(self, document: list[Document], source: Document) -> None:
        intro: list[RenderableType] = (
            [_safe_text(" ".join(source["intro"]))] if source["intro"] else []
        )
        table = Table(box=box.SIMPLE_HEAD, show_edge=False)
        table.add_column("Treatment", style="bold", ratio=2)
        table.add_column("From the page", ratio=4)
        table.add_column(text.STAGE_LISTS, style="cyan", ratio=3)
        for treatment in document:
            listed = "\n".join(text.placements(treatment, brief=True)) or text.NO_STAGE
            table.add_row(
                _safe_text(treatment["name"]), _safe_text(treatment["summary"]), _safe_text(listed)
            )
        self._emit(source, [*intro, table])

    def entry(self, document: Document, source: Document) -> None:
        blocks: list[RenderableType] = [self._heading(document), *self._summary(document)]
        blocks += [Text(""), self._fields(self._entry_rows(document))]
        self._emit(source, [*blocks, *self._trial_links([document])])

    def _link(self, url: str, indent: str = "") -> LinkLine:
        line = LinkLine(indent)
        shown = visible(url)  # the link too: an escape in it must not reach the terminal
        line.append(shown, style=Style(link=shown) if self.shown_on.links else "")
        return line

    def _trial_links(self, entries: list[Document]) -> list[RenderableType]:
        """Where to search for trials, each link on a line of its own (a table would cut it)."""
        blocks: list[RenderableType] = []
        for entry in entries:
            links = text.trial_links(entry)
            if not links:
                continue
            heading = "Clinical trial searches"
            if len(entries) > 1:
                heading += f" for {phrasing.display_name(entry)}"
            blocks += [Text(""), _safe_text(heading, "bold")]
            for link in links:
                label, _, url = link.rpartition(": ")
                blocks += [_safe_text(f"{self.bullet} {label}:"), self._link(url, "  ")]
        return blocks

    def sources(self, document: Document, source: Document) -> None:
        """Each statement a `show` or `stage` document holds, with its page section."""
        blocks: list[RenderableType] = [
            _safe_text(f"{document['name']}: where each statement stands")
        ]
        blocks.append(_safe_text(f"on the page “{source['title']}”:", style="dim"))
        blocks.append(self._bullets(text.source_lines(document)) or _safe_text("No statements."))
        self._emit(source, blocks)

    def stage(self, document: Document, source: Document) -> None:
        """The page's list, unnumbered and in its order: a number would read as a ranking."""
        shown, excluded = document["options"], document["excluded"]
        group = document["group"]
        blocks: list[RenderableType] = [_safe_text(document["name"], style="bold")]
        if group["id"] != document["id"]:
            blocks.append(_safe_text(f"The page lists it under: {group['name']}", style="dim"))
        blocks.append(_safe_text(f"{document['lead']}:"))
        conditions = any(option["condition"] for option in shown)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True)
        table.add_column("", no_wrap=True)
        table.add_column("Option", ratio=3)
        if conditions:
            table.add_column("Condition the page gives", style="italic", ratio=2)
        for option in shown:
            cells = [self.bullet, self._option(option, with_condition=False)]
            table.add_row(*cells, *([_safe_text(option["condition"] or "")] if conditions else []))
        blocks.append(table)
        for option in excluded:
            blocks += [Text(""), _safe_text(text.excluded_note(option), "yellow")]
        self._emit(source, blocks)

    def stages(self, document: list[Document], source: Document) -> None:
        self._stacked().stages(document, source)  # a list reads better than a table here

    def drugs(self, document: list[Document], source: Document) -> None:
        blocks: list[RenderableType] = []
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True, expand=True)
        table.add_column("Drug", no_wrap=True)
        table.add_column(f"{text.STAGE_LISTS}, with what and on what condition", ratio=5)
        for drug in document:
            name = _safe_text(drug["name"], "bold")
            name.append_text(_safe_text(f"\n{text.drug_class(drug)}", "dim"))
            table.add_row(name, self._bullets(text.placements(drug)) or _safe_text("—"))
        blocks.append(table)
        self._emit(source, blocks)

    def matrix(self, document: Document, source: Document) -> None:
        stages = document["stages"]
        notes = text.MatrixNotes()
        table = Table(box=box.SIMPLE_HEAD, show_edge=False)
        table.add_column("Treatment or method")
        for head in text.short_stage_names(stages):
            # "Locally advanced" over two lines keeps the stage columns narrow.
            table.add_column(head.replace(" ", "\n"), justify="left", no_wrap=True)
        for row in document["rows"]:
            name = _safe_text(phrasing.display_name(row), "" if row["part_of"] else "bold")
            if row["status"]:
                name.append_text(
                    _safe_text(self._superscript(notes.number(row["status"])), "yellow")
                )
            cells: list[RenderableType] = [self._indented(name) if row["part_of"] else name]
            for stage in stages:
                cell = row["cells"][stage["id"]]
                mark = self.mark if cell["listed"] else ""
                mark += "".join(self._superscript(notes.number(n)) for n in text.cell_notes(cell))
                cells.append(_safe_text(mark, "cyan"))
            table.add_row(*cells)
        blocks: list[RenderableType] = [table, Text(""), _safe_text(text.MATRIX_LEGEND, "dim")]
        if notes.all:
            lines = [_safe_text(f"{self._superscript(n)} {note}") for n, note in notes.all]
            blocks += [Text(""), *lines]
        self._emit(source, blocks)

    def _indented(self, content: RenderableType) -> RenderableType:
        """Content two spaces in, wrapped lines too."""
        grid = Table.grid()
        grid.add_column(width=2, no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_row("", content)
        return grid

    def _superscript(self, number: int) -> str:
        digits = str(number)
        if self.ascii:
            return f"[{digits}]"
        return "".join(SUPERSCRIPTS[int(d)] for d in digits)

    def compare(self, document: list[Document], source: Document) -> None:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True)
        table.add_column("")
        for entry in document:
            table.add_column(_safe_text(phrasing.display_name(entry)), ratio=1)
        rows: list[tuple[str, list[RenderableType]]] = [
            ("Kind", [_safe_text(text.kind_line(e)) for e in document]),
            ("From the page", [Group(*self._summary(e)) for e in document]),
        ]
        per_entry = [dict(self._entry_rows(e)) for e in document]
        for label, _ in text.entry_sections(document[0], keep_empty=True):
            values = [fields.get(label) for fields in per_entry]
            if any(value is not None for value in values):
                shown: list[RenderableType] = [
                    value if value is not None else _safe_text("—", "dim") for value in values
                ]
                rows.append((label, shown))
        for label, cells in rows:
            table.add_row(_safe_text(label, "bold"), *cells)
        self._emit(source, [table, *self._trial_links(document)])

    def search(self, document: Document, source: Document) -> None:
        self._stacked().search(document, source)  # a list: hanging indents, whole commands

    def _stacked(self) -> StackedRenderer:
        from livertx.render.stacked import StackedRenderer

        return StackedRenderer(self.shown_on)

    def about(self, document: Document, source: Document) -> None:
        page = document["source"]
        counts = document["counts"]
        rows: Rows = [
            ("Source", _safe_text(f"“{page['title']}”, {page['publisher']}")),
            ("Updated", _safe_text(long_date(page["updated"]))),
            ("Credit", _safe_text(page["credit"])),
            ("Knowledge file", _safe_text(document["knowledge_file"])),
            ("Introduction", _safe_text(" ".join(page["intro"])) if page["intro"] else None),
            ("Holds", _safe_text(text.counts_line(counts))),
            ("livertx", _safe_text(text.version_line(document))),
            ("Licence", _safe_text(document["license"])),
            ("Notice", _safe_text(document["notice"])),
        ]
        links: list[RenderableType] = [
            Text(""),
            _safe_text("Page", "bold"),
            self._link(page["url"]),
        ]
        if page.get("trial_search"):
            links += [_safe_text("Trial search", "bold"), self._link(page["trial_search"])]
        self._emit(source, [self._fields(rows), *links])  # the footer says the disclaimer


def make_renderer(color: ColorChoice) -> TerminalRenderer:
    """`--format table`: a table wherever the output goes."""
    return TerminalRenderer(screen(color))
