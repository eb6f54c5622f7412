"""Rich tables for a terminal wide enough for them, every kind of block laid out with Rich
(livertx.render.table chooses them or the stacked layout). Data only ever reaches Rich as Text
made `visible` (livertx.render.console.safe_text), never as markup."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from livertx.render.console import LinkLine, console_for, safe_text, write
from livertx.render.layout import (
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
    Section,
    Title,
    TreatmentGroup,
)
from livertx.render.screen import TONE_STYLES, Screen
from livertx.render.text import MatrixNotes, legend_lines
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.render.layout import BlockRenderer

Rows = list[tuple[str, RenderableType | None]]


class TerminalRenderer:
    """Each kind of block as Rich lays it out; livertx.render.table decides which layouts come
    here, and prints them (`write`) where every table fits."""

    def __init__(self, shown_on: Screen) -> None:
        self.shown_on = shown_on
        self.console = console_for(shown_on)
        self.ascii = self.console.options.ascii_only
        self.bullet = "*" if self.ascii else "•"
        self.mark = "x" if self.ascii else "✓"

    def blocks_of(self, layout: Layout) -> list[RenderableType]:
        blocks: list[RenderableType] = []
        rich: BlockRenderer[list[RenderableType]] = self  # mypy names any kind of block it lacks
        for block in layout.blocks:
            blocks += block.laid_out_by(rich)
        return blocks

    def write(self, blocks: list[RenderableType], footer: tuple[str, ...]) -> None:
        footer_text = safe_text("\n".join(footer), style="dim")
        write(self.console, self.shown_on, [*blocks, Text(""), footer_text])

    # Building blocks ---------------------------------------------------------------------

    def _item(self, item: Item, style: str = "") -> RenderableType:
        """An item, with what it carries beneath it: the items listed under it, the page's
        condition next to it, and last livertx's own words."""
        pieces: list[RenderableType | None] = [
            safe_text(item.text, style),
            self._bullets(item.children),
        ]
        if item.condition:
            pieces.append(safe_text(item.condition, "italic"))
        if item.aside:
            pieces.append(safe_text(item.aside, "dim"))
        shown = [piece for piece in pieces if piece is not None]
        return shown[0] if len(shown) == 1 else Group(*shown)

    def _bullets(self, items: tuple[Item, ...]) -> RenderableType | None:
        """A list with a hanging indent, so wrapped lines stay clear of the bullet."""
        if not items:
            return None
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for item in items:
            grid.add_row(self.bullet, self._item(item))
        return grid

    def _fields(self, rows: Rows) -> RenderableType:
        """Label and value side by side."""
        shown = [(label, value) for label, value in rows if value is not None]
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in shown:
            grid.add_row(safe_text(label), value)  # a label is text too, never markup
        return grid

    def _section_items(self, section: Section) -> tuple[Item, ...]:
        return tuple(item for item in section.items if isinstance(item, Item))

    def _summary(self, entry: Entry) -> list[RenderableType]:
        blocks: list[RenderableType] = [safe_text(entry.summary)] if entry.summary else []
        if entry.status:
            blocks.append(safe_text(entry.status, TONE_STYLES[STATUS]))
        return blocks

    def _link(self, url: str, indent: str = "") -> LinkLine:
        line = LinkLine(indent)
        shown = visible(url)  # the link too: an escape in it must not reach the terminal
        line.append(shown, style=Style(link=shown) if self.shown_on.links else "")
        return line

    def _links(self, sections: tuple[Section, ...]) -> list[RenderableType]:
        """Links after a table, each on a line of its own (a table would cut it)."""
        blocks: list[RenderableType] = []
        for section in sections:
            links = [item for item in section.items if isinstance(item, Link)]
            if links:
                blocks += [Text(""), safe_text(section.label, "bold")]
            for link in links:
                blocks += [safe_text(f"{self.bullet} {link.label}:"), self._link(link.url, "  ")]
        return blocks

    def _indented(self, content: RenderableType) -> RenderableType:
        """Content two spaces in, wrapped lines too."""
        grid = Table.grid()
        grid.add_column(width=2, no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_row("", content)
        return grid

    # The blocks --------------------------------------------------------------------------

    def title(self, block: Title) -> list[RenderableType]:
        return [] if block.handout_only else [safe_text(block.text, "bold")]

    def heading(self, block: Heading) -> list[RenderableType]:
        return [Text(""), safe_text(block.text, "bold"), Text("")]

    def room(self, block: Room) -> list[RenderableType]:
        return self.heading(Heading(block.label))  # a screen has no paper to leave empty

    def paragraph(self, block: Paragraph) -> list[RenderableType]:
        shown = safe_text(block.text, TONE_STYLES.get(block.tone, ""))
        return [Text(""), shown] if block.tone == WARNING else [shown]

    def bullets(self, block: Bullets) -> list[RenderableType]:
        shown = self._bullets(block.items)
        return [shown] if shown is not None else []

    def entry(self, entry: Entry) -> list[RenderableType]:
        heading = safe_text(entry.name, style="bold")
        if entry.kind:
            heading.append_text(safe_text(f"  {entry.kind}", style="dim"))
        rows: Rows = [
            (section.label, self._bullets(self._section_items(section)))
            for section in entry.sections
        ]
        return [
            heading,
            *self._summary(entry),
            Text(""),
            self._fields(rows),
            *self._links(entry.sections),
        ]

    def treatment_group(self, block: TreatmentGroup) -> list[RenderableType]:
        shown = self.entry(block.treatment)
        for part in block.parts:
            shown += [Text(""), *self.entry(part)]
        return shown

    def addresses(self, block: Addresses) -> list[RenderableType]:
        """Each label, then its address whole on a line of its own."""
        shown: list[RenderableType] = []
        for link in block.links:
            shown += [safe_text(link.label, "bold"), self._link(link.url)]
        return shown

    def compare(self, block: Compare) -> list[RenderableType]:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True)
        table.add_column("")
        for entry in block.entries:
            table.add_column(safe_text(entry.name), ratio=1)
        kind, summary = block.heads
        table.add_row(safe_text(kind, "bold"), *(safe_text(e.kind) for e in block.entries))
        summaries = [Group(*self._summary(entry)) for entry in block.entries]
        table.add_row(safe_text(summary, "bold"), *summaries)
        per_entry = [
            {section.label: self._section_items(section) for section in entry.sections}
            for entry in block.entries
        ]
        for label in block.labels:
            cells = [self._bullets(items.get(label, ())) for items in per_entry]
            if any(cell is not None for cell in cells):
                shown = [cell if cell is not None else safe_text("—", "dim") for cell in cells]
                table.add_row(safe_text(label, "bold"), *shown)
        return [table, *self._links(block.links)]

    def options(self, block: Options) -> list[RenderableType]:
        """The page's conditions in a column of their own, where there are any."""
        conditions = any(option.condition for option in block.items)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True)
        table.add_column("", no_wrap=True)
        options_head, adds_head = block.heads
        table.add_column(safe_text(options_head), ratio=3)
        if conditions:
            table.add_column(safe_text(adds_head), style="italic", ratio=2)
        for option in block.items:
            cells = [self.bullet, self._item(option._replace(condition=""), "bold")]
            table.add_row(*cells, *([safe_text(option.condition)] if conditions else []))
        return [table]

    def records(self, block: Records) -> list[RenderableType]:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True, expand=True)
        columns = block.columns
        table.add_column(safe_text(columns[0].heading), no_wrap=any(c.under_name for c in columns))
        for column in columns[1:-1]:
            if not column.under_name:
                table.add_column(safe_text(column.heading), ratio=1)
        table.add_column(safe_text(columns[-1].heading), ratio=1)
        for record in block.rows:
            name = safe_text(record.name, "bold")
            texts: list[RenderableType] = []
            for column, line in zip(columns[1:-1], record.texts, strict=True):
                if column.under_name and line:  # "Listed under Targeted therapy"
                    name.append_text(safe_text(f"\n{column.heading} {line}", "dim"))
                else:
                    texts.append(safe_text(line))
            table.add_row(name, *texts, self._bullets(record.items))
        return [table]

    def groups(self, block: Groups) -> list[RenderableType]:
        """Each name above its lines, two spaces in; a blank line between two."""
        blocks: list[RenderableType] = []
        for number, group in enumerate(block.groups):
            lines = Group(*(safe_text(line) for line in group.lines))
            blocks += [*([Text("")] if number else []), safe_text(group.name, "bold")]
            blocks.append(self._indented(lines))
        return blocks

    def grid(self, block: Grid) -> list[RenderableType]:
        notes = MatrixNotes()
        # No padding at the edges and one space beside the divider: the names get the room.
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
        table.add_column(safe_text(block.corner))
        for head in block.heads:
            # "Locally advanced" over two lines keeps the columns narrow.
            table.add_column(safe_text(head.replace(" ", "\n")), justify="left", no_wrap=True)
        for row in block.rows:
            name = safe_text(row.name, "" if row.indented else "bold")
            if row.status:
                name.append_text(safe_text(f" {notes.marked([row.status])}", "yellow"))
            cells: list[RenderableType] = [self._indented(name) if row.indented else name]
            for cell in row.cells:
                mark = self.mark if cell.marked else ""
                cells.append(safe_text(mark + notes.marked(cell.notes), "cyan"))
            table.add_row(*cells)
        legend = [safe_text(line, "dim") for line in legend_lines(block.legend, self.mark)]
        blocks: list[RenderableType] = [table, Text(""), *legend]
        if notes.all:
            blocks += [Text(""), *(safe_text(f"[{n}] {note}") for n, note in notes.all)]
        return blocks

    def hits(self, block: Hits) -> list[RenderableType]:
        """Each hit's name and kind, then its snippet and its command (whole), two spaces in."""
        blocks: list[RenderableType] = []
        for hit in block.hits:
            command = LinkLine("  ")
            command.append_text(safe_text(hit.command, "dim"))
            heading = safe_text(f"{hit.name}  {hit.kind}", "bold")
            blocks += [heading, self._indented(safe_text(hit.snippet)), command]
        return blocks

    def fields(self, block: Fields) -> list[RenderableType]:
        """Values beside their labels; then links, whole, on lines of their own."""
        rows: Rows = [
            (field.label, safe_text(field.value)) for field in block.fields if not field.link
        ]
        links: list[RenderableType] = []
        for field in block.fields:
            if field.link:
                links += [safe_text(field.label, "bold"), self._link(field.value)]
        return [self._fields(rows), *([Text(""), *links] if links else [])]
