"""What in a knowledge file no longer holds on a new copy of its page: the core of
`livertx verify-source PAGE`.

A maintainer saves the page again (HTML, as a browser or curl saves it, or plain text); this
reads it, takes its visible text, and holds the knowledge file to it as `validate` holds it to
its capture (livertx.knowledge.proof): every sentence and item of the page's treatment content
is one text of the file, in its section, and every text of the file is whole in its place. Any
word inserted, removed or changed, any item or sentence added, dropped or moved, is a change.
The page's date is compared apart: a newer page whose content is unchanged verifies. Nothing is
printed: the report is returned.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from livertx.errors import KnowledgeError
from livertx.knowledge.file import MAX_BYTES, read_bytes
from livertx.knowledge.problems import Problem
from livertx.knowledge.proof import page_date, prove
from livertx.knowledge.yaml_tree import STR_TAG, Node

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

# Any of these (letter case aside) makes a document HTML; plain text hardly ever has them.
HTML_MARKERS = ("<!doctype", "<html", "<body", "<p")
# Elements whose content is never shown as the page's text.
HIDDEN_ELEMENTS = frozenset({"script", "style", "noscript", "template", "head"})


class _VisibleText(HTMLParser):
    """Collects the text outside hidden elements, a space at every tag so that the text of two
    elements never runs together (as the capture was made: "an entire lobe , or")."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # HTML lets a page leave out </head>: the body ends the head all the same.
            self._hidden_depth = 0
        elif tag in HIDDEN_ELEMENTS:
            self._hidden_depth += 1
        self.pieces.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_ELEMENTS and self._hidden_depth:
            self._hidden_depth -= 1
        self.pieces.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.pieces.append(data)


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
    lowered = document.lower()
    return any(marker in lowered for marker in HTML_MARKERS)


def extract_text(document: str) -> str:
    """The visible text of a page, white space folded to single spaces (letter case kept). HTML
    (is_html) is read with html.parser: the text of script, style, noscript, template and head
    dropped, entities decoded, a space between the text of separate elements."""
    if not is_html(document):
        return " ".join(document.split())
    parser = _VisibleText()
    parser.feed(document)
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
    except (LookupError, UnicodeDecodeError):
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


@dataclass(frozen=True)
class SourceReport:
    """What a new copy of the page says of the knowledge file: both dates (and the page's date
    as written when it is not a date), and every change to its treatment content."""

    page_updated: date | None
    page_date_written: str | None
    knowledge_updated: date | None
    changes: tuple[Problem, ...]

    @property
    def dates(self) -> str:
        """ "same", "older" or "newer" (the page's date against the file's), or "unknown"."""
        if self.page_updated is None or self.knowledge_updated is None:
            return "unknown"
        if self.page_updated == self.knowledge_updated:
            return "same"
        return "newer" if self.page_updated > self.knowledge_updated else "older"

    @property
    def ok(self) -> bool:
        """The page's treatment content is what the file was checked against, and its date can
        be read."""
        return not self.changes and self.page_date_written is None

    def document(self, knowledge_path: str, page_path: str) -> dict[str, Any]:
        """What `verify-source --json` prints."""
        return {
            "page": page_path,
            "knowledge_file": knowledge_path,
            "page_updated": _iso(self.page_updated),
            "page_date_written": self.page_date_written,
            "knowledge_updated": _iso(self.knowledge_updated),
            "dates": self.dates,
            "changes": [change.document(knowledge_path) for change in self.changes],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _knowledge_updated(root: Node) -> date | None:
    source = root.get("source") if root.kind == "mapping" else None
    updated = source.get("updated") if source is not None and source.kind == "mapping" else None
    if updated is None or updated.kind != "scalar" or updated.tag != STR_TAG:
        return None
    try:
        return date.fromisoformat(updated.value)
    except ValueError:  # validation reports it; here it is only unknown
        return None


def verify(root: Node, page_text: str) -> SourceReport:
    """The knowledge file's tree (yaml_tree.read_tree) held to the new page's text."""
    updated, written = page_date(page_text)
    changes = tuple(prove(root, page_text, with_date=False))
    return SourceReport(updated, written, _knowledge_updated(root), changes)
