"""The stacked layout, without Rich: one field under another, each list item on its line.

For a pipe or a file (nothing wrapped, no escape codes, no trailing spaces: ready for grep) and
for a terminal too narrow for tables (wrapped at its width with hanging indents, styled when
colour is on). Rich costs more to import than the rest of a call; tables need it, this does not.
"""

from __future__ import annotations

import textwrap

from livertx.output import write_page
from livertx.render.layout import (
    STATUS,
    WARNING,
    Addresses,
    Bullets,
    Compare,
    Entry,
    Field,
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
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.render.layout import BlockRenderer

# The styles used, as SGR codes: the only escapes livertx sends.
STYLES = {"bold": "1", "dim": "2", "italic": "3", "yellow": "33"}


class Page:
    """Lines being laid out: each with its indent, the indent its wrapped lines hang at, and
    a style."""

    def __init__(self, screen: Screen) -> None:
        self.screen = screen
        self.bullet = "•" if screen.unicode else "*"
        self.lines: list[str] = []

    def add(self, content: str, style: str = "", indent: int = 0, hang: int = 0) -> None:
        content = visible(content)
        width = self.screen.width
        if width is None:
            pieces = [content]
        else:
            # Long words (a link) are never cut: a link must stay whole to be followed.
            pieces = textwrap.wrap(
                content,
                width=max(width - indent, 10),
                subsequent_indent=" " * hang,
                break_long_words=False,
                break_on_hyphens=False,
            ) or [""]
        for piece in pieces:
            self.lines.append(" " * indent + self.styled(piece, style))

    def blank(self) -> None:
        self.lines.append("")

    def styled(self, piece: str, style: str) -> str:
        if not style or not self.screen.styled or not piece:
            return piece
        codes = ";".join(STYLES[name] for name in style.split())
        return f"\x1b[{codes}m{piece}\x1b[0m"

    def bullets(self, items: tuple[Item, ...], indent: int = 0) -> None:
        for item in items:
            self.item(item, indent)

    def item(self, item: Item, indent: int = 0, style: str = "") -> None:
        """An item with a hanging indent, then what it carries beneath it: the items listed
        under it, the page's condition next to it, and last livertx's own words."""
        self.add(f"{self.bullet} {item.text}", style, indent=indent, hang=2)
        self.bullets(item.children, indent + 2)
        if item.condition:
            self.add(item.condition, "italic", indent=indent + 2)
        if item.aside:
            self.add(item.aside, "dim", indent=indent + 2)

    def link(self, url: str, indent: int = 0) -> None:
        """A link on a line of its own, never cut; a hyperlink where the terminal follows them."""
        shown = visible(url)
        if self.screen.links:
            shown = f"\x1b]8;;{shown}\x1b\\{shown}\x1b]8;;\x1b\\"
        self.lines.append(" " * indent + shown)

    def sections(self, sections: tuple[Section, ...]) -> None:
        """Each label above its items, a blank line between; links on lines of their own."""
        for number, section in enumerate(sections):
            if number:
                self.blank()
            self.add(section.label, "bold")
            for item in section.items:
                if isinstance(item, Link):
                    self.add(f"{self.bullet} {item.label}:", hang=2)
                    self.link(item.url, indent=2)
                else:
                    self.bullets((item,))

    def write(self, footer: tuple[str, ...]) -> None:
        self.blank()
        for line in footer:
            self.add(line, "dim")
        write_page("".join(line.rstrip() + "\n" for line in self.lines), paged=self.screen.paged)


class StackedRenderer:
    def __init__(self, screen: Screen) -> None:
        self.screen = screen

    def show(self, layout: Layout) -> None:
        page = Page(self.screen)
        stacked: BlockRenderer[None] = StackedBlocks(page)  # mypy names any kind it lacks
        for block in layout.blocks:
            block.laid_out_by(stacked)
        page.write(layout.footer)


class StackedBlocks:
    """Each kind of block, stacked on the page being laid out."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def title(self, block: Title) -> None:
        if not block.handout_only:
            self.page.add(block.text, "bold")

    def heading(self, block: Heading) -> None:
        self.page.blank()
        self.page.add(block.text, "bold")
        self.page.blank()

    def room(self, block: Room) -> None:
        """Its label: a screen or a pipe has no paper to leave empty."""
        self.heading(Heading(block.label))

    def paragraph(self, block: Paragraph) -> None:
        page = self.page
        if block.tone == WARNING and page.lines:  # a warning stands apart from what it follows
            page.blank()
        page.add(block.text, TONE_STYLES.get(block.tone, ""))

    def bullets(self, block: Bullets) -> None:
        self.page.bullets(block.items)

    def entry(self, entry: Entry) -> None:
        """ "Transarterial chemoembolization (TACE)  method, under Embolization therapy": the
        heading on one line where it fits."""
        page = self.page
        if page.lines and page.lines[-1]:  # apart from what it follows (a handout's entries)
            page.blank()
        width = page.screen.width
        if not entry.kind:
            page.add(entry.name, "bold")
        elif width is None or len(entry.name) + 2 + len(entry.kind) <= width:
            page.lines.append(
                page.styled(visible(entry.name), "bold")
                + "  "
                + page.styled(visible(entry.kind), "dim")
            )
        else:
            page.add(entry.name, "bold")
            page.add(entry.kind, "dim")
        if entry.summary:
            page.add(entry.summary)
        if entry.status:
            page.add(entry.status, TONE_STYLES[STATUS])
        page.blank()
        page.sections(entry.sections)

    def treatment_group(self, block: TreatmentGroup) -> None:
        for entry in (block.treatment, *block.parts):
            self.entry(entry)

    def addresses(self, block: Addresses) -> None:
        self.fields(Fields(tuple(Field(link.label, link.url, link=True) for link in block.links)))

    def compare(self, block: Compare) -> None:
        for number, entry in enumerate(block.entries):
            if number:
                self.page.blank()
            self.entry(entry)

    def options(self, block: Options) -> None:
        page = self.page
        for number, option in enumerate(block.items):
            if number:
                page.blank()
            page.item(option, style="bold")

    def records(self, block: Records) -> None:
        page = self.page
        for record in block.rows:
            if page.lines:
                page.blank()
            page.add(record.name, "bold")
            for column, line in zip(block.columns[1:-1], record.texts, strict=True):
                if line:  # a text a table shows under the name says what it is
                    page.add(f"{column.heading}: {line}" if column.under_name else line)
            page.sections((Section(block.columns[-1].heading, record.items),))

    def groups(self, block: Groups) -> None:
        page = self.page
        for number, group in enumerate(block.groups):
            if number:
                page.blank()
            page.add(group.name, "bold")
            for line in group.lines:
                page.add(line, indent=2, hang=2)

    def grid(self, block: Grid) -> None:
        """A row a line: where it is marked, with the notes in words (no marks to explain)."""
        for row in block.rows:
            marked = [
                column + (f" ({'; '.join(cell.notes)})" if cell.notes else "")
                for column, cell in zip(block.columns, row.cells, strict=True)
                if cell.marked
            ]
            line = f"{row.name}: {'; '.join(marked) or block.unmarked}"
            if row.status:
                line += f" ({row.status})"
            indent = 2 if row.indented else 0
            self.page.add(line, "" if indent else "bold", indent=indent, hang=2)

    def hits(self, block: Hits) -> None:
        page = self.page
        for hit in block.hits:
            page.add(f"{hit.name}  {hit.kind}", "bold", hang=2)
            page.add(hit.snippet, indent=2, hang=0)
            page.lines.append("  " + page.styled(visible(hit.command), "dim"))  # whole

    def fields(self, block: Fields) -> None:
        page = self.page
        for number, field in enumerate(block.fields):
            if number:
                page.blank()
            page.add(field.label, "bold")
            if field.link:
                page.link(field.value)
            else:
                page.add(field.value)
