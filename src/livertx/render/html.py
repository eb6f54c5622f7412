"""HTML, for a page to print, send or open offline: one HTML5 document, its style inline (no
script, no font, image or stylesheet from elsewhere), laid out for paper
(livertx.render.html_style).
Every text is made visible and escaped, so data reads as the characters it is, never as markup;
a link is followed only to a web or mail address."""

from __future__ import annotations

import re
from html import escape

from livertx.output import write_page
from livertx.render.html_style import page_style
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
    from livertx.render.layout import BlockRenderer, Layout

# Ruled lines to write on: more than a page holds; the style shows as many as fit.
RULED = 40
# The addresses a link may go to; any other (javascript:, data:) is shown as text.
FOLLOWED = ("https://", "http://", "mailto:")


def text(value: str) -> str:
    """Text, made visible and escaped: never markup."""
    return escape(visible(value), quote=True)


def link(label: str, url: str, named: bool = True) -> str:
    """A link whose text says where it goes: its label (`named`; print adds the address after
    it), or the address itself."""
    shown = text(label if named else url)
    if not url.startswith(FOLLOWED):
        return shown if not named else f"{shown}: {text(url)}"
    css = ' class="named"' if named else ""
    return f'<a{css} href="{text(url)}">{shown}</a>'


def _inline(item: Item, strong: bool = False) -> str:
    """An item's words, the page's condition beside them (set apart by a dash, not only by
    style), then livertx's own words."""
    shown = f"<strong>{text(item.text)}</strong>" if strong else text(item.text)
    if item.condition:
        shown += f" — <em>{text(item.condition)}</em>"
    if item.aside:
        shown += f' <span class="aside">{text(item.aside)}</span>'
    return shown


def _list(items: tuple[Item | Link, ...], strong: bool = False, css: str = "") -> str:
    """A list, each item with the items listed under it."""
    shown = []
    for item in items:
        if isinstance(item, Link):
            shown.append(f"<li>{link(item.label, item.url)}</li>")
        else:
            under = _list(item.children) if item.children else ""
            shown.append(f"<li>{_inline(item, strong)}{under}</li>")
    classes = f' class="{css}"' if css else ""
    return f"<ul{classes}>" + "".join(shown) + "</ul>"


def _table(head: list[str], rows: list[str]) -> str:
    """A table: its heads for their columns, then rows whose first cell heads the row."""
    heads = "".join(f'<th scope="col">{cell}</th>' for cell in head)
    return f"<table><thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


