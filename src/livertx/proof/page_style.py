"""What a saved page's styles hide, read as a browser reads them: an inline style's last
`display` (or `visibility`) declaration wins; a style sheet's rule for a class (".x{display:
none}", "p.x, .y {…}") hides the elements of that class, a later rule for it overriding an
earlier one, and an element's own inline style overriding both. Only what a page of NCI's
would use is read: a class selector, alone or after a tag name; any other selector is left
alone (its text stays the page's, so nothing a browser shows is ever dropped). Pure.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# A selector this reads: an optional tag name, then one class ("p.hidden", ".x").
_CLASS_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?\.([A-Za-z_][\w-]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def _hides(declarations: str) -> bool | None:
    """Whether declarations hide an element, or None when they say nothing of `display` or
    `visibility`. Each property's last declaration wins, as in a browser, and the two are
    apart: `display:none;visibility:visible` hides."""
    said: dict[str, bool] = {}
    for declaration in declarations.split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip().lower()
        value = "".join(value.lower().replace("!important", "").split())
        if name == "display":
            said[name] = value == "none"
        elif name == "visibility":
            said[name] = value in ("hidden", "collapse")
    return any(said.values()) if said else None


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
    """The classes a page's style sheets hide or show: class -> [(tag or "", hides)], in the
    sheets' order."""

    __slots__ = ("rules",)

    def __init__(self, css: str = "") -> None:
        self.rules: dict[str, list[tuple[str, bool]]] = {}
        for selectors, declarations in _top_level_rules(_COMMENT.sub("", css)):
            hides = _hides(declarations)
            if hides is None:
                continue
            for selector in selectors.split(","):
                matched = _CLASS_SELECTOR.fullmatch(selector.strip())
                if matched:
                    tag, name = matched.group(1) or "", matched.group(2)
                    self.rules.setdefault(name, []).append((tag, hides))

    def hides(self, tag: str, classes: str) -> bool:
        """Whether the sheets hide an element of `tag` with the class attribute `classes`: the
        last rule that matches it decides."""
        verdict = False
        for name in classes.split():
            for rule_tag, hides in self.rules.get(name, ()):
                if rule_tag in ("", tag):
                    verdict = hides
        return verdict


def hidden(tag: str, attrs: list[tuple[str, str | None]], sheet: StyleSheet) -> tuple[bool, bool]:
    """Whether an element is hidden, and whether by the style sheet alone: the `hidden`
    attribute, its inline style (whose last declaration wins, over any sheet's), or a sheet's
    rule for its class. aria-hidden hides nothing a reader sees: it is the page's text."""
    values = {name.lower(): (value or "") for name, value in attrs}
    if "hidden" in values:
        return True, False
    inline = _hides(values.get("style", ""))
    if inline is not None:
        return inline, False
    by_sheet = sheet.hides(tag, values.get("class", ""))
    return by_sheet, by_sheet


class _StyleSheets(HTMLParser):
    """The text of every <style> element of a page, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.css: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css.append(data)


def style_sheet_of(document: str) -> StyleSheet:
    """The rules of every <style> element of a page, in order (a browser applies a sheet
    wherever it stands)."""
    sheets = _StyleSheets()
    sheets.feed(document)
    sheets.close()
    return StyleSheet("".join(sheets.css))
