"""Every kind of block (livertx.render.layout), laid out by every renderer: a layout holding one
of each, Fields beside Bullets and every other mix, reaches the terminal's tables, the stacked
layout, Markdown and HTML whole. mypy holds each renderer to every kind (BlockRenderer); this holds
each method to real content."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from livertx.render import layout
from livertx.render.html import HtmlRenderer
from livertx.render.layout import (
    STATUS,
    WARNING,
    Addresses,
    Bullets,
    Cell,
    Column,
    Compare,
    Entry,
    Field,
    Fields,
    Grid,
    GridRow,
    Group,
    Groups,
    Heading,
    Hit,
    Hits,
    Item,
    Layout,
    Link,
    Options,
    Paragraph,
    Record,
    Records,
    Room,
    Section,
    Title,
    TreatmentGroup,
)
from livertx.render.markdown import MarkdownRenderer
from livertx.render.screen import Screen
from livertx.render.stacked import StackedRenderer
from livertx.render.terminal import TerminalRenderer

if TYPE_CHECKING:
    from livertx.render.layout import Block


def _entry(name: str) -> Entry:
    sections = (
        Section(f"{name} label", (Item(f"{name} item"),)),
        Section(f"{name} links", (Link(f"{name} link", f"https://example.org/{name}"),)),
    )
    return Entry(f"{name} name", f"{name} kind", f"{name} summary", f"{name} status", sections)


# Each kind of block, and the words of it that every format shows.
BLOCKS: dict[type, tuple[Block, tuple[str, ...]]] = {
    Title: (Title("Titleword"), ("Titleword",)),
    Paragraph: (Paragraph("Paragraphword", WARNING), ("Paragraphword",)),
    Bullets: (
        Bullets((Item("Bulletword", (Item("Childword"),), "Conditionword", "Asideword"),)),
        ("Bulletword", "Childword", "Conditionword", "Asideword"),
    ),
    Entry: (
        _entry("Entryone"),
        (
            *("Entryone name", "Entryone kind", "Entryone summary", "Entryone status"),
            *("Entryone label", "Entryone item", "Entryone link", "https://example.org/Entryone"),
        ),
    ),
    Compare: (
        Compare(
            (_entry("Sideone"), _entry("Sidetwo")),
            ("Sideone label", "Sidetwo label"),
            ("Kindhead", "Summaryhead"),
            (Section("Sidetwo links, Sidetwo", _entry("Sidetwo").sections[1].items),),
        ),
        (
            *("Sideone name", "Sidetwo summary", "Sideone item", "Sidetwo item"),
            *("Sidetwo link", "https://example.org/Sidetwo"),
        ),
    ),
    Options: (
        Options(
            (Item("Optionword", (Item("Partword"),), "Qualifierword", "Typesword"),),
            ("Optionhead", "Addshead"),
        ),
        ("Optionword", "Partword", "Qualifierword", "Typesword"),
    ),
    Records: (
        Records(
            (Column("Namehead"), Column("Texthead"), Column("Listhead")),
            (Record("Recordname", ("Recordtext",), (Item("Recorditem"),)),),
        ),
        ("Recordname", "Recordtext", "Recorditem", "Listhead"),
    ),
    Groups: (
        Groups((Group("Groupname", ("Groupline one", "Groupline two")),)),
        ("Groupname", "Groupline one", "Groupline two"),
    ),
    Grid: (
        Grid(
            "Cornerword",
            ("Headword",),
            ("Headword",),
            (
                GridRow("Rowmarked", False, (Cell(True, ("Noteword",)),), "Rowstatus"),
                GridRow("Rowmethod", True, (Cell(False, ()),), ""),
            ),
            ("Legendword",),
            "Unmarkedword",
        ),
        ("Rowmarked", "Noteword", "Rowstatus", "Rowmethod"),
    ),
    Hits: (
        Hits((Hit("Hitname", "Hitkind", "Hitsnippet", "livertx show hitword"),)),
        ("Hitname", "Hitkind", "Hitsnippet", "livertx show hitword"),
    ),
    Fields: (
        Fields(
            (Field("Fieldlabel", "Fieldvalue"), Field("Linklabel", "https://example.org/f", True))
        ),
        ("Fieldlabel", "Fieldvalue", "Linklabel", "https://example.org/f"),
    ),
    Heading: (Heading("Headingword"), ("Headingword",)),
    Room: (Room("Roomword"), ("Roomword",)),
    TreatmentGroup: (
        TreatmentGroup(_entry("Typeword"), (_entry("Partone"),)),
        ("Typeword name", "Typeword summary", "Typeword item", "Partone name", "Partone item"),
    ),
    Addresses: (
        Addresses((Link("Addresslabel", "https://example.org/address/path?q=1"),)),
        ("Addresslabel", "https://example.org/address/path?q=1"),
    ),
}
# Words of the layout only a table shows: its heads, and the headings of links after it.
TABLE_ONLY = ("Kindhead", "Summaryhead", "Optionhead", "Addshead", "Sidetwo links, Sidetwo")
EVERY_KIND = Layout(tuple(block for block, _ in BLOCKS.values()), ("Footerword",))
WIDE = Screen(terminal=True, width=250, styled=False, unicode=True, links=False)


def _terminal() -> None:
    terminal = TerminalRenderer(WIDE)
    terminal.write(terminal.blocks_of(EVERY_KIND), EVERY_KIND.footer)


RENDERERS: dict[str, Callable[[], None]] = {
    "terminal": _terminal,
    "stacked": lambda: StackedRenderer(WIDE).show(EVERY_KIND),
    "markdown": lambda: MarkdownRenderer().show(EVERY_KIND),
    "html": lambda: HtmlRenderer().show(EVERY_KIND),
}


def test_the_layout_holds_every_kind_of_block() -> None:
    kinds = {kind for kind in vars(layout).values() if hasattr(kind, "laid_out_by")}
    assert kinds == set(BLOCKS) == {type(block) for block in EVERY_KIND.blocks}


@pytest.mark.parametrize("renderer", RENDERERS)
def test_every_renderer_lays_out_every_kind_of_block(
    renderer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    RENDERERS[renderer]()
    shown = " ".join(capsys.readouterr().out.split())
    for kind, (_, words) in BLOCKS.items():
        for word in words:
            assert word in shown, (renderer, kind.__name__, word)
    if renderer == "terminal":
        assert [word for word in TABLE_ONLY if word not in shown] == []
    assert shown.index("Titleword") < shown.index("Fieldlabel") < shown.index("Footerword")


def _marked(value: object, numbers: list[int]) -> object:
    """`value` with `<b id=wN>[red]` and a terminal's escape (HTML, Rich's markup, a control
    character; N counted in `numbers`) before
    every text of it, however deep: every field of every kind of block, the footer and the
    page's foot."""
    if isinstance(value, str):
        numbers.append(len(numbers) + 1)
        return f"<b id=w{len(numbers)}>[red]\x1b[31m{value}"
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        fields = {  # a paragraph's tone is a name the renderers choose a style by, not text
            name: getattr(value, name) if name == "tone" else _marked(getattr(value, name), numbers)
            for name in value._fields
        }
        return type(value)(**fields)
    if isinstance(value, tuple):
        return tuple(_marked(each, numbers) for each in value)
    return value


