"""A page as a maintainer saves it (HTML, as a browser or curl saves it, or plain text), read
into its visible text, white space folded: what livertx.knowledge.proof holds a knowledge file
to. HTML is read with html.parser after every "<" that starts no tag is escaped (a page of
"<a<a<a…" would otherwise take html.parser minutes); what a browser would not show (script,
style, an element that is hidden or struck through) is left out.
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser

from livertx.errors import KnowledgeError
from livertx.knowledge.file import read_bytes
from livertx.safe_read import MAX_BYTES

# A document is HTML when it starts (white space and a byte order mark aside) with a tag:
# plain text that only mentions "<p" somewhere is read as the text it is.
# Elements whose content is never shown as the page's text, and elements struck through.
HIDDEN_ELEMENTS = frozenset({"script", "style", "noscript", "template", "head"})
STRUCK = frozenset({"del", "s", "strike"})
# Elements with no end tag: one with a `hidden` attribute hides nothing after it.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


class _VisibleText(HTMLParser):
    """Collects the text outside hidden elements, a space at every tag so that the text of two
    elements never runs together (as the capture was made: "an entire lobe , or")."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._hidden_depth = 0
        self._hidden_tags: list[str] = []  # open elements hidden by an attribute, or struck

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # HTML lets a page leave out </head>: the body ends the head all the same.
            self._hidden_depth = 0
        elif tag in HIDDEN_ELEMENTS:
            self._hidden_depth += 1
        elif tag not in VOID and (tag in STRUCK or _hidden(attrs)):
            self._hidden_tags.append(tag)
        self.pieces.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.pieces.append(" ")  # <span hidden/> hides nothing: it has no content

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_ELEMENTS and self._hidden_depth:
            self._hidden_depth -= 1
        elif tag in self._hidden_tags:
            while self._hidden_tags and self._hidden_tags.pop() != tag:
                pass
        self.pieces.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth and not self._hidden_tags:
            self.pieces.append(data)


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide it: `hidden`, aria-hidden, or display:none."""
    values = {name.lower(): (value or "") for name, value in attrs}
    style = "".join(values.get("style", "").lower().split())
    return (
        "hidden" in values
        or values.get("aria-hidden", "").lower() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


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
    """The visible text of a page, white space folded to single spaces (letter case kept). HTML
    (is_html) is read with html.parser: the text of script, style, noscript, template and head
    dropped, entities decoded, a space between the text of separate elements."""
    if not is_html(document):
        return " ".join(document.split())
    parser = _VisibleText()
    parser.feed(escape_stray(document))
    parser.close()
    return " ".join("".join(parser.pieces).split())


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
    """The visible text (extract_text) of the saved page at `path`, "-" for standard input.
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
    text = extract_text(_decode(data, path))
    if not text:
        raise KnowledgeError(path, "no text found")
    return text
