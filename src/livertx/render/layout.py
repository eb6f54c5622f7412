"""The pieces a view is built from (livertx.render.views), whatever the format: titles,
paragraphs, lists of items, labelled sections, records, a grid, links, headings, room to write,
and the heads a table gives them. Each human-facing renderer (terminal tables, the stacked
layout, Markdown, HTML) lays out every kind of block, one method a kind (BlockRenderer, below;
each block calls its own), and reads nothing else: what a view says is decided once, in
livertx.render.views.

Records (livertx.records), not frozen dataclasses: they are as immutable, and the dataclasses
module alone costs more to import than the stacked layout takes to print.
"""

from __future__ import annotations

from livertx.records import Record as Piece

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Protocol, TypeVar

    Shown = TypeVar("Shown")
    Shown_co = TypeVar("Shown_co", covariant=True)


# Tones: how a paragraph reads beside the rest; each layout shows them its own way.
PLAIN, MUTED, STATUS, WARNING = "", "muted", "status", "warning"


class Link(Piece):
    """A link, shown whole (never cut) and labelled."""

    label: str
    url: str


class Item(Piece):
    """One thing in a list: its words, the items listed under it, the page's condition on it
    (shown with it in every layout), and livertx's own words beside it (muted)."""

    text: str
    children: tuple[Item, ...] = ()
    condition: str = ""
    aside: str = ""


class Section(Piece):
    """A label and what it holds: items, or links to show whole."""

    label: str
    items: tuple[Item | Link, ...]


class Title(Piece):
    """What the view shows. `handout_only`: a heading a handout (Markdown) needs, and a screen
    does not, where the command typed says it already."""

    text: str
    handout_only: bool = False

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.title(self)


class Paragraph(Piece):
    text: str
    tone: str = PLAIN

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.paragraph(self)


class Bullets(Piece):
    items: tuple[Item, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.bullets(self)


class Entry(Piece):
    """One entry in full (`show`): its name with its kind, what the page says of it, its
    status, its sections (livertx.render.text.entry_sections)."""

    name: str
    kind: str
    summary: str
    status: str
    sections: tuple[Section, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.entry(self)


class Compare(Piece):
    """Entries side by side; `labels`: every section any of them has, in the order of one. For
    a table: `heads`, the heads of the rows of their kinds and of their summaries; `links`, each
    section of links under a heading that names its entry (a table shows links after itself)."""

    entries: tuple[Entry, ...]
    labels: tuple[str, ...]
    heads: tuple[str, str]
    links: tuple[Section, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.compare(self)


class Options(Piece):
    """A stage's list, in the page's order, unnumbered: a number would read as a ranking.
    `heads`: a table's heads of its two columns: the options, and what the page adds to them."""

    items: tuple[Item, ...]
    heads: tuple[str, str]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.options(self)


class Column(Piece):
    """A column of records. `under_name`: a table shows it beneath the name, muted, rather than
    in a column of its own."""

    heading: str
    under_name: bool = False


class Record(Piece):
    """A row of records: a name, then a text per column (the first, `name`, excepted), then the
    items of the last column."""

    name: str
    texts: tuple[str, ...]
    items: tuple[Item, ...]


class Records(Piece):
    """Like things, one row each (`list`, `drugs`): the name's column, text columns, then a
    list."""

    columns: tuple[Column, ...]
    rows: tuple[Record, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.records(self)


class Group(Piece):
    """A name and lines about it (`stages`)."""

    name: str
    lines: tuple[str, ...]


class Groups(Piece):
    groups: tuple[Group, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.groups(self)


class Cell(Piece):
    """Where a grid's row meets a column: marked or not, and the notes a mark stands with."""

    marked: bool
    notes: tuple[str, ...]


class GridRow(Piece):
    """A treatment type, or a method under it (`indented`), with its cells and status."""

    name: str
    indented: bool
    cells: tuple[Cell, ...]
    status: str


class Grid(Piece):
    """Rows against columns (`matrix`): `heads` as a table heads its columns, `columns` their
    names in full; `legend`: how to read the marks and numbered notes, a line each (a layout
    that draws them numbers the notes, and writes its mark for "{mark}" and its mark of two
    notes for "{notes}"); `unmarked`: what a row marked nowhere says, in words."""

    corner: str
    heads: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[GridRow, ...]
    legend: tuple[str, ...]
    unmarked: str

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.grid(self)


class Heading(Piece):
    """A heading under the view's title, over the blocks after it (a handout's parts)."""

    text: str

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.heading(self)


class Room(Piece):
    """Room for the reader's own writing, under its label: a box on paper, with nothing in it."""

    label: str

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.room(self)


class TreatmentGroup(Piece):
    """A treatment type in a handout: its own entry, then the entries named under it."""

    treatment: Entry
    parts: tuple[Entry, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.treatment_group(self)


class Addresses(Piece):
    """Addresses to open from paper: each link's label, its address whole, and (on paper) a
    code a phone reads."""

    links: tuple[Link, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.addresses(self)


class Hit(Piece):
    name: str
    kind: str
    snippet: str
    command: str


class Hits(Piece):
    hits: tuple[Hit, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.hits(self)


class Field(Piece):
    """A label and one value beside it; `link`: the value is a link, to show whole."""

    label: str
    value: str
    link: bool = False


class Fields(Piece):
    fields: tuple[Field, ...]

    def laid_out_by(self, renderer: BlockRenderer[Shown]) -> Shown:
        return renderer.fields(self)


if TYPE_CHECKING:
    Block = (
        Title | Paragraph | Bullets | Entry | Compare | Options | Records | Groups | Grid | Hits
    ) | (Fields | Heading | Room | TreatmentGroup | Addresses)

    class BlockRenderer(Protocol[Shown_co]):
        """A format's way with every kind of block, one method each: a block is laid out by the
        method for its kind (its `laid_out_by`), so a renderer without one fails mypy."""

        def title(self, block: Title, /) -> Shown_co: ...
        def paragraph(self, block: Paragraph, /) -> Shown_co: ...
        def bullets(self, block: Bullets, /) -> Shown_co: ...
        def entry(self, block: Entry, /) -> Shown_co: ...
        def compare(self, block: Compare, /) -> Shown_co: ...
        def options(self, block: Options, /) -> Shown_co: ...
        def records(self, block: Records, /) -> Shown_co: ...
        def groups(self, block: Groups, /) -> Shown_co: ...
        def grid(self, block: Grid, /) -> Shown_co: ...
        def hits(self, block: Hits, /) -> Shown_co: ...
        def fields(self, block: Fields, /) -> Shown_co: ...
        def heading(self, block: Heading, /) -> Shown_co: ...
        def room(self, block: Room, /) -> Shown_co: ...
        def treatment_group(self, block: TreatmentGroup, /) -> Shown_co: ...
        def addresses(self, block: Addresses, /) -> Shown_co: ...


class Layout(Piece):
    """A view: its blocks, then its footer (the source's credit and the disclaimer; none where
    the blocks hold them). `page_foot`: what each printed page carries at its foot (the source,
    its publisher and date), for a format that prints pages."""

    blocks: tuple[Block, ...]
    footer: tuple[str, ...]
    page_foot: str = ""
