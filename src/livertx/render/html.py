"""HTML, for a page to print, send or open offline: one HTML5 document, its style inline (no
script, no font, image or stylesheet from elsewhere), laid out for paper
(livertx.render.html_style).
Every text is made visible and escaped, so data reads as the characters it is, never as markup;
a link is followed only to a web or mail address."""

from __future__ import annotations

from markupsafe import Markup

from livertx.output import write_page
from livertx.render.html_pieces import (
    FOLLOWED,
    NEW_LINE,
    NOTHING,
    breakable,
    html_list,
    joined,
    link,
    table,
    text,
)
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
    Layout,
    Options,
    Paragraph,
    Records,
    Room,
    Title,
    TreatmentGroup,
)
from livertx.render.text import MatrixNotes, legend_lines

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.render.layout import BlockRenderer

# Ruled lines to write on: more than a page holds; the style shows as many as fit.
RULED = 40


class HtmlRenderer:
    """Blocks one after another in a page's <main>; the footer after it."""

    def __init__(self, paged: bool = True) -> None:
        self.paged = paged
        # The level of the heading last written: an entry's name is a heading one level below.
        self.level = 0

    def show(self, layout: Layout) -> None:
        html: BlockRenderer[Markup] = self  # mypy names any kind of block it lacks
        shown: list[Markup] = []
        in_columns = False  # entries one after another share a box (two columns on paper)
        for block in layout.blocks:
            columned = isinstance(block, (Entry, TreatmentGroup)) or (
                in_columns and isinstance(block, Addresses)
            )
            if columned is not in_columns:
                shown.append(Markup('<div class="entries">') if columned else Markup("</div>"))
            in_columns = columned
            shown.append(block.laid_out_by(html))
        if in_columns:
            shown.append(Markup("</div>"))
        footer = joined(Markup("<p>{}</p>").format(text(line)) for line in layout.footer)
        main_class = Markup(' class="handout"') if _has_room(layout) else NOTHING
        page = joined(
            [
                Markup("<!DOCTYPE html>"),
                Markup('<html lang="en">'),
                Markup("<head>"),
                Markup('<meta charset="utf-8">'),
                Markup('<meta name="viewport" content="width=device-width, initial-scale=1">'),
                Markup("<title>{}</title>").format(text(_title(layout))),
                # livertx's own style; its one text, the page's foot, quoted for CSS there.
                Markup("<style>{}</style>").format(Markup(page_style(layout.page_foot))),  # noqa: S704
                Markup("</head>"),
                Markup("<body>"),
                Markup("<main{}>\n{}\n</main>").format(main_class, joined(shown, NEW_LINE)),
                *([Markup("<footer>{}</footer>").format(footer)] if footer else []),
                Markup("</body>"),
                Markup("</html>"),
            ],
            NEW_LINE,
        )
        write_page(str(page) + "\n", paged=self.paged)

    def _heading(self, level: int, words: str) -> Markup:
        return Markup("<h{0}>{1}</h{0}>").format(level, text(words))

    def title(self, block: Title) -> Markup:
        self.level = 1
        return self._heading(1, block.text)

    def heading(self, block: Heading) -> Markup:
        self.level = 2
        return self._heading(2, block.text)

    def room(self, block: Room) -> Markup:
        """Its label over ruled lines, to write on on paper (lines with CSS off too); the style
        gives it the rest of the last page."""
        self.level = 2
        heading = self._heading(2, block.label)
        lines = Markup("<hr>") * RULED
        return Markup('<section class="room">{}<div class="lines">{}</div></section>').format(
            heading, lines
        )

    def paragraph(self, block: Paragraph) -> Markup:
        if block.tone == STATUS:
            return Markup("<p><strong>{}</strong></p>").format(text(block.text))
        css = {MUTED: "muted", WARNING: "warning"}.get(block.tone, "")
        if css:
            return Markup('<p class="{}">{}</p>').format(css, text(block.text))
        return Markup("<p>{}</p>").format(text(block.text))

    def bullets(self, block: Bullets) -> Markup:
        return html_list(block.items)

    def entry(self, entry: Entry) -> Markup:
        level = min(self.level + 1, 5)
        shown = [self._heading(level, entry.name)]
        if entry.kind:
            shown.append(Markup('<p class="kind"><em>{}</em></p>').format(text(entry.kind)))
        if entry.summary:
            shown.append(Markup("<p>{}</p>").format(text(entry.summary)))
        if entry.status:
            shown.append(Markup("<p><strong>{}</strong></p>").format(text(entry.status)))
        for section in entry.sections:
            heading = self._heading(level + 1, section.label)
            shown.append(
                Markup('<section class="part">{}{}</section>').format(
                    heading, html_list(section.items)
                )
            )
        return Markup('<section class="entry">{}</section>').format(joined(shown, NEW_LINE))

    def treatment_group(self, block: TreatmentGroup) -> Markup:
        """The type's entry, then each entry under it a heading level below."""
        shown = [self.entry(block.treatment)]
        self.level += 1
        shown += [self.entry(part) for part in block.parts]
        self.level -= 1
        return Markup('<section class="group">{}</section>').format(joined(shown, NEW_LINE))

    def addresses(self, block: Addresses) -> Markup:
        """Each address whole, breaking only after "/", "?" or "&", beside its QR code."""
        from livertx.render.qr import qr_svg  # the codes only for a page that prints addresses

        shown = []
        for each in block.links:
            if not each.url.startswith(FOLLOWED):  # shown as text: no code to follow
                shown.append(
                    Markup("<li><strong>{}</strong>: {}</li>").format(
                        text(each.label), text(each.url)
                    )
                )
                continue
            # segno's drawing (its label escaped as any text): markup, not a text of the file.
            code = Markup(qr_svg(each.url, str(text(f"QR code of {each.url}"))))  # noqa: S704
            address = Markup('<a href="{}">{}</a>').format(text(each.url), breakable(each.url))
            shown.append(
                Markup("<li>{}<span><strong>{}</strong><br>{}</span></li>").format(
                    code, text(each.label), address
                )
            )
        return Markup('<ul class="addresses">{}</ul>').format(joined(shown))

    def compare(self, block: Compare) -> Markup:
        """One entry after another: a page is too narrow for their texts side by side."""
        return joined((self.entry(entry) for entry in block.entries), NEW_LINE)

    def options(self, block: Options) -> Markup:
        return html_list(block.items, strong=True, css="options")

    def records(self, block: Records) -> Markup:
        rows = [
            Markup('<tr><th scope="row">{}</th>{}<td>{}</td></tr>').format(
                text(record.name),
                joined(Markup("<td>{}</td>").format(text(each)) for each in record.texts),
                html_list(record.items),
            )
            for record in block.rows
        ]
        return table([text(column.heading) for column in block.columns], rows)

    def groups(self, block: Groups) -> Markup:
        level = min(self.level + 1, 6)
        return joined(
            (
                self._heading(level, group.name)
                + html_list(tuple(Item(line) for line in group.lines))
                for group in block.groups
            ),
            NEW_LINE,
        )

    def grid(self, block: Grid) -> Markup:
        """Marks as a mark and words (never colour alone), notes numbered beneath."""
        notes = MatrixNotes()
        rows = []
        for row in block.rows:
            name = text(row.name)
            if row.status:
                name += Markup(" ") + text(notes.marked([row.status]))
            css = Markup(' class="method"') if row.indented else NOTHING
            cells = joined(
                Markup("<td>{}{}</td>").format(
                    "✓" if cell.marked else "", text(notes.marked(cell.notes))
                )
                for cell in row.cells
            )
            rows.append(Markup('<tr><th scope="row"{}>{}</th>{}</tr>').format(css, name, cells))
        heads = [text(block.corner), *(text(head) for head in block.heads)]
        numbered = joined(Markup("<li>{}</li>").format(text(note)) for _, note in notes.all)
        listed = Markup("<ol>{}</ol>").format(numbered) if numbered else NOTHING
        legend = joined(
            Markup("<li>{}</li>").format(text(line)) for line in legend_lines(block.legend, "✓")
        )
        return table(heads, rows) + Markup('<ul class="legend">{}</ul>{}').format(legend, listed)

    def hits(self, block: Hits) -> Markup:
        shown = joined(
            Markup("<li><strong>{}</strong> ({}, <code>{}</code>): {}</li>").format(
                text(hit.name), text(hit.kind), text(hit.command), text(hit.snippet)
            )
            for hit in block.hits
        )
        return Markup("<ul>{}</ul>").format(shown)

    def fields(self, block: Fields) -> Markup:
        shown = joined(
            Markup("<div><dt>{}</dt> <dd>{}</dd></div>\n").format(
                text(field.label),
                link(field.value, field.value, named=False) if field.link else text(field.value),
            )
            for field in block.fields
        )
        return Markup('<dl class="fields">{}</dl>').format(shown)


def _has_room(layout: Layout) -> bool:
    """A page with room to write (a handout) is laid out to fill its last sheet."""
    return any(isinstance(b, Room) for b in layout.blocks)


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
