"""What a saved page's styles hide, read as a browser reads them, `display` and `visibility`
each on its own: an inline style's last declaration of each wins; a style sheet's rules for a
class (".x{display:none}", "p.x, .y {…}") decide the rest, of the rules that match an element
the important, then the more specific (a tag and a class), then the later, whatever the order
of the element's classes (an important rule's over a plain inline style's too); a sheet for
print, or for some screens only, is left alone. An element is hidden when its `display` is
`none` or its `visibility` `hidden` or `collapse`. Only what a page of NCI's would use is
read: a class selector, alone or after a tag name; any other selector is left alone, so its
text stays the page's (a rule of another selector that shows what a class hides is not read:
docs/maintaining.md says to try `--browser` when a page's text is set apart). Pure.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from livertx.proof.hiding import Verdict

# What a declaration says of a property: whether it hides, and whether it is `!important`
# (a Verdict, once the cascade has decided it, says instead whether the sheet alone did).
Declared = tuple[bool, bool]

# A selector this reads: an optional tag name, then one class ("p.hidden", ".x").
_CLASS_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?\.([A-Za-z_][\w-]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# What parts an element's classes: ASCII white space only ("a\u00a0b" is one class).
_CLASS_SPACE = re.compile(r"[ \t\n\f\r]+")


def _said(declarations: str) -> dict[str, Declared]:
    """What declarations say of `display` and `visibility`, each as whether it hides and
    whether it is `!important`: each property's last declaration wins, as in a browser, but
    never a plain one over an important one (none said, none in the dict)."""
    said: dict[str, Declared] = {}
    for declaration in declarations.split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip().lower()
        value = "".join(value.lower().split())
        important = value.endswith("!important")
        value = value.removesuffix("!important")
        if name not in ("display", "visibility") or (said.get(name, (False, False))[1] > important):
            continue
        hides = value == "none" if name == "display" else value in ("hidden", "collapse")
        said[name] = (hides, important)
    return said


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """The rules outside any at-rule's block: an @media block's rules apply only to some
    media (print, a narrow screen), so they are left alone."""
    rules: list[tuple[str, str]] = []
    depth, start, opened = 0, 0, 0
    for at, character in enumerate(css):
        if character == "{":
            if depth == 0:
                opened = at
            depth += 1
        elif character == "}" and depth:
            depth -= 1
            if depth == 0:
                selectors, body = css[start:opened], css[opened + 1 : at]
                if "{" not in body and not selectors.lstrip().startswith("@"):
                    rules.append((selectors, body))
                start = at + 1
    return rules


class StyleSheet:
    """What a page's style sheets say of each class: class -> [(tag or "", place in the sheets,
    what the rule says)], in the sheets' order."""

    __slots__ = ("rules",)

    def __init__(self, css: str = "") -> None:
        self.rules: dict[str, list[tuple[str, int, dict[str, Declared]]]] = {}
        for place, (selectors, declarations) in enumerate(_top_level_rules(_COMMENT.sub("", css))):
            said = _said(declarations)
            if not said:
                continue
            for selector in selectors.split(","):
                matched = _CLASS_SELECTOR.fullmatch(selector.strip())
                if matched:
                    tag, name = matched.group(1) or "", matched.group(2)
                    self.rules.setdefault(name, []).append((tag, place, said))

    def said(self, tag: str, classes: str) -> dict[str, Declared]:
        """What the sheets say of `display` and `visibility` for an element of `tag` with the
        class attribute `classes`, each as whether it hides and whether it is important: for
        each, an important declaration over a plain one, then the more specific rule (a tag and
        a class over a class alone), then the latest, decides."""
        ranked: dict[str, tuple[tuple[bool, bool, int], bool]] = {}
        for name in set(_CLASS_SPACE.split(classes)) - {""}:
            for rule_tag, place, said in self.rules.get(name, ()):
                if rule_tag not in ("", tag):
                    continue
                for prop, (hides, important) in said.items():
                    rank = (important, rule_tag != "", place)
                    if prop not in ranked or ranked[prop][0] < rank:
                        ranked[prop] = (rank, hides)
        return {prop: (hides, rank[0]) for prop, (rank, hides) in ranked.items()}


def look(
    tag: str, attrs: list[tuple[str, str | None]], sheet: StyleSheet
) -> tuple[Verdict, Verdict | None]:
    """Whether an element is taken out of the page (its `hidden` attribute, or `display:none`),
    and the `visibility` it sets, if it sets one (livertx.proof.hiding): each as whether it
    hides and whether the style sheet alone decided it. Its inline style overrides the sheets'
    rules for the properties it names, unless a rule's is important and its own is not.
    aria-hidden hides nothing a reader sees: it is the page's text."""
    values: dict[str, str] = {}
    for name, value in attrs:  # an attribute given twice is its first, as HTML reads it
        values.setdefault(name.lower(), value or "")
    inline = _said(values.get("style", ""))
    by_sheet = sheet.said(tag, values.get("class", ""))
    decided: dict[str, Verdict] = {}
    for prop in {*inline, *by_sheet}:
        own, ruled = inline.get(prop), by_sheet.get(prop)
        if own is not None and (ruled is None or own[1] or not ruled[1]):
            decided[prop] = (own[0], False)
        elif ruled is not None:
            decided[prop] = (ruled[0], True)
    out = (True, False) if "hidden" in values else decided.get("display", (False, False))
    return out, decided.get("visibility")


class _StyleSheets(HTMLParser):
    """The text of every <style> element of a page, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.css: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style" and _for_the_screen(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css.append(data)


def _for_the_screen(attrs: dict[str, str | None]) -> bool:
    """Whether a <style> element is CSS a screen applies whatever its size: one for print, or
    for some screens only, is left alone (its text stays the page's), as @media blocks are."""
    media = "".join((attrs.get("media") or "all").lower().split())
    kind = (attrs.get("type") or "text/css").strip().lower()
    return kind == "text/css" and any(m in ("all", "screen") for m in media.split(","))


def style_sheet_of(document: str) -> StyleSheet:
    """The rules of every <style> element of a page, in order (a browser applies a sheet
    wherever it stands)."""
    sheets = _StyleSheets()
    sheets.feed(document)
    sheets.close()
    return StyleSheet("".join(sheets.css))
