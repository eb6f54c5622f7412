"""How a text becomes HTML, the one way (issue #33): `text()` makes it visible and escapes it,
as a markupsafe.Markup; every other piece is a Markup built by Markup's format and join, which
escape any plain str they are given. So a renderer that forgets `text()` still escapes, and mypy
refuses a block method that returns a plain str (livertx.render.html's renderer is a
BlockRenderer[Markup]). A Markup made of anything but a literal is marked `noqa: S704`, with why.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from markupsafe import Markup

from livertx.render.layout import Item, Link
from livertx.visible import visible

NEW_LINE, NOTHING = Markup("\n"), Markup()
# The addresses a link may go to; any other (javascript:, data:) is shown as text.
FOLLOWED = ("https://", "http://", "mailto:")


def text(value: str) -> Markup:
    """Text, made visible and escaped: never markup. The one way a text becomes HTML: every
    piece of the page is a Markup, and Markup's format and join escape any plain str given
    them, so a text written without this is escaped all the same (and mypy refuses a block
    that returns a str). Escaped as the standard library does it (`&quot;`, `&#x27;`), as
    livertx always has: the bytes of a page do not change with the library."""
    return Markup(html.escape(visible(value), quote=True))  # noqa: S704 (escaped here)


def link(label: str, url: str, named: bool = True) -> Markup:
    """A link whose text says where it goes: its label (`named`; print adds the address after
    it), or the address itself."""
    shown = text(label if named else url)
    if not url.startswith(FOLLOWED):
        return shown if not named else Markup("{}: {}").format(shown, text(url))
    css = Markup(' class="named"') if named else NOTHING
    return Markup('<a{} href="{}">{}</a>').format(css, text(url), shown)


def inline(item: Item, strong: bool = False) -> Markup:
    """An item's words, the page's condition beside them (set apart by a dash, not only by
    style), then livertx's own words."""
    shown = Markup("<strong>{}</strong>").format(text(item.text)) if strong else text(item.text)
    if item.condition:
        shown += Markup(" — <em>{}</em>").format(text(item.condition))
    if item.aside:
        shown += Markup(' <span class="aside">{}</span>').format(text(item.aside))
    return shown


def html_list(items: tuple[Item | Link, ...], strong: bool = False, css: str = "") -> Markup:
    """A list, each item with the items listed under it."""
    shown = []
    for item in items:
        if isinstance(item, Link):
            shown.append(Markup("<li>{}</li>").format(link(item.label, item.url)))
        else:
            under = html_list(item.children) if item.children else NOTHING
            shown.append(Markup("<li>{}{}</li>").format(inline(item, strong), under))
    classes = Markup(' class="{}"').format(css) if css else NOTHING
    return Markup("<ul{}>{}</ul>").format(classes, joined(shown))


def joined(pieces: Iterable[Markup], between: Markup = NOTHING) -> Markup:
    return between.join(pieces)


def table(head: list[Markup], rows: list[Markup]) -> Markup:
    """A table: its heads for their columns, then rows whose first cell heads the row."""
    heads = joined(Markup('<th scope="col">{}</th>').format(cell) for cell in head)
    return Markup("<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>").format(
        heads, joined(rows)
    )


def breakable(url: str) -> Markup:
    """An address, escaped, that may break only after "/", "?" or "&" (its scheme's "//" kept
    whole): never inside a word."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    pieces = re.split(r"(?<=[/?&])", rest)
    return text(scheme + sep) + joined((text(piece) for piece in pieces if piece), Markup("<wbr>"))