class HtmlRenderer:
    """Blocks one after another in a page's <main>; the footer after it."""

    def __init__(self, paged: bool = True) -> None:
        self.paged = paged
        # The level of the heading last written: an entry's name is a heading one level below.
        self.level = 0

    def show(self, layout: Layout) -> None:
        html: BlockRenderer[str] = self  # mypy names any kind of block it lacks
        shown: list[str] = []
        in_columns = False  # entries one after another share a box (two columns on paper)
        for block in layout.blocks:
            columned = isinstance(block, (Entry, TreatmentGroup)) or (
                in_columns and isinstance(block, Addresses)
            )
            if columned is not in_columns:
                shown.append('<div class="entries">' if columned else "</div>")
            in_columns = columned
            shown.append(block.laid_out_by(html))
        if in_columns:
            shown.append("</div>")
        body = "\n".join(shown)
        footer = "".join(f"<p>{text(line)}</p>" for line in layout.footer)
        page = "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{text(_title(layout))}</title>",
                f"<style>{page_style(layout.page_foot)}</style>",
                "</head>",
                "<body>",
                f"<main{_main_class(layout)}>\n{body}\n</main>",
                *([f"<footer>{footer}</footer>"] if footer else []),
                "</body>",
                "</html>",
            ]
        )
        write_page(page + "\n", paged=self.paged)

    def _heading(self, level: int, words: str) -> str:
        return f"<h{level}>{text(words)}</h{level}>"

    def title(self, block: Title) -> str:
        self.level = 1
        return self._heading(1, block.text)

    def heading(self, block: Heading) -> str:
        self.level = 2
        return self._heading(2, block.text)

    def room(self, block: Room) -> str:
        """Its label over ruled lines, to write on on paper (lines with CSS off too); the style
        gives it the rest of the last page."""
        self.level = 2
        heading = self._heading(2, block.label)
        return f'<section class="room">{heading}<div class="lines">{"<hr>" * RULED}</div></section>'

    def paragraph(self, block: Paragraph) -> str:
        if block.tone == STATUS:
            return f"<p><strong>{text(block.text)}</strong></p>"
        css = {MUTED: "muted", WARNING: "warning"}.get(block.tone, "")
        return f'<p class="{css}">{text(block.text)}</p>' if css else f"<p>{text(block.text)}</p>"

    def bullets(self, block: Bullets) -> str:
        return _list(block.items)

    def entry(self, entry: Entry) -> str:
        level = min(self.level + 1, 5)
        shown = [self._heading(level, entry.name)]
        if entry.kind:
            shown.append(f'<p class="kind"><em>{text(entry.kind)}</em></p>')
        if entry.summary:
            shown.append(f"<p>{text(entry.summary)}</p>")
        if entry.status:
            shown.append(f"<p><strong>{text(entry.status)}</strong></p>")
        for section in entry.sections:
            heading = self._heading(level + 1, section.label)
            shown.append(f'<section class="part">{heading}{_list(section.items)}</section>')
        return '<section class="entry">' + "\n".join(shown) + "</section>"

    def treatment_group(self, block: TreatmentGroup) -> str:
        """The type's entry, then each entry under it a heading level below."""
        shown = [self.entry(block.treatment)]
        self.level += 1
        shown += [self.entry(part) for part in block.parts]
        self.level -= 1
        return '<section class="group">' + "\n".join(shown) + "</section>"

    def addresses(self, block: Addresses) -> str:
        """Each address whole, breaking only after "/", "?" or "&", beside its QR code."""
        from livertx.render.qr import qr_svg

        shown = []
        for each in block.links:
            if not each.url.startswith(FOLLOWED):  # shown as text: no code to follow
                shown.append(f"<li><strong>{text(each.label)}</strong>: {text(each.url)}</li>")
                continue
            code = qr_svg(each.url, text(f"QR code of {each.url}"))
            address = f'<a href="{text(each.url)}">{breakable(each.url)}</a>'
            shown.append(
                f"<li>{code}<span><strong>{text(each.label)}</strong><br>{address}</span></li>"
            )
        return f'<ul class="addresses">{"".join(shown)}</ul>'

    def compare(self, block: Compare) -> str:
        """One entry after another: a page is too narrow for their texts side by side."""
        return "\n".join(self.entry(entry) for entry in block.entries)

    def options(self, block: Options) -> str:
        return _list(block.items, strong=True, css="options")

    def records(self, block: Records) -> str:
        rows = [
            f'<tr><th scope="row">{text(record.name)}</th>'
            + "".join(f"<td>{text(each)}</td>" for each in record.texts)
            + f"<td>{_list(record.items)}</td></tr>"
            for record in block.rows
        ]
        return _table([text(column.heading) for column in block.columns], rows)

    def groups(self, block: Groups) -> str:
        level = min(self.level + 1, 6)
        return "\n".join(
            self._heading(level, group.name) + _list(tuple(Item(line) for line in group.lines))
            for group in block.groups
        )

    def grid(self, block: Grid) -> str:
        """Marks as a mark and words (never colour alone), notes numbered beneath."""
        notes = MatrixNotes()
        rows = []
        for row in block.rows:
            name = text(row.name) + (f" {notes.marked([row.status])}" if row.status else "")
            css = ' class="method"' if row.indented else ""
            cells = "".join(
                "<td>" + ("✓" if cell.marked else "") + notes.marked(cell.notes) + "</td>"
                for cell in row.cells
            )
            rows.append(f'<tr><th scope="row"{css}>{name}</th>{cells}</tr>')
        heads = [text(block.corner), *(text(head) for head in block.heads)]
        numbered = "".join(f"<li>{text(note)}</li>" for _, note in notes.all)
        listed = f"<ol>{numbered}</ol>" if numbered else ""
        legend = "".join(f"<li>{text(line)}</li>" for line in legend_lines(block.legend, "✓"))
        return _table(heads, rows) + f'<ul class="legend">{legend}</ul>{listed}'

    def hits(self, block: Hits) -> str:
        shown = "".join(
            f"<li><strong>{text(hit.name)}</strong> ({text(hit.kind)}, "
            f"<code>{text(hit.command)}</code>): {text(hit.snippet)}</li>"
            for hit in block.hits
        )
        return f"<ul>{shown}</ul>"

    def fields(self, block: Fields) -> str:
        shown = "".join(
            f"<div><dt>{text(field.label)}</dt> <dd>"
            + (link(field.value, field.value, named=False) if field.link else text(field.value))
            + "</dd></div>\n"
            for field in block.fields
        )
        return f'<dl class="fields">{shown}</dl>'


def breakable(url: str) -> str:
    """An address, escaped, that may break only after "/", "?" or "&" (its scheme's "//" kept
    whole): never inside a word."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    pieces = re.split(r"(?<=[/?&])", rest)
    return text(scheme + sep) + "<wbr>".join(text(piece) for piece in pieces if piece)


def _main_class(layout: Layout) -> str:
    """A page with room to write (a handout) is laid out to fill its last sheet."""
    return ' class="handout"' if any(isinstance(b, Room) for b in layout.blocks) else ""


def _title(layout: Layout) -> str:
    """The page's title: the view's own, or the entry it shows, else the source."""
    for block in layout.blocks:
        if isinstance(block, Title):
            return block.text
        if isinstance(block, Entry):
            return block.name
    return layout.page_foot or "livertx"


def make_renderer(color: object, paged: bool = True) -> HtmlRenderer:
    return HtmlRenderer(paged)
