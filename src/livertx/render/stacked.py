"""The stacked layout, without Rich: one field under another, each list item on its line.

For a pipe or a file (nothing wrapped, no escape codes, no trailing spaces: ready for grep) and
for a terminal too narrow for tables (wrapped at its width with hanging indents, styled when
colour is on). Rich costs more to import than the rest of a call; tables need it, this does not.
"""

from __future__ import annotations

import textwrap

from livertx import phrasing
from livertx.dates import long_date
from livertx.notice import DISCLAIMER
from livertx.output import write_page
from livertx.render import ColorChoice, text
from livertx.render.screen import Screen, screen
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    Document = dict[str, Any]

NOT_NAMED = "not named in a stage's list"
# The styles used, as SGR codes: the only escapes livertx sends.
STYLES = {"bold": "1", "dim": "2", "italic": "3", "yellow": "33", "cyan": "36"}


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

    def bullets(self, items: Sequence[str | text.Item], indent: int = 0) -> None:
        """A list with a hanging indent; an item may carry the items listed under it."""
        for item in items:
            content, children = item if isinstance(item, tuple) else (item, [])
            self.add(f"{self.bullet} {content}", indent=indent, hang=2)
            self.bullets(children, indent + 2)

    def link(self, url: str, indent: int = 0) -> None:
        """A link on a line of its own, never cut; a hyperlink where the terminal follows them."""
        shown = visible(url)
        if self.screen.links:
            shown = f"\x1b]8;;{shown}\x1b\\{shown}\x1b]8;;\x1b\\"
        self.lines.append(" " * indent + shown)

    def fields(self, rows: list[tuple[str, list[text.Item]]]) -> None:
        """Each label above its items, a blank line between; links on lines of their own."""
        for number, (label, items) in enumerate(rows):
            if number:
                self.blank()
            self.add(label, "bold")
            if label != text.TRIALS:
                self.bullets(items)
                continue
            for link, _ in items:
                described, _, url = link.rpartition(": ")
                self.add(f"{self.bullet} {described}:", hang=2)
                self.link(url, indent=2)

    def write(self, source: Document) -> None:
        self.blank()
        self.add(text.credit_line(source), "dim")
        self.add(DISCLAIMER, "dim")
        write_page("".join(line.rstrip() + "\n" for line in self.lines))


