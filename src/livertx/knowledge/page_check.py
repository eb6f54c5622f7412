"""What in a knowledge file no longer holds on a new copy of its page: the pure core of
`livertx verify-source PAGE`.

A maintainer saves the page again (HTML, as a browser or curl saves it, or plain text); this
reads it, takes its visible text, and compares: every medical text of the knowledge file must
still be on the page (livertx.knowledge.excerpts' rule), and every sentence of the page's treatment
sections should be covered by some medical text. Nothing is printed: the report is returned.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from livertx.dates import MONTHS
from livertx.errors import KnowledgeError
from livertx.knowledge.excerpts import (
    NEAREST_LENGTH,
    Excerpt,
    excerpts_of,
    fold,
    nearest_sentence,
    page_sentences,
)
from livertx.knowledge.file import MAX_BYTES, read_bytes
from livertx.knowledge.yaml_tree import STR_TAG, Node

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

# Any of these (letter case aside) makes a document HTML; plain text hardly ever has them.
HTML_MARKERS = ("<!doctype", "<html", "<body", "<p")
# Elements whose content is never shown as the page's text.
HIDDEN_ELEMENTS = frozenset({"script", "style", "noscript", "template", "head"})
# The page's treatment sections run from this heading to the date line.
SECTIONS_START = "Types of treatment"
SECTIONS_END = "Updated:"
# A "sentence" of this many words or fewer ending in ":" is the label of the text after it
# ("Radiofrequency ablation:"), a name the file holds as a name, not a statement to cover.
MAX_LABEL_WORDS = 4
# Shorter excerpts (none in the shipped file) would cover too much by being contained in it.
MIN_COVERING_EXCERPT = 20
UPDATED = re.compile(rf"Updated:\s*({'|'.join(MONTHS)})\s+(\d{{1,2}}),\s*(\d{{4}})")


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


def updated_of(page_text: str) -> date | None:
    """The page's "Updated: May 15, 2024" date (the first one), or None if it has none or the
    date does not exist."""
    found = UPDATED.search(page_text)
    if found is None:
        return None
    month, day, year = found.groups()
    try:
        return date(int(year), MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None


def treatment_sentences(page_text: str) -> list[str]:
    """The sentences (excerpts.page_sentences) of the page's treatment sections: from the
    heading "Types of treatment" to "Updated:", both matched with their letter case. The
    heading is its last occurrence before "Updated:", because the page's "On This Page" table
    of contents lists it first. Without the heading the sections start at the page's start;
    without "Updated:" they run to its end."""
    text = " ".join(page_text.split())
    end = text.find(SECTIONS_END)
    if end == -1:
        end = len(text)
    start = max(text.rfind(SECTIONS_START, 0, end), 0)
    return page_sentences(text[start:end])


@dataclass(frozen=True)
class MissingExcerpt:
    """A medical text of the knowledge file that the new page no longer has, and the new page's
    sentence most like it."""

    excerpt: Excerpt
    nearest: str


@dataclass(frozen=True)
class SourceReport:
    """What a new copy of the page says of the knowledge file: both dates, the medical texts no
    longer on the page, the treatment sentences no medical text covers."""

    page_updated: date | None
    knowledge_updated: date | None
    missing: tuple[MissingExcerpt, ...]
    uncovered: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Every medical text is still on the page (uncovered sentences are for a person to
        judge, not failures)."""
        return not self.missing

    def document(self, knowledge_path: str, page_path: str) -> dict[str, Any]:
        """What `verify-source --json` prints."""
        return {
            "page": page_path,
            "knowledge_file": knowledge_path,
            "page_updated": _iso(self.page_updated),
            "knowledge_updated": _iso(self.knowledge_updated),
            "missing": [
                {
                    "line": each.excerpt.line,
                    "column": each.excerpt.column,
                    "where": each.excerpt.where,
                    "text": each.excerpt.text,
                    "nearest": each.nearest,
                }
                for each in self.missing
            ],
            "uncovered": list(self.uncovered),
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


def _is_label(sentence: str) -> bool:
    return sentence.endswith(":") and len(sentence.split()) <= MAX_LABEL_WORDS


def verify(root: Node, page_text: str) -> SourceReport:
    """Compare the knowledge file's tree (yaml_tree.read_tree) with the new page's text.

    Missing: each medical text (excerpts.excerpts_of) not in the page, white space and letter
    case folded, with the page's nearest sentence.

    Uncovered: each treatment sentence (treatment_sentences) that no medical text covers, in
    page order, labels aside (MAX_LABEL_WORDS words or fewer ending in ":", as
    "Microwave therapy:": the sentence after a label is checked). A sentence is covered when it
    contains a medical text of at least MIN_COVERING_EXCERPT characters (so a heading glued to
    the sentence's start does not matter) or lies within one (a medical text that runs over a
    cut such as "e.g."), all folded. A sentence the file copies only a clause of counts as
    covered.
    """
    page = fold(page_text)
    sentences = page_sentences(page_text)
    excerpts = excerpts_of(root)
    missing = tuple(
        MissingExcerpt(excerpt, nearest_sentence(excerpt.text, sentences))
        for excerpt in excerpts
        if fold(excerpt.text) not in page
    )
    folded_excerpts = [fold(excerpt.text) for excerpt in excerpts]
    covering = [text for text in folded_excerpts if len(text) >= MIN_COVERING_EXCERPT]

    def covered(sentence: str) -> bool:
        folded = fold(sentence)
        return any(text in folded for text in covering) or any(
            folded in text for text in folded_excerpts
        )

    uncovered = tuple(
        sentence if len(sentence) <= NEAREST_LENGTH else sentence[:NEAREST_LENGTH] + "…"
        for sentence in treatment_sentences(page_text)
        if not _is_label(sentence) and not covered(sentence)
    )
    return SourceReport(updated_of(page_text), _knowledge_updated(root), missing, uncovered)
