"""A page as a maintainer saves it (HTML, as a browser or curl saves it, or plain text), read
into what a reader sees: its visible text, white space folded (what livertx.proof.prove holds
a knowledge file to), and its lists as the page builds them, items and their nesting (what
livertx.proof.list_structure holds the file's lists to). HTML is read with html.parser after
every "<" that starts no tag is escaped (a page of "<a<a<a…" would otherwise take html.parser
minutes); what a browser would not show (script, style, an element hidden by its attribute, its
inline style or a class rule of the page's style sheet: livertx.proof.page_style; text
struck through) is left out. Text in an aria-hidden element is shown, so it is the page's."""

from __future__ import annotations

import sys
from collections.abc import Callable
from html.parser import HTMLParser

from livertx.errors import KnowledgeError
from livertx.proof.hiding import Hiding
from livertx.proof.page_style import StyleSheet, look, style_sheet_of
from livertx.records import Record
from livertx.safe_read import MAX_BYTES, read_bytes

# A document is HTML when it starts (white space and a byte order mark aside) with a tag:
# plain text that only mentions "<p" somewhere is read as the text it is.
# Elements whose content is never shown as the page's text, and elements struck through.
HIDDEN_ELEMENTS = frozenset({"script", "style", "noscript", "template", "head"})
STRUCK = frozenset({"del", "s", "strike"})
LISTS = frozenset({"ul", "ol", "menu"})
# Elements with no end tag: one with a `hidden` attribute hides nothing after it.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


class ListItem(Record):
    """One item of a list as the page builds it: its own words, and the items of the lists
    nested in it ("ablation of the tumor using:" and its methods)."""

    words: str
    items: tuple[ListItem, ...] = ()


class SavedPage(Record):
    """A saved page's visible text, its lists as the page builds them (none for plain text),
    and the words a style sheet's class rule hides (a browser does not show them)."""

    text: str
    lists: tuple[tuple[ListItem, ...], ...] = ()
    hidden_by_style: str = ""


# Lists and items nested deeper than this (no page nests so) are read as their words: a page of
# 100,000 nested lists would otherwise go deeper than Python's recursion.
DEEPEST = 64


class _Building:
    """A list or an item while the page is read: its words so far, and what it holds."""

    __slots__ = ("children", "is_list", "words")

    def __init__(self, is_list: bool) -> None:
        self.is_list = is_list
        self.words: list[str] = []
        self.children: list[_Building] = []

    def item(self) -> ListItem:
        inner = [item for child in self.children for item in child.children]
        return ListItem(" ".join("".join(self.words).split()), tuple(i.item() for i in inner))

    def items(self) -> tuple[ListItem, ...]:
        return tuple(child.item() for child in self.children)


class _VisibleText(HTMLParser):
    """Collects the text outside hidden elements, a space at every tag so that the text of two
    elements never runs together (as the capture was made: "an entire lobe , or"), and the
    page's lists with their nesting."""

    def __init__(self, sheet: StyleSheet) -> None:
        super().__init__(convert_charrefs=True)
        self.sheet = sheet
        self.pieces: list[str] = []
        self.lists: list[_Building] = []
        self.by_sheet: list[str] = []
        self._hidden_depth = 0
        self._hiding = Hiding()
        self._open: list[_Building] = []  # the lists and items the text is in

    def _visible(self) -> bool:
        return not self._hidden_depth and self._hiding.shown

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # HTML lets a page leave out </head>: the body ends the head all the same.
            self._hidden_depth = 0
        elif tag in HIDDEN_ELEMENTS:
            self._hidden_depth += 1
        elif tag not in VOID:
            out_and_seen = ((True, False), None) if tag in STRUCK else look(tag, attrs, self.sheet)
            self._hiding.opened(tag, *out_and_seen)
            if self._visible() and (tag in LISTS or tag == "li"):
                self._open_list_or_item(tag)
        self._space()

    def _open_list_or_item(self, tag: str) -> None:
        if len(self._open) >= DEEPEST:
            return  # its words go to the item it stands in: read, never nested without end
        if tag == "li":
            if self._open and not self._open[-1].is_list:
                self._open.pop()  # <li> closes the item before it, as HTML lets it
            if not self._open:  # an item outside any list is a list of its own
                self._open.append(_Building(True))
                self.lists.append(self._open[-1])
            made = _Building(False)
        else:
            made = _Building(True)
            if not self._open:
                self.lists.append(made)
        if self._open:
            self._open[-1].children.append(made)
        self._open.append(made)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._space()  # <span hidden/> hides nothing: it has no content

    def handle_endtag(self, tag: str) -> None:
        visible = self._visible()  # as it was in the element: a list ends only if it was read
        if tag in HIDDEN_ELEMENTS and self._hidden_depth:
            self._hidden_depth -= 1
        else:
            self._hiding.closed(tag)
            while visible and (tag in LISTS or tag == "li") and self._open:
                if self._open.pop().is_list == (tag in LISTS):
                    break
        self._space()

    def handle_data(self, data: str) -> None:
        if self._visible():
            self._text(data)
        elif not self._hidden_depth and self._hiding.by_sheet_alone:
            self.by_sheet.append(data)

    def _space(self) -> None:  # at a tag, in the text the sheet hides too: none runs together
        self._text(" ")
        if not self._hidden_depth and self._hiding.by_sheet_alone:
            self.by_sheet.append(" ")

    def _text(self, data: str) -> None:
        self.pieces.append(data)
        if self._open and not self._open[-1].is_list:
            self._open[-1].words.append(data)