class StackedRenderer:
    def __init__(self, screen: Screen) -> None:
        self.screen = screen

    def _page(self) -> Page:
        return Page(self.screen)

    def _heading(self, page: Page, entry: Document) -> None:
        """ "Transarterial chemoembolization (TACE)  method, under Embolization therapy": on
        one line where it fits."""
        parent = f", under {entry['part_of']['name']}" if entry["part_of"] else ""
        name, kind = phrasing.display_name(entry), f"{entry['kind']}{parent}"
        width = page.screen.width
        if width is None or len(name) + 2 + len(kind) <= width:
            page.lines.append(
                page.styled(visible(name), "bold") + "  " + page.styled(visible(kind), "dim")
            )
        else:
            page.add(name, "bold")
            page.add(kind, "dim")

    def _entry(self, page: Page, entry: Document) -> None:
        self._heading(page, entry)
        if entry["summary"]:
            page.add(entry["summary"])
        if entry["status"]:
            page.add(entry["status"].capitalize() + ".", "bold yellow")
        page.blank()
        page.fields(text.entry_sections(entry))

    def treatments(self, document: list[Document], source: Document) -> None:
        page = self._page()
        if source["intro"]:
            page.add(" ".join(source["intro"]))
            page.blank()
        for number, treatment in enumerate(document):
            if number:
                page.blank()
            places = text.placements(treatment, brief=True) or [text.NO_STAGE]
            page.add(treatment["name"], "bold")
            page.add(treatment["summary"])
            page.add(f"{text.STAGE_LISTS}: {'; '.join(places)}", "cyan")
        page.write(source)

    def entry(self, document: Document, source: Document) -> None:
        page = self._page()
        self._entry(page, document)
        page.write(source)

    def compare(self, document: list[Document], source: Document) -> None:
        page = self._page()
        for number, entry in enumerate(document):
            if number:
                page.blank()
            self._entry(page, entry)
        page.write(source)

    def stage(self, document: Document, source: Document) -> None:
        """The page's list, unnumbered and in its order: a number would read as a ranking."""
        page = self._page()
        page.add(document["name"], "bold")
        if document["group"]["id"] != document["id"]:
            page.add(f"The page lists it under: {document['group']['name']}", "dim")
        page.add(f"{document['lead']}:")
        for number, option in enumerate(document["options"]):
            if number:
                page.blank()
            page.add(f"{page.bullet} {phrasing.option_title(option)}", "bold", hang=2)
            page.bullets(phrasing.option_items(option), indent=2)
            if option["condition"]:  # next to its item, before livertx's own words
                page.add(option["condition"], "italic", indent=2)
            if phrasing.option_types(option):
                page.add(f"({phrasing.option_types(option)})", "dim", indent=2)
        for option in document["excluded"]:
            page.blank()
            page.add(text.excluded_note(option), "yellow")
        page.write(source)

    def stages(self, document: list[Document], source: Document) -> None:
        page = self._page()
        for number, stage in enumerate(document):
            if number:
                page.blank()
            page.add(stage["name"], "bold")
            for line in text.stage_lines(stage):
                page.add(line, indent=2, hang=2)
        page.write(source)

    def drugs(self, document: list[Document], source: Document) -> None:
        page = self._page()
        for number, drug in enumerate(document):
            if number:
                page.blank()
            page.add(drug["name"], "bold")
            page.add(text.drug_class(drug))
            page.fields([(text.STAGE_LISTS, [(place, []) for place in text.placements(drug)])])
        page.write(source)

    def matrix(self, document: Document, source: Document) -> None:
        page = self._page()
        for row in document["rows"]:
            listed = "; ".join(text.listed_stages(row, document["stages"]))
            line = f"{phrasing.display_name(row)}: {listed or NOT_NAMED}"
            if row["status"]:
                line += f" ({row['status']})"
            indent = 2 if row["part_of"] else 0
            page.add(line, "" if indent else "bold", indent=indent, hang=2)
        page.write(source)

    def search(self, document: Document, source: Document) -> None:
        page = self._page()
        if document["read_as"]:
            page.add(text.read_as_line(document), "yellow")
        page.add(f"{len(document['hits'])} found for “{document['query']}”:", "dim")
        for hit in document["hits"]:
            page.add(f"{hit['name']}  {hit['kind']}", "bold", hang=2)
            page.add(hit["snippet"], indent=2, hang=0)
            page.lines.append("  " + page.styled(visible(hit["command"]), "dim"))  # whole
        page.write(source)

    def about(self, document: Document, source: Document) -> None:
        page = self._page()
        about = document["source"]
        rows = [
            ("Source", f"“{about['title']}”, {about['publisher']}"),
            ("Page", about["url"]),
            ("Updated", long_date(about["updated"])),
            ("Credit", about["credit"]),
            ("Trial search", about.get("trial_search")),
            ("Knowledge file", document["knowledge_file"]),
            ("Introduction", " ".join(about["intro"])),
            ("Holds", text.counts_line(document["counts"])),
            ("livertx", text.version_line(document)),
            ("Licence", document["license"]),
            ("Notice", document["notice"]),
        ]
        links = ("Page", "Trial search")
        for number, (label, value) in enumerate(r for r in rows if r[1]):
            if number:
                page.blank()
            page.add(label, "bold")
            if label in links:
                page.link(value)
            else:
                page.add(value)
        page.write(source)

    def sources(self, document: Document, source: Document) -> None:
        page = self._page()
        page.add(f"{document['name']}: where each statement stands")
        page.add(f"on the page “{source['title']}”:", "dim")
        page.bullets(text.source_lines(document) or ["No statements."])
        page.write(source)


def make_renderer(color: ColorChoice) -> StackedRenderer:
    """`--format text`: stacked wherever the output goes, wrapped in a terminal."""
    return StackedRenderer(screen(color))
