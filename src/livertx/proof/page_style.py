"""What a saved page's styles hide, read as a browser reads them, `display` and `visibility`
each on its own: an inline style's last declaration of each wins; a style sheet's rules for a
class (".x{display:none}", "p.x, .y {…}") decide the rest, of the rules that match an element
the more specific (a tag and a class) and then the later, whatever the order of the element's
classes. An element is hidden when its `display` is `none` or its `visibility` `hidden` or
`collapse`. Only what a page of NCI's would use is read: a class selector, alone or after a tag
name; any other selector is left alone (its text stays the page's, so nothing a browser shows
is ever dropped). Pure.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# A selector this reads: an optional tag name, then one class ("p.hidden", ".x").
_CLASS_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?\.([A-Za-z_][\w-]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def _said(declarations: str) -> dict[str, bool]:
    """What declarations say of `display` and `visibility`, each as whether it hides: each
    property's last declaration wins, as in a browser (none said, none in the dict)."""
    said: dict[str, bool] = {}
    for declaration in declarations.split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip().lower()
        value = "".join(value.lower().replace("!important", "").split())
        if name == "display":
            said[name] = value == "none"
        elif name == "visibility":
            said[name] = value in ("hidden", "collapse")
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
        self.rules: dict[str, list[tuple[str, int, dict[str, bool]]]] = {}
        for place, (selectors, declarations) in enumerate(_top_level_rules(_COMMENT.sub("", css))):
            said = _said(declarations)
            if not said:
                continue
            for selector in selectors.split(","):
                matched = _CLASS_SELECTOR.fullmatch(selector.strip())
                if matched:
                    tag, name = matched.group(1) or "", matched.group(2)
                    self.rules.setdefault(name, []).append((tag, place, said))

    def said(self, tag: str, classes: str) -> dict[str, bool]:
        """What the sheets say of `display` and `visibility` for an element of `tag` with the
        class attribute `classes`: for each, the most specific rule that matches it (a tag and
        a class over a class alone), then the latest, decides."""
        ranked: dict[str, tuple[tuple[bool, int], bool]] = {}
        for name in set(classes.split()):
            for rule_tag, place, said in self.rules.get(name, ()):
                if rule_tag not in ("", tag):
                    continue
                rank = (rule_tag != "", place)
                for prop, hides in said.items():
                    if prop not in ranked or ranked[prop][0] < rank:
                        ranked[prop] = (rank, hides)
        return {prop: hides for prop, (_, hides) in ranked.items()}


def hidden(tag: str, attrs: list[tuple[str, str | None]], sheet: StyleSheet) -> tuple[bool, bool]:
    """Whether an element is hidden, and whether by the style sheet alone: the `hidden`
    attribute, its inline style (which overrides the sheets' rules for the properties it
    names), or a sheet's rule for its class. aria-hidden hides nothing a reader sees: it is
    the page's text."""
    values = {name.lower(): (value or "") for name, value in attrs}
    if "hidden" in values:
        return True, False
    inline = _said(values.get("style", ""))
    hides = any({**sheet.said(tag, values.get("class", "")), **inline}.values())
    return hides, hides and not any(inline.values())


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
