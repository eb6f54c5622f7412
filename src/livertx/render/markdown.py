"""Markdown output, for handouts and notes: GitHub-flavoured tables and lists. Text from the
data is escaped, so it reads as the characters it is, never as Markdown or HTML."""

from __future__ import annotations

import re

from livertx.output import write_page
from livertx.render.layout import (
    MUTED,
    STATUS,
    WARNING,
    Addresses,
    Bullets,
    Compare,
    Entry,
    Fields,
    Grid,
    Groups,
    Heading,
    Hits,
    Item,
    Layout,
    Link,
    Options,
    Paragraph,
    Records,
    Room,
    Title,
    TreatmentGroup,
)
from livertx.render.text import MatrixNotes, legend_lines
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.render.layout import BlockRenderer

# The characters Markdown or HTML could read as syntax anywhere in a line.
_SYNTAX = re.compile(r"([\\`*_\[\]<>|~&])")
# And at the start of a line, where text can begin one (a summary is a paragraph of its own):
# a heading, a list item, a quote, a code block.
_LINE_START = re.compile(r"^(?:([#+\-=])|(\d+)([.)]))")


def md(value: str) -> str:
    """Text, made visible and escaped; line breaks inside a table cell become <br>."""
    escaped = _SYNTAX.sub(r"\\\1", visible(value)).replace("\n", " ").strip()
    return _LINE_START.sub(_escape_line_start, escaped)


def autolink(url: str) -> str:
    """A link Markdown shows whole and clickable: <https://…>, with nothing that could close it."""
    safe = "".join(char for char in visible(url) if char not in "<> ")
    return f"<{safe}>"


def _escape_line_start(match: re.Match[str]) -> str:
    mark, number, dot = match.groups()
    return f"\\{mark}" if mark else f"{number}\\{dot}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _inline(item: Item, strong: bool = False) -> str:
    """An item on one line: its words, the page's condition beside them, livertx's words after."""
    shown = f"**{md(item.text)}**" if strong else md(item.text)
    if item.condition:
        shown += f" — *{md(item.condition)}*"
    if item.aside:
        shown += f" {md(item.aside)}"
    return shown


def _item(item: Item, indent: str = "", strong: bool = False) -> list[str]:
    """A list item, then the items listed under it."""
    lines = [f"{indent}- {_inline(item, strong)}"]
    for child in item.children:
        lines += _item(child, indent + "  ")
    return lines


def _listed(items: tuple[Item | Link, ...]) -> list[str]:
    lines = []
    for item in items:
        if isinstance(item, Link):  # a link stays whole: an autolink
            lines.append(f"- {md(item.label)}: {autolink(item.url)}")
        else:
            lines += _item(item)
    return lines


def _cell(items: tuple[Item, ...]) -> str:
    """A list in a table's cell: one item a line, the items listed under it after a colon."""
    lines = []
    for item in items:
        under = "; ".join(_inline(child) for child in item.children)
        lines.append(_inline(item) + (f": {under}" if under else ""))
    return "<br>".join(lines)


class MarkdownRenderer:
    """Blocks one after another, a blank line between (as Markdown separates paragraphs)."""

    def __init__(self, paged: bool = True) -> None:
        self.paged = paged
        # The level of the heading last written: an entry's name is a heading one level below.
        self.level = 0

    def show(self, layout: Layout) -> None:
        lines: list[str] = []
        markdown: BlockRenderer[list[str]] = self  # mypy names any kind of block it lacks
        for block in layout.blocks:
            laid_out = block.laid_out_by(markdown)
            if laid_out:
                lines += [*([""] if lines else []), *laid_out]
        if layout.footer:
            lines += ["", "*" + " ".join(md(line) for line in layout.footer) + "*"]
        write_page("\n".join(lines) + "\n", paged=self.paged)

    def title(self, block: Title) -> list[str]:
        self.level = 1
        return [f"# {md(block.text)}"]

    def heading(self, block: Heading) -> list[str]:
        self.level = 2
        return [f"## {md(block.text)}"]

    def room(self, block: Room) -> list[str]:
        """Its label, then blank lines a printout leaves empty to write on."""
        return [f"## {md(block.label)}", *["", "&nbsp;"] * 6]

    def paragraph(self, block: Paragraph) -> list[str]:
        shown = md(block.text)
        if block.tone == MUTED:
            return [f"*{shown}*"]
        if block.tone == STATUS:
            return [f"**{shown}**"]
        return [f"> {shown}"] if block.tone == WARNING else [shown]

    def bullets(self, block: Bullets) -> list[str]:
        return _listed(block.items)

    def entry(self, entry: Entry) -> list[str]:
        level = "#" * (self.level + 1)
        lines = [f"{level} {md(entry.name)}", *(["", f"*{md(entry.kind)}*"] if entry.kind else [])]
        if entry.summary:
            lines += ["", md(entry.summary)]
        if entry.status:
            lines += ["", f"**{md(entry.status)}**"]
        for section in entry.sections:
            lines += ["", f"{level}# {md(section.label)}", "", *_listed(section.items)]
        return lines

    def treatment_group(self, block: TreatmentGroup) -> list[str]:
        """The type's entry, then each entry under it a level below."""
        lines = self.entry(block.treatment)
        self.level += 1
        for part in block.parts:
            lines += ["", *self.entry(part)]
        self.level -= 1
        return lines

    def addresses(self, block: Addresses) -> list[str]:
        return _listed(block.links)

    def compare(self, block: Compare) -> list[str]:
        lines: list[str] = []
        for entry in block.entries:
            lines += [*([""] if lines else []), *self.entry(entry)]
        return lines

    def options(self, block: Options) -> list[str]:
        return [line for option in block.items for line in _item(option, strong=True)]

    def records(self, block: Records) -> list[str]:
        header = [md(column.heading) for column in block.columns]
        rows = [
            [f"**{md(record.name)}**", *(md(text) for text in record.texts), _cell(record.items)]
            for record in block.rows
        ]
        return _table(header, rows)

    def groups(self, block: Groups) -> list[str]:
        lines: list[str] = []
        for group in block.groups:
            lines += [*([""] if lines else []), f"## {md(group.name)}", ""]
            lines += [f"- {md(line)}" for line in group.lines]
        return lines

    def grid(self, block: Grid) -> list[str]:
        notes = MatrixNotes()
        rows = []
        for row in block.rows:
            name = md(row.name)
            name = f"&nbsp;&nbsp;{name}" if row.indented else f"**{name}**"
            if row.status:
                name += f" {notes.marked([row.status])}"
            cells = [name]
            for cell in row.cells:
                cells.append(("✓" if cell.marked else "") + notes.marked(cell.notes))
            rows.append(cells)
        lines = [*_table([md(block.corner), *(md(head) for head in block.heads)], rows)]
        lines += ["", *(f"- {md(line)}" for line in legend_lines(block.legend, "✓"))]
        lines += [""] + [f"{number}. {md(note)}" for number, note in notes.all] if notes.all else []
        return lines

    def hits(self, block: Hits) -> list[str]:
        return [
            f"- **{md(hit.name)}** ({md(hit.kind)}, `{md(hit.command)}`): {md(hit.snippet)}"
            for hit in block.hits
        ]

    def fields(self, block: Fields) -> list[str]:
        return [
            f"- {md(field.label)}: " + (autolink(field.value) if field.link else md(field.value))
            for field in block.fields
        ]


def make_renderer(color: object, paged: bool = True) -> MarkdownRenderer:
    return MarkdownRenderer(paged)