class _DeclaredCharset(HTMLParser):
    """The charset a page declares in <meta charset> or <meta http-equiv content>, if any."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.charset is not None:
            return
        values = {name: value or "" for name, value in attrs}
        if values.get("charset"):
            self.charset = values["charset"].strip()
        elif values.get("http-equiv", "").lower() == "content-type":
            _, found, charset = values.get("content", "").lower().partition("charset=")
            if found and charset.strip(" \"';"):
                self.charset = charset.strip(" \"';")


def is_html(document: str) -> bool:
    return document.lstrip("\ufeff \t\r\n\f").startswith("<")


def escape_stray(document: str) -> str:
    """The document with every "<" that starts no tag or comment written as "&lt;", in one pass:
    html.parser rereads an unfinished tag at every "<" after it, so "<a<a<a…" or "</</…" would
    take it minutes; a tag here is "<" and a letter (after "/", "!" or "?", or none) up to the
    next ">", with no "<" before it."""
    out: list[str] = []
    position = 0
    closing = -1  # the next ">" seen, kept while it is still ahead (len: there is none)
    comment_end = 0  # the next "-->" seen; -1 when there is none left
    while True:
        at = document.find("<", position)
        if at < 0:
            out.append(document[position:])
            return "".join(out)
        out.append(document[position:at])
        if document.startswith("<!--", at) and comment_end != -1:
            if comment_end < at + 4:
                comment_end = document.find("-->", at + 4)
            if comment_end != -1:
                out.append(document[at : comment_end + 3])
                position = comment_end + 3
                continue
        after = document[at + 1 : at + 3]
        opens = after[:1].isalpha() or (after[:1] in "/!?" and after[1:2].isalpha())
        if opens:
            if closing < at:
                found = document.find(">", at)
                closing = found if found >= 0 else len(document)
            following = document.find("<", at + 1)
            if closing < len(document) and (following < 0 or closing < following):
                out.append(document[at : closing + 1])
                position = closing + 1
                continue
        out.append("&lt;")
        position = at + 1


def extract_text(document: str) -> str:
    """The visible text of a page, white space folded (letter case kept); HTML read with
    html.parser, script, style, noscript, template and head dropped (read_document)."""
    return read_document(document).text


def read_document(document: str) -> SavedPage:
    """A page's visible text (extract_text), and, for HTML, its lists and what its style sheets
    hide. Its <style> elements are read first: a browser applies a sheet wherever it stands."""
    if not is_html(document):
        return SavedPage(" ".join(document.split()))
    escaped = escape_stray(document)
    parser = _VisibleText(style_sheet_of(escaped))
    parser.feed(escaped)
    parser.close()
    return SavedPage(
        " ".join("".join(parser.pieces).split()),
        tuple(built.items() for built in parser.lists),
        " ".join("".join(parser.by_sheet).split()),
    )


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")  # a saved page may begin with a byte order mark
    except UnicodeDecodeError:
        pass
    # Latin-1 decodes any bytes, enough to read the ASCII of a <meta> declaration.
    as_latin1 = data.decode("latin-1")
    charset = None
    if is_html(as_latin1):
        finder = _DeclaredCharset()
        finder.feed(as_latin1)
        finder.close()
        charset = finder.charset
    if charset is None:
        raise KnowledgeError(path, "not UTF-8 text")
    try:
        return data.decode(charset)
    except (LookupError, UnicodeError, ValueError):  # no such codec, or one that fails
        raise KnowledgeError(path, f"neither UTF-8 text nor {charset} as it declares") from None


def read_page(path: str) -> str:
    """The visible text (extract_text) of the saved page at `path`, "-" for standard input."""
    return read_saved_page(path).text


def read_saved_page(path: str, reader: Callable[[str], SavedPage] | None = None) -> SavedPage:
    """The saved page at `path` (read_document, or `reader`), "-" for standard input.
    KnowledgeError, naming `path`, for a page that cannot be read (livertx.knowledge.file's
    rules: a regular file of at most 2 MiB), is not text, or has no text at all."""
    if path == "-":
        stream = sys.stdin
        if stream is None:
            raise KnowledgeError("standard input", "closed")
        try:
            data = stream.buffer.read(MAX_BYTES + 1)
        except (OSError, ValueError) as error:
            raise KnowledgeError(
                "standard input", getattr(error, "strerror", None) or "cannot be read"
            ) from None
        if len(data) > MAX_BYTES:
            raise KnowledgeError(path, f"larger than {MAX_BYTES // 1024 // 1024} MiB")
    else:
        data = read_bytes(path)
    page = (reader or read_document)(_decode(data, path))
    if not page.text:
        raise KnowledgeError(path, "no text found")
    return page