def _marked_layout(numbers: list[int]) -> Layout:
    """EVERY_KIND marked, and what a plain layout of it does not reach: a status paragraph, and
    an address a browser would follow with markup in it (its link, its code's label)."""
    marked = _marked(EVERY_KIND, numbers)
    assert isinstance(marked, Layout)
    hostile = 'https://example.org/a?b="><b id=w0>&c=1'
    extra = (
        _marked(Paragraph("Statusword", STATUS), numbers),
        Addresses((Link(str(_marked("Followedlabel", numbers)), hostile),)),
    )
    return Layout((*marked.blocks, *extra), marked.footer, marked.page_foot)  # type: ignore[arg-type]


PLANTED: list[int] = []
MARKED = _marked_layout(PLANTED)
MARKED_RENDERERS: dict[str, Callable[[], None]] = {
    "terminal": lambda: _terminal_of(MARKED),
    "stacked": lambda: StackedRenderer(WIDE).show(MARKED),
    "markdown": lambda: MarkdownRenderer().show(MARKED),
    "html": lambda: HtmlRenderer().show(MARKED),
}


def _terminal_of(shown: Layout) -> None:
    terminal = TerminalRenderer(WIDE)
    terminal.write(terminal.blocks_of(shown), shown.footer)


@pytest.mark.parametrize("renderer", MARKED_RENDERERS)
def test_markup_in_every_field_of_every_block_is_shown_as_text(
    renderer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every text a renderer is given, markup planted in it, reaches its output as the
    characters it is (issue #33, item 4): HTML parsed as a browser parses it holds no element
    made of it; Markdown escapes each `<`; a terminal shows it and no escape."""
    import re

    import html5lib

    MARKED_RENDERERS[renderer]()
    shown = capsys.readouterr().out
    assert len(PLANTED) > 80
    if renderer == "html":
        document = html5lib.parse(shown, namespaceHTMLElements=False)
        assert [
            e.get("id") for e in document.iter() if re.fullmatch(r"w\d+", e.get("id") or "")
        ] == []
        found = re.findall(r"&lt;b id=w(\d+)&gt;\[red\]", shown)
    elif renderer == "markdown":
        assert not re.search(r"(?<!\\)<b id=w", shown)
        found = re.findall(r"\\<b id=w(\d+)\\>\\\[red\\\]", shown)
    else:
        assert "\x1b" not in shown
        found = re.findall(r"<b id=w(\d+)>\[red\]", shown)  # Rich's markup, shown
    assert "\x1b" not in shown  # shown as a stand-in, in every format
    assert len(set(found)) > 60, renderer  # most texts shown: the test is not vacuous
